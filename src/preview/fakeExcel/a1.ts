// A1 addresses inside the fake Excel: parse "Лист!C5:F20", "A:C", "3:5", quote sheet names like Excel does.
import { columnLetters, columnNumber } from '../../ingest/grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Splits "'My ''x'' sheet'!A1:B2" into the sheet name and the local part; sheet undefined when absent. */
export function splitSheet(ref: string): { sheet?: string; local: string } {
  const text = ref.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") {
        break;
      } else {
        name += text[i];
        i++;
      }
    }
    if (text[i + 1] !== '!') throw new Error(`Bad address: ${ref}`);
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses a local range ("C5", "C5:F20", "A:C", "3:5"); undefined when it is not one. */
export function parseRect(local: string): CellRect | undefined {
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2 || parts.length === 0) return undefined;
  const cells = parts.map((p) => /^([A-Z]{1,3})?(\d+)?$/.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return undefined;
  const [a, b] = [cells[0] as RegExpExecArray, (cells[1] ?? cells[0]) as RegExpExecArray];
  const colA = a[1] ? columnNumber(a[1]) : undefined;
  const colB = b[1] ? columnNumber(b[1]) : undefined;
  const rowA = a[2] ? Number(a[2]) : undefined;
  const rowB = b[2] ? Number(b[2]) : undefined;
  if ((colA === undefined) !== (colB === undefined) || (rowA === undefined) !== (rowB === undefined)) return undefined;
  if (parts.length === 1 && (colA === undefined || rowA === undefined)) return undefined;
  const r1 = rowA ?? 1;
  const r2 = rowB ?? MAX_ROWS;
  const c1 = colA ?? 1;
  const c2 = colB ?? MAX_COLS;
  const rect = { r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
  if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLS) return undefined;
  return rect;
}

/** "C5" for one cell, "C5:F20" otherwise. */
export function rectAddress(rect: CellRect): string {
  const a = `${columnLetters(rect.c1)}${rect.r1}`;
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? a : `${a}:${columnLetters(rect.c2)}${rect.r2}`;
}

/** Sheet name as Excel writes it in addresses: quoted when it holds anything but letters, digits, _ and dots. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectCells(rect: CellRect): number {
  return (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: CellRect, inner: CellRect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}
