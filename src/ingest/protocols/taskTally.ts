// Task scores of a protocol while streaming (§7: P7, P8, D): per-school moments and hashed answer vectors per variant.
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

/** One answer vector of one variant: how many pupils hold it and where (the first school, then others). */
export interface VectorEntry {
  readonly variant: string;
  readonly total: number;
  count: number;
  readonly first: string;
  firstCount: number;
  others?: Map<string, number>;
}

/** FNV-1a over the variant and the scores, twice with different seeds, folded into one 53-bit number. */
export function vectorHash(variant: string, scores: readonly number[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (code: number): void => {
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  };
  for (let i = 0; i < variant.length; i++) mix(variant.charCodeAt(i));
  mix(0x7c);
  for (const s of scores) {
    mix(Math.round(s * 2) & 0xffff);
    mix(0x2c);
  }
  return (a & 0x1fffff) * 0x100000000 + b;
}

/** The answer vectors of a protocol, keyed by hash (memory grows with distinct vectors, not with their pupils). */
export class VectorTally {
  readonly entries = new Map<number, VectorEntry>();

  add(login: string, variant: string, total: number, scores: readonly number[]): void {
    const key = vectorHash(variant, scores);
    const e = this.entries.get(key);
    if (!e) {
      this.entries.set(key, { variant, total, count: 1, first: login, firstCount: 1 });
      return;
    }
    e.count++;
    if (e.first === login) e.firstCount++;
    else {
      e.others ??= new Map();
      e.others.set(login, (e.others.get(login) ?? 0) + 1);
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

/** Copied vectors (§7 P8) per school login: ≥ `least` pupils of one variant share a vector held by ≤ 1 pupil elsewhere. */
export function copiedVectors(vectors: VectorTally, upper4: number, least = 4): Map<string, { variant: string; total: number; pupils: number; elsewhere: number }[]> {
  const out = new Map<string, { variant: string; total: number; pupils: number; elsewhere: number }[]>();
  const found = (login: string, e: VectorEntry, pupils: number): void => {
    let list = out.get(login);
    if (!list) out.set(login, (list = []));
    list.push({ variant: e.variant, total: e.total, pupils, elsewhere: e.count - pupils });
  };
  for (const e of vectors.entries.values()) {
    if (e.count < least || e.total <= 0 || e.total > upper4) continue;
    if (e.firstCount >= least && e.count - e.firstCount <= 1) found(e.first, e, e.firstCount);
    for (const [login, n] of e.others ?? []) if (n >= least && e.count - n <= 1) found(login, e, n);
  }
  return out;
}
