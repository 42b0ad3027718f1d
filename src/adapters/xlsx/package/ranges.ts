// A1 ranges for the writer: parsing "B2", "A1:F20", "A:C", "3:5" into bounds, and absolute sheet references.
import { columnLetters, columnNumber, parseAddress } from '../../../ingest/grid';

/** Inclusive 1-based bounds. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last row and column. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** A whole-column reference's number, within Excel's last column. */
function sheetColumn(letters: string): number | undefined {
  const col = columnNumber(letters);
  return col !== undefined && col <= MAX_COL ? col : undefined;
}

/** Bounds of an A1 range; whole columns/rows are clipped to `extent` (the sheet's used area). */
export function parseRange(range: string, extent?: { rows: number; cols: number }): Bounds | undefined {
  const text = range.replace(/\$/g, '').trim().toUpperCase();
  const [a, b = a] = text.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (p && q) {
    return {
      top: Math.min(p.row, q.row), left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col),
    };
  }
  const ca = sheetColumn(a);
  const cb = sheetColumn(b);
  if (ca !== undefined && cb !== undefined) {
    return { top: 1, left: Math.min(ca, cb), bottom: Math.max(1, extent?.rows ?? 1), right: Math.max(ca, cb) };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const ra = Number(a);
    const rb = Number(b);
    return { top: Math.min(ra, rb), left: 1, bottom: Math.max(ra, rb), right: Math.max(1, extent?.cols ?? 1) };
  }
  return undefined;
}

/** "A1:F20" for bounds (a single cell as "A1"). */
export function boundsRef(b: Bounds): string {
  const tl = `${columnLetters(b.left)}${b.top}`;
  const br = `${columnLetters(b.right)}${b.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** "$A$1:$F$20". */
export function absoluteRef(b: Bounds): string {
  const tl = `$${columnLetters(b.left)}$${b.top}`;
  const br = `$${columnLetters(b.right)}$${b.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Sheet name quoted for a formula: 'Сводка'!… (apostrophes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet'!$A$4:$A$6 for an A1 range on that sheet. */
export function sheetRef(sheet: string, range: string): string {
  const b = parseRange(range);
  if (!b) throw new Error(`Неверный диапазон «${range}» на листе «${sheet}».`);
  return `${quoteSheet(sheet)}!${absoluteRef(b)}`;
}

/** Cells of bounds in row-major order. */
export function* cellsOf(b: Bounds): Generator<{ row: number; col: number }> {
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) yield { row, col };
}
