// Issue 18: what the reader decides on a regional form, it decides by evidence. Schools with places and «школа» in
// their legal names stay schools; a row is an aggregate by its label or because its numbers are a sum; a count column
// of mostly 0 and a few 1 is counts; a «%» header whose values prove counts is a doubt naming the column and the
// schools; applications sheets are skipped in every shape. Verdicts against a hand count, and properties.
import fc from 'fast-check';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { IngestResult } from '../../src/ingest/types';
import { RawSheet, rawXlsx } from '../fixtures/rawXlsx';
import {
  Counts, EvidenceFormOptions, FormMunicipality, FormSchool, REAL_EXPECTED, REAL_MUNICIPALITIES, applicationSheets, evidenceForm,
} from '../fixtures/forms/regionalEvidence';

const TOTAL = { label: 'Итого по Энской области', at: 'bottom' } as const;

async function readXlsx(sheets: readonly RawSheet[]): Promise<IngestResult> {
  return ingest(readSpreadsheet(await rawXlsx(sheets), 'ЕГЭ Энская область.xlsx').grids);
}

/** The sheet as a grid (formulas by their cached values), for the property tests: no zip on every run. */
function grid(raw: RawSheet): SheetGrid {
  const values = raw.rows.map((row) => row.map((cell): RawValue => {
    if (cell === undefined || cell === null) return null;
    if (typeof cell === 'object') return 'cached' in cell ? cell.cached : null;
    return cell;
  }));
  return { file: 'form.xlsx', sheet: raw.name, values, originRow: 1, originCol: 1, merges: [...(raw.merges ?? [])] };
}

const normal = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ');

/** The status of the school whose name holds `fragment` (exactly one must). */
function statusOf(ingested: IngestResult, fragment: string): string {
  const verdicts = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification.verdicts.filter((v) => normal(v.name).includes(fragment));
  if (verdicts.length !== 1) throw new Error(`«${fragment}»: ${verdicts.length} schools`);
  return verdicts[0].status;
}

describe('the regional form as issue 18 met it', () => {
  let ingested: IngestResult;
  beforeAll(async () => {
    const form = evidenceForm({ sheet: '2023', year: 2023, municipalities: REAL_MUNICIPALITIES, total: TOTAL, textNumbers: true, formulaSchool: 0 });
    ingested = await readXlsx([form.sheet, ...applicationSheets(2023)]);
  });

  it('gives the hand-counted verdict of every school: legal names with places are schools, «1» of 14 is 7 %, not 100 %', () => {
    expect(REAL_EXPECTED.map(([fragment]) => [fragment, statusOf(ingested, fragment)])).toEqual(REAL_EXPECTED);
    expect(ingested.dataset.schools).toHaveLength(9);
  });

  it('takes only the total row as an aggregate, with its label and its sum as evidence; no doubt, no warning', () => {
    expect(ingested.sheets[0].aggregateRows).toEqual([{
      name: 'Итого по Энской области', cell: 'B16', level: 'total', by: 'both',
      evidence: 'подпись «Итого по Энской области»; числа — сумма и средние, взвешенные по участникам, строк 7–15',
    }]);
    expect(ingested.doubts).toEqual([]);
    expect(ingested.dataset.warnings).toEqual([]);
  });

  it('reads the «не преодолен min порог» columns as counts (mostly 0, a few 1, text numbers, a school row of formulas)', () => {
    expect(ingested.sheets[0].columns.filter((c) => c.role === 'count2').map((c) => c.column)).toEqual(['E', 'H', 'K']);
    const lyceum = ingested.dataset.schools.find((s) => normal(s.name).includes('Лицей № 1'));
    const prof = ingested.dataset.results.find((r) => r.schoolKey === lyceum?.key && r.procedure.subject === 'Математика (профильная)');
    expect(prof).toMatchObject({ count2: 1, participants: 14, share2: 7.14 });
  });

  it('skips the applications sheet in every shape, with that reason and no warning', () => {
    for (const s of ingested.sheets.slice(1)) {
      expect(s.skippedReason).toBe('лист заявлений на участие (по одному числу на предмет): результатов экзамена в нём нет');
      expect(s.warnings).toEqual([]);
    }
  });
});

describe('doubts the reader cannot avoid, each naming what was decided and the schools that depend on it', () => {
  it('a subtotal labelled with a school word is taken as a sum by its numbers, and that is a doubt', async () => {
    const municipalities: FormMunicipality[] = REAL_MUNICIPALITIES.map((m, i) =>
      (i === 1 ? { ...m, subtotal: { label: 'Школы Энского района', at: 'after' } } : m));
    const form = evidenceForm({ sheet: '2023', year: 2023, municipalities, total: TOTAL });
    const ingested = ingest([grid(form.sheet)]);
    expect(REAL_EXPECTED.map(([fragment]) => [fragment, statusOf(ingested, fragment)])).toEqual(REAL_EXPECTED);
    expect(ingested.sheets[0].aggregateRows?.map((a) => [a.cell, a.level, a.by])).toEqual([['B13', 'municipality', 'numbers'], ['B17', 'total', 'both']]);
    expect(ingested.doubts).toEqual([expect.objectContaining({
      kind: 'aggregate', sheet: '2023', cell: 'B13', schools: [{ key: expect.any(String), name: 'Школы Энского района' }],
    })]);
    expect(ingested.doubts[0].decided).toContain('числа — сумма и средние, взвешенные по участникам, строк 10–12');
  });

  it('a «%» column whose values are whole counts and whose total is their sum is read as counts, and that is a doubt', async () => {
    const form = evidenceForm({ sheet: '2023', year: 2023, municipalities: REAL_MUNICIPALITIES, total: TOTAL });
    const rows = form.sheet.rows.map((row, r) => (r === 5 ? row.map((cell, c) => (c === 4 ? 'не преодолели min порог, %' : cell)) : row));
    const ingested = ingest([grid({ ...form.sheet, rows })]);
    expect(REAL_EXPECTED.map(([fragment]) => [fragment, statusOf(ingested, fragment)])).toEqual(REAL_EXPECTED);
    expect(ingested.doubts).toHaveLength(1);
    const doubt = ingested.doubts[0];
    expect(doubt).toMatchObject({ kind: 'units', sheet: '2023', cell: 'E' });
    expect(doubt.decided).toContain('столбец E («из них / Русский язык / не преодолели min порог, %») по заголовку — доля, но все значения — целые числа');
    // The schools with a count other than 0 in the column: their verdicts change with the reading.
    expect(doubt.schools.map((s) => normal(s.name)).sort()).toEqual(
      ['Гимназия № 3 имени А. С. Пушкина г. Энска', 'Кадетская школа-интернат п.г.т. Энский', 'СОШ № 5 г. Энска', 'СОШ с. Заречное Энского района Энской области'].sort());
  });
});

describe('a municipality subtotalled twice', () => {
  it('is a warning naming both rows: one of them may be a school', () => {
    const municipalities: FormMunicipality[] = REAL_MUNICIPALITIES.map((m, i) =>
      (i < 2 ? { ...m, subtotal: { label: 'Энский муниципальный район', at: 'after' } } : m));
    const ingested = ingest([grid(evidenceForm({ sheet: '2023', year: 2023, municipalities, total: TOTAL }).sheet)]);
    expect(ingested.dataset.warnings.map((w) => w.message)).toEqual([
      'Лист «2023»: муниципалитет «Энский муниципальный район» подытожен в нескольких строках (10, 14): проверьте, не школа ли одна из них, и при необходимости укажите роли колонок вручную',
    ]);
  });
});

describe('a «%» header over counts of mostly 0 and a few 1, with no total row', () => {
  it('reads them as counts — «1» of 14 pupils is neither 1 % nor 100 % — and says so in a doubt naming the column', () => {
    const form = evidenceForm({ sheet: '2023', year: 2023, municipalities: REAL_MUNICIPALITIES });
    const rows = form.sheet.rows.map((row, r) => (r === 5 ? row.map((cell, c) => (c === 7 ? 'не преодолели min порог, %' : cell)) : row));
    const ingested = ingest([grid({ ...form.sheet, rows })]);
    expect(REAL_EXPECTED.map(([fragment]) => [fragment, statusOf(ingested, fragment)])).toEqual(REAL_EXPECTED);
    expect(ingested.doubts.map((d) => [d.kind, d.cell, d.schools.map((x) => normal(x.name)).sort()])).toEqual([
      ['units', 'H', ['Лицей № 1 г. Энска', 'СОШ с. Заречное Энского района Энской области']],
    ]);
    expect(ingested.doubts[0].decided).toContain('некоторые из них не дают целого числа учащихся как проценты: прочитан как число учащихся с «2»');
  });
});

// ------------------------------------------------------------------------------------------------ properties

const PLACES = [
  'г. Энска', 'Энского района Энской области', 'ГО ЗАТО п. Энский', 'п.г.т. Энский', 'им. А. С. Пушкина', 'Энского края',
  'муниципального района «Энский район»', 'городского округа «Город Энск»', 'с. Заречное', 'Энского муниципального округа', '',
];
const TYPES = [
  'средняя общеобразовательная школа', 'Средней общеобразовательной школы', 'основная общеобразовательная школа', 'СОШ', 'ООШ',
  'Лицей', 'лицея', 'Гимназия', 'гимназии', 'школа-интернат', 'Кадетская школа', 'Центр образования', 'НОШ',
];
const PREFIXES = ['Муниципальное бюджетное общеобразовательное учреждение', 'МБОУ', 'МКОУ', 'Филиал МБОУ', ''];

const countsArb: fc.Arbitrary<Counts> = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.nat(99)).map(([p, x]) =>
  [p, x < 60 ? 0 : x < 85 ? Math.min(p, 1) : x % (p + 1)] as const);
interface GenSchool { readonly ru: Counts; readonly prof?: Counts; readonly base?: Counts; readonly type: string; readonly prefix: string; readonly place: string }
const schoolArb: fc.Arbitrary<GenSchool> = fc.record({
  ru: countsArb, prof: fc.option(countsArb, { nil: undefined }), base: fc.option(countsArb, { nil: undefined }),
  type: fc.constantFrom(...TYPES), prefix: fc.constantFrom(...PREFIXES), place: fc.constantFrom(...PLACES),
});
/** Subtotal labels: a municipality's name (label evidence) or one with a school word (only its numbers say it is a sum). */
const SUBTOTALS = ['Энский муниципальный район', 'город Энск', 'Школы Энского района', 'Все школы округа', 'Итого по району'];
const TOTALS = ['Итого по Энской области', 'ВСЕГО по региону', 'Все школы Энской области', 'Общеобразовательные учреждения области'];
interface GenForm {
  readonly municipalities: readonly { readonly schools: readonly GenSchool[]; readonly subtotal?: { label: string; at: 'before' | 'after' } }[];
  readonly total?: { label: string; at: 'top' | 'bottom' };
}
const formArb: fc.Arbitrary<GenForm> = fc.record({
  municipalities: fc.array(fc.record({
    schools: fc.array(schoolArb, { minLength: 2, maxLength: 4 }),
    subtotal: fc.option(fc.record({ label: fc.constantFrom(...SUBTOTALS), at: fc.constantFrom<'before' | 'after'>('before', 'after') }), { nil: undefined }),
  }), { minLength: 1, maxLength: 3 }),
  total: fc.option(fc.record({ label: fc.constantFrom(...TOTALS), at: fc.constantFrom<'top' | 'bottom'>('top', 'bottom') }), { nil: undefined }),
});

/** School number k (unique, 1-based) in every name, so a verdict is found whatever else the name says. */
function options(form: GenForm, extra: Partial<EvidenceFormOptions> = {}, place?: (k: number) => string): EvidenceFormOptions {
  let k = 0;
  const municipalities: FormMunicipality[] = form.municipalities.map((m, i) => ({
    department: `Отдел образования администрации Энского района № ${i + 1}`,
    ...(m.subtotal ? { subtotal: m.subtotal } : {}),
    schools: m.schools.map((s): FormSchool => {
      k++;
      const name = `${s.prefix} «${s.type} № ${k}» ${place ? place(k) : s.place}`.trim();
      return { name, ru: s.ru, ...(s.prof ? { prof: s.prof } : {}), ...(s.base ? { base: s.base } : {}) };
    }),
  }));
  return { sheet: '2023', year: 2023, municipalities, ...(form.total ? { total: form.total } : {}), ...extra };
}

/** Status of every school by its number k. */
function statuses(ingested: IngestResult, count: number): string[] {
  const verdicts = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification.verdicts;
  return Array.from({ length: count }, (_, i) => {
    const re = new RegExp(`№\\s?${i + 1}(?!\\d)`);
    const found = verdicts.filter((v) => re.test(normal(v.name)));
    return found.length === 1 ? found[0].status : `${found.length} schools`;
  });
}

const schoolCount = (form: GenForm): number => form.municipalities.reduce((n, m) => n + m.schools.length, 0);

describe('a generated regional form (property)', () => {
  it('the aggregates are exactly the rows whose numbers are sums, and every school is a school', () => {
    fc.assert(fc.property(formArb, fc.boolean(), (form, shares) => {
      const built = evidenceForm(options(form, { shares }));
      const ingested = ingest([grid(built.sheet)]);
      expect((ingested.sheets[0].aggregateRows ?? []).map((a) => a.cell).sort()).toEqual([...built.sumRows].sort());
      expect(ingested.dataset.schools).toHaveLength(schoolCount(form));
    }), { numRuns: 60 });
  }, 120_000);

  it('writing доля «2» in % in place of the counts never changes a verdict', () => {
    fc.assert(fc.property(formArb, (form) => {
      const withTotal: GenForm = { ...form, total: form.total ?? { label: 'Итого по Энской области', at: 'bottom' } };
      const counts = statuses(ingest([grid(evidenceForm(options(withTotal)).sheet)]), schoolCount(form));
      const shares = statuses(ingest([grid(evidenceForm(options(withTotal, { shares: true })).sheet)]), schoolCount(form));
      expect(shares).toEqual(counts);
      expect(counts.every((s) => ['ok', 'risk', 'shnor'].includes(s))).toBe(true);
    }), { numRuns: 40 });
  }, 120_000);

  it('a school row\'s verdict never depends on the words of the place in its name', () => {
    fc.assert(fc.property(formArb, fc.array(fc.constantFrom(...PLACES), { minLength: 12, maxLength: 12 }), (form, places) => {
      const plain = statuses(ingest([grid(evidenceForm(options(form, {}, () => '')).sheet)]), schoolCount(form));
      const placed = statuses(ingest([grid(evidenceForm(options(form, {}, (k) => places[k % places.length])).sheet)]), schoolCount(form));
      expect(placed).toEqual(plain);
      expect(plain.every((s) => ['ok', 'risk', 'shnor'].includes(s))).toBe(true);
    }), { numRuns: 40 });
  }, 120_000);
});
