// A region's invented social passport, correlated with its results (methodology §6): for the context-region bench case
// and the example workbook test/fixtures/context-region.xlsx.
import { Dataset } from '../src/core/model';
import { SocialData } from '../src/core/social/types';
import { RawValue } from '../src/ingest/grid';
import { seededRandom } from '../src/cli/sample/district';

export const PASSPORT_HEADER = [
  'Муниципалитет', 'ОО', 'Дети из малообеспеченных семей, %', 'Дети из многодетных семей, %', 'Обучающиеся с ОВЗ, %',
  'Родители с высшим образованием, %', 'Сельская школа', 'Численность обучающихся',
] as const;

const clamp = (x: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One row per school: the school's mean доля «2» drives a latent disadvantage, plus noise (no school is its index). */
export function passportValues(dataset: Dataset, seed = 5): Map<string, [number, number, number, number, number, number]> {
  const random = seededRandom(seed);
  const sums = new Map<string, { s: number; n: number }>();
  for (const r of dataset.results) {
    const t = sums.get(r.schoolKey) ?? { s: 0, n: 0 };
    t.s += r.share2;
    t.n += 1;
    sums.set(r.schoolKey, t);
  }
  const out = new Map<string, [number, number, number, number, number, number]>();
  for (const school of dataset.schools) {
    const t = sums.get(school.key);
    const mean = t ? t.s / t.n : 15;
    const latent = (mean - 15) / 12 + (random() - 0.5) * 1.6;
    const rural = latent + (random() - 0.5) > 0.2 ? 1 : 0;
    out.set(school.key, [
      round1(clamp(22 + 9 * latent + (random() - 0.5) * 10)),
      round1(clamp(15 + 5 * latent + (random() - 0.5) * 8)),
      round1(clamp(7 + 3 * latent + (random() - 0.5) * 5)),
      round1(clamp(30 - 12 * latent + (random() - 0.5) * 14)),
      rural,
      Math.round(clamp(rural ? 60 + random() * 200 : 250 + random() * 700, 10, 2000)),
    ]);
  }
  return out;
}

/** The passport as the engine gets it after ingest (bench). */
export function socialDataOf(dataset: Dataset, seed = 5): SocialData {
  const values = passportValues(dataset, seed);
  return {
    indicators: PASSPORT_HEADER.slice(2).map((header, i) => ({
      column: String.fromCharCode(67 + i), header, direction: header.startsWith('Родители') || header.startsWith('Численность') ? 'better' : 'worse', kind: 'indicator',
    })),
    rows: dataset.schools.map((s, i) => ({ schoolKey: s.key, values: values.get(s.key) ?? [], source: { file: 'bench', sheet: 'Социальный паспорт', cell: `B${i + 3}` } })),
    source: { file: 'bench', sheet: 'Социальный паспорт' },
  };
}

/** The passport sheet as a department keeps it (legal form in the name, «да/нет»). */
export function passportSheet(dataset: Dataset, seed = 5): RawValue[][] {
  const values = passportValues(dataset, seed);
  return [
    ['Социальный паспорт образовательных организаций региона, 2023/2024 учебный год'],
    [...PASSPORT_HEADER],
    ...dataset.schools.map((s) => {
      const v = values.get(s.key) ?? [0, 0, 0, 0, 0, 0];
      return [s.municipality ?? '', `МБОУ «${s.name}»`, v[0], v[1], v[2], v[3], v[4] ? 'да' : 'нет', v[5]];
    }),
  ];
}
