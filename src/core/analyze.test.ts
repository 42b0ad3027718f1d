// Tests of the domain entry point: identification and dynamics from one dataset, years ascending, target year honoured.
import { analyze } from './analyze';
import { computeDynamics } from './dynamics';
import { identify } from './identify';
import { P, aggregate, dataset, params, result } from './testing/builders';

describe('analyze', () => {
  const data = dataset({
    results: [
      result('a', 2024, P.vpr5Rus, 41),
      result('a', 2024, P.ogeMath, 33),
      result('a', 2022, P.ogeMath, 20),
      result('b', 2023, P.ogeMath, 10),
      result('b', 2024, P.ogeMath, 50),
    ],
    aggregates: [aggregate('municipality', 2024, P.ogeMath, { share2: 30 })],
  });

  it('returns the dataset, the identification and the dynamics of the same run', () => {
    const analysis = analyze(data, params());
    expect(analysis.dataset).toBe(data);
    expect(analysis.identification).toEqual(identify(data, params()));
    expect(analysis.dynamics).toEqual(computeDynamics(data, params()));
    expect(analysis.years).toEqual([2022, 2023, 2024]);
    expect(analysis.identification.procedures).toEqual(params().procedures);
  });

  it('an explicit target year drives identification and the ranking', () => {
    const analysis = analyze(data, params({ targetYear: 2023 }));
    expect(analysis.identification.targetYear).toBe(2023);
    expect(analysis.dynamics.ranking.map((r) => r.schoolKey)).toEqual(['b']);
    expect(analysis.dynamics.counts.map((c) => c.year)).toEqual([2022, 2023, 2024]);
  });

  it('an empty dataset gives no verdicts and no years, without throwing', () => {
    const analysis = analyze(dataset({}), params());
    expect(analysis.identification.verdicts).toEqual([]);
    expect(analysis.years).toEqual([]);
    expect(analysis.dynamics.rows).toEqual([]);
  });
});
