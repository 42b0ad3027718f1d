// Task scores of a protocol while streaming (§7: P7, D): per-school moments; answer vectors (P8) are in vectorSketch.ts.
import { RawValue } from '../grid';

/** Per-school task moments: sums and cross-products (tasks², never pupils). */
export class TaskMomentsTally {
  pupils = 0;
  readonly sums: number[];
  readonly products: Float64Array;
  readonly maxSeen: number[];

  constructor(readonly count: number) {
    this.sums = new Array<number>(count).fill(0);
    this.products = new Float64Array(count * count);
    this.maxSeen = new Array<number>(count).fill(0);
  }

  add(scores: readonly number[]): void {
    const T = this.count;
    this.pupils++;
    for (let i = 0; i < T; i++) {
      const x = scores[i];
      if (x === 0) continue;
      this.sums[i] += x;
      if (x > this.maxSeen[i]) this.maxSeen[i] = x;
      const row = i * T;
      for (let j = 0; j < T; j++) if (scores[j] !== 0) this.products[row + j] += x * scores[j];
    }
  }
}

/** A task cell as a score: a number, or 0 for «не пройд.», «X» and empty cells; also whether it was a number. */
export function taskScore(value: RawValue | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (value === null || value === undefined) return 0;
  const t = String(value).replace(/[\s\u00a0]+/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : 0;
}
