// The context layer over an identification (methodology §6): index, quarters, ШНСУ, the line, each school judged; never changes the list.
import { Dataset, procedureKey } from '../model';
import { Identification } from '../results';
import { effectiveMethod, socialIndex } from './socialIndex';
import { expectedAt, judge, leastSquares, resultInterval } from './fit';
import { Pooled, pooledResults } from './pooled';
import {
  DEFAULT_SHNSU_PERCENT, MIN_FIT_SCHOOLS, SchoolSocial, SocialAnalysis, SocialFit, SocialGroup, SocialLine, SocialParameters,
} from './types';

interface Judged {
  readonly expected: number;
  readonly low: number;
  readonly high: number;
  readonly group: SocialGroup;
}

/** The line for one period and every school with an index and a result judged against it. */
export function judgePeriod(index: ReadonlyMap<string, number>, pooled: ReadonlyMap<string, Pooled>, line: SocialLine): { fit: SocialFit; judged: Map<string, Judged> } {
  const keys: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let twos = 0;
  let total = 0;
  for (const [key, p] of pooled) {
    const x = index.get(key);
    if (x === undefined) continue;
    keys.push(key);
    xs.push(x);
    ys.push(p.result);
    twos += (p.result * p.n) / 100;
    total += p.n;
  }
  const n = keys.length;
  const mean = total > 0 ? (100 * twos) / total : undefined;
  let fit: SocialFit;
  if (line.kind === 'regional') fit = { kind: 'regional', n, intercept: line.intercept, slope: line.slope };
  else if (line.kind === 'none') fit = { kind: 'none', n, reason: 'user_none', ...(mean === undefined ? {} : { mean }) };
  else if (n < MIN_FIT_SCHOOLS) fit = { kind: 'none', n, reason: 'few_schools', ...(mean === undefined ? {} : { mean }) };
  else {
    const ls = leastSquares(xs, ys);
    fit = ls ? { kind: 'local', n, intercept: ls.intercept, slope: ls.slope, r2: ls.r2 } : { kind: 'none', n, reason: 'no_spread', ...(mean === undefined ? {} : { mean }) };
  }
  const judged = new Map<string, Judged>();
  keys.forEach((key, i) => {
    const expected = fit.intercept !== undefined && fit.slope !== undefined ? expectedAt(fit.intercept, fit.slope, xs[i]) : fit.mean;
    if (expected === undefined) return;
    const p = pooled.get(key) as Pooled;
    const { low, high } = resultInterval(p.result, p.n, expected);
    judged.set(key, { expected, low, high, group: judge(low, high, expected) });
  });
  return { fit, judged };
}

/** ШНСУ: the `percent` of indexed schools with the highest index (at least one; ties at the boundary all in). */
export function shnsuKeys(index: ReadonlyMap<string, number>, percent: number): Set<string> {
  const sorted = [...index.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || percent <= 0) return new Set();
  const count = Math.max(1, Math.ceil((sorted.length * Math.min(percent, 100)) / 100 - 1e-9));
  const threshold = sorted[count - 1][1];
  return new Set(sorted.filter(([, v]) => v >= threshold).map(([k]) => k));
}

/** Quarter 1 (most favourable) … 4 (most disadvantaged) by rank of the index; ties share the lower quarter. */
export function quarters(index: ReadonlyMap<string, number>): Map<string, 1 | 2 | 3 | 4> {
  const sorted = [...index.entries()].sort((a, b) => a[1] - b[1]);
  const out = new Map<string, 1 | 2 | 3 | 4>();
  let firstOfValue = 0;
  sorted.forEach(([key, v], i) => {
    if (i > 0 && v !== sorted[i - 1][1]) firstOfValue = i;
    out.set(key, (Math.min(3, Math.floor((4 * firstOfValue) / sorted.length)) + 1) as 1 | 2 | 3 | 4);
  });
  return out;
}

/** The context layer, or undefined when the data has no context sheet. */
export function analyzeSocial(dataset: Dataset, identification: Identification, parameters: SocialParameters = {}): SocialAnalysis | undefined {
  const data = dataset.social;
  if (!data) return undefined;
  const method = effectiveMethod(parameters.method, data.indicators);
  const { index: byRow, used } = socialIndex(method, data.indicators, data.rows);
  const index = new Map<string, number>();
  data.rows.forEach((row, i) => {
    const v = byRow[i];
    if (v !== undefined && !index.has(row.schoolKey)) index.set(row.schoolKey, v);
  });
  const percent = parameters.shnsuPercent ?? DEFAULT_SHNSU_PERCENT;
  const line = parameters.line ?? { kind: 'local' };
  const counted = new Set(identification.procedures.map(procedureKey));
  const y = identification.targetYear;
  const y1 = identification.previousYear;
  const pooled = pooledResults(dataset.results, [y1, y], counted);
  const both = judgePeriod(index, pooled, line);
  const before = judgePeriod(index, pooledResults(dataset.results, [y1], counted), line).judged;
  const after = judgePeriod(index, pooledResults(dataset.results, [y], counted), line).judged;
  const shnsu = shnsuKeys(index, percent);
  const quarter = quarters(index);
  const shnor = new Set(identification.verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey));
  const schools = new Map<string, SchoolSocial>();
  const resilientKeys = new Set<string>();
  for (const school of dataset.schools) {
    const key = school.key;
    const p = pooled.get(key);
    const j = both.judged.get(key);
    const isShnsu = shnsu.has(key);
    const resilient = isShnsu && j?.group === 'better';
    if (resilient) resilientKeys.add(key);
    const a = before.get(key)?.group;
    const b = after.get(key)?.group;
    const x = index.get(key);
    const q = quarter.get(key);
    schools.set(key, {
      schoolKey: key,
      ...(x === undefined ? {} : { socialIndex: x }),
      ...(q === undefined ? {} : { quarter: q }),
      ...(p ? { result: p.result, n: p.n } : {}),
      ...(j ? { expected: j.expected, low: j.low, high: j.high, group: j.group } : {}),
      shnsu: isShnsu,
      resilient,
      notExplained: shnor.has(key) && !isShnsu && j?.group === 'worse',
      ...(a !== undefined && b !== undefined ? { stable: a === b } : {}),
    });
  }
  return {
    method, indicators: data.indicators, used, shnsuPercent: percent, fit: both.fit, schools, resilientKeys,
    source: data.source, years: [y1, y],
  };
}
