// The generated example of a region with a social passport (test/fixtures/context-region.xlsx, bench/contextExample.ts):
// 300 schools in 6 municipalities are read, every passport row is matched, and the line is fitted on the region.
import fs from 'fs';
import path from 'path';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { ingest } from '../../src/ingest/ingest';

describe('the region example with a social passport', () => {
  const file = readSpreadsheet(new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/context-region.xlsx'))), 'context-region.xlsx');
  const { dataset, sheets } = ingest(file.grids);

  it('reads the passport sheet and matches every row to a school of the results', () => {
    const passport = sheets.find((s) => s.sheet === 'Социальный паспорт');
    expect(passport?.layout).toBe('socialContext');
    expect(passport?.indicators).toHaveLength(6);
    expect(passport?.unmatched).toBeUndefined();
    expect(dataset.schools).toHaveLength(300);
    expect(dataset.social?.rows).toHaveLength(300);
    expect(new Set(dataset.schools.map((s) => s.municipality)).size).toBe(6);
  });

  it('fits the line on the region and finds ШНСУ and резильентные schools', () => {
    const social = analyze(dataset, DEFAULT_PARAMETERS).social;
    expect(social?.fit.kind).toBe('local');
    expect(social?.fit.n).toBeGreaterThan(250);
    expect(social?.fit.slope).toBeGreaterThan(0);
    expect([...(social?.schools.values() ?? [])].filter((s) => s.shnsu)).toHaveLength(75);
    expect(social?.resilientKeys.size).toBeGreaterThan(0);
  });
});
