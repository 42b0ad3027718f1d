// The whole task pane under jsdom with a fake workbook: sources appear, a run shows the result, an error shows a bar.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { memorySettingsStore } from '../../src/app/settingsStore';
import { App } from '../../src/taskpane/App';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';
import { FakeWorkbook, notesSheet, sampleResults } from './fakeWorkbook';

function mount(port: FakeWorkbook): TaskpaneController {
  const controller = new TaskpaneController({ port, settings: memorySettingsStore(), version: '9.9.9', now: () => new Date('2024-09-01') });
  render(<FluentProvider theme={webLightTheme}><App controller={controller} version="9.9.9" /></FluentProvider>);
  return controller;
}

describe('task pane App', () => {
  it('shows the sources, runs, shows the result and opens a written sheet', async () => {
    const port = new FakeWorkbook([sampleResults(), notesSheet()]);
    mount(port);
    expect(await screen.findByRole('region', { name: 'Лист «Результаты»' })).toBeTruthy();
    expect(screen.getByText('версия 9.9.9')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Выявить ШНОР' }));
    const shnor = await screen.findByRole('group', { name: 'ШНОР: 2' }, { timeout: 5000 });
    expect(shnor).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Результат' }).getAttribute('aria-selected')).toBe('true');
    expect(port.writes).toHaveLength(1);

    const shnorSheet = port.writes[0].add.find((a) => a.spec.kind === 'shnor');
    // The run ends showing the ШНОР sheet (in the write itself); then the user opens it again from the pane.
    expect(port.writes[0].show).toEqual({ sheet: shnorSheet?.name, cell: 'A1' });
    expect(port.activations).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: `Открыть лист «${shnorSheet?.name}»` }));
    await waitFor(() => expect(port.activations).toEqual([[shnorSheet?.name, undefined]]));
  });

  it('switches tabs with the keyboard-reachable tab list', async () => {
    mount(new FakeWorkbook([sampleResults()]));
    await screen.findByRole('region', { name: 'Лист «Результаты»' });
    fireEvent.click(screen.getByRole('tab', { name: 'Правила' }));
    expect(screen.getByRole('spinbutton', { name: 'Порог доли «2», %' })).toBeTruthy();
    expect(screen.getByRole('tabpanel')).toBeTruthy();
  });

  it('an error becomes a Russian message bar that can be closed', async () => {
    const port = new FakeWorkbook([sampleResults()], [], { failWrite: new Error('InvalidArgument') });
    mount(port);
    await screen.findByRole('region', { name: 'Лист «Результаты»' });
    fireEvent.click(screen.getByRole('button', { name: 'Выявить ШНОР' }));
    const title = await screen.findByText('Выявить ШНОР не удалось', undefined, { timeout: 5000 });
    const bar = title.closest('[role="group"], div') as HTMLElement;
    expect(bar.textContent).toMatch(/[А-Яа-яЁё]{4}/);
    fireEvent.click(screen.getByRole('button', { name: 'Закрыть сообщение «Выявить ШНОР не удалось»' }));
    await waitFor(() => expect(screen.queryByText('Выявить ШНОР не удалось')).toBeNull());
    expect(port.writes).toHaveLength(0);
  });

  it('clicking «Отмена» during the run writes nothing', async () => {
    let release: () => void = () => undefined;
    const port = new FakeWorkbook([sampleResults()], [], {});
    mount(port);
    await screen.findByRole('region', { name: 'Лист «Результаты»' });
    port.hooks.onRead = () => new Promise<void>((resolve) => {
      release = resolve;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Выявить ШНОР' }));
    expect(await screen.findByText('Чтение…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    release();
    expect(await screen.findByText('Выявление отменено')).toBeTruthy();
    expect(within(document.body).queryByRole('progressbar')).toBeNull();
    expect(port.writes).toHaveLength(0);
  });
});
