// Protocols, login directories and scale sheets found among the grids of a workbook (the pane, small files).
import { RawValue, SheetGrid, cellAddress } from '../grid';
import { sheetWarning } from '../messages';
import { Warning } from '../../core/model';
import { PROTOCOL_HEADER_SCAN, findProtocolHeader, headerKey } from './columns';
import { DirectoryEntry, directoryColumns, readDirectory } from './directory';
import { MarkScale, ScaleRowText, parseScaleRow } from './scales';
import { ProtocolTally, ProtocolTallier } from './tally';

/** Texts of the rows above a header (title lines), joined per row. */
export function titleLines(rows: readonly (readonly RawValue[])[], upTo: number): string[] {
  return rows.slice(0, upTo).map((r) => r.filter((v) => v !== null && v !== '').map(String).join(' ')).filter((t) => t.trim() !== '');
}

/** The protocol on a grid, tallied; undefined when the grid is not a protocol. */
export function tallyGrid(grid: SheetGrid): ProtocolTally | undefined {
  const found = findProtocolHeader(grid.values.slice(0, PROTOCOL_HEADER_SCAN));
  if (!found) return undefined;
  const tallier = new ProtocolTallier(grid.file, grid.sheet, found.columns, grid.originRow + found.index, titleLines(grid.values, found.index), grid.originCol);
  for (let r = found.index + 1; r < grid.values.length; r++) tallier.add(grid.originRow + r, grid.values[r]);
  return tallier.finish();
}

/** The login directory on a grid; undefined when the grid is not one. */
export function directoryOfGrid(grid: SheetGrid): Map<string, DirectoryEntry> | undefined {
  const columns = directoryColumns(grid.values);
  if (!columns) return undefined;
  return readDirectory(grid.values, columns, (r, c) => `${grid.sheet}!${cellAddress(grid.originRow + r, grid.originCol + c)}`);
}

const SCALE_HEADERS: readonly { readonly key: keyof ScaleRowText; readonly re: RegExp }[] = [
  { key: 'year', re: /^год$/ }, { key: 'kind', re: /^(процедура|вид|вид работы)$/ }, { key: 'subject', re: /^предмет$/ },
  { key: 'grade', re: /^класс$/ }, { key: '2', re: /^(отметка )?2$/ }, { key: '3', re: /^(отметка )?3$/ },
  { key: '4', re: /^(отметка )?4$/ }, { key: '5', re: /^(отметка )?5$/ }, { key: 'source', re: /^источник/ },
];

/** Scale columns of a header row, when it has year, subject, grade and the four marks. */
export function scaleColumns(row: readonly RawValue[]): Partial<Record<keyof ScaleRowText, number>> | undefined {
  const out: Partial<Record<keyof ScaleRowText, number>> = {};
  row.forEach((v, c) => {
    const key = headerKey(v).replace(/[«»"'“”„]/g, '').trim();
    const hit = SCALE_HEADERS.find((h) => h.re.test(key));
    if (hit && out[hit.key] === undefined) out[hit.key] = c;
  });
  const needed: (keyof ScaleRowText)[] = ['year', 'subject', 'grade', '2', '3', '4', '5'];
  return needed.every((k) => out[k] !== undefined) ? out : undefined;
}

/** The user's scales on a grid («Шкалы»), each bad row a warning naming its cell; undefined when not a scale sheet. */
export function scalesOfGrid(grid: SheetGrid): { readonly scales: MarkScale[]; readonly warnings: Warning[] } | undefined {
  for (let i = 0; i < Math.min(grid.values.length, 10); i++) {
    const columns = scaleColumns(grid.values[i]);
    if (!columns) continue;
    const scales: MarkScale[] = [];
    const warnings: Warning[] = [];
    for (let r = i + 1; r < grid.values.length; r++) {
      const row = grid.values[r];
      if (row.every((v) => v === null || v === '')) continue;
      const at = (k: keyof ScaleRowText): RawValue => (columns[k] === undefined ? null : (row[columns[k] as number] ?? null));
      const text: ScaleRowText = {
        year: at('year'), kind: at('kind'), subject: at('subject'), grade: at('grade'), '2': at('2'), '3': at('3'), '4': at('4'), '5': at('5'), source: at('source'),
      };
      const sheetRow = grid.originRow + r;
      const parsed = parseScaleRow(text, `лист «${grid.sheet}», строка ${sheetRow}${grid.file ? ` (${grid.file})` : ''}`);
      if (typeof parsed === 'string') {
        warnings.push(sheetWarning(grid.file, grid.sheet, `строка ${sheetRow}: шкала не принята — ${parsed}`, cellAddress(sheetRow, grid.originCol)));
      } else scales.push(parsed);
    }
    return { scales, warnings };
  }
  return undefined;
}
