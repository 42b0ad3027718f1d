// Tests of cohorts (§4): grade g in y → g+1 in y+1, ВПР-8/КДР-8 → ОГЭ, maximal chains of at least two steps.
import { procedureKey } from '../model';
import { indexDataset } from '../resultIndex';
import { P, dataset, result } from '../testing/builders';
import { cohortRows } from './cohorts';

function chains(rows: ReturnType<typeof cohortRows>): string[][] {
  return rows.map((r) => r.steps.map((s) => `${s.year} ${procedureKey(s.procedure)}`));
}

describe('cohortRows', () => {
  it('follows ВПР-4 2021 → ВПР-5 2022 → ВПР-6 2023 as one maximal chain; change = last − first', () => {
    const data = dataset({
      results: [
        result('s', 2022, P.vpr5Math, 30),
        result('s', 2021, P.vpr4Math, 20),
        result('s', 2023, P.vpr6Math, 35),
      ],
    });
    const rows = cohortRows(indexDataset(data), 2);
    expect(chains(rows)).toEqual([['2021 ВПР|Математика|4', '2022 ВПР|Математика|5', '2023 ВПР|Математика|6']]);
    expect(rows[0].change).toBe(15);
    expect(rows[0].direction).toBe('worsened');
    expect(rows[0].subject).toBe('Математика');
  });

  it('ВПР-8 in Y−1 → ОГЭ in Y, and КДР like ВПР (КДР-7 → КДР-8 → ОГЭ)', () => {
    const data = dataset({
      results: [
        result('s', 2023, P.vpr8Math, 40),
        result('s', 2024, P.ogeMath, 20),
        result('t', 2022, P.kdr7Math, 10),
        result('t', 2023, P.kdr8Math, 10),
        result('t', 2024, P.ogeMath, 11),
      ],
    });
    const rows = cohortRows(indexDataset(data), 2);
    expect(chains(rows)).toEqual([
      ['2023 ВПР|Математика|8', '2024 ОГЭ|Математика|9'],
      ['2022 КДР|Математика|7', '2023 КДР|Математика|8', '2024 ОГЭ|Математика|9'],
    ]);
    expect(rows[0].direction).toBe('improved');
    expect(rows[1].direction).toBe('stable');
  });

  it('no chain across subjects, schools, a gap year or the same grade; single steps are not reported', () => {
    const data = dataset({
      results: [
        result('s', 2021, P.vpr5Rus, 10),
        result('s', 2022, P.vpr6Math, 10),
        result('s', 2023, P.vpr5Math, 10),
        result('s', 2026, P.vpr6Math, 10),
        result('s', 2024, P.vpr5Math, 10),
        result('t', 2024, P.vpr6Math, 10),
        result('s', 2023, P.ogeMath, 10),
        result('s', 2024, P.egeRus, 10),
      ],
    });
    expect(cohortRows(indexDataset(data), 2)).toEqual([]);
  });
});
