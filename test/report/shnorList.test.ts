// The ШНОР list a head of department prints: the compact columns (print area), low results and curators in words,
// a municipality column (and code) only when the data has several municipalities, the list grouped by them.
import { compareText } from '../../src/report/labels';
import { Analysis } from '../../src/core/results';
import { buildReport } from '../../src/report/buildReport';
import { buildShnorSheet } from '../../src/report/shnorSheet';
import { listGroups, lowResultsText } from '../../src/report/shnorList';
import { printScale } from '../../src/report/printSetup';
import { headerWordWidth } from '../../src/report/rowHeights';
import { SheetSpec } from '../../src/report/model';
import { makeFixture } from './fixtures';
import { columnOf, integrityProblems, rowWhere, valueAt } from './sheetHelpers';

const COMPACT = ['№', 'Образовательная организация', 'Статус', 'Критерии', 'Движение по списку', 'Низкие результаты', 'Кураторы'];

/** The fixture with its schools placed in municipalities (and given login codes). */
function placed(places: Readonly<Record<string, { municipality?: string; code?: string }>>): { analysis: Analysis; info: ReturnType<typeof makeFixture>['info'] } {
  const { analysis, info } = makeFixture();
  const schools = analysis.dataset.schools.map((s) => ({ ...s, ...places[s.key] }));
  return { analysis: { ...analysis, dataset: { ...analysis.dataset, schools } }, info };
}

/** The row of a school in the list (numbered), not in the curators' block under it. */
function schoolRow(sheet: SheetSpec, name: string): number {
  const at = sheet.values.findIndex((r) => typeof r[0] === 'number' && r[1] === name);
  if (at < 0) throw new Error(`no row for ${name}`);
  return at + 1;
}

function headerRow(sheet: SheetSpec): number {
  return rowWhere(sheet, 1, '№');
}

describe('the compact form of the ШНОР list', () => {
  const { analysis, info } = makeFixture();
  const sheet = buildShnorSheet(analysis, info);
  const header = headerRow(sheet);

  it('prints only its first columns: №, school, status, criterion, movement, low results, curators', () => {
    expect(sheet.values[header - 1].slice(0, COMPACT.length)).toEqual(COMPACT);
    expect(sheet.printColumns).toBe(COMPACT.length);
    const model = buildReport(analysis, info);
    const shnor = model.sheets[0];
    expect(shnor.print?.area).toBe(`A1:G${shnor.values.length}`);
    expect(shnor.print?.pagesWide).toBe(1);
  });

  it('says the low results in one line, newest year first, with non-breaking spaces before %', () => {
    const ivan = analysis.identification.verdicts.find((v) => v.schoolKey === 'ivan');
    expect(ivan).toBeDefined();
    if (!ivan) return;
    const row = schoolRow(sheet, 'Ивановская СОШ');
    const text = valueAt(sheet, row, columnOf(sheet, header, 'Низкие результаты'));
    expect(text).toBe(lowResultsText(ivan));
    expect(text).toMatch(/^(ВПР-5 рус\.|ОГЭ мат\.) [\d,]+\u00A0% \(2024\); (ВПР-5 рус\.|ОГЭ мат\.) [\d,]+\u00A0% \(2024\)$/);
    const anton = schoolRow(sheet, 'Антоновская СОШ');
    expect(valueAt(sheet, anton, columnOf(sheet, header, 'Низкие результаты'))).toMatch(/\(2024\); .*\(2023\)$/);
  });

  it('names the curators of each ШНОР, and none for the others', () => {
    const curators = columnOf(sheet, header, 'Кураторы');
    for (const v of analysis.identification.verdicts) {
      const text = valueAt(sheet, schoolRow(sheet, v.name), curators);
      if (v.status !== 'shnor') expect(text).toBe('');
      else {
        const partners = analysis.partners?.get(v.schoolKey) ?? [];
        expect(text).toBe(partners.length === 0 ? 'нет куратора' : partners.map((p) => p.name).join('; '));
      }
    }
  });

  it('prints at a legible scale: at least 70 % and 8 pt for 11 pt text, on one page across', () => {
    const model = buildReport(analysis, info);
    for (const s of model.sheets) {
      const scale = printScale(s);
      expect([s.name, scale >= 0.7]).toEqual([s.name, true]);
      const smallest = Math.min(11, ...s.styles.filter((st) => st.style.fontSize !== undefined).map((st) => st.style.fontSize ?? 11));
      expect([s.name, smallest * scale >= 8]).toEqual([s.name, true]);
    }
  });

  it('never breaks a header inside a word: each column holds its header\'s longest word', () => {
    const model = buildReport(analysis, info);
    for (const s of [model.sheets[0], model.sheets[1]]) {
      const row = s.values.find((r) => r[0] === '№' || r[0] === 'Образовательная организация') ?? [];
      row.forEach((h, i) => {
        if (typeof h !== 'string') return;
        const longest = h.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
        expect([s.name, h, s.columnWidths[i] >= headerWordWidth(longest)]).toEqual([s.name, h, true]);
      });
    }
  });
});

describe('municipalities on the list', () => {
  it('has no municipality column when the data has one municipality (or none)', () => {
    const one = placed({ ivan: { municipality: 'Кировский район' }, anton: { municipality: 'Кировский район' } });
    const sheet = buildShnorSheet(one.analysis, one.info);
    expect(sheet.values[headerRow(sheet) - 1]).not.toContain('Муниципалитет');
    expect(listGroups(one.analysis)).toHaveLength(1);
  });

  it('adds the municipality (and the login code) column and groups the list with a count per municipality', () => {
    const two = placed({
      ivan: { municipality: 'Кировский район', code: 'sch230001' }, anton: { municipality: 'Кировский район', code: 'sch230002' },
      petr: { municipality: 'Абинский район', code: 'sch230003' }, alex: { municipality: 'Абинский район' },
      bor: { municipality: 'Кировский район' },
    });
    const sheet = buildShnorSheet(two.analysis, two.info);
    const header = headerRow(sheet);
    expect(sheet.values[header - 1].slice(0, 9)).toEqual(['№', 'Образовательная организация', 'Муниципалитет', 'Логин / код', 'Статус', 'Критерии', 'Движение по списку', 'Низкие результаты', 'Кураторы']);
    expect(sheet.printColumns).toBe(9);
    // Groups: Абинский (2), Кировский (3), then the school without a municipality.
    const captions = sheet.values.slice(header).filter((r) => r[0] === null && typeof r[1] === 'string' && / — \d+\u00A0школ/.test(r[1])).map((r) => r[1]);
    expect(captions).toEqual([
      'Абинский район — 2\u00A0школы: ШНОР — 1, зона риска — 1',
      'Кировский район — 3\u00A0школы: ШНОР — 2, зона риска — 0',
      'Муниципалитет не указан — 1\u00A0школа: ШНОР — 0, зона риска — 0',
    ]);
    const petr = schoolRow(sheet, 'Петровская ООШ');
    expect(sheet.values[petr - 1].slice(2, 4)).toEqual(['Абинский район', 'sch230003']);
    // Numbers run on through the groups; every school once.
    const numbered = sheet.values.filter((r) => typeof r[0] === 'number');
    expect(numbered.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(numbered.map((r) => r[1])).size).toBe(two.analysis.identification.verdicts.length);
    expect(integrityProblems(sheet)).toEqual([]);
  });

  it('shows the code column only when some school has a code', () => {
    const two = placed({ ivan: { municipality: 'Кировский район' }, petr: { municipality: 'Абинский район' } });
    const sheet = buildShnorSheet(two.analysis, two.info);
    const headers = sheet.values[headerRow(sheet) - 1];
    expect(headers).toContain('Муниципалитет');
    expect(headers).not.toContain('Логин / код');
  });
});

describe('order of names with numbers', () => {
  it('puts «1-й», «2-й» … «10-й» and «СОШ № 2» before «СОШ № 10» (numbers in number order)', () => {
    expect(['10-й район', '2-й район', '1-й район', '11-й район'].sort(compareText)).toEqual(['1-й район', '2-й район', '10-й район', '11-й район']);
    expect(['СОШ № 10', 'СОШ № 2', 'Гимназия № 1'].sort(compareText)).toEqual(['Гимназия № 1', 'СОШ № 2', 'СОШ № 10']);
  });
});
