// Tests of the marks (§3): малая выборка (Y, and Y−1 lows used by К2) and объективность (region row or default threshold).
import { identify } from './identify';
import { P, aggregate, dataset, params, result } from './testing/builders';

describe('small sample', () => {
  it('a counted result of Y with fewer participants than smallSample marks the school; the verdict stands', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.vpr5Rus, 50, { participants: 4 }),
        result('s', 2024, P.vpr5Math, 50, { participants: 5 }),
        result('t', 2024, P.vpr5Rus, 50, { participants: 5 }),
        result('t', 2024, P.vpr7Math, 50, { participants: 1 }),
        result('u', 2024, P.vpr5Rus, 50),
      ],
    });
    const [s, t, u] = identify(data, params()).verdicts;
    expect(s.status).toBe('shnor');
    expect(s.flags).toEqual(['small_sample']);
    expect(s.smallSamples.map((r) => r.participants)).toEqual([4]);
    expect(t.flags).toEqual([]);
    expect(u.flags).toEqual([]);
  });

  it('a low Y−1 result used by К2 with few participants marks the school; a non-used one does not', () => {
    const data = dataset({
      results: [
        result('k2', 2023, P.ogeMath, 50, { participants: 3 }),
        result('k2', 2024, P.ogeMath, 50, { participants: 20 }),
        result('notk2', 2023, P.ogeMath, 50, { participants: 3 }),
        result('notk2', 2024, P.ogeMath, 10, { participants: 20 }),
      ],
    });
    const [k2, notk2] = identify(data, params()).verdicts;
    expect(k2.criteria).toEqual(['K2']);
    expect(k2.flags).toEqual(['small_sample']);
    expect(k2.smallSamples.map((r) => r.year)).toEqual([2023]);
    expect(notk2.flags).toEqual([]);
  });

  it('smallSample is a parameter', () => {
    const data = dataset({ results: [result('s', 2024, P.vpr5Rus, 10, { participants: 8 })] });
    expect(identify(data, params()).verdicts[0].flags).toEqual([]);
    expect(identify(data, params({ smallSample: 10 })).verdicts[0].flags).toEqual(['small_sample']);
  });
});

describe('objectivity', () => {
  it('compares доля «понизили» of every ВПР result of Y with the region row of the same procedure and year', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.vpr7Math, 10, { lowered: 21 }),
        result('s', 2024, P.vpr5Rus, 10, { lowered: 20 }),
        result('s', 2024, P.ogeMath, 10, { lowered: 90 }),
        result('s', 2023, P.vpr5Math, 10, { lowered: 90 }),
      ],
      aggregates: [
        aggregate('region', 2024, P.vpr7Math, { lowered: 20 }),
        aggregate('region', 2024, P.vpr5Rus, { lowered: 20 }),
        aggregate('municipality', 2024, P.vpr5Rus, { lowered: 5 }),
      ],
    });
    const v = identify(data, params()).verdicts[0];
    expect(v.flags).toEqual(['objectivity']);
    expect(v.objectivity).toEqual([{ record: data.results[0], benchmark: 20, benchmarkSource: 'region' }]);
  });

  it('without a region row the default objectivity threshold is the benchmark (strictly above)', () => {
    const data = dataset({
      results: [result('s', 2024, P.vpr5Rus, 10, { lowered: 30 }), result('t', 2024, P.vpr5Rus, 10, { lowered: 30.5 })],
      aggregates: [aggregate('region', 2023, P.vpr5Rus, { lowered: 1 }), aggregate('region', 2024, P.vpr6Rus, { lowered: 1 })],
    });
    const [s, t] = identify(data, params()).verdicts;
    expect(s.flags).toEqual([]);
    expect(t.objectivity).toEqual([{ record: data.results[1], benchmark: 30, benchmarkSource: 'default' }]);
    expect(identify(data, params({ objectivityThreshold: 31 })).verdicts[1].flags).toEqual([]);
  });

  it('both flags together, in a fixed order', () => {
    const data = dataset({ results: [result('s', 2024, P.vpr5Rus, 10, { lowered: 60, participants: 2 })] });
    expect(identify(data, params()).verdicts[0].flags).toEqual(['small_sample', 'objectivity']);
  });
});
