// Indexes over an Analysis the sheet builders share: доля «2» of a school by procedure and year, benchmarks.
import { Procedure, procedureKey } from '../core/model';
import { Analysis, BenchmarkRow } from '../core/results';

function shareKey(schoolKey: string, procedure: Procedure, year: number): string {
  return `${schoolKey}\u0000${procedureKey(procedure)}\u0000${year}`;
}

/**
 * доля «2» of a school in a procedure and year: the dynamics table first (one value per year, as the engine
 * settled it), then the first matching result read from the sheets.
 */
export function schoolShareLookup(analysis: Analysis): (schoolKey: string, procedure: Procedure, year: number) => number | undefined {
  const shares = new Map<string, number>();
  for (const row of analysis.dynamics.rows) {
    for (const v of row.values) {
      const key = shareKey(row.schoolKey, row.procedure, v.year);
      if (!shares.has(key)) shares.set(key, v.share2);
    }
  }
  for (const r of analysis.dataset.results) {
    const key = shareKey(r.schoolKey, r.procedure, r.year);
    if (!shares.has(key)) shares.set(key, r.share2);
  }
  return (schoolKey, procedure, year) => shares.get(shareKey(schoolKey, procedure, year));
}

/** Benchmark row of a procedure and year. */
export function benchmarkLookup(analysis: Analysis): (procedure: Procedure, year: number) => BenchmarkRow | undefined {
  const rows = new Map<string, BenchmarkRow>();
  for (const b of analysis.dynamics.benchmarks) {
    const key = `${procedureKey(b.procedure)}\u0000${b.year}`;
    if (!rows.has(key)) rows.set(key, b);
  }
  return (procedure, year) => rows.get(`${procedureKey(procedure)}\u0000${year}`);
}

/** Name for the municipality benchmark row: the first name a sheet gave, else how it was obtained. */
export function municipalityName(benchmarks: readonly BenchmarkRow[]): string | undefined {
  const withMunicipality = benchmarks.filter((b) => b.municipality !== undefined);
  if (withMunicipality.length === 0) return undefined;
  const named = withMunicipality.find((b) => b.municipality?.name);
  if (named?.municipality?.name) return named.municipality.name;
  return withMunicipality.some((b) => b.municipality?.origin === 'sheet') ? 'по данным листов' : 'рассчитано по школам';
}

/** Name for the region benchmark row (the first one given). */
export function regionName(benchmarks: readonly BenchmarkRow[]): string | undefined {
  return benchmarks.find((b) => b.region !== undefined)?.region?.name;
}
