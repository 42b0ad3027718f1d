// Tests of the municipal ranking (§4): target year, mean доля «2» ascending, ties by mean доля «4»+«5» then name.
import { indexDataset } from '../resultIndex';
import { P, dataset, result, school } from '../testing/builders';
import { rankingRows } from './ranking';

describe('rankingRows', () => {
  it('ranks schools with results in the year by mean доля «2» within their procedure set (lower is better)', () => {
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
    // «w» wrote two procedures: it is not compared with the schools that wrote one.
    expect(rows.map((r) => [r.rank, r.groupSize, r.schoolKey])).toEqual([
      [1, 1, 'w'],
      [1, 3, 'y'],
      [2, 3, 'x'],
      [3, 3, 'z'],
    ]);
    expect(rows[0].group).toBe('ВПР-7: мат.; ОГЭ: мат.');
    const w = rows[0];
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

  it('uses only the counted procedures and results of at least the minimum of participants', () => {
    const data = dataset({
      schools: [school('a', 'А'), school('b', 'Б')],
      results: [
        result('a', 2024, P.ogeMath, 40, { participants: 20 }),
        result('a', 2024, P.vpr7Math, 0, { participants: 20 }),
        result('b', 2024, P.ogeMath, 10, { participants: 3 }),
        result('b', 2024, P.vpr5Rus, 50, { participants: 20 }),
      ],
    });
    const rows = rankingRows(indexDataset(data), 2024, { procedures: [P.ogeMath, P.vpr5Rus], minParticipants: 5 });
    expect(rows.map((r) => [r.schoolKey, r.meanShare2, r.group])).toEqual([['b', 50, 'ВПР-5 русский язык'], ['a', 40, 'ОГЭ математика']]);
  });
});
