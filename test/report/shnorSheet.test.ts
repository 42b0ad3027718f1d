// ШНОР Y sheet: headers, order, values for Y and Y−1, conditional formats from the parameters, notes, benchmarks.
import { objectivityWork } from '../../src/core/testing/builders';
import { procedureKey } from '../../src/core/model';
import { DEFAULT_PROCEDURES } from '../../src/core/parameters';
import { rangeA1 } from '../../src/report/a1';
import { buildShnorSheet } from '../../src/report/shnorSheet';
import { SheetSpec } from '../../src/report/model';
import { LINE_HEIGHT, wrappedLines } from '../../src/report/rowHeights';
import { COUNTED, HYPERLINK_NAME, OGE_MA, PREV, VPR5_MA, VPR5_RU, Y, makeFixture, rec } from './fixtures';
import { columnOf, integrityProblems, mustRange, rowWhere, valueAt } from './sheetHelpers';

const EXPECTED_HEADERS = [
  '№', 'Образовательная организация', 'Статус', 'Критерии', 'Движение по списку', 'Низкие результаты', 'Кураторы',
  'ВПР-5 русский язык 2024', 'ВПР-5 русский язык 2023', 'ВПР-5 математика 2024', 'ВПР-5 математика 2023',
  'ОГЭ математика 2024', 'ОГЭ математика 2023',
  'Низких в 2024', 'Малая выборка', 'Объективность', 'Пояснение (подробно — в примечании к статусу)',
];

/** The row of a school in the table (the partner block under it names ШНОР schools again). */
function schoolRow(sheet: SheetSpec, name: string): number {
  const section = sheet.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Школы-кураторы'));
  return rowWhere({ ...sheet, values: section < 0 ? sheet.values : sheet.values.slice(0, section) }, 2, name);
}

function layout(sheet: SheetSpec) {
  const header = rowWhere(sheet, 1, '№');
  const firstSchool = header + 1;
  let lastSchool = firstSchool - 1;
  while (typeof valueAt(sheet, lastSchool + 1, 1) === 'number') lastSchool++;
  return {
    header, firstSchool, lastSchool,
    firstProc: columnOf(sheet, header, 'ВПР-5 русский язык 2024'),
    lastProc: columnOf(sheet, header, 'ОГЭ математика 2023'),
    name: columnOf(sheet, header, 'Образовательная организация'),
    status: columnOf(sheet, header, 'Статус'),
  };
}

describe('buildShnorSheet', () => {
  const { analysis, info, results } = makeFixture();
  const sheet = buildShnorSheet(analysis, info);
  const l = layout(sheet);

  it('is named for the target year and has the title, the rule and the date', () => {
    expect(sheet.kind).toBe('shnor');
    expect(sheet.name).toBe('ШНОР 2024');
    expect(valueAt(sheet, 1, 1)).toBe('ШНОР 2024: школы с низкими образовательными результатами');
    expect(sheet.styles).toContainEqual({ range: 'A1:A1', style: { bold: true, fontSize: 14 } });
    expect(valueAt(sheet, 2, 1)).toBe(
      'Правило: доля «2» ≥ 30 % (включительно); К1 — не менее 2 процедур в 2024 г.; К2 — хотя бы одна процедура в 2023 и в 2024 г. Сформировано 23.11.2024.',
    );
  });

  it('has the header columns in the documented order, styled, frozen with the name column and filtered', () => {
    expect(sheet.values[l.header - 1]).toEqual(EXPECTED_HEADERS);
    expect(sheet.values[0]).toHaveLength(EXPECTED_HEADERS.length);
    const headerStyle = sheet.styles.find((s) => s.range === rangeA1(l.header, 1, l.header, EXPECTED_HEADERS.length));
    expect(headerStyle?.style).toMatchObject({ bold: true, wrap: true, border: 'thin' });
    expect(headerStyle?.style.fill).toMatch(/^[0-9A-F]{6}$/);
    expect(sheet.freeze).toEqual({ rows: l.header, columns: 2 });
    // Wrapped headers such as «ВПР-5 русский язык 2024» get a taller row.
    expect(sheet.rowHeights?.find((h) => h.row === l.header)?.height).toBeGreaterThanOrEqual(45);
    expect(sheet.autoFilter).toBe(rangeA1(l.header, 1, l.lastSchool, EXPECTED_HEADERS.length));
    expect(sheet.values.flat().some((v) => typeof v === 'string' && v.includes('ВПР-7'))).toBe(false);
  });

  it('lists ШНОР first (more low results first, then by name), then зона риска, не ШНОР, нет данных', () => {
    const names = sheet.values.slice(l.firstSchool - 1, l.lastSchool).map((r) => r[l.name - 1]);
    expect(names).toEqual(['Ивановская СОШ', 'Антоновская СОШ', 'Петровская ООШ', 'Алексеевская СОШ', HYPERLINK_NAME, 'Борисовская СОШ']);
    const numbers = sheet.values.slice(l.firstSchool - 1, l.lastSchool).map((r) => r[0]);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    const statuses = sheet.values.slice(l.firstSchool - 1, l.lastSchool).map((r) => r[l.status - 1]);
    expect(statuses).toEqual(['ШНОР', 'ШНОР', 'ШНОР', 'Зона риска', 'Не ШНОР', 'Нет данных']);
  });

  it('puts criteria, list movement, low count and marks in their columns', () => {
    const row = (name: string) => schoolRow(sheet, name);
    const col = (h: string) => columnOf(sheet, l.header, h);
    expect(valueAt(sheet, row('Ивановская СОШ'), col('Критерии'))).toBe('К1');
    expect(valueAt(sheet, row('Петровская ООШ'), col('Критерии'))).toBe('К2');
    expect(valueAt(sheet, row('Ивановская СОШ'), col('Движение по списку'))).toBe('вошла');
    expect(valueAt(sheet, row('Антоновская СОШ'), col('Движение по списку'))).toBe('осталась');
    expect(valueAt(sheet, row(HYPERLINK_NAME), col('Движение по списку'))).toBe('—');
    expect(valueAt(sheet, row('Борисовская СОШ'), col('Движение по списку'))).toBe('нет данных за 2023');
    expect(valueAt(sheet, row('Ивановская СОШ'), col('Низких в 2024'))).toBe(2);
    expect(valueAt(sheet, row('Петровская ООШ'), col('Низких в 2024'))).toBe(1);
    expect(valueAt(sheet, row('Алексеевская СОШ'), col('Низких в 2024'))).toBe(0);
    const small = valueAt(sheet, row('Петровская ООШ'), col('Малая выборка'));
    expect(small).toEqual(expect.stringContaining('ВПР-5 математика 2023'));
    expect(small).toEqual(expect.stringContaining('4 уч.'));
    expect(valueAt(sheet, row('Ивановская СОШ'), col('Малая выборка'))).toBe('');
    const objectivity = valueAt(sheet, row('Алексеевская СОШ'), col('Объективность'));
    expect(objectivity).toBe('ВПР-5 математика: P5, P6b');
    const why = col('Пояснение (подробно — в примечании к статусу)');
    const ivan = analysis.identification.verdicts.find((v) => v.schoolKey === 'ivan');
    expect(ivan?.status).toBe('shnor');
    expect(valueAt(sheet, row('Ивановская СОШ'), why)).toEqual(expect.stringContaining(`К1: доля «2» ≥ 30 % в 2 процедурах 2024 г.`));
    const prefix = { shnor: /^К[12]: /, risk: /^Зона риска: /, ok: /^Не ШНОР: в 2024 г\. нет процедур с долей «2» ≥ 30 %\.$/, no_data: /^Нет данных за 2024 г\./ };
    const seen = new Set<string>();
    for (const v of analysis.identification.verdicts) {
      expect([v.name, valueAt(sheet, row(v.name), why)]).toEqual([v.name, expect.stringMatching(prefix[v.status])]);
      seen.add(v.status);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('writes доля «2» of Y and Y−1 of every counted procedure as numbers, empty when there is no result', () => {
    let filled = 0;
    for (const v of analysis.identification.verdicts) {
      const row = schoolRow(sheet, v.name);
      COUNTED.forEach((p, i) => {
        for (const [offset, year] of [[0, Y], [1, PREV]] as const) {
          const expected = results.find((r) => r.schoolKey === v.schoolKey && r.year === year && procedureKey(r.procedure) === procedureKey(p));
          const value = valueAt(sheet, row, l.firstProc + 2 * i + offset);
          expect(value).toBe(expected ? expected.share2 : null);
          if (expected) filled++;
        }
      });
    }
    expect(filled).toBe(11);
    expect(sheet.numberFormats).toContainEqual({ range: rangeA1(l.firstSchool, l.firstProc, l.lastSchool, l.lastProc), format: '0.0' });
  });

  it('highlights low shares and the risk band by conditional formats over exactly the procedure cells of the school rows', () => {
    const area = rangeA1(l.firstSchool, l.firstProc, l.lastSchool, l.lastProc);
    const rules = sheet.conditionalFormats.filter((c) => c.type === 'cellIs');
    expect(rules).toEqual([
      { type: 'cellIs', range: area, operator: 'greaterThanOrEqual', values: [30], style: { fill: 'FFC7CE', fontColor: '9C0006' } },
      { type: 'cellIs', range: area, operator: 'between', values: [25, 29.9999], style: { fill: 'FFEB9C', fontColor: '9C5700' } },
    ]);
    // Not painted cell by cell: no style with a colour touches the share cells.
    const shares = mustRange(area);
    const painted = sheet.styles.filter((s) => {
      const r = mustRange(s.range);
      const overlaps = r.top <= shares.bottom && r.bottom >= shares.top && r.left <= shares.right && r.right >= shares.left;
      return overlaps && (s.style.fill !== undefined || s.style.fontColor !== undefined);
    });
    expect(painted).toEqual([]);
  });

  it('takes the threshold and risk margin from the parameters', () => {
    const f = makeFixture({ parameters: { threshold: 25, riskMargin: 3 } });
    const s = buildShnorSheet(f.analysis, f.info);
    const rules = s.conditionalFormats.filter((c) => c.type === 'cellIs');
    expect(rules.map((r) => (r.type === 'cellIs' ? [r.operator, ...r.values] : []))).toEqual([
      ['greaterThanOrEqual', 25],
      ['between', 22, 24.9999],
    ]);
    expect(valueAt(s, 2, 1)).toEqual(expect.stringContaining('доля «2» ≥ 25 %'));
    const noBand = makeFixture({ parameters: { threshold: 27.5, riskMargin: 0 } });
    const s2 = buildShnorSheet(noBand.analysis, noBand.info);
    expect(s2.conditionalFormats.filter((c) => c.type === 'cellIs').map((c) => (c.type === 'cellIs' ? c.operator : ''))).toEqual(['greaterThanOrEqual']);
    expect(valueAt(s2, 2, 1)).toEqual(expect.stringContaining('доля «2» ≥ 27,5 %'));
  });

  it('colours the status column by text rules', () => {
    const status = rangeA1(l.firstSchool, l.status, l.lastSchool, l.status);
    const byText = new Map(sheet.conditionalFormats.flatMap((c) => (c.type === 'textEquals' && c.range === status ? [[c.text, c.style]] : [])));
    expect(byText.get('ШНОР')).toMatchObject({ fill: 'FFC7CE', fontColor: '9C0006' });
    expect(byText.get('Зона риска')).toMatchObject({ fill: 'FFEB9C', fontColor: '9C5700' });
    expect(byText.get('Не ШНОР')).toMatchObject({ fill: 'C6EFCE', fontColor: '006100' });
  });

  it('puts the explanation of each verdict in a note on its status cell', () => {
    expect(sheet.notes).toHaveLength(analysis.identification.verdicts.length);
    for (const v of analysis.identification.verdicts) {
      const cell = `${String.fromCharCode(64 + l.status)}${schoolRow(sheet, v.name)}`;
      expect(sheet.notes).toContainEqual({ cell, text: v.explanation });
    }
  });

  it('adds municipality and region rows under the schools after one blank row', () => {
    expect(sheet.values[l.lastSchool].every((v) => v === null)).toBe(true);
    const mun = l.lastSchool + 2;
    const reg = l.lastSchool + 3;
    // After the benchmarks: a blank row, the colour legend (one line a colour), a blank row, then the curators' block.
    expect(sheet.values[reg].every((v) => v === null)).toBe(true);
    expect(valueAt(sheet, reg + 2, 2)).toBe('Условные обозначения:');
    expect([reg + 3, reg + 4, reg + 5].map((r) => [valueAt(sheet, r, l.status), valueAt(sheet, r, l.status + 1)])).toEqual([
      ['ШНОР', 'школа с низкими образовательными результатами (К1 или К2)'],
      ['Зона риска', 'одна процедура с долей «2» ≥ 30 % или доля близка к порогу'],
      ['Не ШНОР', 'нет процедур с долей «2» ≥ 30 % в 2024 г.'],
    ]);
    expect([valueAt(sheet, reg + 3, l.firstProc), valueAt(sheet, reg + 4, l.firstProc)]).toEqual(['доля «2» ≥ 30 %', '25–30 %']);
    expect(sheet.styles).toContainEqual({ range: rangeA1(reg + 3, l.status, reg + 3, l.status), style: { fill: 'FFC7CE', fontColor: '9C0006', bold: true, border: 'thin', hAlign: 'center' } });
    // The legend's words sit in merged cells over the printed width, never cut by a narrow column.
    expect(sheet.merges).toContainEqual(rangeA1(reg + 3, l.status + 1, reg + 3, sheet.printColumns ?? 0));
    expect(valueAt(sheet, reg + 7, 1)).toBe('Школы-кураторы: предложение по методике (§4a), выбор — за методистом');
    expect(valueAt(sheet, mun, l.name)).toBe('Муниципалитет (Кировский район)');
    expect(valueAt(sheet, reg, l.name)).toBe('Регион (Краснодарский край)');
    const procedureValues = (row: number) => sheet.values[row - 1].slice(l.firstProc - 1, l.lastProc);
    // ВПР-5 рус 2024, 2023 | ВПР-5 мат 2024, 2023 | ОГЭ мат 2024, 2023
    expect(procedureValues(mun)).toEqual([18.5, 16, null, 22.4, 12, null]);
    expect(procedureValues(reg)).toEqual([15.2, 14.1, null, null, null, null]);
    const style = sheet.styles.find((s) => s.range === rangeA1(mun, 1, reg, EXPECTED_HEADERS.length));
    expect(style?.style).toMatchObject({ italic: true, fill: 'F2F2F2' });
    // Benchmarks are not part of the highlighted or filtered area.
    for (const c of sheet.conditionalFormats) expect(mustRange(c.range).bottom).toBeLessThanOrEqual(l.lastSchool);
  });

  it('gives no columns to counted procedures without any number in Y and Y−1, and names them above the table', () => {
    const f = makeFixture();
    const all = { ...f.analysis, identification: { ...f.analysis.identification, procedures: DEFAULT_PROCEDURES } };
    const s = buildShnorSheet(all, f.info);
    const header = rowWhere(s, 1, '№');
    expect(s.values[header - 1]).toEqual(EXPECTED_HEADERS);
    expect(valueAt(s, header - 1, 1)).toBe(
      'Нет данных за 2023 и 2024 гг.: ВПР-6 русский язык, ВПР-6 математика, ОГЭ русский язык, ЕГЭ русский язык, ' +
        'ЕГЭ математика (базовая), ЕГЭ математика (профильная) — эти процедуры в таблице не показаны.',
    );
    expect(valueAt(sheet, l.header - 1, 1)).toEqual(expect.stringMatching(/^Правило/));
  });

  it('keeps a school name that looks like a formula as a plain string', () => {
    const row = schoolRow(sheet, HYPERLINK_NAME);
    expect(valueAt(sheet, row, l.name)).toBe('=HYPERLINK("x")');
  });

  it('sets sensible column widths (name, procedures, wrapped explanation)', () => {
    expect(sheet.columnWidths).toHaveLength(EXPECTED_HEADERS.length);
    expect(sheet.columnWidths[l.name - 1]).toBe(36);
    for (let c = l.firstProc; c <= l.lastProc; c++) expect(sheet.columnWidths[c - 1]).toBe(12);
    expect(sheet.columnWidths[EXPECTED_HEADERS.length - 1]).toBe(70);
    // The text columns (small sample, objectivity, explanation) of the school rows wrap.
    const wrapped = sheet.styles.filter((s) => s.style.wrap).map((s) => mustRange(s.range));
    const covers = (column: number) =>
      wrapped.some((r) => r.top <= l.firstSchool && r.bottom >= l.lastSchool && r.left <= column && r.right >= column);
    for (const h of ['Образовательная организация', 'Статус', 'Критерии', 'Движение по списку', 'Низкие результаты', 'Кураторы', 'Малая выборка', 'Объективность', 'Пояснение (подробно — в примечании к статусу)']) {
      expect([h, covers(columnOf(sheet, l.header, h))]).toEqual([h, true]);
    }
    // «нет данных за 2023» takes two lines of its narrow column, and the row is as tall (a region's 2020 → 2021 cut it).
    const move = columnOf(sheet, l.header, 'Движение по списку');
    const lines = wrappedLines('нет данных за 2023', sheet.columnWidths[move - 1]);
    expect(lines).toBeGreaterThanOrEqual(2);
    const borisovskaya = schoolRow(sheet, 'Борисовская СОШ');
    expect(sheet.rowHeights?.find((h) => h.row === borisovskaya)?.height ?? 0).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
    expect(integrityProblems(sheet)).toEqual([]);
  });
});

describe('buildShnorSheet: several small samples or objectivity marks', () => {
  it('sums them up in one line (count, smallest class; each flagged work with its markers), the note keeps every one', () => {
    const { analysis, info } = makeFixture();
    const base = analysis.identification.verdicts[0];
    const smalls = [rec(base.schoolKey, Y, VPR5_RU, 40, { participants: 4 }), rec(base.schoolKey, Y, VPR5_MA, 10, { participants: 3 }), rec(base.schoolKey, PREV, OGE_MA, 35, { participants: 2 })];
    const marks = [
      objectivityWork(base.schoolKey, Y, VPR5_RU, [{ id: 'P2', r: -0.2, value: -0.2, n: 30 }]),
      objectivityWork(base.schoolKey, Y, VPR5_MA, [{ id: 'P6a', value: 52, region: 30, n: 30, p: 0.005 }]),
      objectivityWork(base.schoolKey, Y, VPR5_MA, [{ id: 'P5', value: 40, region: 10, n: 30, p: 0.001 }, { id: 'P6b', value: 30, region: 10, n: 30, p: 0.004 }]),
    ];
    const many = { ...base, smallSamples: smalls, objectivity: marks, flags: ['small_sample', 'objectivity'] as const };
    const sheet = buildShnorSheet({ ...analysis, identification: { ...analysis.identification, verdicts: [many, ...analysis.identification.verdicts.slice(1)] } }, info);
    const header = rowWhere(sheet, 1, '№');
    const row = rowWhere(sheet, columnOf(sheet, header, 'Образовательная организация'), base.name);
    expect(valueAt(sheet, row, columnOf(sheet, header, 'Малая выборка'))).toBe('3 процедуры, от 2 уч.');
    // A work with one marker that is not strong (P6a alone) is not named: only the headline counts.
    expect(valueAt(sheet, row, columnOf(sheet, header, 'Объективность'))).toBe('ВПР-5 русский язык: P2; ВПР-5 математика: P5, P6b');
  });

  it('says on a school\'s row that two sheets gave different numbers for it, and which rule chose', () => {
    const f = makeFixture({ warnings: [{ kind: 'conflict', schoolKey: 'ivan', file: 'a.xlsx', sheet: 'ВПР', cell: 'C4', message: 'расхождение' }] });
    const s = buildShnorSheet(f.analysis, f.info);
    const row = schoolRow(s, 'Ивановская СОШ');
    expect(String(valueAt(s, row, EXPECTED_HEADERS.length))).toMatch(/Числа листов расходятся \(1\): взято значение листа с числом участников, иначе прочитанного первым — см\. «Параметры»\.$/);
    expect(String(valueAt(s, schoolRow(s, 'Антоновская СОШ'), EXPECTED_HEADERS.length))).not.toMatch(/расходятся/);
  });
});
