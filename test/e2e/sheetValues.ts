// Normalises sheet values for comparison: a dense matrix from A1, empty text as empty, no trailing empty rows/columns.
import { RawValue, SheetGrid } from '../../src/ingest/grid';

export type Matrix = RawValue[][];

function isEmpty(value: RawValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** Drops trailing empty cells of each row and trailing empty rows; '' becomes null. */
export function trimMatrix(rows: readonly (readonly (RawValue | undefined)[])[]): Matrix {
  const out = rows.map((row) => {
    const copy = row.map((v) => (isEmpty(v) ? null : (v as RawValue)));
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** A grid read from a file (with its origin) as a matrix from A1. */
export function gridMatrix(grid: SheetGrid): Matrix {
  const rows: RawValue[][] = Array.from({ length: grid.originRow - 1 }, () => []);
  for (const row of grid.values) rows.push([...Array.from({ length: grid.originCol - 1 }, () => null), ...row]);
  return trimMatrix(rows);
}

/** Addresses ("B3: «a» ≠ «b»") of the cells that differ, at most `limit` of them. */
export function matrixDifferences(actual: Matrix, expected: Matrix, limit = 20): string[] {
  const out: string[] = [];
  const rows = Math.max(actual.length, expected.length);
  for (let r = 0; r < rows && out.length < limit; r++) {
    const columns = Math.max(actual[r]?.length ?? 0, expected[r]?.length ?? 0);
    for (let c = 0; c < columns && out.length < limit; c++) {
      const a = actual[r]?.[c] ?? null;
      const e = expected[r]?.[c] ?? null;
      if (a !== e) out.push(`R${r + 1}C${c + 1}: ${JSON.stringify(a)} ≠ ${JSON.stringify(e)}`);
    }
  }
  return out;
}
