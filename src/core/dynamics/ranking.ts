// Муниципальный рейтинг (§4): schools of the target year compared like with like — by mean доля «2» over the counted
// procedures, within groups of schools that wrote the same set of them, results of at least the minimum of
// participants only (lower is better).
import { procedureKey, procedureLabel } from '../model';
import { Procedure } from '../model';
import { RankingRow } from '../results';
import { ResultIndex } from '../resultIndex';
import { resultsOfYear } from '../columns';

const collator = new Intl.Collator('ru');

export interface RankingOptions {
  /** The counted procedures (§2); the ranking uses only these. Empty: every procedure. */
  readonly procedures?: readonly Procedure[];
  /** Results with fewer participants are not compared (a 3-pupil class is no measure of a school). */
  readonly minParticipants?: number;
}

/** The set's name: «все учитываемые (9)», «все учитываемые, кроме ЕГЭ русский язык», or the list. */
function groupLabel(keys: readonly string[], labels: ReadonlyMap<string, string>, counted: ReadonlyMap<string, Procedure> | undefined): string {
  if (counted && counted.size > 1) {
    const missing = [...counted].filter(([k]) => !keys.includes(k)).map(([, p]) => procedureLabel(p));
    if (missing.length === 0) return `все учитываемые (${keys.length})`;
    if (missing.length <= 2 && keys.length > 2) return `все учитываемые, кроме ${missing.join(' и ')}`;
  }
  return compactList(keys.map((k) => labels.get(k) ?? k));
}

const SUBJECT_SHORT: readonly [RegExp, string][] = [
  [/^русский язык$/, 'рус.'], [/^математика \(базовая\)$/, 'мат. баз.'], [/^математика \(профильная\)$/, 'мат. проф.'], [/^математика$/, 'мат.'],
];

/** «ВПР-5 русский язык, ВПР-5 математика, ОГЭ математика» → «ВПР-5: рус., мат.; ОГЭ: мат.» (a single one stays whole). */
function compactList(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  const groups = new Map<string, string[]>();
  for (const label of labels) {
    const space = label.indexOf(' ');
    const head = space < 0 ? label : label.slice(0, space);
    const subject = space < 0 ? '' : label.slice(space + 1);
    const short = SUBJECT_SHORT.find(([re]) => re.test(subject))?.[1] ?? subject;
    groups.set(head, [...(groups.get(head) ?? []), short]);
  }
  return [...groups].map(([head, subjects]) => `${head}: ${subjects.join(', ')}`).join('; ');
}

/** Ties: higher mean доля «4» и «5» first (schools without it after), then name; ranks 1..n inside each group. */
export function rankingRows(index: ResultIndex, year: number, options: RankingOptions = {}): RankingRow[] {
  const counted = options.procedures && options.procedures.length > 0 ? new Map(options.procedures.map((p) => [procedureKey(p), p])) : undefined;
  const min = options.minParticipants ?? 0;
  const unranked: (Omit<RankingRow, 'rank' | 'groupSize'> & { order: number })[] = [];
  const order = options.procedures?.map(procedureKey) ?? [];
  for (let school = 0; school < index.schoolKeys.length; school++) {
    const schoolKey = index.schoolKeys[school];
    const results = resultsOfYear(index.columns, school, year);
    if (results.length === 0) continue;
    let sum2 = 0;
    let sum45 = 0;
    let n45 = 0;
    const keys: string[] = [];
    const labels = new Map<string, string>();
    for (const r of results) {
      const key = procedureKey(r.procedure);
      if (counted && !counted.has(key)) continue;
      if (r.participants !== undefined && r.participants < min) continue;
      sum2 += r.share2;
      if (r.share45 !== undefined) {
        sum45 += r.share45;
        n45 += 1;
      }
      keys.push(key);
      labels.set(key, procedureLabel(r.procedure));
    }
    if (keys.length === 0) continue;
    keys.sort((a, b) => (order.indexOf(a) - order.indexOf(b)) || (a < b ? -1 : a > b ? 1 : 0));
    unranked.push({
      schoolKey,
      name: index.names.get(schoolKey) ?? schoolKey,
      meanShare2: sum2 / keys.length,
      ...(n45 > 0 ? { meanShare45: sum45 / n45 } : {}),
      procedures: keys.length,
      group: groupLabel(keys, labels, counted),
      order: keys.length,
    });
  }
  // Larger sets first (the usual СОШ set), then the set's text; inside a group the best first. The Russian collator
  // orders the few group labels once; names keep the index's order by name (collator, then key).
  const groupRank = new Map([...new Set(unranked.map((r) => r.group))].sort(collator.compare).map((g, i) => [g, i]));
  const nameRank = new Map(index.schoolsByName.map((k, i) => [k, i]));
  unranked.sort(
    (a, b) =>
      b.order - a.order ||
      (groupRank.get(a.group) ?? 0) - (groupRank.get(b.group) ?? 0) ||
      a.meanShare2 - b.meanShare2 ||
      (b.meanShare45 ?? -Infinity) - (a.meanShare45 ?? -Infinity) ||
      (nameRank.get(a.schoolKey) ?? 0) - (nameRank.get(b.schoolKey) ?? 0),
  );
  const sizes = new Map<string, number>();
  for (const r of unranked) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  const next = new Map<string, number>();
  return unranked.map(({ order: _order, ...row }) => {
    const rank = (next.get(row.group) ?? 0) + 1;
    next.set(row.group, rank);
    return { rank, groupSize: sizes.get(row.group) ?? 1, ...row };
  });
}
