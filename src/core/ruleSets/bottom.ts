// «Нижние N %»: schools ranked by mean доля «2» over the counted procedures of the last years; the worst N % are ШНОР.
import { ResultRecord } from '../model';
import { Parameters } from '../parameters';
import { ResultIndex } from '../resultIndex';
import { resultAt } from '../columns';
import { BOTTOM_DEFAULT_MIN_PARTICIPANTS } from './presets';

export interface BottomRank {
  /** Mean доля «2» over the eligible results. */
  readonly mean: number;
  /** 1 = the worst. */
  readonly position: number;
  /** Schools ranked. */
  readonly of: number;
  /** How many of the worst are ШНОР (ties at the boundary included). */
  readonly cutoff: number;
  readonly firstYear: number;
  /** Results the mean is over. */
  readonly results: readonly ResultRecord[];
  readonly minParticipants: number;
}

/** Ranks every school for year Y; schools with no eligible result are not ranked. */
export function bottomRanks(index: ResultIndex, countedKeys: readonly string[], year: number, parameters: Parameters, percent: number): Map<string, BottomRank & { readonly inBottom: boolean }> {
  const years = Math.min(3, Math.max(2, parameters.bottomYears ?? 3));
  const firstYear = year - years + 1;
  const minParticipants = parameters.minParticipants && parameters.minParticipants > 0 ? parameters.minParticipants : BOTTOM_DEFAULT_MIN_PARTICIPANTS;
  const means: { key: string; mean: number; results: ResultRecord[] }[] = [];
  for (let school = 0; school < index.schoolKeys.length; school++) {
    const key = index.schoolKeys[school];
    const results: ResultRecord[] = [];
    for (let y = firstYear; y <= year; y++) {
      for (const k of countedKeys) {
        const r = resultAt(index.columns, school, k, y);
        if (r && (r.participants === undefined || r.participants >= minParticipants)) results.push(r);
      }
    }
    // A school with nothing in Y itself is «нет данных», not ranked on old years.
    if (results.length === 0 || !results.some((r) => r.year === year)) continue;
    means.push({ key, mean: results.reduce((s, r) => s + r.share2, 0) / results.length, results });
  }
  means.sort((a, b) => b.mean - a.mean);
  const wanted = Math.ceil((means.length * percent) / 100);
  const boundary = wanted > 0 ? means[wanted - 1]?.mean : undefined;
  const cutoff = boundary === undefined ? 0 : means.filter((m) => m.mean >= boundary - 1e-9).length;
  const out = new Map<string, BottomRank & { inBottom: boolean }>();
  means.forEach((m, i) => {
    out.set(m.key, { mean: m.mean, position: i + 1, of: means.length, cutoff, firstYear, results: m.results, minParticipants, inBottom: i < cutoff });
  });
  return out;
}
