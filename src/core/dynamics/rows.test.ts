// Tests of dynamics rows (§4): every school × procedure, years ascending, change of the last two years, ±2 p.p. stable.
import { procedureKey } from '../model';
import { indexDataset } from '../resultIndex';
import { P, dataset, result, school } from '../testing/builders';
import { dynamicsRows } from './rows';

describe('dynamicsRows', () => {
  it('one row per school × procedure, counted or not, values ascending by year, change = last − previous present', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.vpr5Rus, 37.5),
        result('s', 2022, P.vpr5Rus, 40),
        result('s', 2023, P.vpr7Math, 12),
      ],
    });
    const rows = dynamicsRows(indexDataset(data), 2);
    expect(rows.map((r) => procedureKey(r.procedure))).toEqual(['ВПР|Русский язык|5', 'ВПР|Математика|7']);
    const [rus, math] = rows;
    expect(rus.values.map((v) => [v.year, v.share2])).toEqual([
      [2022, 40],
      [2024, 37.5],
    ]);
    expect(rus.change).toBe(37.5 - 40);
    expect(rus.direction).toBe('improved');
    expect(math.change).toBeUndefined();
    expect(math.direction).toBeUndefined();
  });

  it.each([
    [30, 28, 'stable'],
    [30, 32, 'stable'],
    [30, 27.99, 'improved'],
    [30, 32.01, 'worsened'],
    [30.1, 32.1, 'stable'],
  ] as const)('from %p to %p is %p with a ±2 band', (before, after, expected) => {
    const data = dataset({ results: [result('s', 2023, P.ogeMath, before), result('s', 2024, P.ogeMath, after)] });
    const [row] = dynamicsRows(indexDataset(data), 2);
    expect(row.direction).toBe(expected);
    expect(row.change).toBeCloseTo(after - before, 10);
  });

  it('the stable band is a parameter', () => {
    const data = dataset({ results: [result('s', 2023, P.ogeMath, 30), result('s', 2024, P.ogeMath, 33)] });
    expect(dynamicsRows(indexDataset(data), 2)[0].direction).toBe('worsened');
    expect(dynamicsRows(indexDataset(data), 5)[0].direction).toBe('stable');
  });

  it('change is rounded to two decimals', () => {
    const data = dataset({ results: [result('s', 2023, P.ogeMath, 100 / 3), result('s', 2024, P.ogeMath, 50)] });
    expect(dynamicsRows(indexDataset(data), 2)[0].change).toBe(16.67);
  });

  it('keeps share45, participants and source, uses the first duplicate, sorts by school name', () => {
    const data = dataset({
      schools: [school('b', 'Берёзовская СОШ'), school('a', 'Алексеевская ООШ')],
      results: [
        result('b', 2024, P.ogeMath, 5, { share45: 60, participants: 20 }),
        result('b', 2024, P.ogeMath, 99),
        result('a', 2024, P.ogeMath, 7),
      ],
    });
    const rows = dynamicsRows(indexDataset(data), 2);
    expect(rows.map((r) => r.name)).toEqual(['Алексеевская ООШ', 'Берёзовская СОШ']);
    expect(rows[1].values).toEqual([{ year: 2024, share2: 5, share45: 60, participants: 20, source: data.results[0].source }]);
  });

  it('a change smaller than one pupil\'s share of the smaller sample is «без изменений» (issue 9)', () => {
    const data = dataset({
      results: [
        result('small', 2023, P.vpr5Rus, 20, { participants: 5 }),
        result('small', 2024, P.vpr5Rus, 33.3, { participants: 6 }),
        result('exact', 2023, P.vpr5Rus, 0, { participants: 5 }),
        result('exact', 2024, P.vpr5Rus, 20, { participants: 5 }),
        result('big', 2023, P.vpr5Rus, 20, { participants: 25 }),
        result('big', 2024, P.vpr5Rus, 33.3, { participants: 30 }),
        result('unknown', 2023, P.vpr5Rus, 20),
        result('unknown', 2024, P.vpr5Rus, 23),
      ],
    });
    const byKey = new Map(dynamicsRows(indexDataset(data), 2).map((r) => [r.schoolKey, r.direction]));
    // 13.3 p.p. < 20 p.p. (one pupil of 5): no change; exactly one pupil is a change; 13.3 p.p. ≥ 4 p.p. (one of 25): worse.
    expect(Object.fromEntries(byKey)).toEqual({ small: 'stable', exact: 'worsened', big: 'worsened', unknown: 'worsened' });
  });
});
