// Each marker of §7 computed from one school's protocol evidence against its region (pure arithmetic, no words).
import { WorkEvidence } from './evidence';
import { MarkerId } from './markers';
import { ProtocolRegion, journalCounts, moments } from './region';
import { MarkerResult } from './results';
import { binomialUpperTail, normalUpperTail, spearman } from './stats';

export interface MarkerContext {
  readonly alpha: number;
  readonly minN: number;
}

const Z95 = 1.96;

export function noData(id: MarkerId, reason: 'few' | 'no_source'): MarkerResult {
  return { id, state: 'no_data', reason, strong: false };
}

/** A one-sided exact binomial marker: k of n against the region's share p0 (values in percent). */
export function binomialMarker(id: MarkerId, k: number, n: number, p0: number, ctx: MarkerContext, data: MarkerResult['data']): MarkerResult {
  if (n < ctx.minN) return { ...noData(id, 'few'), n };
  const p = binomialUpperTail(k, n, p0);
  const marked = k / n > p0 && p < ctx.alpha;
  return { id, state: marked ? 'marked' : 'clear', strong: false, value: (k * 100) / n, region: p0 * 100, n, p, data };
}

/** n, mean and sample sd of a distribution of totals. */
export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
}

/** P1: the school's 95 % interval of the mean entirely above the region's. */
export function meanAbove(s: Moments, region: Moments, ctx: MarkerContext, data: MarkerResult['data']): MarkerResult {
  if (s.n < ctx.minN) return { ...noData('P1', 'few'), n: s.n };
  const low = s.mean - (Z95 * s.sd) / Math.sqrt(s.n);
  const high = region.mean + (Z95 * region.sd) / Math.sqrt(region.n);
  return { id: 'P1', state: low > high ? 'marked' : 'clear', strong: false, value: s.mean, region: region.mean, n: s.n, data };
}

export function p1(e: WorkEvidence, region: ProtocolRegion, ctx: MarkerContext): MarkerResult {
  return meanAbove(moments(e.totals, e.scale), region, ctx, 'protocol');
}

/** P2: Spearman r (mid-ranks) of journal mark and total over the school's pupils; r < 0 is strong. */
export function p2(e: WorkEvidence, ctx: MarkerContext): MarkerResult {
  const pairs = [...e.journal].map(([key, count]) => {
    const [total, mark] = key.split('|').map(Number);
    return { x: mark, y: total, count };
  });
  const n = pairs.reduce((a, p) => a + p.count, 0);
  if (n < ctx.minN) return { ...noData('P2', n === 0 ? 'no_source' : 'few'), n };
  const s = spearman(pairs);
  if (!s) return { id: 'P2', state: 'clear', strong: false, n, data: 'protocol' };
  const marked = s.r < 0;
  return { id: 'P2', state: marked ? 'marked' : 'clear', strong: marked, value: s.r, r: s.r, n, data: 'protocol' };
}

/** Pupils at c−1 and at c (c = the lowest «3» score) of a distribution of totals. */
export function atBoundary(totals: ReadonlyMap<number, number>, c: number): { readonly below: number; readonly at: number } {
  return { below: totals.get(c - 1) ?? 0, at: totals.get(c) ?? 0 };
}

/** P4: among pupils at c−1 and c, more at c than the region's share (exact binomial). */
export function boundaryMarker(
  school: { readonly below: number; readonly at: number }, region: { readonly below: number; readonly at: number },
  participants: number, ctx: MarkerContext, data: MarkerResult['data'],
): MarkerResult {
  if (participants < ctx.minN) return { ...noData('P4', 'few'), n: participants };
  const m = school.below + school.at;
  if (m === 0 || region.below + region.at === 0) return { id: 'P4', state: 'clear', strong: false, n: m, data };
  const p0 = region.at / (region.below + region.at);
  const p = binomialUpperTail(school.at, m, p0);
  const marked = school.at / m > p0 && p < ctx.alpha;
  return { id: 'P4', state: marked ? 'marked' : 'clear', strong: false, value: (school.at * 100) / m, region: p0 * 100, n: m, p, data };
}

export function p4(e: WorkEvidence, region: ProtocolRegion, participants: number, ctx: MarkerContext): MarkerResult {
  const c = e.scale.upper2 + 1;
  return boundaryMarker(atBoundary(e.totals, c), atBoundary(region.totals, c), participants, ctx, 'protocol');
}

export function p5(e: WorkEvidence, region: ProtocolRegion, ctx: MarkerContext): MarkerResult {
  const s = moments(e.totals, e.scale);
  return binomialMarker('P5', s.count5, s.n, region.n > 0 ? region.count5 / region.n : 0, ctx, 'protocol');
}

export function p6(e: WorkEvidence, region: ProtocolRegion, ctx: MarkerContext): [MarkerResult, MarkerResult] {
  const j = journalCounts(e);
  if (j.compared === 0) return [noData('P6a', 'no_source'), noData('P6b', 'no_source')];
  const share = (k: number): number => (region.compared > 0 ? k / region.compared : 0);
  return [
    binomialMarker('P6a', j.lowered, j.compared, share(region.lowered), ctx, 'protocol'),
    binomialMarker('P6b', j.raised, j.compared, share(region.raised), ctx, 'protocol'),
  ];
}

/** The two-sided critical z of α (2,58 at α = 0,01), found by bisection on the normal tail. */
export function criticalZ(alpha: number): number {
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalUpperTail(mid) > alpha / 2) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * P7: tasks ranked by the region's success; the school below the region on the easiest third and above it on the
 * hardest third, and the per-pupil gap (hard − easy, less the region's) with z ≥ the critical value.
 */
/** Tasks ranked by the region's success (easiest first): the easiest and the hardest third, or undefined under 3 tasks. */
export function taskThirds(success: readonly (number | undefined)[], usable: (task: number) => boolean): { readonly easy: number[]; readonly hard: number[] } | undefined {
  const order = success.map((_, i) => i).filter((i) => success[i] !== undefined && usable(i))
    .sort((a, b) => (success[b] as number) - (success[a] as number) || a - b);
  const third = Math.floor(order.length / 3);
  if (third === 0) return undefined;
  return { easy: order.slice(0, third), hard: order.slice(order.length - third) };
}

export function p7(e: WorkEvidence, region: ProtocolRegion, ctx: MarkerContext): MarkerResult {
  const t = e.tasks;
  const success = region.taskSuccess;
  const max = region.taskMax;
  if (!t || !success || !max || t.sums.length !== success.length || success.length < 3) return noData('P7', 'no_source');
  const n = t.pupils;
  if (n < ctx.minN) return { ...noData('P7', 'few'), n };
  const thirds = taskThirds(success, (i) => max[i] > 0);
  if (!thirds) return noData('P7', 'no_source');
  const { easy, hard } = thirds;
  const diff = (tasks: readonly number[]): number => tasks.reduce((a, i) => a + t.sums[i] / (n * max[i]) - success[i], 0) / tasks.length;
  const easyDiff = diff(easy);
  const hardDiff = diff(hard);
  const T = success.length;
  const w = new Array<number>(T).fill(0);
  for (const i of hard) w[i] = 1 / (hard.length * max[i]);
  for (const i of easy) w[i] = -1 / (easy.length * max[i]);
  let first = 0;
  for (let i = 0; i < T; i++) first += w[i] * t.sums[i];
  let second = 0;
  for (let i = 0; i < T; i++) {
    if (w[i] === 0) continue;
    for (let j = 0; j < T; j++) if (w[j] !== 0) second += w[i] * w[j] * t.products[i * T + j];
  }
  const mean = first / n;
  const variance = Math.max(0, (second - n * mean * mean) / (n - 1));
  const gap = hardDiff - easyDiff;
  const z = variance > 0 ? gap / Math.sqrt(variance / n) : gap > 0 ? Infinity : 0;
  const marked = easyDiff < 0 && hardDiff > 0 && z >= criticalZ(ctx.alpha);
  return { id: 'P7', state: marked ? 'marked' : 'clear', strong: false, value: gap * 100, region: 0, n, z, p: normalUpperTail(z), data: 'protocol' };
}

/** P8: the copied task-score vectors the protocol reader found for the school. */
export function p8(e: WorkEvidence, participants: number, strong: boolean, ctx: MarkerContext): MarkerResult {
  if (e.copied === undefined) return noData('P8', 'no_source');
  if (participants < ctx.minN) return { ...noData('P8', 'few'), n: participants };
  const pupils = e.copied.reduce((a, c) => a + c.pupils, 0);
  const marked = pupils > 0;
  return { id: 'P8', state: marked ? 'marked' : 'clear', strong: marked && strong, value: pupils, n: participants, data: 'protocol' };
}
