// "Nice" axis ticks for the preview's charts: 0, 5, 10… covering the data, always including zero.

export interface Axis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/** Ticks 1/2/5 × 10^n apart, about `count` of them, from ≤ min(0, low) to ≥ max(0, high). */
export function niceAxis(low: number, high: number, count = 5): Axis {
  const lo = Math.min(0, low);
  const hi = Math.max(0, high);
  if (hi === lo) return { min: 0, max: 1, ticks: [0, 1] };
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks };
}
