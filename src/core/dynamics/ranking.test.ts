// Tests of the municipal ranking (§4): target year, mean доля «2» ascending, ties by mean доля «4»+«5» then name.
import { indexDataset } from '../resultIndex';
import { P, dataset, result, school } from '../testing/builders';
import { rankingRows } from './ranking';

describe('rankingRows', () => {
  it('ranks schools with results in the year by mean доля «2» over all their procedures (lower is better)', () => {
    const data = dataset({
      schools: [school('w', 'Ш'), school('x', 'Б'), school('y', 'В'), school('z', 'А'), school('n', 'Нет данных')],
      results: [
        result('w', 2024, P.ogeMath, 30),
        result('w', 2024, P.vpr7Math, 12),
        result('x', 2024, P.ogeMath, 20, { share45: 40 }),
        result('y', 2024, P.ogeMath, 20, { share45: 60 }),
        result('z', 2024, P.ogeMath, 20),
        result('n', 2023, P.ogeMath, 0),
      ],
    });
    const rows = rankingRows(indexDataset(data), 2024);
    expect(rows.map((r) => [r.rank, r.schoolKey])).toEqual([
      [1, 'y'],
      [2, 'x'],
      [3, 'z'],
      [4, 'w'],
    ]);
    const w = rows[3];
    expect(w.meanShare2).toBe((30 + 12) / 2);
    expect(w.procedures).toBe(2);
    expect(w.meanShare45).toBeUndefined();
  });

  it('ties on both means are broken by name', () => {
    const data = dataset({
      schools: [school('1', 'Яблоновская СОШ'), school('2', 'Абрамовская СОШ')],
      results: [result('1', 2024, P.ogeMath, 10), result('2', 2024, P.ogeMath, 10)],
    });
    expect(rankingRows(indexDataset(data), 2024).map((r) => r.name)).toEqual(['Абрамовская СОШ', 'Яблоновская СОШ']);
  });
});
