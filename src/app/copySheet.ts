// A sheet of another file copied as a source: its values where they stood, number formats by column runs, merges.
import { SheetGrid, cellAddress } from '../ingest/grid';
import { OutValue, RangeFormat } from '../report/model';
import { SourceLayout } from './workbookPort';

/** The grid's values placed at their own addresses (rows and columns before the origin left empty). */
export function valuesAtOrigin(grid: SheetGrid): OutValue[][] {
  const rows: OutValue[][] = Array.from({ length: grid.originRow - 1 }, () => []);
  const pad = new Array<null>(grid.originCol - 1).fill(null);
  for (const line of grid.values) rows.push([...pad, ...line]);
  return rows;
}

/** Number formats as ranges: each column's runs of one format (percent formats tell fractions from percents). */
export function formatRanges(grid: SheetGrid): RangeFormat[] {
  const formats = grid.numberFormats;
  if (!formats) return [];
  const out: RangeFormat[] = [];
  const cols = formats.reduce((m, r) => Math.max(m, r.length), 0);
  for (let c = 0; c < cols; c++) {
    let start = -1;
    let current: string | null = null;
    const flush = (end: number): void => {
      if (current !== null && current !== 'General' && start >= 0) {
        const col = grid.originCol + c;
        out.push({ range: `${cellAddress(grid.originRow + start, col)}:${cellAddress(grid.originRow + end, col)}`, format: current });
      }
    };
    for (let r = 0; r <= formats.length; r++) {
      const f = r < formats.length ? (formats[r][c] ?? null) : null;
      if (f === current && r < formats.length) continue;
      flush(r - 1);
      current = f;
      start = r;
    }
  }
  return out;
}

/** Values and layout for addSourceSheet: a copy of someone's sheet, so no frozen header of ours. */
export function copiedSheet(grid: SheetGrid): { readonly values: OutValue[][]; readonly layout: SourceLayout } {
  return { values: valuesAtOrigin(grid), layout: { numberFormats: formatRanges(grid), merges: grid.merges, freezeHeader: false } };
}
