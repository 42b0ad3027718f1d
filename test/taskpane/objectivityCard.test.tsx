// The pane's card «Объективность ВПР» (§7): which works were judged and from which data, flagged schools with markers, the sheet.
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { analyze } from '../../src/core/analyze';
import { params } from '../../src/core/testing/builders';
import { buildObjectivitySheet } from '../../src/report/objectivitySheet';
import { summarizeResult } from '../../src/taskpane/controller/resultSummary';
import { ObjectivityCard } from '../../src/taskpane/components/ObjectivityCard';
import { ownMessage, warningsTitle } from '../../src/taskpane/components/SheetCard';
import { sheetLayoutLabel } from '../../src/taskpane/components/labels';
import { protocolRows } from '../fixtures/protocols/generate';
import { makeRegion, taskMaxima } from '../fixtures/protocols/region';

const grid = (file: string, values: RawValue[][]): SheetGrid => ({ file, sheet: 'Лист1', values, originRow: 1, originCol: 1, merges: [] });
const MAX = taskMaxima(16, 20);

describe('ObjectivityCard', () => {
  const region = makeRegion({ seed: 3, schools: 40, taskMax: MAX, bounds: [6, 11, 16], plants: new Map([[0, 'reversed'], [7, 'reversed'], [19, 'reversed']]) });
  const { dataset } = ingest([grid('Проведение работы по математике, 5 класс. ВПР 2021.xlsx', protocolRows('2021', region, MAX.length, undefined, MAX))]);
  const analysis = analyze(dataset, params({ procedures: 'all', targetYear: 2021 }));
  const sheet = buildObjectivitySheet(analysis);
  const summary = summarizeResult(analysis, { remove: [], add: [{ name: 'Объективность', spec: sheet }] });
  const flaggedKeys = analysis.identification.verdicts.filter((v) => v.flags.includes('objectivity')).map((v) => v.schoolKey);

  it('summarises the run: works judged from protocols, the flagged schools with their markers, the sheet', () => {
    const o = summary.objectivity;
    expect(o?.year).toBe(2021);
    expect(o?.judged).toBe(40);
    expect(o?.fromProtocols).toBe(40);
    expect(o?.fromReports).toBe(0);
    // One year of protocols: P3 (the cohort a year earlier) has nothing to compare with.
    expect(o?.notComputed).toEqual(['P3']);
    expect(o?.flaggedSchools).toBe(flaggedKeys.length);
    expect(flaggedKeys.length).toBeGreaterThanOrEqual(1);
    // The planted school (journal marks reversed) is among them with its P2.
    const planted = o?.flagged.find((f) => f.schoolKey.includes(region[0].login));
    expect(planted?.markers).toMatch(/P2/);
    expect(o?.flagged.every((f) => f.work === 'ВПР-5 математика' && /P\d/.test(f.markers))).toBe(true);
    const names = o?.flagged.map((f) => f.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru', { numeric: true })));
    expect(o?.sheet).toBe('Объективность');
  });

  it('shows the count, the schools with their markers and opens the sheet', () => {
    const open = jest.fn();
    render(<FluentProvider theme={webLightTheme}>{summary.objectivity && <ObjectivityCard objectivity={summary.objectivity} onOpenSheet={open} />}</FluentProvider>);
    const card = screen.getByRole('region', { name: 'Объективность ВПР 2021 (маркеры §7)' });
    expect(card.textContent).toContain('Рассчитаны по 40 работам ВПР 2021 г. — по протоколам ФИС ОКО.');
    expect(card.textContent).toContain(`Признаки необъективности — у ${flaggedKeys.length}`);
    const items = screen.getByRole('list', { name: 'Школы с признаками необъективности ВПР 2021' }).querySelectorAll('li');
    expect(items).toHaveLength(summary.objectivity?.flagged.length ?? -1);
    expect(items[0].textContent).toMatch(/, ВПР-5 математика: .*P\d/);
    expect(card.textContent).toContain('перечень ШНОР от маркеров не меняется');
    fireEvent.click(screen.getByRole('button', { name: 'Открыть лист «Объективность»' }));
    expect(open).toHaveBeenCalledWith('Объективность');
  });

  it('says from which reports works were judged, which markers they cannot give, and lists at most ten', () => {
    const base = summary.objectivity;
    if (!base) throw new Error('no objectivity');
    const many = Array.from({ length: 13 }, (_, i) => ({ schoolKey: `k${i}`, name: `Школа № ${i + 1}`, work: 'ВПР-4 русский язык', markers: 'P5, P6b' }));
    render(<FluentProvider theme={webLightTheme}><ObjectivityCard objectivity={{
      ...base, fromProtocols: 0, fromReports: 40, reports: ['«Статистика по отметкам»', '«Выполнение заданий»'], notComputed: ['P2', 'P8'],
      flagged: many, flaggedSchools: 13, unchecked: 3,
    }} /></FluentProvider>);
    const card = screen.getByRole('region');
    expect(card.textContent).toContain('только по отчётам ФИС ОКО о школах: «Статистика по отметкам», «Выполнение заданий».');
    expect(card.textContent).toContain('Маркеры P2, P8 по этим данным не рассчитываются — нет данных.');
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(card.textContent).toContain('и ещё 3 работы — на листе «Объективность».');
    expect(card.textContent).toContain('Проверка невозможна (мало участников или нет нужных данных) — 3 школы.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a run with no ВПР work has no card', () => {
    const other = analyze({ ...dataset, results: [] }, params({ procedures: 'all', targetYear: 2021 }));
    expect(summarizeResult(other, { remove: [], add: [] }).objectivity).toBeUndefined();
  });
});

describe('SheetCard words', () => {
  it('names a journal comparison as such, and warnings by what they are', () => {
    const columns = [{ column: 'C', header: 'Понизили', role: 'lowered' as const }];
    expect(sheetLayoutLabel({ layout: 'fisOko', columns })).toMatch(/^Выгрузка ФИС ОКО «Сравнение отметок с отметками по журналу»/);
    expect(sheetLayoutLabel({ layout: 'fisOko', columns: [...columns, { column: 'D', header: '«2»', role: 'share2' as const }] })).not.toMatch(/журналу/);
    const cellWarning = { file: 'a.xlsx', sheet: 'Лист1', cell: 'B4', message: 'Лист «Лист1»: доля «2» не число' };
    expect(warningsTitle([cellWarning, cellWarning])).toBe('2 ячейки не прочитаны или вызывают сомнение:');
    expect(warningsTitle([cellWarning, { file: 'a.xlsx', sheet: 'Лист1', message: 'нет года' }])).toBe('2 замечания при чтении листа:');
    expect(ownMessage(cellWarning, 'Лист1')).toBe('Доля «2» не число');
    expect(ownMessage(cellWarning, 'Лист2')).toBe('Лист «Лист1»: доля «2» не число');
  });
});
