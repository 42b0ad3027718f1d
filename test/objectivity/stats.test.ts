// The tests under the markers (§7) against naive references: exact binomial tail, Spearman with mid-ranks, quartiles.
import fc from 'fast-check';
import { binomialUpperTail, normalUpperTail, quantile, spearman } from '../../src/core/objectivity/stats';

/** Binomial tail by Pascal's triangle (exact in floating point for small n). */
function naiveTail(k: number, n: number, p: number): number {
  let row = [1];
  for (let i = 0; i < n; i++) row = [...row, 0].map((v, j) => v + (j > 0 ? row[j - 1] : 0));
  let s = 0;
  for (let i = Math.max(0, k); i <= n; i++) s += row[i] * p ** i * (1 - p) ** (n - i);
  return s;
}

/** Spearman by listing the pupils one by one, averaging tied ranks, then Pearson of the ranks. */
function naiveSpearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (v: readonly number[]): number[] => v.map((x) => {
    const less = v.filter((y) => y < x).length;
    const equal = v.filter((y) => y === x).length;
    return less + (equal + 1) / 2;
  });
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('exact binomial tail', () => {
  it('equals the sum by Pascal\'s triangle', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -2, max: 62 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, k, p) => {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(naiveTail(k, n, p), 10);
    }));
  });

  it('known values: 8 of 10 at 0,5 is 56/1024; nothing at p = 0; everything at k = 0', () => {
    expect(binomialUpperTail(8, 10, 0.5)).toBeCloseTo(56 / 1024, 12);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
  });

  it('stays finite and ordered for a school of 2 000 pupils', () => {
    const a = binomialUpperTail(700, 2000, 0.3);
    const b = binomialUpperTail(650, 2000, 0.3);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(1);
  });
});

describe('Spearman with mid-ranks from counted pairs', () => {
  it('equals the pupil-by-pupil reference with ties (journal marks 2–5, totals 0–20)', () => {
    const pupil = fc.record({ x: fc.integer({ min: 2, max: 5 }), y: fc.integer({ min: 0, max: 20 }) });
    fc.assert(fc.property(fc.array(pupil, { minLength: 3, maxLength: 60 }), (pupils) => {
      const counted = new Map<string, { x: number; y: number; count: number }>();
      for (const p of pupils) {
        const key = `${p.x}|${p.y}`;
        const c = counted.get(key);
        if (c) c.count++;
        else counted.set(key, { ...p, count: 1 });
      }
      const got = spearman([...counted.values()]);
      const xs = pupils.map((p) => p.x);
      const ys = pupils.map((p) => p.y);
      if (new Set(xs).size < 2 || new Set(ys).size < 2) expect(got).toBeUndefined();
      else {
        expect(got?.n).toBe(pupils.length);
        expect(got?.r).toBeCloseTo(naiveSpearman(xs, ys), 10);
      }
    }));
  });

  it('is −1 for reversed marks and +1 for agreeing ones', () => {
    expect(spearman([{ x: 2, y: 20, count: 3 }, { x: 5, y: 1, count: 3 }])?.r).toBeCloseTo(-1, 12);
    expect(spearman([{ x: 2, y: 1, count: 2 }, { x: 3, y: 5, count: 1 }, { x: 5, y: 9, count: 4 }])?.r).toBeCloseTo(1, 12);
  });
});

describe('quartiles and the normal tail', () => {
  it('quartiles interpolate like КВАРТИЛЬ.ВКЛ', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([5], 0.5)).toBe(5);
  });

  it('1 − Φ(z) at known points (2,58 → 0,005)', () => {
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 7);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalUpperTail(2.575829)).toBeCloseTo(0.005, 6);
    expect(normalUpperTail(-1.959964)).toBeCloseTo(0.975, 6);
  });
});
