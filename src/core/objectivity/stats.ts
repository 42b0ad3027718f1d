// Exact tests the objectivity markers use (§7): one-sided binomial, Spearman with mid-ranks, quartiles, normal tail.

const LOG_FACTORIAL: number[] = [0];

function logFactorial(n: number): number {
  for (let i = LOG_FACTORIAL.length; i <= n; i++) LOG_FACTORIAL.push(LOG_FACTORIAL[i - 1] + Math.log(i));
  return LOG_FACTORIAL[n];
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed exactly term by term (in logs, so n of thousands is fine). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let sum = 0;
  for (let i = k; i <= n; i++) sum += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + i * lp + (n - i) * lq);
  return Math.min(1, sum);
}

/** A value pair with how many pupils hold it. */
export interface WeightedPair {
  readonly x: number;
  readonly y: number;
  readonly count: number;
}

/** Mid-ranks (1-based, ties get their mean rank) of each distinct value, given how many hold it. */
function midRanks(counts: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  let before = 0;
  for (const v of [...counts.keys()].sort((a, b) => a - b)) {
    const c = counts.get(v) as number;
    out.set(v, before + (c + 1) / 2);
    before += c;
  }
  return out;
}

/** Spearman's r with mid-ranks over pupils given as counted pairs; undefined when a side does not vary. */
export function spearman(pairs: readonly WeightedPair[]): { readonly r: number; readonly n: number } | undefined {
  const xs = new Map<number, number>();
  const ys = new Map<number, number>();
  let n = 0;
  for (const p of pairs) {
    xs.set(p.x, (xs.get(p.x) ?? 0) + p.count);
    ys.set(p.y, (ys.get(p.y) ?? 0) + p.count);
    n += p.count;
  }
  if (n < 2) return undefined;
  const rx = midRanks(xs);
  const ry = midRanks(ys);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of pairs) {
    const dx = (rx.get(p.x) as number) - mean;
    const dy = (ry.get(p.y) as number) - mean;
    sxy += p.count * dx * dy;
    sxx += p.count * dx * dx;
    syy += p.count * dy * dy;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return { r: sxy / Math.sqrt(sxx * syy), n };
}

/** Quartile q (0..1) of sorted values, linear between order statistics (Excel's КВАРТИЛЬ.ВКЛ). */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** 1 − Φ(z): the upper tail of the standard normal (Abramowitz–Stegun 7.1.26 via erfc, error < 1e-7). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
