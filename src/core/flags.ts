// Marks that do not change the verdict (§3): малая выборка and объективность (доля «понизили» above the benchmark).
import { AggregateRecord, ResultRecord, procedureKey } from './model';
import { Parameters } from './parameters';
import { SchoolYearEvaluation } from './evaluate';
import { compareProcedures } from './procedures';
import { isAbove } from './rules';

export interface ObjectivityMark {
  readonly record: ResultRecord;
  readonly benchmark: number;
  readonly benchmarkSource: 'region' | 'default';
}

/** year → procedure key → the region's доля «понизили». */
export type RegionLowered = ReadonlyMap<number, ReadonlyMap<string, number>>;

/** year × procedure → the region's доля «понизили» (first region row that has one). */
export function regionLoweredIndex(aggregates: readonly AggregateRecord[]): RegionLowered {
  const out = new Map<number, Map<string, number>>();
  for (const a of aggregates) {
    if (a.level !== 'region' || !a.procedure || a.lowered === undefined) continue;
    let inYear = out.get(a.year);
    if (!inYear) out.set(a.year, (inYear = new Map()));
    const key = procedureKey(a.procedure);
    if (!inYear.has(key)) inYear.set(key, a.lowered);
  }
  return out;
}

function isSmall(r: ResultRecord, smallSample: number): boolean {
  return r.participants !== undefined && r.participants < smallSample;
}

/** Counted results of Y with few participants, then low results of Y−1 that К2 relies on (when К2 holds). */
export function smallSampleRecords(evaluation: SchoolYearEvaluation, parameters: Parameters): ResultRecord[] {
  const current = evaluation.counted.filter((r) => isSmall(r, parameters.smallSample));
  const previous = evaluation.criteria.includes('K2')
    ? evaluation.lowPrevious.filter((r) => isSmall(r, parameters.smallSample))
    : [];
  return [...current, ...previous];
}

/** ВПР results of Y (any grade and subject) whose доля «понизили» exceeds the region's, or the default threshold. */
export function objectivityMarks(
  yearResults: readonly ResultRecord[],
  regionLowered: RegionLowered,
  year: number,
  parameters: Parameters,
): ObjectivityMark[] {
  const out: ObjectivityMark[] = [];
  const ofYear = regionLowered.get(year);
  for (const record of yearResults) {
    if (record.procedure.kind !== 'ВПР' || record.lowered === undefined) continue;
    const region = ofYear?.get(procedureKey(record.procedure));
    const benchmark = region ?? parameters.objectivityThreshold;
    if (isAbove(record.lowered, benchmark)) {
      out.push({ record, benchmark, benchmarkSource: region === undefined ? 'default' : 'region' });
    }
  }
  return out.sort((a, b) => compareProcedures(a.record.procedure, b.record.procedure));
}
