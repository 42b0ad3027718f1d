// Comparison rules of methodology.md §1, §3 and §4 (low, near the threshold, above a benchmark, direction of change).
import { Direction } from './results';

/**
 * Tolerance for floating-point noise: shares computed from counts (e.g. 3 / 10 · 100) may land a hair
 * below or above a round threshold. Anything closer than this to the threshold counts as equal to it.
 */
export const SHARE_EPSILON = 1e-9;

/** §1: a result is low when доля «2» ≥ threshold (inclusive: exactly 30 is low, 29,999 is not). */
export function isLow(share2: number, threshold: number): boolean {
  return share2 >= threshold - SHARE_EPSILON;
}

/** §3 зона риска: not low, but at most `margin` p.p. below the threshold (threshold − margin ≤ share < threshold). */
export function isNearThreshold(share2: number, threshold: number, margin: number): boolean {
  return !isLow(share2, threshold) && share2 >= threshold - margin - SHARE_EPSILON;
}

/** §3 объективность: strictly above the benchmark (equal to it is not a mark). */
export function isAbove(value: number, benchmark: number): boolean {
  return value > benchmark + SHARE_EPSILON;
}

/** A change in p.p. rounded to two decimals, symmetric for negative values, never −0. */
export function roundChange(value: number): number {
  const rounded = Math.round(Math.abs(value) * 100 + SHARE_EPSILON) / 100;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The band of «без изменений» for a change between two results: ±stableBand, widened to just under one pupil's share
 * of the smaller sample (with 5 pupils one pupil is 20 p.p.: a change smaller than that is no change).
 */
export function changeBand(stableBand: number, participants?: number, otherParticipants?: number): number {
  // Without arrays: the Динамика table asks this for every row.
  const a = participants !== undefined && participants > 0 ? participants : Infinity;
  const b = otherParticipants !== undefined && otherParticipants > 0 ? otherParticipants : Infinity;
  const smaller = Math.min(a, b);
  if (smaller === Infinity) return stableBand;
  return Math.max(stableBand, 100 / smaller - 1e-6);
}

/** §4: fewer «2» is an improvement; a change within ±stableBand (inclusive) is «без изменений». */
export function directionOf(change: number, stableBand: number): Direction {
  if (change < -stableBand - SHARE_EPSILON) return 'improved';
  if (change > stableBand + SHARE_EPSILON) return 'worsened';
  return 'stable';
}
