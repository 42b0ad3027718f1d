// Answer vectors for P8 (§7) in fixed memory: count-min sketches of vectors and of (school, vector) pairs, and the
// pairs that reach the group size — memory grows with copied groups, never with pupils or their distinct answers.

/** Counters per row of a sketch (2¹⁸): with a region's ~10⁵ pupils a key shares all rows with another ~10⁻⁴ of the time. */
const WIDTH_BITS = 18;
const DEPTH = 4;
const SATURATED = 0xffff;

/** A count-min sketch with conservative update: estimates never below the true count, rarely above. */
export class CountSketch {
  private readonly cells = new Uint16Array(DEPTH << WIDTH_BITS);
  /** The key's cell per row (reused call to call). */
  private readonly at = new Int32Array(DEPTH);

  private index(row: number, key: number): number {
    const lo = key >>> 0;
    const hi = Math.floor(key / 0x100000000) >>> 0;
    const x = Math.imul(lo ^ Math.imul(row + 1, 0x9e3779b9), 0x85ebca6b) ^ Math.imul(hi ^ (row * 0x27d4eb2d), 0xc2b2ae35);
    return (row << WIDTH_BITS) | ((x ^ (x >>> 15)) >>> (32 - WIDTH_BITS));
  }

  /** Counts the key once more; returns its estimate after the update. */
  add(key: number): number {
    let min = SATURATED;
    const at = this.at;
    for (let r = 0; r < DEPTH; r++) {
      at[r] = this.index(r, key);
      if (this.cells[at[r]] < min) min = this.cells[at[r]];
    }
    if (min === SATURATED) return min;
    for (let r = 0; r < DEPTH; r++) if (this.cells[at[r]] === min) this.cells[at[r]] = min + 1;
    return min + 1;
  }

  estimate(key: number): number {
    let min = SATURATED;
    for (let r = 0; r < DEPTH; r++) min = Math.min(min, this.cells[this.index(r, key)]);
    return min;
  }
}

/** FNV-1a, twice with different seeds, folded into one 53-bit number. */
function hash53(feed: (mix: (code: number) => void) => void): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  feed((code) => {
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  });
  return (a & 0x1fffff) * 0x100000000 + b;
}

/** The hash of one variant's answer vector. */
export function vectorHash(variant: string, scores: readonly number[]): number {
  return hash53((mix) => {
    for (let i = 0; i < variant.length; i++) mix(variant.charCodeAt(i));
    mix(0x7c);
    for (const s of scores) {
      mix(Math.round(s * 2) & 0xffff);
      mix(0x2c);
    }
  });
}

function pairHash(login: string, vector: number): number {
  return hash53((mix) => {
    for (let i = 0; i < login.length; i++) mix(login.charCodeAt(i));
    mix(0x7c);
    mix(vector >>> 0);
    mix(Math.floor(vector / 0x100000000) >>> 0);
  });
}

/** A vector ≥ the group size of one school's pupils hold, and how many hold it elsewhere in the protocol. */
export interface VectorGroup {
  readonly login: string;
  readonly variant: string;
  readonly total: number;
  readonly pupils: number;
  readonly elsewhere: number;
}

interface Candidate {
  readonly login: string;
  readonly variant: string;
  readonly total: number;
  readonly vector: number;
  readonly pair: number;
}

/** Feed every pupil's vector with `add`; `groups()` gives the vectors ≥ `least` pupils of one school share. */
export class VectorTally {
  private readonly vectors = new CountSketch();
  private readonly pairs = new CountSketch();
  private readonly candidates = new Map<number, Candidate>();

  constructor(private readonly least = 4) {}

  add(login: string, variant: string, total: number, scores: readonly number[]): void {
    const vector = vectorHash(variant, scores);
    this.vectors.add(vector);
    const pair = pairHash(login, vector);
    if (this.pairs.add(pair) >= this.least && !this.candidates.has(pair)) this.candidates.set(pair, { login, variant, total, vector, pair });
  }

  /** Pairs kept (the only state that is not fixed): one per group that reached the group size. */
  get kept(): number {
    return this.candidates.size;
  }

  groups(): VectorGroup[] {
    return [...this.candidates.values()].map((c) => {
      const pupils = this.pairs.estimate(c.pair);
      return { login: c.login, variant: c.variant, total: c.total, pupils, elsewhere: Math.max(0, this.vectors.estimate(c.vector) - pupils) };
    });
  }
}

/** Copied vectors (§7 P8) per school login: ≥ `least` pupils of one variant (0 < total ≤ the «4» bound) share a vector held by ≤ 1 pupil elsewhere. */
export function copiedVectors(groups: readonly VectorGroup[], upper4: number, least = 4): Map<string, { variant: string; total: number; pupils: number; elsewhere: number }[]> {
  const out = new Map<string, { variant: string; total: number; pupils: number; elsewhere: number }[]>();
  for (const g of groups) {
    if (g.pupils < least || g.total <= 0 || g.total > upper4 || g.elsewhere > 1) continue;
    let list = out.get(g.login);
    if (!list) out.set(g.login, (list = []));
    list.push({ variant: g.variant, total: g.total, pupils: g.pupils, elsewhere: g.elsewhere });
  }
  return out;
}
