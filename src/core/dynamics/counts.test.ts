// Tests of counts by year (§4): ШНОР, risk, entered/exited, comparability, share of schools with positive dynamics.
import { createContext } from '../context';
import { P, dataset, officialList, params, result } from '../testing/builders';
import { yearCounts } from './counts';

describe('yearCounts', () => {
  const data = dataset({
    results: [
      // a: ШНОР 2022 (К1), ok 2023 (improved a lot), ШНОР 2024 (К1)
      result('a', 2022, P.vpr5Rus, 50),
      result('a', 2022, P.vpr5Math, 50),
      result('a', 2023, P.vpr5Rus, 10),
      result('a', 2023, P.vpr5Math, 10),
      result('a', 2024, P.vpr5Rus, 40),
      result('a', 2024, P.vpr5Math, 40),
      // b: risk in 2022 (near the threshold) and in 2023 (one low, none the year before)
      result('b', 2022, P.ogeMath, 28),
      result('b', 2023, P.ogeMath, 0),
      result('b', 2023, P.ogeRus, 41),
      // c: only 2024
      result('c', 2024, P.ogeMath, 5),
    ],
  });
  const counts = yearCounts(createContext(data, params()));

  it('one row per year with results, ascending', () => {
    expect(counts.map((c) => c.year)).toEqual([2022, 2023, 2024]);
  });

  it('counts ШНОР, risk and schools with data per year', () => {
    expect(counts.map((c) => [c.shnor, c.risk, c.schoolsWithData])).toEqual([
      [1, 1, 2],
      [0, 1, 2],
      [1, 0, 2],
    ]);
  });

  it('entered / exited against the previous year; the first year is not comparable', () => {
    expect(counts[0]).toMatchObject({ comparable: false, entered: 0, exited: 0 });
    expect(counts[0].positiveDynamicsShare).toBeUndefined();
    expect(counts[1]).toMatchObject({ comparable: true, entered: 0, exited: 1 });
    expect(counts[2]).toMatchObject({ comparable: true, entered: 1, exited: 0 });
  });

  it('positive dynamics: % of schools with shared procedures whose mean доля «2» fell by more than the band', () => {
    // 2023: a fell 50 → 10 (yes); b over the shared ОГЭ математика 28 → 0 (yes) → 100 %.
    expect(counts[1].positiveDynamicsShare).toBe(100);
    // 2024: a rose 10 → 40; b and c have no shared procedure with 2023 → 0 of 1.
    expect(counts[2].positiveDynamicsShare).toBe(0);
  });

  it('an official list for the year before the first makes it comparable', () => {
    const withList = dataset({ ...data, officialLists: [officialList(2021, ['b'])] });
    const [first] = yearCounts(createContext(withList, params()));
    expect(first).toMatchObject({ year: 2022, comparable: true, entered: 1, exited: 1 });
  });

  it('a drop of exactly the band is not positive dynamics', () => {
    const edge = dataset({
      results: [result('a', 2023, P.ogeMath, 30), result('a', 2024, P.ogeMath, 28), result('b', 2023, P.ogeMath, 30), result('b', 2024, P.ogeMath, 27)],
    });
    expect(yearCounts(createContext(edge, params()))[1].positiveDynamicsShare).toBe(50);
  });
});
