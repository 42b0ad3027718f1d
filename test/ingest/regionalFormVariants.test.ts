// Layout 6 as other regions write it (issue 18): other header words over the department and school columns, competing
// «Наименование …» headers decided by the contents, other column orders, the department's name on every row in the
// wordings of real forms (a regional ministry's schools among them), «11 РУ»-style subject codes, and a sheet where
// nothing is read saying why. Verdicts against the hand count of test/fixtures/forms/regionalEge.ts.
import fc from 'fast-check';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { ingest } from '../../src/ingest/ingest';
import { IngestResult } from '../../src/ingest/types';
import { rawXlsx } from '../fixtures/rawXlsx';
import {
  EXPECTED_2023, FormOptions, MUNICIPALITIES_2022, MUNICIPALITIES_2023, Municipality, regionalEgeSheet,
} from '../fixtures/forms/regionalEge';
import { sheet } from './helpers';

const REGION = 'Еврейская автономная область';
type Verdicts = Record<string, { status: string; criteria: readonly string[] }>;

/** The same schools under departments written as real forms write them; a ministry's boarding school added. */
function withDepartments(base: readonly Municipality[], departments: readonly string[], ministry: string, internat: Municipality['schools'][number]): Municipality[] {
  return [...base.map((m, i) => ({ ...m, department: departments[i] })), { subtotal: ministry, department: ministry, schools: [internat] }];
}
const DEPARTMENTS_2023 = withDepartments(MUNICIPALITIES_2023, [
  'Управление образованием администрации муниципального района «Биробиджанский район»',
  'Комитет образования и по делам молодёжи, материнства и детства администрации городского округа «Город Биробиджан»',
  'Отдел образования администрации Облученского муниципального района',
], 'Министерство образования Еврейской автономной области', { name: 'ОГБОУ «Школа-интернат № 1»', ru: [10, 4], prof: [5, 2], base: [4, 0] });
// 2022: every department named otherwise (renamed, or written another way).
const DEPARTMENTS_2022 = withDepartments(MUNICIPALITIES_2022, [
  'Отдел образования администрации Биробиджанского муниципального района',
  'Комитет образования администрации городского округа "Город Биробиджан"',
  'МКУ «Управление образования» администрации Облученского муниципального района',
], 'Министерство образования и науки Еврейской автономной области', { name: 'ОГБОУ "Школа-интернат № 1"', ru: [9, 1], base: [5, 0] });

/**
 * Hand count: the eight schools of EXPECTED_2023 (their numbers are the same), the city's «СОШ № 7» named by its
 * municipality as the department writes it, and the boarding school: рус 4/10 = 40 %, проф 2/5 = 40 % → К1.
 */
const CITY = 'городской округ «Город Биробиджан»';
const EXPECTED_DEPARTMENTS: Verdicts = {
  ...Object.fromEntries(Object.entries(EXPECTED_2023).map(([name, v]) => [name === 'СОШ № 7 (город Биробиджан)' ? `СОШ № 7 (${CITY})` : name, v])),
  'Школа-интернат № 1': { status: 'shnor', criteria: ['K1'] },
};

async function read(options: Partial<FormOptions>, m2023: readonly Municipality[] = DEPARTMENTS_2023, m2022: readonly Municipality[] = DEPARTMENTS_2022): Promise<IngestResult> {
  const bytes = await rawXlsx([
    regionalEgeSheet({ sheet: '2023', year: 2023, region: REGION, municipalities: m2023, variant: 'departments', ...options }),
    regionalEgeSheet({ sheet: '2022', year: 2022, region: REGION, municipalities: m2022, variant: 'departments', columnNumbers: false, ...options }),
  ]);
  return ingest(readSpreadsheet(bytes, 'ЕГЭ.xlsx').grids);
}

function verdicts(ingested: IngestResult): Verdicts {
  const id = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification;
  return Object.fromEntries(id.verdicts.map((v) => [v.name, { status: v.status, criteria: v.criteria }]));
}

describe('the regional form with other header words', () => {
  it('reads «Наименование органа управления образованием» as the municipality and «Наименование ОО» as the schools', async () => {
    const ingested = await read({ municipalityHeader: 'Наименование органа управления образованием', schoolHeader: 'Наименование ОО' });
    expect(ingested.sheets.map((s) => s.skippedReason)).toEqual([undefined, undefined]);
    expect(ingested.sheets[0].columns.slice(0, 2).map((c) => [c.column, c.role])).toEqual([['A', 'municipality'], ['B', 'school']]);
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });

  it.each<[string, Partial<FormOptions>]>([
    ['«Муниципальный район (городской округ)», then «ОО»', { municipalityHeader: 'Муниципальный район (городской округ)', schoolHeader: 'ОО' }],
    ['«Полное наименование ОО» first, «Муниципальный район (городской округ)» second', { municipalityHeader: 'Муниципальный район (городской округ)', schoolHeader: 'Полное наименование ОО', schoolFirst: true }],
    ['«Образовательная организация» first, «Орган управления образованием» second', { municipalityHeader: 'Орган управления образованием', schoolHeader: 'Образовательная организация', schoolFirst: true }],
    ['«Наименование муниципального образования», «Наименование образовательной организации»', { municipalityHeader: 'Наименование муниципального образования', schoolHeader: 'Наименование образовательной организации' }],
  ])('reads %s', async (_label, options) => {
    const ingested = await read(options);
    const school = options.schoolFirst ? 'A' : 'B';
    expect(ingested.sheets[0].columns.find((c) => c.role === 'school')?.column).toBe(school);
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });

  it.each<[string, Partial<FormOptions>, string, string]>([
    ['«Наименование» over the departments, «Наименование ОО» over the schools', { municipalityHeader: 'Наименование', schoolHeader: 'Наименование ОО' }, 'B', 'A'],
    ['the same, the schools first', { municipalityHeader: 'Наименование', schoolHeader: 'Наименование ОО', schoolFirst: true }, 'A', 'B'],
    ['«Организация» over the departments, «Наименование» over the schools', { municipalityHeader: 'Организация', schoolHeader: 'Наименование' }, 'B', 'A'],
  ])('when headers compete (%s), the contents choose the schools and the departments become the municipality', async (_label, options, school, municipality) => {
    const ingested = await read(options);
    const columns = ingested.sheets[0].columns;
    expect(columns.find((c) => c.column === school)?.role).toBe('school');
    expect(columns.find((c) => c.column === municipality)?.role).toBe('municipality');
    // The decision is said, with its evidence: 9 school names in one column; in the other 4 departments on 9 rows and
    // the total row's label (10 texts, 5 distinct).
    const note = ingested.sheets[0].warnings.find((w) => w.message.includes('по содержимому ОО'))?.message;
    expect(note).toContain(`колонка ${school} «`);
    expect(note).toContain('9 строк, 9 разных значений, со словами школы 9');
    expect(note).toContain('10 строк, 5 разных значений, со словами школы 0, названий органов управления образованием 9 — муниципалитет');
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });

  it('with the header words written over the wrong columns, the contents swap them back', async () => {
    const ingested = await read({ municipalityHeader: 'Образовательная организация', schoolHeader: 'Муниципальный район (городской округ)' });
    expect(ingested.sheets[0].columns.slice(0, 2).map((c) => c.role)).toEqual(['municipality', 'school']);
    expect(ingested.sheets[0].warnings.some((w) => w.message.includes('по содержимому ОО — колонка B'))).toBe(true);
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });

  it('with subtotal rows under competing headers, the subtotal column becomes the municipality', async () => {
    const ingested = await read({ municipalityHeader: 'Организация', schoolHeader: 'Наименование', variant: 'subtotals' }, MUNICIPALITIES_2023, DEPARTMENTS_2022);
    expect(ingested.sheets[0].columns.slice(0, 2).map((c) => c.role)).toEqual(['municipality', 'school']);
    const names = ingested.dataset.schools.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['СОШ № 7 (город Биробиджан)', 'СОШ № 7 (Облученский муниципальный район)']));
    const got = verdicts(ingested);
    for (const [name, v] of Object.entries(EXPECTED_2023)) expect([name, got[name]]).toEqual([name, v]);
  });
});

describe('the form\'s header words and column order, varied (property)', () => {
  const MUNICIPALITY_HEADERS = ['Муниципальное образование', 'Наименование органа управления образованием', 'Муниципальный район (городской округ)',
    'Орган управления образованием', 'Наименование', 'Организация', 'МО'];
  const SCHOOL_HEADERS = ['Образовательная организация (школа)', 'Наименование ОО', 'Полное наименование ОО', 'ОО', 'Наименование',
    'Наименование образовательной организации', 'Школа'];
  it('never changes a verdict: the school column is found whatever the words over it and its neighbour, in either order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUNICIPALITY_HEADERS), fc.constantFrom(...SCHOOL_HEADERS), fc.boolean(), async (municipalityHeader, schoolHeader, schoolFirst) => {
        const ingested = await read({ municipalityHeader, schoolHeader, schoolFirst });
        expect(ingested.sheets[0].columns.find((c) => c.role === 'school')?.column).toBe(schoolFirst ? 'A' : 'B');
        expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
      }),
      { numRuns: 10 },
    );
  }, 180_000); // ten workbooks of 109 columns: slow on a shared machine, not a speed claim
});

describe('municipalities from the department\'s name on every row', () => {
  let ingested: IngestResult;
  beforeAll(async () => {
    ingested = await read({});
  });

  it('names each school\'s municipality without the department\'s words, the ministry\'s school as the region\'s own', () => {
    const municipality = new Map(ingested.dataset.schools.map((s) => [s.name, s.municipality]));
    expect(municipality.get(`СОШ № 7 (${CITY})`)).toBe(CITY);
    expect(municipality.get('СОШ № 7 (Облученский муниципальный район)')).toBe('Облученский муниципальный район');
    expect(municipality.get('СОШ № 7 с. Валдгейм')).toBe('Биробиджанский район');
    expect(municipality.get('Школа-интернат № 1')).toBe('Еврейская автономная область, ОО регионального подчинения');
  });

  it('keeps one identity per school across years although every department was renamed', () => {
    expect(ingested.dataset.schools).toHaveLength(9);
    for (const s of ingested.dataset.schools) {
      const years = new Set(ingested.dataset.results.filter((r) => r.schoolKey === s.key).map((r) => r.year));
      expect([s.name, [...years].sort()]).toEqual([s.name, [2022, 2023]]);
    }
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });
});

describe('subject codes in the header', () => {
  const CODES: Readonly<Record<string, string>> = {
    'Русский язык, чел.': '11 РУ', 'Физика': '11 ФИ', 'Химия': '11 ХИ', 'Биология': '11 БИ', 'История': '11 ИС', 'География': '11 ГЕ',
    'Обществознание': '11 ОБ', 'Английский язык': '11 АЯ', 'Немецкий язык': '11 НЯ', 'Французский язык': '11 ФЯ', 'Испанский язык': '11 ИЯ',
  };

  it('reads «11 РУ» as русский язык (the verdicts hold), and an unknown «11 ИЯ» is a warning naming its cell, its columns unread', async () => {
    const ingested = await read({ subjectHeaders: CODES });
    const sheet2023 = ingested.sheets[0];
    expect(sheet2023.columns.find((c) => c.column === 'F')).toMatchObject({ role: 'count2', subject: 'Русский язык', grade: 11 });
    expect(sheet2023.columns.find((c) => c.header.includes('11 ФИ') && c.role === 'count2')?.subject).toBe('Физика');
    const spanish = sheet2023.columns.filter((c) => c.header.includes('11 ИЯ'));
    expect(spanish).toHaveLength(5);
    expect(spanish.every((c) => c.role === 'ignore')).toBe(true);
    const warning = sheet2023.warnings.find((w) => w.message.includes('«ИЯ»'));
    expect(warning).toMatchObject({ cell: `${spanish[0].column}5` });
    // Of its five columns, the three the form's metrics would have read (приняло участие, не преодолен, средний балл).
    const metrics = spanish.filter((c) => /приняло|преодолен|средний/.test(c.header)).map((c) => c.column);
    expect(metrics).toHaveLength(3);
    expect(warning?.message).toContain(`колонки ${metrics.join(', ')} не прочитаны`);
    expect(ingested.dataset.results.some((r) => spanish.some((c) => r.source.sheet === '2023' && r.source.cell.startsWith(c.column) && /^\d+$/.test(r.source.cell.slice(c.column.length))))).toBe(false);
    expect(verdicts(ingested)).toEqual(EXPECTED_DEPARTMENTS);
  });
});

describe('a sheet where nothing is read', () => {
  it('says that every row was taken for a municipality or a total, and names the header cells it looked at', () => {
    const got = ingest([sheet('Свод', [
      ['Информация о результатах ЕГЭ в 2024 году'],
      ['Наименование ОО', 'Кол-во участников', 'Доля «2», %'],
      ['Управление образования администрации Энского района', 120, 4],
      ['Комитет образования администрации городского округа «Город Энск»', 300, 2],
      ['Итого по области', 420, 2.6],
    ])]);
    const reason = got.sheets[0].skippedReason;
    expect(reason).toContain('все строки с числами прочитаны как итоги или муниципалитеты (3 названия');
    expect(reason).toContain('заголовки строки 2: A «Наименование ОО» (A2) — ОО');
    expect(reason).toContain('укажите колонку ОО вручную');
  });
});
