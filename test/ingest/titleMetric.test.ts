// Layout 7: the metric in the title, subject / grade / year in the columns (test/fixtures/forms/titleMetric.ts);
// names that may be one school are listed, and merged only when the user says so.
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { ingest } from '../../src/ingest/ingest';
import { IngestResult, IngestSettings } from '../../src/ingest/types';
import { rawXlsx } from '../fixtures/rawXlsx';
import { BY_GRADE, COHORT } from '../fixtures/forms/titleMetric';

async function read(settings?: IngestSettings): Promise<IngestResult> {
  return ingest(readSpreadsheet(await rawXlsx([BY_GRADE, COHORT]), 'Карагай.xlsx').grids, settings);
}

function verdicts(ingested: IngestResult): Record<string, string> {
  const id = analyze(ingested.dataset, DEFAULT_PARAMETERS).identification;
  return Object.fromEntries(id.verdicts.map((v) => [v.name, [v.status, ...v.criteria].join(' ')]));
}

describe('tables with the metric in the title', () => {
  it('reads «5 класс» / «6 класс» over «Русский язык | Математика» under a title «доля «2» в %», grades not taken from «5 и 6 классах»', async () => {
    const { sheets, dataset } = await read();
    expect(sheets[0]).toMatchObject({ layout: 'wide', context: { year: 2023, kind: 'ВПР', subjects: ['Русский язык', 'Математика'] } });
    expect(sheets[0].context.grade).toBeUndefined();
    const mokr = dataset.schools.find((s) => s.name === 'Мокрушинская СОШ');
    const got = dataset.results.filter((r) => r.schoolKey === mokr?.key).map((r) => [`${r.procedure.kind}-${r.procedure.grade} ${r.procedure.subject}`, r.year, r.share2, r.source.cell]);
    expect(got).toEqual([
      ['ВПР-5 Русский язык', 2023, 12.5, 'C5'], ['ВПР-5 Математика', 2023, 33.3, 'D5'],
      ['ВПР-6 Русский язык', 2023, 0, 'E5'], ['ВПР-6 Математика', 2023, 40, 'F5'],
    ]);
    expect(dataset.aggregates.map((a) => [a.name, a.level])).toContainEqual(['Итого по округу', 'total']);
  });

  it('reads a cohort table whose columns carry grade and year under a subject header', async () => {
    const { sheets, dataset } = await read();
    expect(sheets[1].columns.filter((c) => c.role === 'share2').map((c) => [c.column, c.subject, c.grade, c.year])).toEqual([
      ['B', 'Математика', 4, 2021], ['C', 'Математика', 5, 2022], ['D', 'Математика', 6, 2023],
    ]);
    const ooo = dataset.schools.find((s) => s.name === 'Мокрушинская ООШ');
    expect(dataset.results.filter((r) => r.schoolKey === ooo?.key).map((r) => [r.procedure.grade, r.year, r.share2])).toEqual([[4, 2021, 10], [5, 2022, 35], [6, 2023, 40]]);
  });

  it('gives the hand-counted verdicts, and lists «Мокрушинская СОШ» / «Мокрушинская ООШ» as possibly one school', async () => {
    const ingested = await read();
    expect(verdicts(ingested)).toEqual({
      'Мокрушинская СОШ': 'shnor K1',
      'Карагайская СОШ № 1': 'ok',
      'Филиал МБОУ Карагайская СОШ № 1 - Рождественская ООШ': 'risk',
      'Мокрушинская ООШ': 'shnor K2',
    });
    expect(ingested.dataset.possibleDuplicates?.map((d) => d.names)).toEqual([['Мокрушинская СОШ', 'Мокрушинская ООШ']]);
  });

  it('merges the two only when the user says so: one school with both criteria, nothing listed any more', async () => {
    const ingested = await read({ '*': { schoolMerges: [['Мокрушинская СОШ', 'Мокрушинская ООШ']] } });
    expect(verdicts(ingested)['Мокрушинская СОШ']).toBe('shnor K1 K2');
    expect(verdicts(ingested)['Мокрушинская ООШ']).toBeUndefined();
    expect(ingested.dataset.possibleDuplicates).toEqual([]);
    expect(ingested.dataset.mergedSchools).toEqual([['Мокрушинская СОШ', 'Мокрушинская ООШ']]);
  });
});
