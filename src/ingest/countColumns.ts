// Count or share? A «2» column whose header says neither («не преодолен min порог») is decided by its values:
// whole numbers not above the participants that are no whole number of pupils as percents are counts (methodology §1a).
import { Warning } from '../core/model';
import { DraftRow } from './draft';
import { saysShare } from './headers';
import { sheetWarning } from './messages';
import { readNumber } from './numbers';
import { wholePupils } from './shareScale';
import { SheetView } from './sheetView';

type Reading = 'count' | 'share' | 'either';

/** What one cell says of its column, given its row's participants. */
function reading(value: number, participants: number | undefined): Reading {
  if (!Number.isInteger(value) || value < 0) return 'share';
  if (participants === undefined) return 'share';
  if (value > participants) return 'share';
  if (value === 0) return 'either';
  return wholePupils(value, 0, participants) ? 'either' : 'count';
}

/** Rows with the «2» cells of count columns moved from share2 to count2, and the doubts as warnings. */
export function countColumns(
  view: SheetView, rows: readonly DraftRow[], headers: ReadonlyMap<number, string>, file: string, sheet: string,
): { rows: DraftRow[]; warnings: Warning[]; counts: number[] } {
  const votes = new Map<number, { count: number; share: number; either: number }>();
  for (const row of rows) {
    const pos = row.cells.share2;
    if (!pos || saysShare(headers.get(pos.c) ?? '')) continue;
    const v = readNumber(view.value(pos.r, pos.c));
    if (v.kind !== 'number' || v.percentSign) continue;
    const p = row.cells.participants ? readNumber(view.value(row.cells.participants.r, row.cells.participants.c)) : undefined;
    const n = p?.kind === 'number' && Number.isInteger(p.value) && p.value >= 0 ? p.value : undefined;
    const tally = votes.get(pos.c) ?? { count: 0, share: 0, either: 0 };
    tally[reading(v.value, n)]++;
    votes.set(pos.c, tally);
  }
  const counts = new Set<number>();
  const warnings: Warning[] = [];
  for (const [c, t] of votes) {
    if (t.count > 0 && t.share === 0) counts.add(c);
    else if (t.count > 0 && t.share > 0) {
      warnings.push(sheetWarning(file, sheet,
        `в столбце ${view.letters(c)} («${headers.get(c) ?? ''}») одни значения похожи на число учащихся, другие — на проценты; столбец прочитан как доля в процентах. Проверьте столбец или укажите его роль вручную.`));
    }
  }
  if (counts.size === 0) return { rows: [...rows], warnings, counts: [] };
  return {
    rows: rows.map((row) => {
      const pos = row.cells.share2;
      if (!pos || !counts.has(pos.c)) return row;
      const { share2: _share2, ...rest } = row.cells;
      return { ...row, cells: { ...rest, count2: pos } };
    }),
    warnings,
    counts: [...counts],
  };
}
