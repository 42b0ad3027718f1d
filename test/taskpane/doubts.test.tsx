// Doubts in the task pane: a run whose reading holds a decision that can change a verdict ends orange, never green;
// the doubts stand above everything else with the schools named and a link to the cell; a run with none says so.
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { memorySettingsStore } from '../../src/app/settingsStore';
import { Doubt } from '../../src/ingest/types';
import { Doubts } from '../../src/taskpane/components/Doubts';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';
import { FakeWorkbook, grid, sampleResults } from './fakeWorkbook';

const NOW = new Date('2024-09-01T10:00:00Z');

function controller(port: FakeWorkbook): TaskpaneController {
  return new TaskpaneController({ port, settings: memorySettingsStore(), version: '1.2.3', now: () => NOW });
}

/** A ВПР sheet where one «доля» among percents is a fraction of 1 (0,40 of 25 pupils): read as 40 %, a doubt. */
function fractionAmongPercents() {
  return grid('ВПР 5 кл 2024 рус', [
    ['ОО', 'Участников', 'Доля «2», %'],
    ['Ивановская СОШ', 20, 35],
    ['Петровская СОШ', 25, '0,40'],
    ['Сидоровская СОШ', 10, 50],
  ]);
}

describe('a run with doubts', () => {
  it('ends orange «Готово, но есть сомнения», with the doubts in the state for the pane to show first', async () => {
    const c = controller(new FakeWorkbook([fractionAmongPercents()]));
    await c.start();
    expect(c.getState().doubts).toHaveLength(1);
    await c.run();
    const s = c.getState();
    expect(s.doubts.map((d) => [d.kind, d.sheet, d.cell, d.schools.map((x) => x.name)])).toEqual([['scale', 'ВПР 5 кл 2024 рус', 'C', ['Петровская СОШ']]]);
    expect(s.messages.at(-1)).toMatchObject({ intent: 'warning', title: 'Готово, но есть сомнения' });
    expect(s.messages.at(-1)?.text).toContain('Сомнений: 1; от них зависят выводы о 1 школе');
    expect(s.messages.some((m) => m.intent === 'success')).toBe(false);
  });

  it('a run without doubts says so in its «Готово»', async () => {
    const c = controller(new FakeWorkbook([sampleResults()]));
    await c.start();
    await c.run();
    expect(c.getState().doubts).toEqual([]);
    expect(c.getState().messages.at(-1)).toMatchObject({ intent: 'success', title: 'Готово' });
    expect(c.getState().messages.at(-1)?.text).toMatch(/Сомнений нет\.$/);
  });
});

describe('Doubts (component)', () => {
  const doubt: Doubt = {
    kind: 'units', file: '', sheet: '2023', cell: 'E', decided: 'столбец E («не преодолели min порог, %») по заголовку — доля, но …',
    fix: 'Укажите роль столбца вручную.', schools: [{ key: 'a', name: 'СОШ № 5 г. Энска' }, { key: 'b', name: 'Лицей № 1' }],
  };

  it('shows what was decided, the schools that depend on it and how to correct it, and goes to the column', () => {
    const onSelectCell = jest.fn();
    render(<FluentProvider theme={webLightTheme}><Doubts doubts={[doubt]} onSelectCell={onSelectCell} /></FluentProvider>);
    expect(screen.getByText(/^Сомнения \(1\)/)).toBeTruthy();
    expect(screen.getByText(/Зависят выводы о 2 школах: «СОШ № 5 г. Энска», «Лицей № 1»/)).toBeTruthy();
    expect(screen.getByText('Укажите роль столбца вручную.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Перейти: лист «2023», столбец E' }));
    expect(onSelectCell).toHaveBeenCalledWith('2023', 'E1');
  });

  it('shows nothing when there is no doubt', () => {
    const { container } = render(<FluentProvider theme={webLightTheme}><Doubts doubts={[]} onSelectCell={() => undefined} /></FluentProvider>);
    expect(container.textContent).toBe('');
  });
});
