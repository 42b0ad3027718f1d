// Builds a SheetGrid from the cells that hold data (never from the declared range), within a fixed cell budget.
import { GridNotice, RawValue, SheetGrid, cellAddress } from '../../ingest/grid';
import { GRID_CELL_BUDGET } from '../../ingest/limits';

/** One non-empty cell, 0-based. */
export interface DataCell {
  readonly r: number;
  readonly c: number;
  readonly value: RawValue;
  readonly format: string | null;
}

export interface MergeArea {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Rows (columns) further than this from the rest of the table are strays, when the table would not fit otherwise. */
const ROW_GAP = 1000;
const COL_GAP = 200;
/** A merge larger than this is not a header or a title: it is skipped with a notice. */
const MAX_MERGE_CELLS = 100_000;
/** Addresses listed in one notice before "и ещё N". */
const LIST_LIMIT = 5;

/** The run of indices (sorted, with weights) whose gaps stay under `gap` and that holds the most weight. */
function densestRun(sorted: readonly number[], weight: ReadonlyMap<number, number>, gap: number): { from: number; to: number } {
  let best = { from: sorted[0], to: sorted[0], w: -1 };
  let start = 0;
  let w = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] - sorted[i - 1] > gap) {
      start = i;
      w = 0;
    }
    w += weight.get(sorted[i]) ?? 0;
    if (w > best.w) best = { from: sorted[start], to: sorted[i], w };
  }
  return { from: best.from, to: best.to };
}

function listed(addresses: readonly string[], total: number): string {
  return addresses.join(', ') + (total > addresses.length ? ` и ещё ${total - addresses.length}` : '');
}

/** The grid of a sheet; cells far away from the table are left out with a notice naming them. */
export function boundedGrid(file: string, sheet: string, cells: readonly DataCell[], merges: readonly MergeArea[], notices: GridNotice[] = []): SheetGrid {
  let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
  for (const cell of cells) {
    if (cell.r < r1) r1 = cell.r;
    if (cell.r > r2) r2 = cell.r;
    if (cell.c < c1) c1 = cell.c;
    if (cell.c > c2) c2 = cell.c;
  }
  if (r2 < 0) return { file, sheet, values: [], originRow: 1, originCol: 1, merges: [], ...(notices.length ? { notices } : {}) };
  // Excel's own grids start at A1; keep that origin unless the table sits far away from it.
  r1 = r1 < ROW_GAP ? 0 : r1;
  c1 = c1 < COL_GAP ? 0 : c1;
  let kept = cells;
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > GRID_CELL_BUDGET) {
    const rowWeight = new Map<number, number>();
    const colWeight = new Map<number, number>();
    for (const cell of cells) {
      rowWeight.set(cell.r, (rowWeight.get(cell.r) ?? 0) + 1);
      colWeight.set(cell.c, (colWeight.get(cell.c) ?? 0) + 1);
    }
    const rows = densestRun([...rowWeight.keys()].sort((a, b) => a - b), rowWeight, ROW_GAP);
    const cols = densestRun([...colWeight.keys()].sort((a, b) => a - b), colWeight, COL_GAP);
    const strays: string[] = [];
    let strayCount = 0;
    kept = cells.filter((cell) => {
      const inside = cell.r >= rows.from && cell.r <= rows.to && cell.c >= cols.from && cell.c <= cols.to;
      if (!inside) {
        strayCount++;
        if (strays.length < LIST_LIMIT) strays.push(cellAddress(cell.r + 1, cell.c + 1));
      }
      return inside;
    });
    r1 = rows.from < ROW_GAP ? 0 : rows.from;
    c1 = cols.from < COL_GAP ? 0 : cols.from;
    r2 = rows.to;
    c2 = cols.to;
    notices.push({
      cell: strays[0],
      message: `значения далеко за пределами таблицы не учтены (${listed(strays, strayCount)}); таблица — ${cellAddress(r1 + 1, c1 + 1)}:${cellAddress(r2 + 1, c2 + 1)}`,
    });
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > GRID_CELL_BUDGET) {
      return { file, sheet, values: [], originRow: 1, originCol: 1, merges: [], notices, tooLarge: `${r2 - r1 + 1} строк × ${c2 - c1 + 1} столбцов` };
    }
  }
  const height = r2 - r1 + 1;
  const width = c2 - c1 + 1;
  const values: RawValue[][] = new Array(height);
  for (let r = 0; r < height; r++) values[r] = new Array<RawValue>(width).fill(null);
  let formats: (string | null)[][] | undefined;
  for (const cell of kept) {
    values[cell.r - r1][cell.c - c1] = cell.value;
    if (cell.format !== null) {
      if (!formats) {
        formats = new Array(height);
        for (let r = 0; r < height; r++) formats[r] = new Array<string | null>(width).fill(null);
      }
      formats[cell.r - r1][cell.c - c1] = cell.format;
    }
  }
  const mergeTexts: string[] = [];
  for (const m of merges) {
    // Judged by its declared size: a merge of the whole sheet is no header, even where the table is small.
    if ((m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) > MAX_MERGE_CELLS) {
      notices.push({
        cell: cellAddress(m.r1 + 1, m.c1 + 1),
        message: `объединение ${cellAddress(m.r1 + 1, m.c1 + 1)}:${cellAddress(m.r2 + 1, m.c2 + 1)} слишком велико для заголовка или названия — не учтено`,
      });
      continue;
    }
    const a = { r1: Math.max(m.r1, r1), c1: Math.max(m.c1, c1), r2: Math.min(m.r2, r2), c2: Math.min(m.c2, c2) };
    if (a.r1 > a.r2 || a.c1 > a.c2 || (a.r1 === a.r2 && a.c1 === a.c2)) continue;
    if (m.r1 < r1 || m.c1 < c1) continue; // the merge's top-left cell (its value) is outside the table
    mergeTexts.push(`${cellAddress(a.r1 + 1, a.c1 + 1)}:${cellAddress(a.r2 + 1, a.c2 + 1)}`);
  }
  return {
    file, sheet, values, originRow: r1 + 1, originCol: c1 + 1, merges: mergeTexts,
    ...(formats ? { numberFormats: formats } : {}),
    ...(notices.length ? { notices } : {}),
  };
}
