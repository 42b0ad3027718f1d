// Cells longer than the recognisers match (MATCH_LIMIT): named in one warning per sheet, so that a cut name or header
// is never a silent change.
import { Warning } from '../core/model';
import { formatCount, pluralRu } from '../core/format';
import { SheetGrid, cellAddress } from './grid';
import { cellWarning, sheetWarning } from './messages';
import { MATCH_LIMIT } from './text';

/** Cells listed by address before the rest are counted. */
const LISTED = 5;

/** One warning naming the text cells longer than MATCH_LIMIT (the first few by address, the others counted); none when there are none. */
export function longTextWarnings(grid: SheetGrid): Warning[] {
  const cells: string[] = [];
  let longest = 0;
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== 'string' || value.length <= MATCH_LIMIT) return;
    cells.push(cellAddress(grid.originRow + r, grid.originCol + c));
    longest = Math.max(longest, value.length);
  }));
  if (cells.length === 0) return [];
  const rest = cells.length - LISTED;
  const where = `${cells.slice(0, LISTED).join(', ')}${rest > 0 ? ` и ещё ${formatCount(rest)}` : ''}`;
  const how = `названия и заголовки распознаются по первым ${formatCount(MATCH_LIMIT)} знакам`;
  if (cells.length === 1) return [cellWarning(grid.file, grid.sheet, cells[0], `текст длиннее ${formatCount(MATCH_LIMIT)} знаков (${formatCount(longest)}) — ${how}`)];
  const what = `${formatCount(cells.length)} ${pluralRu(cells.length, 'ячейка', 'ячейки', 'ячеек')} с текстом длиннее ${formatCount(MATCH_LIMIT)} знаков (до ${formatCount(longest)}): ${where}`;
  return [sheetWarning(grid.file, grid.sheet, `${what} — ${how}`, cells[0])];
}
