// Test data for the context layer: a hand-made district of 20 schools with one social indicator (pure, no I/O).
import { Dataset, ResultRecord } from '../model';
import { SocialData } from '../social/types';
import { P, dataset, result, school } from './builders';

/**
 * 20 schools s1…s20: доля малообеспеченных = 5·i %, доля «2» = 10 + i % (or the override) on ВПР-5 русский и математика
 * in 2023 and 2024, 50 pupils each. `named` gives schools names and municipalities (for sheets and charts).
 */
export function socialDistrict(overrides: ReadonlyMap<number, number> = new Map(), named = false): Dataset {
  const results: ResultRecord[] = [];
  const ids = Array.from({ length: 20 }, (_, k) => k + 1);
  for (const i of ids) {
    const share = overrides.get(i) ?? 10 + i;
    for (const year of [2023, 2024]) {
      for (const proc of [P.vpr5Rus, P.vpr5Math]) results.push(result(`s${i}`, year, proc, share, { participants: 50, count2: (share * 50) / 100 }));
    }
  }
  const social: SocialData = {
    indicators: [{ column: 'C', header: 'Доля детей из малообеспеченных семей, %', direction: 'worse', kind: 'indicator' }],
    rows: ids.map((i) => ({ schoolKey: `s${i}`, values: [5 * i], source: { file: '', sheet: 'Контекст', cell: `A${i + 1}` } })),
    source: { file: '', sheet: 'Социальный паспорт' },
  };
  const schools = named ? ids.map((i) => ({ ...school(`s${i}`, `Школа № ${i}`), municipality: i > 10 ? 'Озёрский район' : 'город Озёрск' })) : undefined;
  return { ...dataset({ results, ...(schools ? { schools } : {}) }), social };
}

/** The district with its three notable schools: s3 ШНОР not explained by conditions, s19 резильентная, s20 ШНОР in ШНСУ. */
export const NOTABLE = new Map([[3, 35], [19, 12], [20, 30]]);
