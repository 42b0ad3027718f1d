// The line and the interval (methodology §6): ordinary least squares of доля «2» on the index; result ± 1,96·√(p(1−p)/n).
import { SocialGroup, Z_95 } from './types';

export interface LeastSquares {
  readonly n: number;
  readonly intercept: number;
  readonly slope: number;
  /** Coefficient of determination (0 when the results have no spread). */
  readonly r2: number;
}

/** y = intercept + slope·x over the points; undefined when fewer than 2 points or x has no spread. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): LeastSquares | undefined {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) { mx += xs[i]; my += ys[i]; }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 1e-12 * (mx * mx + 1))) return undefined;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 0 : (sxy * sxy) / (sxx * syy);
  return { n, intercept, slope, r2 };
}

/** The interval of a result (percent) of n participants around it, with p the expected share (percent, kept in 0..100). */
export function resultInterval(result: number, n: number, expected: number): { readonly low: number; readonly high: number } {
  const p = Math.min(1, Math.max(0, expected / 100));
  const half = n > 0 ? Z_95 * Math.sqrt((p * (1 - p)) / n) * 100 : Infinity;
  return { low: result - half, high: result + half };
}

/** Worse / better than expected only when the whole interval clears the expected value (доля «2»: more is worse). */
export function judge(low: number, high: number, expected: number): SocialGroup {
  if (low > expected) return 'worse';
  if (high < expected) return 'better';
  return 'expected';
}

/** The expected доля «2» at index x on a line, kept within 0..100. */
export function expectedAt(intercept: number, slope: number, x: number): number {
  return Math.min(100, Math.max(0, intercept + slope * x));
}
