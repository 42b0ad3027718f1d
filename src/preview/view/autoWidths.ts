// Column widths for a sheet that gives none (sources read from a file): fitted to the texts, as a double-click in Excel would.
import { RawValue } from '../../ingest/grid';
import { displayValue } from './numberFormat';

const CHAR_PX = 7;
const PADDING_PX = 10;
const MIN_PX = 40;
const MAX_PX = 260;
/** Rows looked at: enough for the header and a good sample of the data. */
const ROWS_SAMPLED = 300;

/**
 * Pixels per column from the longest displayed text in it; a text whose right neighbour is empty is left out
 * (it runs over that cell anyway, like a title in A1), except in the last column, where nothing is to its right.
 */
export function autoWidths(
  values: readonly (readonly RawValue[])[],
  formats: readonly (readonly (string | null | undefined)[])[] | undefined,
  columns: number,
): number[] {
  const longest = Array.from({ length: columns }, () => 0);
  values.slice(0, ROWS_SAMPLED).forEach((row, r) => {
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? null;
      if (value === null || value === '') continue;
      const neighbour = row[c + 1] ?? null;
      if (typeof value === 'string' && c + 1 < columns && (neighbour === null || neighbour === '')) continue;
      longest[c] = Math.max(longest[c], displayValue(value, formats?.[r]?.[c]).length);
    }
  });
  return longest.map((chars) => (chars === 0 ? 64 : Math.min(MAX_PX, Math.max(MIN_PX, chars * CHAR_PX + PADDING_PX))));
}
