// Динамика sheet: school × procedure × year table under one header; Когорты on their own sheet; the municipality and
// region table on Сводка.
import { rangeA1 } from '../../src/report/a1';
import { buildCohortsSheet } from '../../src/report/cohortsSheet';
import { buildDynamicsSheet } from '../../src/report/dynamicsSheet';
import { buildSummarySheet } from '../../src/report/summarySheet';
import { SheetSpec } from '../../src/report/model';
import { HYPERLINK_NAME, makeFixture } from './fixtures';
import { integrityProblems, rowWhere, rowsWhere, valueAt } from './sheetHelpers';

function tableEnd(sheet: SheetSpec, header: number): number {
  let last = header;
  while (last < sheet.values.length && valueAt(sheet, last + 1, 1) !== null) last++;
  return last;
}

describe('buildDynamicsSheet', () => {
  const { analysis } = makeFixture();
  const sheet = buildDynamicsSheet(analysis);
  const header1 = rowWhere(sheet, 3, 'Процедура');
  const last1 = tableEnd(sheet, header1);

  it('has the year table with one column per year in ascending order', () => {
    expect(sheet.kind).toBe('dynamics');
    expect(sheet.name).toBe('Динамика');
    expect(valueAt(sheet, header1 - 1, 1)).toBe('Доля «2» по годам');
    expect(sheet.values[header1 - 1].slice(0, 7)).toEqual(['Образовательная организация', 'Статус', 'Процедура', '2023', '2024', 'Изменение, п.п.', 'Направление']);
    expect(last1 - header1).toBe(analysis.dynamics.rows.length);
    expect(sheet.freeze).toEqual({ rows: header1, columns: 1 });
    expect(sheet.autoFilter).toBe(rangeA1(header1, 1, last1, 7));
  });

  it('puts ШНОР first, then зона риска, the others; by school name, then procedure (kind, grade, subject)', () => {
    const rows = sheet.values.slice(header1, last1).map((r) => [r[0], r[1], r[2]]);
    expect(rows).toEqual([
      ['Антоновская СОШ', 'ШНОР', 'ВПР-5 русский язык'],
      ['Ивановская СОШ', 'ШНОР', 'ВПР-4 русский язык'],
      ['Ивановская СОШ', 'ШНОР', 'ВПР-5 русский язык'],
      ['Ивановская СОШ', 'ШНОР', 'ОГЭ математика'],
      ['Петровская ООШ', 'ШНОР', 'ВПР-5 математика'],
      ['Петровская ООШ', 'ШНОР', 'ОГЭ математика'],
      ['Алексеевская СОШ', 'Зона риска', 'ВПР-5 математика'],
      [HYPERLINK_NAME, 'Не ШНОР', 'ВПР-5 русский язык'],
      [HYPERLINK_NAME, 'Не ШНОР', 'ВПР-7 математика'],
      ['Борисовская СОШ', 'Нет данных', 'ВПР-5 русский язык'],
    ]);
    expect(sheet.conditionalFormats).toContainEqual({ type: 'textEquals', range: rangeA1(header1 + 1, 2, last1, 2), text: 'ШНОР', style: { fill: 'FFC7CE', fontColor: '9C0006', bold: true } });
  });

  it('writes shares by year, the change in p.p. and the direction', () => {
    const ivan = sheet.values.slice(header1, last1).find((r) => r[0] === 'Ивановская СОШ' && r[2] === 'ВПР-5 русский язык');
    expect(ivan?.slice(0, 7)).toEqual(['Ивановская СОШ', 'ШНОР', 'ВПР-5 русский язык', 20, 41, 21, '▲ ухудшение']);
    const anton = sheet.values.slice(header1, last1).find((r) => r[0] === 'Антоновская СОШ');
    expect(anton?.slice(3, 7)).toEqual([31.2, 30, expect.closeTo(-1.2, 6), '≈ без изменений']);
    const oge = sheet.values.slice(header1, last1).find((r) => r[0] === 'Петровская ООШ' && r[2] === 'ОГЭ математика');
    expect(oge?.slice(3, 7)).toEqual([null, 50, null, '']);
  });

  it('formats and colours the year table by range: 0.0, signed change, colour scale, threshold rule, direction texts', () => {
    const years = rangeA1(header1 + 1, 4, last1, 5);
    const change = rangeA1(header1 + 1, 6, last1, 6);
    const direction = rangeA1(header1 + 1, 7, last1, 7);
    expect(sheet.numberFormats).toContainEqual({ range: years, format: '0.0' });
    expect(sheet.numberFormats).toContainEqual({ range: change, format: '+0.0;-0.0;0.0' });
    expect(sheet.conditionalFormats).toContainEqual({ type: 'colorScale', range: change, colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0, min: -10, max: 10 });
    expect(sheet.conditionalFormats).toContainEqual(
      { type: 'cellIs', range: years, operator: 'greaterThanOrEqual', values: [30], style: { fill: 'FFC7CE', fontColor: '9C0006' } },
    );
    const texts = sheet.conditionalFormats.flatMap((c) => (c.type === 'textEquals' && c.range === direction ? [c.text] : []));
    expect(texts).toEqual(['▲ ухудшение', '▼ улучшение', '≈ без изменений', 'нет данных за 2024 г.']);
    const f = makeFixture({ parameters: { threshold: 40 } });
    const s = buildDynamicsSheet(f.analysis);
    expect(s.conditionalFormats).toContainEqual(expect.objectContaining({ type: 'cellIs', range: years, values: [40] }));
  });

  it('is well formed and says so when the table is empty', () => {
    expect(integrityProblems(sheet)).toEqual([]);
    const f = makeFixture();
    const empty = buildDynamicsSheet({ ...f.analysis, dynamics: { ...f.analysis.dynamics, rows: [] } });
    expect(rowsWhere(empty, 1, 'Нет данных для этой таблицы.')).toHaveLength(1);
    expect(integrityProblems(empty)).toEqual([]);
  });

  it('holds one table under one header: the cohorts and the benchmarks are not on this sheet', () => {
    expect(rowsWhere(sheet, 1, 'Образовательная организация')).toEqual([header1]);
    expect(sheet.values.flat()).not.toContain('Когорты (один и тот же класс по годам)');
    expect(sheet.values.flat()).not.toContain('Школа — муниципалитет — регион');
  });

  it('shows no change for a row without the target year (its last change is not the current one)', () => {
    const f = makeFixture();
    const old = f.analysis.dynamics.rows[0];
    const stale = {
      ...old, schoolKey: 'stale', name: 'Старая ООШ',
      values: [{ ...old.values[0], year: 2022, share2: 10 }, { ...old.values[0], year: 2023, share2: 40 }],
      change: 30, direction: 'worsened' as const,
    };
    const s = buildDynamicsSheet({ ...f.analysis, years: [2022, 2023, 2024], dynamics: { ...f.analysis.dynamics, rows: [...f.analysis.dynamics.rows, stale] } });
    const h = rowWhere(s, 3, 'Процедура');
    const row = s.values.find((r) => r[0] === 'Старая ООШ');
    expect(row?.slice(3)).toEqual([10, 40, null, null, 'нет данных за 2024 г.']);
    expect(s.values[h - 1].slice(3)).toEqual(['2022', '2023', '2024', 'Изменение, п.п.', 'Направление']);
    // A row with the target year keeps its change.
    const ivan = s.values.find((r) => r[0] === 'Ивановская СОШ' && r[2] === 'ВПР-5 русский язык');
    expect(ivan?.slice(6)).toEqual([21, '▲ ухудшение']);
  });

  it('adds the municipality (and code) after the name when the data has several municipalities', () => {
    const f = makeFixture();
    const schools = f.analysis.dataset.schools.map((x) => ({ ...x, municipality: x.key === 'petr' ? 'Абинский район' : 'Кировский район', ...(x.key === 'ivan' ? { code: 'sch230001' } : {}) }));
    const s = buildDynamicsSheet({ ...f.analysis, dataset: { ...f.analysis.dataset, schools } });
    const h = rowWhere(s, 4, 'Статус');
    expect(s.values[h - 1].slice(0, 4)).toEqual(['Образовательная организация', 'Муниципалитет', 'Логин / код', 'Статус']);
    expect(s.values.find((r) => r[0] === 'Петровская ООШ')?.slice(1, 3)).toEqual(['Абинский район', '']);
    expect(s.values.find((r) => r[0] === 'Ивановская СОШ')?.slice(1, 3)).toEqual(['Кировский район', 'sch230001']);
    expect(integrityProblems(s)).toEqual([]);
    // One municipality: no such column.
    expect(sheet.values[header1 - 1]).not.toContain('Муниципалитет');
  });
});

describe('buildCohortsSheet', () => {
  const { analysis } = makeFixture();
  const sheet = buildCohortsSheet(analysis);

  it('follows cohorts across years under its own header, repeated on every printed page', () => {
    expect(sheet.name).toBe('Когорты');
    const header = rowWhere(sheet, 1, 'Образовательная организация');
    expect(sheet.values[header - 1].slice(0, 8)).toEqual([
      'Образовательная организация', 'Предмет', 'Процедура 1', 'Доля «2» 1', 'Процедура 2', 'Доля «2» 2', 'Изменение, п.п.', 'Направление',
    ]);
    expect(sheet.values[header].slice(0, 8)).toEqual(['Ивановская СОШ', 'Русский язык', 'ВПР-4 2023', 20, 'ВПР-5 2024', 41, 21, '▲ ухудшение']);
    expect(sheet.numberFormats).toContainEqual({ range: rangeA1(header + 1, 7, header + 1, 7), format: '+0.0;-0.0;0.0' });
    expect(sheet.freeze).toEqual({ rows: header, columns: 1 });
    expect(integrityProblems(sheet)).toEqual([]);
  });

  it('says so when there is no cohort', () => {
    const f = makeFixture();
    const empty = buildCohortsSheet({ ...f.analysis, dynamics: { ...f.analysis.dynamics, cohorts: [] } });
    expect(rowsWhere(empty, 1, 'Нет данных для этой таблицы.')).toHaveLength(1);
    expect(integrityProblems(empty)).toEqual([]);
  });
});

describe('the municipality and region table on «Сводка»', () => {
  it('compares municipality (with its method) and region, sorted by procedure then year', () => {
    const { analysis } = makeFixture();
    const sheet = buildSummarySheet(analysis);
    const section = rowWhere(sheet, 1, 'Муниципалитет и регион: доля «2» по процедурам и годам, %');
    const header = section + 1;
    expect(sheet.values[header - 1].slice(0, 6)).toEqual(['Процедура', 'Год', 'Муниципалитет', 'Способ', 'Регион', 'Школ']);
    const rows = sheet.values.slice(header, tableEnd(sheet, header)).map((r) => r.slice(0, 6));
    expect(rows).toEqual([
      ['ВПР-5 математика', 2023, 22.4, 'по школам, взвешено', null, 2],
      ['ВПР-5 русский язык', 2023, 16, 'строка листа', 14.1, 3],
      ['ВПР-5 русский язык', 2024, 18.5, 'строка листа', 15.2, 3],
      ['ВПР-7 математика', 2024, 36, 'по школам, взвешено', null, 1],
      ['ОГЭ математика', 2024, 12, 'по школам, взвешено', null, 2],
    ]);
    expect(integrityProblems(sheet)).toEqual([]);
  });
});
