// A read-only view of a SheetGrid: merged areas filled from their top-left cell, texts, addresses, formats.
import { RawValue, SheetGrid, cellAddress, columnLetters, parseAddress } from './grid';

/** 0-based position of a cell in the grid. */
export interface Pos {
  readonly r: number;
  readonly c: number;
}

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  /** Index (r * cols + c) of a merged cell → position of the merge's top-left cell. */
  private readonly mergeMaster = new Map<number, Pos>();

  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row.length > cols) cols = row.length;
    this.cols = cols;
    for (const range of grid.merges) this.addMerge(range);
  }

  private addMerge(range: string): void {
    const [a, b] = range.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    if (!from || !to) return;
    const r0 = from.row - this.grid.originRow;
    const c0 = from.col - this.grid.originCol;
    const r1 = Math.min(to.row - this.grid.originRow, this.rows - 1);
    const c1 = Math.min(to.col - this.grid.originCol, this.cols - 1);
    if (r0 < 0 || c0 < 0) return;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) if (r !== r0 || c !== c0) this.mergeMaster.set(r * this.cols + c, { r: r0, c: c0 });
    }
  }

  /** Raw value; an empty cell inside a merged area gives the value of the merge's top-left cell. */
  raw(r: number, c: number): RawValue {
    const v = this.grid.values[r]?.[c] ?? null;
    if ((v === null || v === '') && this.mergeMaster.size > 0) {
      const m = this.mergeMaster.get(r * this.cols + c);
      if (m) return this.grid.values[m.r]?.[m.c] ?? null;
    }
    return v;
  }

  /**
   * Raw value of a data cell: filled only from a merge above it in the same column (a year or a school merged down
   * over rows), never from one to the left (a note or a school name merged across the row is not data).
   */
  value(r: number, c: number): RawValue {
    const v = this.grid.values[r]?.[c] ?? null;
    if ((v === null || v === '') && this.mergeMaster.size > 0) {
      const m = this.mergeMaster.get(r * this.cols + c);
      if (m && m.c === c) return this.grid.values[m.r]?.[m.c] ?? null;
    }
    return v;
  }

  /** Trimmed text of a data cell (see value()). */
  valueText(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === null) return '';
    return typeof v === 'string' ? v.trim() : String(v);
  }

  /** True when a data cell (see value()) holds nothing. */
  isValueEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** Trimmed text of a cell ("" when empty); numbers as written by String(). */
  text(r: number, c: number): string {
    const v = this.raw(r, c);
    if (v === null) return '';
    return typeof v === 'string' ? v.trim() : String(v);
  }

  /** True when the cell holds nothing (null or blank text). */
  isEmpty(r: number, c: number): boolean {
    const v = this.raw(r, c);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** True when the whole row is empty. */
  isBlankRow(r: number): boolean {
    const row = this.grid.values[r];
    if (!row) return true;
    for (let c = 0; c < row.length; c++) if (!this.isEmpty(r, c)) return false;
    return true;
  }

  /** Columns of the non-empty cells of a row. */
  filledColumns(r: number): number[] {
    const out: number[] = [];
    for (let c = 0; c < this.cols; c++) if (!this.isEmpty(r, c)) out.push(c);
    return out;
  }

  /** Number format of a cell (null when General or unknown). */
  format(r: number, c: number): string | null {
    return this.grid.numberFormats?.[r]?.[c] ?? null;
  }

  address(r: number, c: number): string {
    return cellAddress(this.grid.originRow + r, this.grid.originCol + c);
  }

  /** Column letters of grid column c. */
  letters(c: number): string {
    return columnLetters(this.grid.originCol + c);
  }

  /** 1-based sheet row number of grid row r. */
  sheetRow(r: number): number {
    return this.grid.originRow + r;
  }

  /** Grid column of column letters ("C"), or undefined when outside the grid. */
  columnOf(letters: string): number | undefined {
    const p = parseAddress(`${letters}1`);
    if (!p) return undefined;
    const c = p.col - this.grid.originCol;
    return c >= 0 ? c : undefined;
  }

  /** Used range in A1 ("A1:I437"); "" when the sheet is empty. */
  usedRange(): string {
    let lastRow = -1;
    let lastCol = -1;
    for (let r = 0; r < this.rows; r++) {
      const row = this.grid.values[r];
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== null && !(typeof v === 'string' && v.trim() === '')) {
          lastRow = r;
          if (c > lastCol) lastCol = c;
          break;
        }
      }
    }
    if (lastRow < 0) return '';
    return `${this.address(0, 0)}:${this.address(lastRow, lastCol)}`;
  }
}
