// Status and criteria of one school for one year (methodology.md §2–§3), memoised per year for the whole dataset.
import { ResultRecord, procedureKey } from './model';
import { BottomRank, bottomRanks } from './ruleSets/bottom';
import { RULE_SETS, RuleSet } from './ruleSets/presets';
import { Parameters } from './parameters';
import { Criterion, Status } from './results';
import { ResultIndex } from './resultIndex';
import { ResultColumns } from './columns';
import { isLow, isNearThreshold } from './rules';

/** What the rules say about one school in year Y (before list movement and flags). */
export interface SchoolYearEvaluation {
  readonly status: Status;
  readonly criteria: readonly Criterion[];
  /** Counted results of Y, in the order of the counted set. */
  readonly counted: readonly ResultRecord[];
  /** Low counted results of Y, in set order. */
  readonly lowCurrent: readonly ResultRecord[];
  /** Low counted results of Y−1, in set order. */
  readonly lowPrevious: readonly ResultRecord[];
  /** Counted results of Y within riskMargin below the threshold. */
  readonly near: readonly ResultRecord[];
  /** Results of Y and Y−1 at or above the threshold that cannot be low: fewer participants than the minimum. */
  readonly belowMinimum: readonly ResultRecord[];
  /** The rule set that made the verdict. */
  readonly ruleSet: RuleSet;
  /** «Нижние N %»: the school's place in the ranking, when ranked. */
  readonly rank?: BottomRank;
}

/** Минимум участников: a result with fewer participants cannot be low (unknown participants can). */
function canBeLow(r: ResultRecord, parameters: Parameters): boolean {
  const min = parameters.minParticipants ?? 0;
  return !(min > 0 && r.participants !== undefined && r.participants < min);
}

/** The school's results of the year in the counted procedures (their column ids, -1: none in the data), in the set's order. */
function countedIn(columns: ResultColumns, school: number, year: number, counted: readonly number[]): ResultRecord[] {
  const out: ResultRecord[] = [];
  const y = columns.yearIds.get(year);
  if (y === undefined) return out;
  const Y = columns.years.length;
  for (const p of counted) {
    if (p < 0) continue;
    const at = columns.cells[(school * columns.procedures + p) * Y + y];
    if (at !== 0) out.push(columns.records[at - 1]);
  }
  return out;
}

/** Column ids of the counted keys, as given (a key listed twice counts twice); -1 for a key with no result. */
export function countedIds(columns: ResultColumns, countedKeys: readonly string[]): number[] {
  return countedKeys.map((k) => columns.procedureIds.get(k) ?? -1);
}

/**
 * §2 К1/К2 and §3 зона риска for one school (its id in the columns). The same rules without the
 * records, for every school at once, are statusCodes below: change both (columns.property.test.ts ties them).
 */
export function evaluateSchool(
  columns: ResultColumns,
  school: number,
  counted: readonly number[],
  year: number,
  parameters: Parameters,
  rank?: BottomRank & { readonly inBottom: boolean },
): SchoolYearEvaluation {
  const { threshold, riskMargin } = parameters;
  const ruleSet = RULE_SETS[parameters.ruleSet ?? 'municipal'];
  const current = countedIn(columns, school, year, counted);
  const previous = countedIn(columns, school, year - 1, counted);
  const atThreshold = (r: ResultRecord): boolean => isLow(r.share2, threshold);
  const lowCurrent = current.filter((r) => atThreshold(r) && canBeLow(r, parameters));
  const lowPrevious = previous.filter((r) => atThreshold(r) && canBeLow(r, parameters));
  const belowMinimum = [...current, ...previous].filter((r) => atThreshold(r) && !canBeLow(r, parameters));
  const near = current.filter((r) => isNearThreshold(r.share2, threshold, riskMargin));
  const criteria: Criterion[] = [];
  if (ruleSet.bottomPercent !== undefined) {
    if (rank?.inBottom) criteria.push('BOTTOM');
  } else {
    if (lowCurrent.length >= 2) criteria.push('K1');
    const previousKeys = new Set(lowPrevious.map((r) => procedureKey(r.procedure)));
    const k2 = ruleSet.sameProcedureK2
      ? lowCurrent.some((r) => previousKeys.has(procedureKey(r.procedure)))
      : lowCurrent.length >= 1 && lowPrevious.length >= 1;
    if (k2) criteria.push('K2');
  }
  let status: Status;
  if (criteria.length > 0) status = 'shnor';
  else if (current.length === 0) status = 'no_data';
  else if (lowCurrent.length >= 1 || near.length > 0) status = 'risk';
  else status = 'ok';
  return { status, criteria, counted: current, lowCurrent, lowPrevious, near, belowMinimum, ruleSet, ...(rank ? { rank } : {}) };
}

/** Evaluations of every school, computed once per year and reused (target year, Y−1, counts by year). */
export interface YearEvaluator {
  readonly countedKeys: readonly string[];
  /** Full evaluations (records, criteria) of every school: for the year whose verdicts are shown. */
  at(year: number): ReadonlyMap<string, SchoolYearEvaluation>;
  /** Only the status of each school (undefined: not a school of the index): for Y−1 and the counts by year. */
  statusesAt(year: number): (schoolKey: string) => Status | undefined;
  /** True when any school has a result in a counted procedure in that year. */
  hasCountedData(year: number): boolean;
}

const STATUS_CODES: readonly Status[] = ['shnor', 'risk', 'ok', 'no_data'];

/**
 * The status of every school in one pass over the columns (no records copied, no arrays per school): the same
 * rules as evaluateSchool for К1/К2 rule sets.
 */
function statusCodes(index: ResultIndex, countedKeys: readonly string[], year: number, parameters: Parameters): Uint8Array {
  const { cells, procedures: P, years } = index.columns;
  const Y = years.length;
  // Counted keys as given (a key listed twice counts twice, as in evaluateSchool); absent ones drop out.
  const counted = countedIds(index.columns, countedKeys).filter((p) => p >= 0);
  const y = years.indexOf(year);
  const yp = years.indexOf(year - 1);
  const { threshold, riskMargin } = parameters;
  const min = parameters.minParticipants ?? 0;
  const sameProcedure = RULE_SETS[parameters.ruleSet ?? 'municipal'].sameProcedureK2 === true;
  const records = index.records;
  const lowAt = (at: number): boolean => {
    if (at === 0) return false;
    const r = records[at - 1];
    return isLow(r.share2, threshold) && !(min > 0 && r.participants !== undefined && r.participants < min);
  };
  const out = new Uint8Array(index.columns.schools);
  for (let s = 0; s < out.length; s++) {
    let n = 0;
    let lowCurrent = 0;
    let lowPrevious = 0;
    let near = false;
    let both = false;
    for (const p of counted) {
      const base = (s * P + p) * Y;
      const at = y >= 0 ? cells[base + y] : 0;
      let low = false;
      if (at !== 0) {
        n += 1;
        low = lowAt(at);
        if (low) lowCurrent += 1;
        if (isNearThreshold(records[at - 1].share2, threshold, riskMargin)) near = true;
      }
      if (yp >= 0 && lowAt(cells[base + yp])) {
        lowPrevious += 1;
        if (low) both = true;
      }
    }
    const k2 = sameProcedure ? both : lowCurrent >= 1 && lowPrevious >= 1;
    out[s] = lowCurrent >= 2 || k2 ? 0 : n === 0 ? 3 : lowCurrent >= 1 || near ? 1 : 2;
  }
  return out;
}

export function createEvaluator(index: ResultIndex, countedKeys: readonly string[], parameters: Parameters): YearEvaluator {
  const cache = new Map<number, ReadonlyMap<string, SchoolYearEvaluation>>();
  const statusCache = new Map<number, (schoolKey: string) => Status | undefined>();
  const percent = RULE_SETS[parameters.ruleSet ?? 'municipal'].bottomPercent;
  const at = (year: number): ReadonlyMap<string, SchoolYearEvaluation> => {
    const cached = cache.get(year);
    if (cached) return cached;
    const out = new Map<string, SchoolYearEvaluation>();
    const ranks = percent === undefined ? undefined : bottomRanks(index, countedKeys, year, parameters, percent);
    const ids = countedIds(index.columns, countedKeys);
    index.schoolKeys.forEach((key, school) => out.set(key, evaluateSchool(index.columns, school, ids, year, parameters, ranks?.get(key))));
    cache.set(year, out);
    return out;
  };
  const statusesAt = (year: number): ((schoolKey: string) => Status | undefined) => {
    const cached = statusCache.get(year);
    if (cached) return cached;
    let lookup: (schoolKey: string) => Status | undefined;
    if (percent !== undefined || cache.has(year)) {
      // «Нижние N %» ranks schools against each other: the full evaluation is the only way to a status.
      const full = at(year);
      lookup = (key) => full.get(key)?.status;
    } else {
      const codes = statusCodes(index, countedKeys, year, parameters);
      lookup = (key) => {
        const id = index.schoolIds.get(key);
        return id === undefined ? undefined : STATUS_CODES[codes[id]];
      };
    }
    statusCache.set(year, lookup);
    return lookup;
  };
  return {
    countedKeys,
    at,
    statusesAt,
    hasCountedData(year) {
      const present = index.yearProcedures.get(year);
      return present !== undefined && countedKeys.some((k) => present.has(k));
    },
  };
}
