// The справка's header and signature form: shows the saved fields, saves what the user typed, only when it changed.
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { NoteSettings } from '../../src/ingest/types';
import { NoteFieldsForm } from '../../src/taskpane/components/NoteFieldsForm';

describe('NoteFieldsForm', () => {
  it('shows the saved fields and hands the edited ones to onSave', () => {
    const saved: NoteSettings[] = [];
    render(<FluentProvider theme={webLightTheme}><NoteFieldsForm value={{ organ: 'Отдел образования' }} onSave={(n) => saved.push(n)} /></FluentProvider>);
    expect(screen.getByLabelText('Орган (шапка)')).toHaveProperty('value', 'Отдел образования');
    const save = screen.getByRole('button', { name: 'Сохранить' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Исполнитель (И. О. Фамилия)'), { target: { value: 'П. П. Петрова' } });
    fireEvent.change(screen.getByLabelText('Адресат'), { target: { value: 'Начальнику управления' } });
    expect(save).toHaveProperty('disabled', false);
    fireEvent.click(save);
    expect(saved).toEqual([{ organ: 'Отдел образования', executor: 'П. П. Петрова', addressee: 'Начальнику управления' }]);
  });
});
