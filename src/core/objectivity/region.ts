// The region of one work for the protocol markers: pooled from every school's protocol evidence.
import { WorkEvidence } from './evidence';

/** Pooled counts of a work's pupils in the region (protocols). */
export interface ProtocolRegion {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly count5: number;
  /** Pupils per total score. */
  readonly totals: ReadonlyMap<number, number>;
  readonly compared: number;
  readonly lowered: number;
  readonly raised: number;
  /** Per task: success in the region (0..1) and the maximum used; undefined when the schools' tasks differ. */
  readonly taskSuccess?: readonly number[];
  readonly taskMax?: readonly number[];
}

/** Marks from totals with the scale, and the journal comparison (as resolve counts them). */
export function markOfTotal(total: number, scale: WorkEvidence['scale']): number {
  return total <= scale.upper2 ? 2 : total <= scale.upper3 ? 3 : total <= scale.upper4 ? 4 : 5;
}

export interface JournalCounts {
  readonly compared: number;
  readonly lowered: number;
  readonly raised: number;
}

export function journalCounts(e: WorkEvidence): JournalCounts {
  let compared = 0;
  let lowered = 0;
  let raised = 0;
  for (const [key, n] of e.journal) {
    const [total, journal] = key.split('|').map(Number);
    const mark = markOfTotal(total, e.scale);
    compared += n;
    if (mark < journal) lowered += n;
    else if (mark > journal) raised += n;
  }
  return { compared, lowered, raised };
}

/** n, mean, sample sd and «5» count of one distribution of totals. */
export function moments(totals: ReadonlyMap<number, number>, scale: WorkEvidence['scale']): { n: number; mean: number; sd: number; count5: number } {
  let n = 0;
  let sum = 0;
  let sq = 0;
  let count5 = 0;
  for (const [t, c] of totals) {
    n += c;
    sum += t * c;
    sq += t * t * c;
    if (markOfTotal(t, scale) === 5) count5 += c;
  }
  const mean = n > 0 ? sum / n : 0;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1))) : 0;
  return { n, mean, sd, count5 };
}

/** The region of a work from the evidence of its schools. */
export function protocolRegion(evidence: readonly WorkEvidence[]): ProtocolRegion {
  const totals = new Map<number, number>();
  let compared = 0;
  let lowered = 0;
  let raised = 0;
  for (const e of evidence) {
    for (const [t, c] of e.totals) totals.set(t, (totals.get(t) ?? 0) + c);
    const j = journalCounts(e);
    compared += j.compared;
    lowered += j.lowered;
    raised += j.raised;
  }
  const m = moments(totals, evidence[0].scale);
  const withTasks = evidence.filter((e) => e.tasks !== undefined && e.tasks.pupils > 0);
  const count = withTasks[0]?.tasks?.sums.length ?? 0;
  let taskSuccess: number[] | undefined;
  let taskMax: number[] | undefined;
  if (count > 0 && withTasks.every((e) => e.tasks?.sums.length === count)) {
    const declared = withTasks[0].tasks?.maxDeclared;
    taskMax = declared ? [...declared] : new Array<number>(count).fill(0);
    if (!declared) for (const e of withTasks) e.tasks?.maxSeen.forEach((v, t) => { if (v > (taskMax as number[])[t]) (taskMax as number[])[t] = v; });
    const sums = new Array<number>(count).fill(0);
    let pupils = 0;
    for (const e of withTasks) {
      pupils += e.tasks?.pupils ?? 0;
      e.tasks?.sums.forEach((v, t) => { sums[t] += v; });
    }
    const max = taskMax;
    taskSuccess = sums.map((s, t) => (max[t] > 0 ? s / (pupils * max[t]) : 0));
  }
  return { ...m, totals, compared, lowered, raised, taskSuccess, taskMax };
}

/** Counts a school's shares stand for (share × participants, rounded: the shares were made from counts). */
export function countOf(share: number | undefined, n: number | undefined): number | undefined {
  return share === undefined || n === undefined ? undefined : Math.round((share * n) / 100);
}
