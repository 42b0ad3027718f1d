// The input of ingest: one sheet as a grid of raw cell values with addresses, merged areas and number formats.

/** Something the reader saw in a sheet and the user must hear of (error values, strays, uncalculated formulas). */
export interface GridNotice {
  /** A1 address of the first cell concerned, when there is one. */
  readonly cell?: string;
  readonly message: string;
}

/** A raw cell value as a workbook gives it (dates already turned into text or serial numbers). */
export type RawValue = string | number | boolean | null;

export interface SheetGrid {
  /** File name ("" inside Excel, where the workbook is the file). */
  readonly file: string;
  readonly sheet: string;
  /** values[r][c] is the cell at row (originRow + r), column (originCol + c); 1-based origin. */
  readonly values: readonly (readonly RawValue[])[];
  readonly originRow: number;
  readonly originCol: number;
  /** Merged areas as A1 ranges ("D6:G6"). */
  readonly merges: readonly string[];
  /** Number formats, same shape as values, when the reader has them ("0.0%" tells fractions). */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** What the reader left out or doubted, with cells; ingest reports them as warnings of this sheet. */
  readonly notices?: readonly GridNotice[];
  /** Set for a sheet the user does not see (hidden, or very hidden: only in the VBA editor). */
  readonly hidden?: 'hidden' | 'veryHidden';
  /** Set when the sheet's data does not fit the reader's bounds: why (ingest skips the sheet with it). */
  readonly tooLarge?: string;
}

/** Column number (1-based) → letters: 1 → A, 28 → AB. The one conversion every module uses. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Номер столбца должен быть целым ≥ 1: ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a cell given 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Letters → column number: "A" → 1, "AB" → 28; undefined when not 1–3 capital letters. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** Parses "AB12" into 1-based row and column; undefined when not an address. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnNumber(m[1]) as number };
}

/** Address of grid cell (r, c) (0-based indices into values). */
export function gridAddress(grid: SheetGrid, r: number, c: number): string {
  return cellAddress(grid.originRow + r, grid.originCol + c);
}
