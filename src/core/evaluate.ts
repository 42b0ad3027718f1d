// Status and criteria of one school for one year (methodology.md §2–§3), memoised per year for the whole dataset.
import { ResultRecord, procedureKey } from './model';
import { BottomRank, bottomRanks } from './ruleSets/bottom';
import { RULE_SETS, RuleSet } from './ruleSets/presets';
import { Parameters } from './parameters';
import { Criterion, Status } from './results';
import { ResultIndex, YearResults } from './resultIndex';
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

function countedIn(yearResults: YearResults | undefined, countedKeys: readonly string[]): ResultRecord[] {
  if (!yearResults) return [];
  const out: ResultRecord[] = [];
  for (const key of countedKeys) {
    const r = yearResults.get(key);
    if (r) out.push(r);
  }
  return out;
}

/** §2 К1/К2 and §3 зона риска for one school; `years` is the school's year → results map. */
export function evaluateSchool(
  years: ReadonlyMap<number, YearResults> | undefined,
  countedKeys: readonly string[],
  year: number,
  parameters: Parameters,
  rank?: BottomRank & { readonly inBottom: boolean },
): SchoolYearEvaluation {
  const { threshold, riskMargin } = parameters;
  const ruleSet = RULE_SETS[parameters.ruleSet ?? 'municipal'];
  const counted = countedIn(years?.get(year), countedKeys);
  const previous = countedIn(years?.get(year - 1), countedKeys);
  const atThreshold = (r: ResultRecord): boolean => isLow(r.share2, threshold);
  const lowCurrent = counted.filter((r) => atThreshold(r) && canBeLow(r, parameters));
  const lowPrevious = previous.filter((r) => atThreshold(r) && canBeLow(r, parameters));
  const belowMinimum = [...counted, ...previous].filter((r) => atThreshold(r) && !canBeLow(r, parameters));
  const near = counted.filter((r) => isNearThreshold(r.share2, threshold, riskMargin));
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
  else if (counted.length === 0) status = 'no_data';
  else if (lowCurrent.length >= 1 || near.length > 0) status = 'risk';
  else status = 'ok';
  return { status, criteria, counted, lowCurrent, lowPrevious, near, belowMinimum, ruleSet, ...(rank ? { rank } : {}) };
}

/** Evaluations of every school, computed once per year and reused (target year, Y−1, counts by year). */
export interface YearEvaluator {
  readonly countedKeys: readonly string[];
  at(year: number): ReadonlyMap<string, SchoolYearEvaluation>;
  /** True when any school has a result in a counted procedure in that year. */
  hasCountedData(year: number): boolean;
}

export function createEvaluator(index: ResultIndex, countedKeys: readonly string[], parameters: Parameters): YearEvaluator {
  const cache = new Map<number, ReadonlyMap<string, SchoolYearEvaluation>>();
  return {
    countedKeys,
    at(year) {
      const cached = cache.get(year);
      if (cached) return cached;
      const out = new Map<string, SchoolYearEvaluation>();
      const percent = RULE_SETS[parameters.ruleSet ?? 'municipal'].bottomPercent;
      const ranks = percent === undefined ? undefined : bottomRanks(index, countedKeys, year, parameters, percent);
      for (const key of index.schoolKeys) out.set(key, evaluateSchool(index.bySchool.get(key), countedKeys, year, parameters, ranks?.get(key)));
      cache.set(year, out);
      return out;
    },
    hasCountedData(year) {
      const present = index.yearProcedures.get(year);
      return present !== undefined && countedKeys.some((k) => present.has(k));
    },
  };
}
