// Муниципальный рейтинг (§4): schools by mean доля «2» of the target year over all procedures (lower is better).
import { RankingRow } from '../results';
import { ResultIndex } from '../resultIndex';

const collator = new Intl.Collator('ru');

/** Ties: higher mean доля «4» и «5» first (schools without it after), then name; ranks 1..n. */
export function rankingRows(index: ResultIndex, year: number): RankingRow[] {
  const unranked: Omit<RankingRow, 'rank'>[] = [];
  for (const schoolKey of index.schoolKeys) {
    const results = index.bySchool.get(schoolKey)?.get(year);
    if (!results || results.size === 0) continue;
    let sum2 = 0;
    let sum45 = 0;
    let n45 = 0;
    for (const r of results.values()) {
      sum2 += r.share2;
      if (r.share45 !== undefined) {
        sum45 += r.share45;
        n45 += 1;
      }
    }
    unranked.push({
      schoolKey,
      name: index.names.get(schoolKey) ?? schoolKey,
      meanShare2: sum2 / results.size,
      ...(n45 > 0 ? { meanShare45: sum45 / n45 } : {}),
      procedures: results.size,
    });
  }
  unranked.sort(
    (a, b) =>
      a.meanShare2 - b.meanShare2 ||
      (b.meanShare45 ?? -Infinity) - (a.meanShare45 ?? -Infinity) ||
      collator.compare(a.name, b.name) ||
      (a.schoolKey < b.schoolKey ? -1 : a.schoolKey > b.schoolKey ? 1 : 0),
  );
  return unranked.map((row, i) => ({ rank: i + 1, ...row }));
}
