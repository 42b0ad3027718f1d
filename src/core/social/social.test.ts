// The context layer: the fit and the index against naive references, intervals by hand, groups on a hand-made district, invariances.
import { analyze } from '../analyze';
import { P, dataset, params, result } from '../testing/builders';
import { Dataset, ResultRecord } from '../model';
import { expectedAt, judge, leastSquares, resultInterval } from './fit';
import { firstComponent, socialIndex, standardise } from './socialIndex';
import { SocialData, SocialIndicator, SocialParameters } from './types';
import { analyzeSocial, quarters, shnsuKeys } from './analyzeSocial';
import { NOTABLE, socialDistrict } from '../testing/socialDistrict';

/** Deterministic pseudo-random numbers (no Math.random in tests). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Least squares the schoolbook way: solve the 2×2 normal equations (XᵀX)β = Xᵀy by Cramer's rule; R² = 1 − SSres/SStot. */
function naiveFit(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const sx = xs.reduce((a, b) => a + b, 0);
  const sxx = xs.reduce((a, b) => a + b * b, 0);
  const sy = ys.reduce((a, b) => a + b, 0);
  const sxy = xs.reduce((a, x, i) => a + x * ys[i], 0);
  const det = n * sxx - sx * sx;
  const intercept = (sy * sxx - sx * sxy) / det;
  const slope = (n * sxy - sx * sy) / det;
  const mean = sy / n;
  const ssTot = ys.reduce((a, y) => a + (y - mean) ** 2, 0);
  const ssRes = ys.reduce((a, y, i) => a + (y - intercept - slope * xs[i]) ** 2, 0);
  return { intercept, slope, r2: 1 - ssRes / ssTot };
}

describe('least squares', () => {
  test('matches the normal equations on random data', () => {
    const next = rng(7);
    for (let trial = 0; trial < 50; trial++) {
      const n = 3 + Math.floor(next() * 60);
      const xs = Array.from({ length: n }, () => next() * 4 - 2);
      const ys = xs.map((x) => 20 + 7 * x + (next() - 0.5) * 30);
      const fit = leastSquares(xs, ys);
      const ref = naiveFit(xs, ys);
      expect(fit?.intercept).toBeCloseTo(ref.intercept, 8);
      expect(fit?.slope).toBeCloseTo(ref.slope, 8);
      expect(fit?.r2).toBeCloseTo(ref.r2, 8);
      expect(fit?.n).toBe(n);
    }
  });
  test('no line without spread of the index', () => {
    expect(leastSquares([1, 1, 1], [3, 4, 5])).toBeUndefined();
    expect(leastSquares([1], [3])).toBeUndefined();
  });
});

describe('interval and judgement', () => {
  test('result ± 1,96·√(p(1−p)/n) with p the expected share, by hand', () => {
    // p = 0,2, n = 25: √(0,2·0,8/25) = 0,08; 1,96 · 0,08 = 0,1568 → ± 15,68 p.p. around 40 %.
    const { low, high } = resultInterval(40, 25, 20);
    expect(low).toBeCloseTo(24.32, 10);
    expect(high).toBeCloseTo(55.68, 10);
    expect(judge(low, high, 20)).toBe('worse');
    // The same result of a small school: n = 4 → ± 39,2 p.p.; the interval covers 20 %, so «как ожидается».
    const small = resultInterval(40, 4, 20);
    expect(small.high - small.low).toBeCloseTo(78.4, 10);
    expect(judge(small.low, small.high, 20)).toBe('expected');
    const better = resultInterval(5, 100, 20); // ± 7,84
    expect(judge(better.low, better.high, 20)).toBe('better');
  });
  test('the expected share stays within 0..100', () => {
    expect(expectedAt(10, 5, -10)).toBe(0);
    expect(expectedAt(90, 5, 10)).toBe(100);
    expect(expectedAt(10, 5, 1)).toBe(15);
  });
});

describe('the index', () => {
  const worse: SocialIndicator = { column: 'B', header: 'Доля малообеспеченных', direction: 'worse', kind: 'indicator' };
  test('z-scores: mean 0, SD 1; the direction flips the sign only', () => {
    const values = [10, 20, undefined, 40, 35];
    const z = standardise(values, 'worse') as number[];
    const flipped = standardise(values, 'better') as number[];
    const present = z.filter((v) => v !== undefined);
    expect(present.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(present.reduce((a, b) => a + b * b, 0) / present.length).toBeCloseTo(1, 12);
    z.forEach((v, i) => (v === undefined ? expect(flipped[i]).toBeUndefined() : expect(flipped[i]).toBeCloseTo(-v, 12)));
    expect(standardise([5, 5, 5], 'worse')).toBeUndefined();
  });
  test('the mean needs at least half of the indicators', () => {
    const inds: SocialIndicator[] = [worse, { ...worse, column: 'C' }, { ...worse, column: 'D' }, { ...worse, column: 'E' }];
    const rows = [
      { schoolKey: 'a', values: [1, 2, 3, 4], source: { file: '', sheet: 'К', cell: 'A2' } },
      { schoolKey: 'b', values: [2, 3, undefined, undefined], source: { file: '', sheet: 'К', cell: 'A3' } },
      { schoolKey: 'c', values: [3, undefined, undefined, undefined], source: { file: '', sheet: 'К', cell: 'A4' } },
      { schoolKey: 'd', values: [4, 1, 5, 1], source: { file: '', sheet: 'К', cell: 'A5' } },
    ];
    const { index } = socialIndex('mean', inds, rows);
    expect(index[0]).toBeDefined();
    expect(index[1]).toBeDefined();
    expect(index[2]).toBeUndefined();
  });
  test('the first component of a known matrix', () => {
    // [[2,1],[1,2]]: eigenvalues 3 and 1, first eigenvector (1,1)/√2.
    const v = firstComponent([[2, 1], [1, 2]]);
    expect(v[0]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(v[1]).toBeCloseTo(Math.SQRT1_2, 8);
  });
  test('a ready index of «благополучие» (more = better off) is turned so that higher = more disadvantaged', () => {
    const ind: SocialIndicator = { column: 'C', header: 'Индекс социального благополучия', direction: 'better', kind: 'index' };
    const rows = [{ schoolKey: 'a', values: [0.7], source: { file: '', sheet: 'К', cell: 'A2' } }];
    expect(socialIndex('given', [ind], rows).index[0]).toBeCloseTo(-0.7, 12);
  });
});

describe('quarters and ШНСУ', () => {
  const index = new Map([...'abcdefgh'].map((k, i) => [k, i] as const));
  test('the most disadvantaged quarter, threshold editable, ties at the boundary all in', () => {
    expect([...shnsuKeys(index, 25)].sort()).toEqual(['g', 'h']);
    expect([...shnsuKeys(index, 50)].sort()).toEqual(['e', 'f', 'g', 'h']);
    const tie = new Map([...index, ['i', 6] as const]);
    expect([...shnsuKeys(tie, 25)].sort()).toEqual(['g', 'h', 'i']);
  });
  test('quarter 1 most favourable … 4 most disadvantaged', () => {
    const q = quarters(index);
    expect([...'abcdefgh'].map((k) => q.get(k))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

const district = socialDistrict;

describe('groups on a hand-made district', () => {
  // s3: a favourable school with 35 % «2» (ШНОР) — not explained by conditions; s19: ШНСУ with 12 % — резильентная;
  // s20: ШНОР and ШНСУ on its line — explained by conditions.
  const data = district(NOTABLE);
  const analysis = analyze(data, params({ targetYear: 2024 }));
  const social = analysis.social;
  const of = (k: string) => social?.schools.get(k);
  test('the fit is stated', () => {
    expect(social?.fit.kind).toBe('local');
    expect(social?.fit.n).toBe(20);
    expect(social?.fit.slope).toBeGreaterThan(0);
  });
  test('groups, ШНСУ, резильентная, not explained, stable', () => {
    expect(of('s3')).toMatchObject({ group: 'worse', shnsu: false, notExplained: true, resilient: false, stable: true, quarter: 1 });
    expect(of('s19')).toMatchObject({ group: 'better', shnsu: true, resilient: true, notExplained: false, quarter: 4 });
    expect(of('s20')).toMatchObject({ shnsu: true, notExplained: false, resilient: false });
    expect(of('s20')?.group).not.toBe('worse');
    expect(of('s10')?.group).toBe('expected');
    expect([...(social?.resilientKeys ?? [])]).toEqual(['s19']);
    expect(of('s3')?.n).toBe(200);
    expect(of('s3')?.result).toBeCloseTo(35, 10);
  });
  test('the ШНОР list never changes', () => {
    const without = analyze({ ...data, social: undefined }, params({ targetYear: 2024 }));
    expect(analysis.identification.verdicts).toEqual(without.identification.verdicts);
  });
  test('fewer than 15 schools: no line, the reason said, schools compared with the mean (quadrants)', () => {
    const few: Dataset = { ...data, social: { ...(data.social as SocialData), rows: (data.social as SocialData).rows.slice(0, 10) } };
    const s = analyze(few, params({ targetYear: 2024 })).social;
    expect(s?.fit).toMatchObject({ kind: 'none', reason: 'few_schools', n: 10 });
    expect(s?.fit.mean).toBeDefined();
  });
  test('the region\'s line when given', () => {
    const s = analyze(data, params({ targetYear: 2024, social: { line: { kind: 'regional', intercept: 10, slope: 0.2 } } })).social;
    expect(s?.fit).toMatchObject({ kind: 'regional', intercept: 10, slope: 0.2 });
    const x = s?.schools.get('s10')?.socialIndex as number;
    expect(s?.schools.get('s10')?.expected).toBeCloseTo(10 + 0.2 * x, 10);
  });
});

describe('invariances (property tests)', () => {
  const groupsOf = (data: Dataset, p: SocialParameters = {}): Map<string, string> => {
    const s = analyzeSocial(data, analyze({ ...data, social: undefined }, params({ targetYear: 2024 })).identification, p);
    return new Map([...(s?.schools ?? new Map())].map(([k, v]) => [k, `${v.group}|${v.shnsu}|${v.resilient}|${v.notExplained}|${v.quarter}`]));
  };
  /** A random district: 40 schools, three indicators, random results. */
  function randomDistrict(seed: number): Dataset {
    const next = rng(seed);
    const results: ResultRecord[] = [];
    const rows = [];
    for (let i = 0; i < 40; i++) {
      const a = next() * 40;
      const b = next() * 20;
      const c = next() * 80;
      const n = 5 + Math.floor(next() * 60);
      for (const year of [2023, 2024]) {
        const twos = Math.min(n, Math.round(n * Math.max(0, (a / 2 + b - c / 4 + 20 + (next() - 0.5) * 30) / 100)));
        results.push(result(`s${i}`, year, P.vpr5Rus, (100 * twos) / n, { participants: n, count2: twos }));
      }
      rows.push({ schoolKey: `s${i}`, values: [a, next() < 0.1 ? undefined : b, c], source: { file: '', sheet: 'К', cell: `A${i + 2}` } });
    }
    const social: SocialData = {
      indicators: [
        { column: 'B', header: 'Малообеспеченные', direction: 'worse', kind: 'indicator' },
        { column: 'C', header: 'ОВЗ', direction: 'worse', kind: 'indicator' },
        { column: 'D', header: 'Родители с высшим образованием', direction: 'better', kind: 'indicator' },
      ],
      rows, source: { file: '', sheet: 'К' },
    };
    return { ...dataset({ results }), social };
  }
  const transform = (data: Dataset, col: number, f: (v: number) => number): Dataset => {
    const s = data.social as SocialData;
    return { ...data, social: { ...s, rows: s.rows.map((r) => ({ ...r, values: r.values.map((v, i) => (i === col && v !== undefined ? f(v) : v)) })) } };
  };
  for (const method of ['mean', 'pca'] as const) {
    test(`${method}: permuting schools, rescaling or shifting an indicator never changes a group`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const data = randomDistrict(seed);
        const base = groupsOf(data, { method });
        const s = data.social as SocialData;
        const permuted: Dataset = { ...data, results: [...data.results].reverse(), social: { ...s, rows: [...s.rows].reverse() } };
        expect(groupsOf(permuted, { method })).toEqual(base);
        expect(groupsOf(transform(data, 0, (v) => v * 3.7), { method })).toEqual(base);
        expect(groupsOf(transform(data, 2, (v) => v / 100), { method })).toEqual(base);
        expect(groupsOf(transform(data, 1, (v) => v + 1000), { method })).toEqual(base);
      }
    });
  }
  test('an indicator\'s direction flips its contribution\'s sign only (mean of one indicator: the index negated)', () => {
    const data = randomDistrict(3);
    const s = data.social as SocialData;
    const one: SocialData = { ...s, indicators: [s.indicators[0]], rows: s.rows.map((r) => ({ ...r, values: [r.values[0]] })) };
    const a = socialIndex('mean', one.indicators, one.rows).index;
    const b = socialIndex('mean', [{ ...one.indicators[0], direction: 'better' }], one.rows).index;
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(-(v as number), 12));
  });
  test('against a naive reference: index = plain mean of oriented z-scores of the indicators present', () => {
    const data = randomDistrict(5);
    const s = data.social as SocialData;
    const { index } = socialIndex('mean', s.indicators, s.rows);
    const z = s.indicators.map((ind, c) => {
      const vals = s.rows.map((r) => r.values[c]).filter((v): v is number => v !== undefined);
      const m = vals.reduce((x, y) => x + y, 0) / vals.length;
      const sd = Math.sqrt(vals.reduce((x, y) => x + (y - m) ** 2, 0) / vals.length);
      return (v: number) => ((ind.direction === 'worse' ? 1 : -1) * (v - m)) / sd;
    });
    s.rows.forEach((r, i) => {
      const zs = r.values.flatMap((v, c) => (v === undefined ? [] : [z[c](v)]));
      expect(index[i]).toBeCloseTo(zs.reduce((x, y) => x + y, 0) / zs.length, 10);
    });
  });
});
