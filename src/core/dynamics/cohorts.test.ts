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

  it('ВПР-10 in Y−1 → ЕГЭ in Y (maths as the profile exam, or the basic one where the school has only that)', () => {
    const vpr10 = (subject: string) => ({ kind: 'ВПР' as const, subject, grade: 10 });
    const ege = (subject: string) => ({ kind: 'ЕГЭ' as const, subject, grade: 11 });
    const data = dataset({
      results: [
        result('a', 2023, vpr10('Русский язык'), 10),
        result('a', 2024, ege('Русский язык'), 5),
        result('a', 2023, vpr10('Математика'), 20),
        result('a', 2024, ege('Математика (профильная)'), 30),
        result('a', 2024, ege('Математика (базовая)'), 3),
        result('b', 2023, vpr10('Математика'), 25),
        result('b', 2024, ege('Математика (базовая)'), 12),
      ],
      schools: [{ key: 'a', name: 'А-школа', aliases: [] }, { key: 'b', name: 'Б-школа', aliases: [] }],
    });
    expect(chains(cohortRows(indexDataset(data), 2))).toEqual([
      ['2023 ВПР|Математика|10', '2024 ЕГЭ|Математика (профильная)|11'],
      ['2023 ВПР|Русский язык|10', '2024 ЕГЭ|Русский язык|11'],
      ['2023 ВПР|Математика|10', '2024 ЕГЭ|Математика (базовая)|11'],
    ]);
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
