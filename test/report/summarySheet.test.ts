// Сводка sheet: tables by year, municipal доля «2», statuses; charts point at the cells holding their numbers.
import { ChartSpec } from '../../src/report/model';
import { buildSummarySheet } from '../../src/report/summarySheet';
import { OGE_MA, VPR5_MA, VPR5_RU, makeFixture } from './fixtures';
import { at, integrityProblems, mustCell, mustRange, rangeValues, rowWhere, rowsWhere } from './sheetHelpers';

describe('buildSummarySheet', () => {
  const { analysis } = makeFixture();
  const sheet = buildSummarySheet(analysis);
  const chart = (title: string): ChartSpec => {
    const found = sheet.charts.find((c) => c.title === title);
    if (!found) throw new Error(`no chart ${title}: ${sheet.charts.map((c) => c.title).join(', ')}`);
    return found;
  };
  const column = (values: readonly (readonly unknown[])[]) => values.map((r) => r[0]);

  it('counts ШНОР by year, leaving entered/exited and positive dynamics empty when not comparable', () => {
    expect(sheet.kind).toBe('summary');
    expect(sheet.name).toBe('Сводка');
    const header = rowWhere(sheet, 1, 'Год');
    expect(sheet.values[header - 1].slice(0, 6)).toEqual(['Год', 'ШНОР', 'Зона риска', 'Вошли', 'Вышли', 'Доля школ с положительной динамикой, %']);
    expect(sheet.values[header].slice(0, 6)).toEqual([2023, 2, 0, null, null, null]);
    expect(sheet.values[header + 1].slice(0, 6)).toEqual([2024, 3, 1, 2, 1, 40]);
  });

  it('charts the number of ШНОР, entered and exited by year from those cells', () => {
    const c = chart('Число ШНОР по годам');
    expect(c.type).toBe('column');
    expect(column(rangeValues(sheet, c.categories))).toEqual([2023, 2024]);
    expect(c.series.map((s) => [s.name, at(sheet, s.nameRef), column(rangeValues(sheet, s.values))])).toEqual([
      ['ШНОР', 'ШНОР', [2, 3]],
      ['Вошли', 'Вошли', [null, 2]],
      ['Вышли', 'Вышли', [null, 1]],
    ]);
  });

  it('tabulates municipal доля «2» by procedure and year and charts the counted procedures only', () => {
    const header = rowsWhere(sheet, 1, 'Процедура')[0];
    expect(sheet.values[header - 1].slice(0, 3)).toEqual(['Процедура', 2023, 2024]);
    const c = chart('Доля «2» в муниципалитете по процедурам и годам');
    expect(c.type).toBe('line');
    expect(rangeValues(sheet, c.categories)).toEqual([[2023, 2024]]);
    expect(c.series.map((s) => [s.name, at(sheet, s.nameRef), rangeValues(sheet, s.values)[0]])).toEqual([
      ['ВПР-5 русский язык', 'ВПР-5 русский язык', [16, 18.5]],
      ['ВПР-5 математика', 'ВПР-5 математика', [22.4, null]],
      ['ОГЭ математика', 'ОГЭ математика', [null, 12]],
    ]);
    // A procedure outside the set stays in the table but not on the chart.
    const vpr7 = rowsWhere(sheet, 1, 'ВПР-7 математика')[0];
    expect(sheet.values[vpr7 - 1].slice(0, 3)).toEqual(['ВПР-7 математика', null, 36]);
    expect(c.series.some((s) => s.name.startsWith('ВПР-7'))).toBe(false);
  });

  it('counts schools by status and charts them as bars', () => {
    const c = chart('Школы по статусу 2024');
    expect(c.type).toBe('bar');
    expect(column(rangeValues(sheet, c.categories))).toEqual(['ШНОР', 'Зона риска', 'Не ШНОР', 'Нет данных']);
    expect(c.series).toHaveLength(1);
    expect(at(sheet, c.series[0].nameRef)).toBe('Число школ');
    expect(column(rangeValues(sheet, c.series[0].values))).toEqual([3, 1, 1, 1]);
  });

  it('places charts to the right of every table without overlapping each other', () => {
    expect(sheet.charts).toHaveLength(3);
    const lastUsedColumn = Math.max(...sheet.values.map((r) => r.reduce<number>((m, v, i) => (v !== null ? i + 1 : m), 0)));
    const boxes = sheet.charts.map((c) => ({ from: mustCell(c.from), to: mustCell(c.to) }));
    for (const b of boxes) {
      expect(b.from.column).toBeGreaterThan(lastUsedColumn);
      expect(b.from.column).toBeGreaterThanOrEqual(9);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].from.row).toBeGreaterThan(boxes[i - 1].to.row);
    for (const c of sheet.charts) for (const s of c.series) expect(mustRange(s.values).right).toBeLessThan(boxes[0].from.column);
    expect(integrityProblems(sheet)).toEqual([]);
  });

  it('moves the charts right when many years widen the tables', () => {
    const f = makeFixture();
    const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
    const wide = buildSummarySheet({ ...f.analysis, years });
    const header = rowsWhere(wide, 1, 'Процедура')[0];
    expect(wide.values[header - 1].slice(0, 10)).toEqual(['Процедура', ...years]);
    for (const c of wide.charts) expect(mustCell(c.from).column).toBeGreaterThan(10);
    expect(integrityProblems(wide)).toEqual([]);
  });
});

describe('buildSummarySheet with many counted procedures', () => {
  it('splits the доля «2» chart by subject so that no chart has more than four lines', () => {
    const procedures = [VPR5_RU, VPR5_MA, { kind: 'ВПР' as const, subject: 'Русский язык', grade: 6 }, { kind: 'ВПР' as const, subject: 'Математика', grade: 6 }, OGE_MA, { kind: 'ОГЭ' as const, subject: 'Русский язык', grade: 9 }];
    const { analysis } = makeFixture({ parameters: { procedures } });
    const benchmarks = procedures.flatMap((procedure) => [2023, 2024].map((year) => ({ procedure, year, municipality: { share2: 10, origin: 'sheet' as const }, schoolCount: 3 })));
    const wide = buildSummarySheet({ ...analysis, identification: { ...analysis.identification, procedures }, dynamics: { ...analysis.dynamics, benchmarks } });
    const lines = wide.charts.filter((c) => c.type === 'line');
    expect(lines.map((c) => [c.title, c.series.map((s) => s.name)])).toEqual([
      ['Доля «2» в муниципалитете: ВПР, русский язык', ['ВПР-5 русский язык', 'ВПР-6 русский язык']],
      ['Доля «2» в муниципалитете: ВПР, математика', ['ВПР-5 математика', 'ВПР-6 математика']],
      ['Доля «2» в муниципалитете: ОГЭ и ЕГЭ', ['ОГЭ математика', 'ОГЭ русский язык']],
    ]);
  });
});

describe('the district series on Сводка says its method (§4: one method per series)', () => {
  it('names the method of each row: sheet rows, weighted by participants, or the plain mean', () => {
    const { analysis } = makeFixture();
    const m = (share2: number, origin: 'sheet' | 'computed', unweighted?: true) => ({ share2, origin, ...(unweighted ? { unweighted } : {}) });
    const benchmarks = [
      { procedure: VPR5_RU, year: 2023, municipality: m(16, 'sheet'), schoolCount: 3 },
      { procedure: VPR5_RU, year: 2024, municipality: m(18, 'sheet'), schoolCount: 3 },
      { procedure: VPR5_MA, year: 2023, municipality: m(20, 'computed'), schoolCount: 3 },
      { procedure: VPR5_MA, year: 2024, municipality: m(21, 'computed'), schoolCount: 3 },
      { procedure: OGE_MA, year: 2023, municipality: m(9, 'computed', true), schoolCount: 3 },
      { procedure: OGE_MA, year: 2024, municipality: m(12, 'computed', true), schoolCount: 3 },
    ];
    const sheet = buildSummarySheet({ ...analysis, dynamics: { ...analysis.dynamics, benchmarks } });
    const header = rowsWhere(sheet, 1, 'Процедура')[0];
    expect(sheet.values[header - 1].slice(0, 4)).toEqual(['Процедура', 2023, 2024, 'Способ расчёта']);
    const method = (label: string) => sheet.values[rowsWhere(sheet, 1, label)[0] - 1][3];
    expect(method('ВПР-5 русский язык')).toBe('строки листа (муниципалитет)');
    expect(method('ВПР-5 математика')).toBe('по школам, взвешено по числу участников');
    expect(method('ОГЭ математика')).toBe('по школам, среднее без весов (нет числа участников)');
    expect(integrityProblems(sheet)).toEqual([]);
  });
});
