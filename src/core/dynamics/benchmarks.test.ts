// Tests of benchmarks (§4): municipality from the sheet or computed (weighted by participants / plain mean), region row.
import { indexDataset } from '../resultIndex';
import { P, aggregate, dataset, result } from '../testing/builders';
import { benchmarkRows } from './benchmarks';

describe('benchmarkRows', () => {
  it('takes the municipality from an aggregate row when there is one (origin sheet) and the region from its row', () => {
    const data = dataset({
      results: [result('a', 2024, P.ogeMath, 10, { participants: 10 }), result('b', 2024, P.ogeMath, 40, { participants: 30 })],
      aggregates: [
        aggregate('municipality', 2024, P.ogeMath, { name: 'Ивановский район', share2: 21 }),
        aggregate('region', 2024, P.ogeMath, { name: 'Тульская область', share2: 12 }),
      ],
    });
    expect(benchmarkRows(indexDataset(data))).toEqual([
      {
        procedure: P.ogeMath,
        year: 2024,
        municipality: { share2: 21, origin: 'sheet', name: 'Ивановский район' },
        region: { share2: 12, name: 'Тульская область' },
        schoolCount: 2,
      },
    ]);
  });

  it('computes the municipality weighted by participants when every school has them', () => {
    const data = dataset({
      results: [result('a', 2024, P.ogeMath, 10, { participants: 10 }), result('b', 2024, P.ogeMath, 40, { participants: 30 })],
    });
    const [row] = benchmarkRows(indexDataset(data));
    expect(row.municipality).toEqual({ share2: (10 * 10 + 40 * 30) / (10 + 30), origin: 'computed' });
    expect(row.region).toBeUndefined();
  });

  it('falls back to the plain mean when a count is missing', () => {
    const data = dataset({ results: [result('a', 2024, P.ogeMath, 10, { participants: 10 }), result('b', 2024, P.ogeMath, 40)] });
    expect(benchmarkRows(indexDataset(data))[0].municipality).toEqual({ share2: 25, origin: 'computed', unweighted: true });
  });

  it('one row per procedure × year, including years that only have aggregate rows', () => {
    const data = dataset({
      results: [result('a', 2024, P.ogeMath, 10), result('a', 2023, P.ogeMath, 20), result('a', 2024, P.vpr5Rus, 30)],
      aggregates: [aggregate('region', 2022, P.ogeMath, { share2: 15 })],
    });
    const rows = benchmarkRows(indexDataset(data));
    expect(rows.map((r) => [r.procedure.kind, r.year, r.schoolCount])).toEqual([
      ['ВПР', 2024, 1],
      ['ОГЭ', 2022, 0],
      ['ОГЭ', 2023, 1],
      ['ОГЭ', 2024, 1],
    ]);
    expect(rows[1].municipality).toBeUndefined();
    expect(rows[1].region?.share2).toBe(15);
  });
});

describe('one method per series (§4)', () => {
  it('computes every year from the schools when the sheet gives the district row for some years only', () => {
    const data = dataset({
      results: [
        result('a', 2023, P.ogeMath, 10, { participants: 10 }), result('b', 2023, P.ogeMath, 40, { participants: 30 }),
        result('a', 2024, P.ogeMath, 20, { participants: 10 }), result('b', 2024, P.ogeMath, 20, { participants: 30 }),
      ],
      aggregates: [aggregate('municipality', 2023, P.ogeMath, { name: 'Ивановский район', share2: 5 })],
    });
    const rows = benchmarkRows(indexDataset(data));
    expect(rows.map((r) => r.municipality)).toEqual([
      { share2: (10 * 10 + 40 * 30) / 40, origin: 'computed' },
      { share2: 20, origin: 'computed' },
    ]);
  });

  it('keeps the sheet\'s rows when they give every year', () => {
    const data = dataset({
      results: [result('a', 2023, P.ogeMath, 10, { participants: 10 }), result('a', 2024, P.ogeMath, 20, { participants: 10 })],
      aggregates: [
        aggregate('municipality', 2023, P.ogeMath, { name: 'Ивановский район', share2: 5 }),
        aggregate('municipality', 2024, P.ogeMath, { name: 'Ивановский район', share2: 6 }),
      ],
    });
    expect(benchmarkRows(indexDataset(data)).map((r) => [r.municipality?.origin, r.municipality?.share2])).toEqual([['sheet', 5], ['sheet', 6]]);
  });

  it('uses the plain mean for the whole series (marked) when one year lacks counts, never beside weighted years', () => {
    const data = dataset({
      results: [
        result('a', 2023, P.ogeMath, 10, { participants: 10 }), result('b', 2023, P.ogeMath, 40, { participants: 30 }),
        result('a', 2024, P.ogeMath, 10), result('b', 2024, P.ogeMath, 40),
      ],
    });
    expect(benchmarkRows(indexDataset(data)).map((r) => r.municipality)).toEqual([
      { share2: 25, origin: 'computed', unweighted: true },
      { share2: 25, origin: 'computed', unweighted: true },
    ]);
  });
});
