// Count or share? Decided by arithmetic, not by the header alone (methodology §1a, input-layouts.md «What varies»):
// a «2» column of whole numbers not above the participants in every school row, whose total row is the sum of the
// school rows, is counts whatever its header says; whole numbers that are no whole number of pupils as percents are
// counts too («1» of 14 pupils is no 1 %). A header that says the contrary of what the values prove is a doubt.
import { ColumnDoubt, DraftRow } from './draft';
import { saysShare } from './headers';
import { readNumber } from './numbers';
import { fold } from './text';
import { wholePupils } from './shareScale';
import { SheetView } from './sheetView';
import { Cover } from './sumEvidence';

type Reading = 'count' | 'share' | 'either';

/** What one cell says of its column, given its row's participants (undefined: no vote). */
function reading(value: number, participants: number | undefined): Reading | undefined {
  if (value === 0) return 'either';
  if (!Number.isInteger(value) || value < 0) return 'share';
  if (participants === undefined) return undefined;
  if (value > participants) return 'share';
  return wholePupils(value, 0, participants) ? 'either' : 'count';
}

interface Tally {
  count: number;
  share: number;
  either: number;
  /** Every school value is a whole number between 0 and the participants. */
  whole: boolean;
  percentSign: boolean;
  /** Aggregate rows whose value is the sum / the weighted mean of the rows they cover. */
  sums: number;
  means: number;
  readonly role: 'share2' | 'count2';
}

/** Headers that name pupils who did not pass («не преодолен min порог»): counts unless the values say otherwise. */
const NOT_PASSED_RE = /не преодол|не сдал|не достиг/;

const FIX = 'Если решение неверно, укажите роль столбца вручную на вкладке «Источники» (или в --settings): «Доля «2»» или «Число «2»».';

/** Rows with the «2» cells moved between share2 and count2 as their values prove, the doubts, the count columns. */
export function countColumns(
  view: SheetView, rows: readonly DraftRow[], headers: ReadonlyMap<number, string>, covers: ReadonlyMap<number, Cover>,
): { rows: DraftRow[]; counts: number[]; doubts: ColumnDoubt[] } {
  const tallies = new Map<number, Tally>();
  for (const row of rows) {
    const role = row.cells.count2 ? 'count2' : row.cells.share2 ? 'share2' : undefined;
    const pos = role ? row.cells[role] : undefined;
    if (!role || !pos) continue;
    const tally = tallies.get(pos.c) ?? { count: 0, share: 0, either: 0, whole: true, percentSign: false, sums: 0, means: 0, role };
    tallies.set(pos.c, tally);
    if (row.level !== undefined) {
      const fit = covers.get(row.r)?.fits.get(pos.c);
      if (fit === 'sum') tally.sums++;
      else if (fit === 'mean') tally.means++;
      continue;
    }
    const v = readNumber(view.value(pos.r, pos.c));
    if (v.kind !== 'number') continue;
    if (v.percentSign) tally.percentSign = true;
    const p = row.cells.participants ? readNumber(view.value(row.cells.participants.r, row.cells.participants.c)) : undefined;
    const n = p?.kind === 'number' && Number.isInteger(p.value) && p.value >= 0 ? p.value : undefined;
    if (!Number.isInteger(v.value) || v.value < 0 || (n !== undefined && v.value > n)) tally.whole = false;
    const vote = reading(v.value, n);
    if (vote) tally[vote]++;
  }
  const counts = new Set<number>();
  const shares = new Set<number>();
  const doubts: ColumnDoubt[] = [];
  for (const [c, t] of tallies) {
    const header = headers.get(c) ?? '';
    const name = `столбец ${view.letters(c)} («${header.replace(/\s+/g, ' ')}»)`;
    const sumProof = t.whole && !t.percentSign && t.sums > 0 && t.means === 0;
    const meanProof = t.means > 0 && t.sums === 0;
    if (t.role === 'count2') {
      if (meanProof) {
        shares.add(c);
        doubts.push({ c, decided: `${name} по заголовку — число учащихся, но итоговая строка равна средней доле школ, взвешенной по участникам: прочитан как доля «2» в процентах`, fix: FIX });
      }
      continue;
    }
    const looksCounts = t.whole && !t.percentSign && t.count > 0 && t.share === 0 && !meanProof;
    if (saysShare(header) || t.percentSign) {
      // Whole numbers within the participants of which some are no whole number of pupils as percents («1» of 14
      // pupils is no 1 %) prove counts as a total equal to their sum does; read as percents (or «1» as 100 %) they
      // would turn good schools into ШНОР.
      if (sumProof || looksCounts) {
        counts.add(c);
        const why = sumProof ? 'а итоговая строка равна их сумме' : 'и некоторые из них не дают целого числа учащихся как проценты';
        doubts.push({ c, decided: `${name} по заголовку — доля, но все значения — целые числа не больше числа участников, ${why}: прочитан как число учащихся с «2»`, fix: FIX });
      }
      continue;
    }
    // «не преодолен min порог» is a count of pupils (methodology §1a): whole numbers within the participants, and no
    // value against it, are read as counts even when no single value proves it (6 of 17 is also a whole 6 %).
    const countWords = NOT_PASSED_RE.test(fold(header)) && t.whole && !t.percentSign && t.share === 0 && !meanProof && t.count + t.either > 0;
    if (sumProof || looksCounts || countWords) counts.add(c);
    else if (t.count > 0 && t.share > 0) {
      doubts.push({ c, decided: `в ${name.replace('столбец', 'столбце')} одни значения похожи на число учащихся, другие — на проценты; столбец прочитан как доля в процентах`, fix: FIX });
    }
  }
  if (counts.size === 0 && shares.size === 0) return { rows: [...rows], counts: [], doubts };
  return {
    rows: rows.map((row) => {
      const share = row.cells.share2;
      if (share && counts.has(share.c)) {
        const { share2: _share2, ...rest } = row.cells;
        return { ...row, cells: { ...rest, count2: share } };
      }
      const count = row.cells.count2;
      if (count && shares.has(count.c)) {
        const { count2: _count2, ...rest } = row.cells;
        return { ...row, cells: { ...rest, share2: count } };
      }
      return row;
    }),
    counts: [...counts],
    doubts,
  };
}
