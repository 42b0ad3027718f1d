// Marks that do not change the verdict (§3): малая выборка, and объективность = the §7 headline of a work of Y.
import { AggregateRecord, ResultRecord, procedureKey } from './model';
import { OBJECTIVITY_SMALL_N, Parameters } from './parameters';
import { SchoolYearEvaluation } from './evaluate';
import { MARKER_IDS, ObjectivitySettings, RegionRow, WorkObjectivity, judgeObjectivity } from './objectivity';
import { compareProcedures } from './procedures';

/** year → procedure key → the region row of the ФИС ОКО reports. */
export type RegionRows = ReadonlyMap<number, ReadonlyMap<string, RegionRow>>;

/** year × procedure → the region's доля «понизили» and statistics (the first region row that has each). */
export function regionRowIndex(aggregates: readonly AggregateRecord[]): RegionRows {
  const out = new Map<number, Map<string, RegionRow>>();
  for (const a of aggregates) {
    if (a.level !== 'region' || !a.procedure || (a.lowered === undefined && a.statistics === undefined)) continue;
    let inYear = out.get(a.year);
    if (!inYear) out.set(a.year, (inYear = new Map()));
    const key = procedureKey(a.procedure);
    const known = inYear.get(key) ?? {};
    const scores = known.statistics?.scores ?? a.statistics?.scores;
    const tasks = known.statistics?.tasks ?? a.statistics?.tasks;
    inYear.set(key, {
      lowered: known.lowered ?? a.lowered,
      ...(scores || tasks ? { statistics: { ...(scores ? { scores } : {}), ...(tasks ? { tasks } : {}) } } : {}),
    });
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

/** The marker settings of the parameters. */
export function objectivitySettings(parameters: Parameters): ObjectivitySettings {
  return {
    alpha: parameters.objectivityAlpha, minN: parameters.objectivityMinN, smallN: OBJECTIVITY_SMALL_N,
    markers: parameters.objectivityMarkers ?? MARKER_IDS,
  };
}

/** schoolKey → its judged ВПР works of every year, in procedure order. */
export type ObjectivityIndex = ReadonlyMap<string, readonly WorkObjectivity[]>;

/** Every school's ВПР works judged by the markers of §7 (the region rows give доля «понизили» to statistics). */
export function objectivityIndex(results: readonly ResultRecord[], aggregates: readonly AggregateRecord[], parameters: Parameters): ObjectivityIndex {
  const out = new Map<string, WorkObjectivity[]>();
  for (const w of judgeObjectivity(results, objectivitySettings(parameters), regionRowIndex(aggregates))) {
    let list = out.get(w.schoolKey);
    if (!list) out.set(w.schoolKey, (list = []));
    list.push(w);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year || compareProcedures(a.procedure, b.procedure));
  return out;
}

/** The school's works of year Y. */
export function objectivityOfYear(index: ObjectivityIndex, schoolKey: string, year: number): readonly WorkObjectivity[] {
  return (index.get(schoolKey) ?? []).filter((w) => w.year === year);
}
