// The markers of §7 from school-level ФИС ОКО reports (no protocols): marks, journal, score distribution, task report.
import { ResultRecord } from '../model';
import { ScoreStatistics, TaskStatistics, WorkStatistics } from './evidence';
import { MARKER_IDS } from './markers';
import { MarkerContext, Moments, atBoundary, binomialMarker, boundaryMarker, meanAbove, noData, taskThirds } from './protocolMarkers';
import { countOf } from './region';
import { MarkerResult } from './results';

/** P7 from a task report: the gap (hard − easy third, against the region) that counts in place of z (§7). */
export const TASK_REPORT_GAP = 0.1;

/** The region of one work from school statistics: pooled counts, or the region row of the ФИС ОКО report. */
export interface StatisticsRegion {
  readonly n5: number;
  readonly count5: number;
  readonly nLowered: number;
  readonly lowered: number;
  readonly nRaised: number;
  readonly raised: number;
  /** The region's доля «понизили» from its row (percent), preferred to the pooled count. */
  readonly loweredRow?: number;
  /** The region's score distribution (its row, else the schools pooled). */
  readonly scores?: Moments & { readonly totals: ReadonlyMap<number, number>; readonly lowest3?: number };
  /** The region's success per task (its row, else the schools' weighted by participants). */
  readonly taskSuccess?: readonly (number | undefined)[];
}

/** The region row of a ФИС ОКО report for one work: its доля «понизили» and statistics. */
export interface RegionRow {
  readonly lowered?: number;
  readonly statistics?: WorkStatistics;
}

/** n, mean and sample sd of pupils per score. */
export function distributionMoments(totals: ReadonlyMap<number, number>): Moments {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (const [t, c] of totals) {
    n += c;
    sum += t * c;
    sq += t * t * c;
  }
  const mean = n > 0 ? sum / n : 0;
  return { n, mean, sd: n > 1 ? Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1))) : 0 };
}

function pooledScores(all: readonly ScoreStatistics[]): StatisticsRegion['scores'] {
  if (all.length === 0) return undefined;
  const totals = new Map<number, number>();
  for (const s of all) for (const [t, c] of s.totals) totals.set(t, (totals.get(t) ?? 0) + c);
  return { ...distributionMoments(totals), totals, lowest3: all.find((s) => s.lowest3 !== undefined)?.lowest3 };
}

/** Success per task weighted by participants, over the schools whose report has the same tasks. */
function pooledTasks(all: readonly TaskStatistics[]): (number | undefined)[] | undefined {
  if (all.length === 0) return undefined;
  const count = all[0].success.length;
  const same = all.filter((t) => t.success.length === count && t.labels.every((l, i) => l === all[0].labels[i]));
  const sums = new Array<number>(count).fill(0);
  const ns = new Array<number>(count).fill(0);
  for (const t of same) t.success.forEach((v, i) => {
    if (v === undefined) return;
    sums[i] += v * t.n;
    ns[i] += t.n;
  });
  return sums.map((s, i) => (ns[i] > 0 ? s / ns[i] : undefined));
}

export function statisticsRegion(records: readonly ResultRecord[], row?: RegionRow): StatisticsRegion {
  let n5 = 0;
  let count5 = 0;
  let nLowered = 0;
  let lowered = 0;
  let nRaised = 0;
  let raised = 0;
  const scores: ScoreStatistics[] = [];
  const tasks: TaskStatistics[] = [];
  for (const r of records) {
    const c5 = countOf(r.share5, r.participants);
    if (c5 !== undefined) {
      n5 += r.participants as number;
      count5 += c5;
    }
    const l = countOf(r.lowered, r.participants);
    const h = countOf(r.raised, r.participants);
    if (l !== undefined) {
      nLowered += r.participants as number;
      lowered += l;
    }
    if (h !== undefined) {
      nRaised += r.participants as number;
      raised += h;
    }
    if (r.statistics?.scores) scores.push(r.statistics.scores);
    if (r.statistics?.tasks) tasks.push(r.statistics.tasks);
  }
  const rowScores = row?.statistics?.scores;
  return {
    n5, count5, nLowered, lowered, nRaised, raised, loweredRow: row?.lowered,
    scores: rowScores ? { ...distributionMoments(rowScores.totals), totals: rowScores.totals, lowest3: rowScores.lowest3 } : pooledScores(scores),
    taskSuccess: row?.statistics?.tasks?.success ?? pooledTasks(tasks),
  };
}

/** P4 from a score distribution: needs the scale's lowest «3» score. */
function p4Statistics(s: ScoreStatistics, region: StatisticsRegion, ctx: MarkerContext): MarkerResult {
  const c = s.lowest3;
  if (c === undefined || !region.scores) return noData('P4', 'no_source');
  return boundaryMarker(atBoundary(s.totals, c), atBoundary(region.scores.totals, c), s.n, ctx, 'score_distribution');
}

/** P7 from a task report: below the region on the easiest third, above it on the hardest, gap ≥ 0,10. */
export function p7Statistics(t: TaskStatistics, regionSuccess: readonly (number | undefined)[] | undefined, ctx: MarkerContext): MarkerResult {
  if (!regionSuccess || regionSuccess.length !== t.success.length || t.success.length < 3) return noData('P7', 'no_source');
  if (t.n < ctx.minN) return { ...noData('P7', 'few'), n: t.n };
  const thirds = taskThirds(regionSuccess, (i) => t.success[i] !== undefined);
  if (!thirds) return noData('P7', 'no_source');
  const diff = (tasks: readonly number[]): number => tasks.reduce((a, i) => a + (t.success[i] as number) - (regionSuccess[i] as number), 0) / tasks.length;
  const easy = diff(thirds.easy);
  const hard = diff(thirds.hard);
  const gap = hard - easy;
  const marked = easy < 0 && hard > 0 && gap >= TASK_REPORT_GAP;
  return { id: 'P7', state: marked ? 'marked' : 'clear', strong: false, value: gap * 100, region: 0, n: t.n, data: 'task_report' };
}

/**
 * From school statistics: P5 («Статистика по отметкам»), P6a/P6b («Сравнение с журналом»), P1 and P4 (score
 * distribution), P3 (given, from two years), P7 (task report); P2 and P8 need protocols: «нет данных».
 */
export function statisticsMarkers(r: ResultRecord, region: StatisticsRegion, cohort: MarkerResult | undefined, ctx: MarkerContext): MarkerResult[] {
  const n = r.participants ?? r.statistics?.scores?.n ?? r.statistics?.tasks?.n ?? 0;
  const c5 = countOf(r.share5, r.participants);
  const lowered = countOf(r.lowered, r.participants);
  const raised = countOf(r.raised, r.participants);
  const share = (k: number, of: number): number => (of > 0 ? k / of : 0);
  const scores = r.statistics?.scores;
  const tasks = r.statistics?.tasks;
  return MARKER_IDS.map((id): MarkerResult => {
    if (id === 'P1' && scores && region.scores) return meanAbove(distributionMoments(scores.totals), region.scores, ctx, 'score_distribution');
    if (id === 'P3') return cohort ?? noData('P3', n > 0 && n < ctx.minN ? 'few' : 'no_source');
    if (id === 'P4' && scores) return p4Statistics(scores, region, ctx);
    if (id === 'P5' && c5 !== undefined) return binomialMarker('P5', c5, n, share(region.count5, region.n5), ctx, 'mark_statistics');
    if (id === 'P6a' && lowered !== undefined) return binomialMarker('P6a', lowered, n, region.loweredRow !== undefined ? region.loweredRow / 100 : share(region.lowered, region.nLowered), ctx, 'journal_comparison');
    if (id === 'P6b' && raised !== undefined) return binomialMarker('P6b', raised, n, share(region.raised, region.nRaised), ctx, 'journal_comparison');
    if (id === 'P7' && tasks) return p7Statistics(tasks, region.taskSuccess, ctx);
    return noData(id, 'no_source');
  });
}

/** S = mean total / maximum of a work from statistics: the score distribution, else a task report with its maxima. */
export function statisticsScoreShare(s: WorkStatistics | undefined): { readonly s: number; readonly n: number; readonly data: 'score_distribution' | 'task_report' } | undefined {
  const scores = s?.scores;
  if (scores && scores.max > 0 && scores.n > 0) return { s: distributionMoments(scores.totals).mean / scores.max, n: scores.n, data: 'score_distribution' };
  const t = s?.tasks;
  if (!t?.max || t.max.length !== t.success.length || t.success.some((v) => v === undefined)) return undefined;
  const max = t.max;
  const total = max.reduce((a, m) => a + m, 0);
  if (total <= 0) return undefined;
  return { s: t.success.reduce((a: number, v, i) => a + (v as number) * max[i], 0) / total, n: t.n, data: 'task_report' };
}
