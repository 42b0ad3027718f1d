// A short fingerprint of a sheet's cell values: tells whether a user typed into an output sheet since it was written.
import { RawValue } from '../ingest/grid';

/** FNV-1a over "row,col,type:value;" of every non-empty cell (1-based absolute positions), as 8 hex digits. */
export function digestCells(cells: Iterable<readonly [number, number, RawValue]>): string {
  let h = 0x811c9dc5;
  for (const [r, c, v] of cells) {
    if (v === null || v === '') continue;
    const text = `${r},${c},${typeof v}:${String(v)};`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cells of a row-major table whose first cell is (row0, col0). */
export function* tableCells(values: readonly (readonly RawValue[])[], row0 = 1, col0 = 1): Generator<readonly [number, number, RawValue]> {
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    for (let c = 0; c < line.length; c++) yield [row0 + r, col0 + c, line[c]];
  }
}
