// Layout 6, the regional ЕГЭ request form, read from a workbook copied fact by fact (test/fixtures/forms/regionalEge.ts):
// verdicts against a hand count, counts → shares with both cells, subtotals and totals as benchmarks, municipalities
// as identity, the year from the sheet and title (not a copied header), the applications sheet skipped with its reason.
import fc from 'fast-check';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { ingest } from '../../src/ingest/ingest';
import { IngestResult } from '../../src/ingest/types';
import { rawXlsx } from '../fixtures/rawXlsx';
import {
  EXPECTED_2023, FormOptions, MUNICIPALITIES_2022, MUNICIPALITIES_2023, SUBJECT_GROUPS, applicationsSheet, regionalEgeSheet,
} from '../fixtures/forms/regionalEge';

const REGION = 'Еврейская автономная область';

async function read(o2023: Partial<FormOptions> = {}, o2022: Partial<FormOptions> = {}): Promise<IngestResult> {
  const bytes = await rawXlsx([
    regionalEgeSheet({ sheet: '2023', year: 2023, region: REGION, municipalities: MUNICIPALITIES_2023, variant: 'subtotals', ...o2023 }),
    regionalEgeSheet({
      sheet: '2022', year: 2022, headerYear: 2023, region: REGION, municipalities: MUNICIPALITIES_2022, variant: 'departments',
      columnNumbers: false, totalLabel: 'Итого по Еврейской автономной области', ...o2022,
    }),
    applicationsSheet(2023),
  ]);
  return ingest(readSpreadsheet(bytes, 'ЕГЭ ЕАО.xlsx').grids);
}

function verdicts(ingested: IngestResult, by: 'name' | 'schoolKey' = 'name'): Record<string, { status: string; criteria: readonly string[] }> {
  const id = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification;
  return Object.fromEntries(id.verdicts.map((v) => [v[by], { status: v.status, criteria: v.criteria }]));
}

describe('the regional ЕГЭ request form', () => {
  let ingested: IngestResult;
  beforeAll(async () => {
    ingested = await read();
  });

  it('gives the hand-counted verdict for every school, and nothing else is taken for a school', () => {
    expect(verdicts(ingested)).toEqual(EXPECTED_2023);
  });

  it('reads 109 columns under a three-row header with «из них», the column-number row left out', () => {
    const sheet = ingested.sheets[0];
    expect(sheet).toMatchObject({ sheet: '2023', layout: 'wide', headerRow: 6, context: { year: 2023, kind: 'ЕГЭ', grade: 11 } });
    expect(sheet.columns.length).toBeGreaterThanOrEqual(100);
    expect(sheet.columns.find((c) => c.column === 'F')).toMatchObject({ role: 'count2', subject: 'Русский язык' });
    expect(sheet.columns.find((c) => c.column === 'A')?.role).toBe('municipality');
    expect(sheet.warnings).toEqual([]);
  });

  it('computes доля «2» from the counts, keeping both numbers and both cells', () => {
    const valdheim = ingested.dataset.schools.find((s) => s.name === 'СОШ № 7 с. Валдгейм');
    const ru = ingested.dataset.results.find((r) => r.schoolKey === valdheim?.key && r.year === 2023 && r.procedure.subject === 'Русский язык');
    expect(ru).toMatchObject({ share2: 66.67, count2: 2, participants: 3, source: { sheet: '2023', cell: 'F10' }, participantsCell: 'E10' });
    const id = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification;
    expect(id.verdicts.find((v) => v.name === 'СОШ № 7 с. Валдгейм')?.explanation).toContain('ЕГЭ русский язык — 2 из 3 = 66,7 % (2023!F10, 2023!E10)');
  });

  it('an empty count under filled participants is 0; no participants is no result (never 0 %)', () => {
    const key = (name: string): string | undefined => ingested.dataset.schools.find((s) => s.name === name)?.key;
    const of = (name: string, subject: string) => ingested.dataset.results.find((r) => r.schoolKey === key(name) && r.year === 2023 && r.procedure.subject === subject);
    expect(of('СОШ № 2 с. Птичник', 'Математика (базовая)')).toMatchObject({ share2: 0, count2: 0, participants: 6 });
    expect(of('СОШ с. Дубовое', 'Математика (профильная)')).toBeUndefined();
  });

  it('keeps subtotals and totals as benchmarks of their level, never as schools', () => {
    const agg = ingested.dataset.aggregates.filter((a) => a.year === 2023 && a.procedure?.subject === 'Русский язык');
    expect(agg.map((a) => [a.name, a.level, a.share2])).toEqual([
      ['ВСЕГО по региону', 'total', 11.84], ['Биробиджанский муниципальный район', 'municipality', 16.67],
      ['город Биробиджан', 'municipality', 9.17], ['Облученский муниципальный район', 'municipality', 28.57],
    ]);
    expect(ingested.dataset.schools).toHaveLength(8);
  });

  it('tells two «СОШ № 7» of two municipalities apart, and finds each across years despite renamed departments and legal forms', () => {
    const names = ingested.dataset.schools.map((s) => s.name).sort();
    expect(names).toContain('СОШ № 7 (город Биробиджан)');
    expect(names).toContain('СОШ № 7 (Облученский муниципальный район)');
    const oblu = ingested.dataset.schools.find((s) => s.name === 'СОШ № 7 (Облученский муниципальный район)');
    const years = ingested.dataset.results.filter((r) => r.schoolKey === oblu?.key && r.procedure.subject === 'Русский язык').map((r) => [r.year, r.share2]);
    expect(years.sort()).toEqual([[2022, 40], [2023, 25]]);
  });

  it('takes the year of a sheet named 2022 from its name and title, not from a header copied from 2023', () => {
    expect(ingested.sheets[1].context.year).toBe(2022);
    expect(ingested.dataset.results.filter((r) => r.source.sheet === '2022').every((r) => r.year === 2022)).toBe(true);
  });

  it('skips the applications sheet with that reason', () => {
    expect(ingested.sheets[2].skippedReason).toBe('лист заявлений на участие (по одному числу на предмет): результатов экзамена в нём нет');
  });
});

describe('the form, varied (property): the verdicts never change', () => {
  const extra = ['Астрономия', 'Экология', 'Родной язык', 'Физическая культура'];
  it('with subject groups reordered, unrelated subjects added, the total moved (variant), shares in place of counts', async () => {
    // Display names follow what the file writes (a subtotal row or a department's name); identity does not.
    const baseline = verdicts(await read(), 'schoolKey');
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(SUBJECT_GROUPS, { minLength: SUBJECT_GROUPS.length }),
        fc.subarray(extra),
        fc.constantFrom<'subtotals' | 'departments'>('subtotals', 'departments'),
        fc.boolean(),
        async (order, added, variant, shares) => {
          const subjects = [...order, ...added];
          const got = verdicts(await read({ subjects, variant, shares, columnNumbers: variant === 'subtotals' }, { subjects: [...subjects].reverse(), shares }), 'schoolKey');
          expect(got).toEqual(baseline);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('benchmarks of a regional form', () => {
  it('takes no single municipal subtotal for «the» municipality, and the region total as the region', async () => {
    const bytes = await rawXlsx([regionalEgeSheet({ sheet: '2023', year: 2023, region: REGION, municipalities: MUNICIPALITIES_2023, variant: 'subtotals' })]);
    const analysis = analyze(ingest(readSpreadsheet(bytes, 'x.xlsx').grids).dataset, DEFAULT_PARAMETERS);
    const ru = analysis.dynamics.benchmarks.find((b) => b.year === 2023 && b.procedure.subject === 'Русский язык');
    expect(ru?.municipality?.origin).toBe('computed');
    expect(ru?.region).toEqual({ share2: 11.84, name: 'ВСЕГО по региону' });
  });
});
