// Decides per column whether shares are percents (33,3) or fractions of 1 (0,333), from all its values, its number
// format, its header and the whole-pupil check (share × participants / 100 must be a whole number of pupils).
import { Warning } from '../core/model';
import { ColumnDoubt, DraftRow } from './draft';
import { SHARE_ROLES } from './headers';
import { cellWarning, sheetWarning } from './messages';
import { formatNumber, readNumber } from './numbers';
import { SheetView } from './sheetView';

/** How a cell's number becomes a percent: as it is, ×100, or not at all (undecidable: the row is not used). */
export type CellScale = 'percent' | 'fraction' | 'unknown';

const LIST_LIMIT = 5;
/** A header that says its numbers are percents («Доля «2», %», «в процентах»). */
const PERCENT_HEADER = /%|процент/i;

/** A number format that shows percents: a "%" outside quoted text, escapes and [..] sections ("0.0%", not 0.0" %"). */
export function isPercentFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return bare.includes('%');
}

/** Decimal places a share was rounded to (from its text when it was text, else from the number). */
function decimals(raw: unknown, value: number): number {
  const text = typeof raw === 'string' ? raw.replace(/[^\d.,]/g, '') : String(value);
  const m = /[.,](\d+)$/.exec(text);
  return m ? m[1].length : 0;
}

/** True when `percent` (rounded to `places` decimals) is k / n × 100 for a whole k between 0 and n. */
export function wholePupils(percent: number, places: number, participants: number): boolean {
  if (!(participants > 0)) return false;
  const k = Math.round((percent * participants) / 100);
  if (k < 0 || k > participants) return false;
  const tolerance = 0.5 * 10 ** -Math.max(0, places) + 1e-9;
  return Math.abs((k / participants) * 100 - percent) <= tolerance;
}

interface ShareCell {
  readonly r: number;
  readonly c: number;
  readonly value: number;
  readonly places: number;
  readonly participants?: number;
}

/** Which reading gives a whole number of pupils: one of them, both (no evidence), or neither. */
function evidence(cell: ShareCell): 'percent' | 'fraction' | 'both' | 'none' {
  if (cell.participants === undefined || cell.value === 0) return 'both';
  const asPercent = wholePupils(cell.value, cell.places, cell.participants);
  const asFraction = wholePupils(cell.value * 100, cell.places - 2, cell.participants);
  return asPercent && asFraction ? 'both' : asPercent ? 'percent' : asFraction ? 'fraction' : 'none';
}

export interface ShareScales {
  /** The scale of the share cell at (r, c). */
  scaleOf(r: number, c: number): CellScale;
  readonly warnings: Warning[];
  /** Readings as fractions of 1 that change verdicts: a percent column read ×100, cells of a percent column read ×100. */
  readonly doubts: ColumnDoubt[];
}

/** Looks at every share column of the rows and says how each cell reads; doubts become warnings naming cells. */
export function shareScales(view: SheetView, rows: readonly DraftRow[], headers: ReadonlyMap<number, string>, file: string, sheet: string): ShareScales {
  const columns = new Map<number, ShareCell[]>();
  const cellScale = new Map<number, CellScale>();
  const key = (r: number, c: number): number => r * (view.cols + 1) + c;
  const warnings: Warning[] = [];
  const doubts: ColumnDoubt[] = [];
  for (const row of rows) {
    const pPos = row.cells.participants;
    const p = pPos ? readNumber(view.value(pPos.r, pPos.c)) : undefined;
    const participants = p?.kind === 'number' && Number.isInteger(p.value) && p.value > 0 ? p.value : undefined;
    for (const role of SHARE_ROLES) {
      const pos = row.cells[role];
      if (!pos) continue;
      const raw = view.value(pos.r, pos.c);
      const n = readNumber(raw);
      if (n.kind !== 'number') continue;
      if (n.percentSign) {
        cellScale.set(key(pos.r, pos.c), 'percent');
        continue;
      }
      if (typeof raw === 'number' && isPercentFormat(view.format(pos.r, pos.c))) {
        cellScale.set(key(pos.r, pos.c), 'fraction');
        continue;
      }
      const list = columns.get(pos.c) ?? [];
      list.push({ r: pos.r, c: pos.c, value: n.value, places: decimals(raw, n.value), participants: role === 'share2' || role === 'share45' || role === 'share3' || role === 'share4' || role === 'share5' ? participants : undefined });
      columns.set(pos.c, list);
    }
  }
  for (const [c, cells] of columns) {
    const scale = decideColumn(view, c, cells, headers.get(c) ?? '', file, sheet, warnings, doubts);
    for (const cell of cells) if (!cellScale.has(key(cell.r, cell.c))) cellScale.set(key(cell.r, cell.c), scale.get(cell) ?? 'percent');
  }
  return { scaleOf: (r, c) => cellScale.get(key(r, c)) ?? 'percent', warnings, doubts };
}

function listed(view: SheetView, cells: readonly ShareCell[]): string {
  const shown = cells.slice(0, LIST_LIMIT).map((x) => view.address(x.r, x.c));
  return shown.join(', ') + (cells.length > shown.length ? ` и ещё ${cells.length - shown.length}` : '');
}

function decideColumn(
  view: SheetView, c: number, cells: readonly ShareCell[], header: string, file: string, sheet: string, warnings: Warning[], doubts: ColumnDoubt[],
): Map<ShareCell, CellScale> {
  const out = new Map<ShareCell, CellScale>();
  const letters = view.letters(c);
  const above1 = cells.filter((x) => x.value > 1);
  const small = cells.filter((x) => x.value > 0 && x.value <= 1);
  if (small.length === 0) return out; // all percents (or zeros): nothing to decide
  if (above1.length > 0) {
    // A percent column with a few values at or below 1: each is checked against its participants.
    const fractions = small.filter((x) => evidence(x) === 'fraction');
    for (const x of fractions) out.set(x, 'fraction');
    if (fractions.length > 0) {
      const x = fractions[0];
      doubts.push({
        c, rows: fractions.map((f) => f.r),
        decided: `среди процентов столбца ${letters} ${fractions.length === 1 ? 'значение' : 'значения'} ${listed(view, fractions)} ${fractions.length === 1 ? 'прочитано как доля' : 'прочитаны как доли'} от 1 (×100): так получается целое число учащихся (например, ${formatNumber(x.value)} при ${x.participants} участниках — ${formatNumber(x.value * 100)} %)`,
        fix: 'Если это проценты меньше 1 %, исправьте ячейки (например, «0,5 %»); если доли от 1 — запишите их в процентах.',
      });
    }
    const doubtful = small.filter((x) => evidence(x) === 'both' && x.participants === undefined && x.value < 1);
    if (doubtful.length > 0 && !PERCENT_HEADER.test(header)) {
      warnings.push(cellWarning(file, sheet, view.address(doubtful[0].r, doubtful[0].c),
        `в столбце ${letters} проценты, но в ячейках ${listed(view, doubtful)} значения не больше 1 — прочитаны как проценты (меньше 1 %); если это доли от 1, исправьте ячейки`));
    }
    return out;
  }
  // Every value is between 0 and 1: percents below 1 % or fractions of 1? A whole number of pupils as a percent
  // implies one as a fraction too, so one cell that only works as a fraction decides for fractions; a column where
  // every cell with participants also works as a percent is read as percents.
  const fraction = small.filter((x) => evidence(x) === 'fraction');
  const neither = small.filter((x) => evidence(x) === 'none');
  const percentFits = small.filter((x) => x.participants !== undefined && evidence(x) === 'both');
  let decided: CellScale | undefined;
  let why = '';
  if (neither.length > 0) {
    warnings.push(sheetWarning(file, sheet,
      `в столбце ${letters} доли в ячейках ${listed(view, neither)} не дают целого числа учащихся ни как проценты, ни как доли от 1; проверьте их и число участников`,
      view.address(neither[0].r, neither[0].c)));
  }
  if (fraction.length > 0) {
    decided = 'fraction';
  } else if (percentFits.length > 0) {
    decided = 'percent';
  } else if (PERCENT_HEADER.test(header)) {
    decided = 'percent';
    why = `по заголовку «${header}»`;
  } else if (small.some((x) => x.places >= 3)) {
    decided = 'fraction';
    why = 'значения с тремя и более знаками после запятой';
  }
  if (decided === undefined) {
    warnings.push(sheetWarning(file, sheet,
      `в столбце ${letters} все доли не больше 1 (${listed(view, small)}), и нельзя понять, проценты это (0,5 %) или доли от 1 (50 %): строки не учтены. ` +
        'Задайте ячейкам процентный формат, если это доли от 1, или добавьте число участников.', view.address(small[0].r, small[0].c)));
    for (const x of cells) out.set(x, 'unknown');
    return out;
  }
  if (decided === 'fraction' && PERCENT_HEADER.test(header)) {
    doubts.push({
      c, decided: `столбец ${letters} («${header.replace(/\s+/g, ' ')}») по заголовку в процентах, но все значения не больше 1 и дают целое число учащихся только как доли от 1: прочитаны как доли (×100)`,
      fix: 'Если это проценты меньше 1 %, запишите их со знаком «%»; если доли от 1 — задайте ячейкам процентный формат.',
    });
  } else if (why !== '') {
    warnings.push(sheetWarning(file, sheet,
      `в столбце ${letters} все доли не больше 1: прочитаны как ${decided === 'percent' ? 'проценты' : 'доли от 1 (×100)'} — ${why}; проверьте`, view.address(small[0].r, small[0].c)));
  }
  for (const x of cells) out.set(x, decided);
  return out;
}
