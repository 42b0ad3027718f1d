// A1 address helpers for the report builders: cell and range addresses (1-based rows and columns).
import { columnLetters, columnNumber } from '../ingest/grid';

export { columnLetters, columnNumber };

/** Row and column (1-based) → "B3". */
export function cellA1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`Номер строки должен быть целым ≥ 1: ${row}`);
  return `${columnLetters(column)}${row}`;
}

/** Corners (1-based, inclusive) → "A1:C9" (always two corners, even for one cell). */
export function rangeA1(row1: number, column1: number, row2: number, column2: number): string {
  const top = Math.min(row1, row2);
  const bottom = Math.max(row1, row2);
  const left = Math.min(column1, column2);
  const right = Math.max(column1, column2);
  return `${cellA1(top, left)}:${cellA1(bottom, right)}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** "B3" → { row: 3, column: 2 }; undefined when not a plain A1 cell. */
export function parseCell(address: string): CellPosition | undefined {
  const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!match) return undefined;
  const column = columnNumber(match[1]);
  if (column === undefined) return undefined;
  return { row: Number(match[2]), column };
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A1:C9" or "B3" → corners; undefined when not valid or the corners are reversed. */
export function parseRange(address: string): RangePosition | undefined {
  const parts = address.split(':');
  if (parts.length > 2) return undefined;
  const start = parseCell(parts[0]);
  const end = parts.length === 2 ? parseCell(parts[1]) : start;
  if (!start || !end || end.row < start.row || end.column < start.column) return undefined;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}
