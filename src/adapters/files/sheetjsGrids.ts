// Reads .xlsx/.xlsm/.xlsb/.xls/.ods with SheetJS (forgiving of what real tools write) into bounded grids.
import * as XLSX from '@e965/xlsx';
import { GridNotice, RawValue, SheetGrid, cellAddress } from '../../ingest/grid';
import { DataCell, MergeArea, boundedGrid } from './boundedGrid';
import { InputFileError, PROTECTED_MESSAGE } from './fileKind';
import { ooxmlSheetNotices } from './ooxmlChecks';
import { SheetState, SpreadsheetRead } from './spreadsheet';
import { sheetSlices } from './sheetChunks';
import { looksLikeZip } from './zipDirectory';

/** Excel's error codes as SheetJS keeps them (t: "e", v: code). */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};
const LIST_LIMIT = 5;

function isoDate(serial: number): string {
  const d = XLSX.SSF.parse_date_code(serial);
  if (!d || d.y < 1900) return String(serial);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

function stateOf(hidden: number | undefined): SheetState {
  return hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible';
}

/** Collects cells of one kind of problem and reports them in one notice. */
class CellList {
  private readonly cells: string[] = [];
  private count = 0;
  add(address: string): void {
    this.count++;
    if (this.cells.length < LIST_LIMIT) this.cells.push(address);
  }
  notice(text: (list: string) => string): GridNotice | undefined {
    if (this.count === 0) return undefined;
    const list = this.cells.join(', ') + (this.count > this.cells.length ? ` и ещё ${this.count - this.cells.length}` : '');
    return { cell: this.cells[0], message: text(list) };
  }
}

function gridOf(ws: XLSX.WorkSheet, file: string, sheet: string, partNotices: readonly GridNotice[]): SheetGrid {
  const rows: (XLSX.CellObject[] | undefined)[] = (ws['!data'] as (XLSX.CellObject[] | undefined)[] | undefined) ?? [];
  const cells: DataCell[] = [];
  const errors = new CellList();
  const uncalculated = new CellList();
  const errorTexts = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      let value: RawValue = null;
      const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : null;
      if (cell.t === 'e') {
        const text = ERROR_TEXT[cell.v as number] ?? '#ОШИБКА';
        errors.add(cellAddress(r + 1, c + 1));
        errorTexts.add(text);
        continue;
      }
      if (cell.v === undefined || cell.t === 'z') {
        if (cell.f !== undefined) uncalculated.add(cellAddress(r + 1, c + 1));
        continue;
      }
      if (cell.t === 'n') value = format !== null && XLSX.SSF.is_date(format) ? isoDate(cell.v as number) : (cell.v as number);
      else if (cell.t === 'd') value = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
      else if (cell.t === 'b') value = cell.v as boolean;
      else value = String(cell.v);
      if (value === '') continue;
      cells.push({ r, c, value, format });
    }
  }
  const merges: MergeArea[] = (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c }));
  const notices: GridNotice[] = [...partNotices];
  const e = errors.notice((list) => `ошибки в формулах (${[...errorTexts].join(', ')}) в ячейках ${list} — эти значения не учтены`);
  if (e) notices.push(e);
  const u = uncalculated.notice((list) => `формулы не пересчитаны (${list}) — откройте и сохраните файл в Excel, затем повторите`);
  if (u) notices.push(u);
  return boundedGrid(file, sheet, cells, merges, notices);
}

function libraryFailure(e: unknown): InputFileError {
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(text)) return new InputFileError(PROTECTED_MESSAGE);
  return new InputFileError('файл повреждён или записан не полностью: откройте его в Excel или LibreOffice и сохраните заново');
}

/** Every sheet of a workbook file as grids; the bytes are never modified. */
export function readWithSheetJs(bytes: Uint8Array, fileName: string, onlySheets?: readonly string[]): SpreadsheetRead {
  const slices = manySheets(bytes);
  if (slices) {
    const parts = slices.map((slice) => readWhole(slice, fileName, onlySheets));
    return { sheets: parts.flatMap((p) => p.sheets), grids: parts.flatMap((p) => p.grids) };
  }
  return readWhole(bytes, fileName, onlySheets);
}

/** Slices of a package of many sheets (sheetChunks); undefined for an ordinary package or a non-zip file. */
function manySheets(bytes: Uint8Array): Uint8Array[] | undefined {
  if (!looksLikeZip(bytes)) return undefined;
  try {
    return sheetSlices(bytes);
  } catch {
    return undefined;
  }
}

function readWhole(bytes: Uint8Array, fileName: string, onlySheets?: readonly string[]): SpreadsheetRead {
  let wb: XLSX.WorkBook;
  // SheetJS writes its doubts about some files to the console (English library text): the user never sees them.
  const { error, warn } = console;
  console.error = (): void => undefined;
  console.warn = (): void => undefined;
  try {
    wb = XLSX.read(bytes, {
      type: 'array', dense: true, cellNF: true, cellFormula: true, cellText: false, cellHTML: false, cellDates: false,
      cellStyles: false, bookVBA: false, WTF: false, bookFiles: true, ...(onlySheets ? { sheets: [...onlySheets] } : {}),
    } as XLSX.ParsingOptions);
  } catch (e) {
    throw libraryFailure(e);
  } finally {
    console.error = error;
    console.warn = warn;
  }
  const states = wb.Workbook?.Sheets ?? [];
  const sheets = wb.SheetNames.map((name, i) => ({ name, state: stateOf(states[i]?.Hidden) }));
  const empty = new Set(wb.SheetNames.filter((name) => !((wb.Sheets[name]?.['!data'] as unknown[] | undefined) ?? []).some(Boolean)));
  const partNotices = ooxmlSheetNotices(wb, empty);
  const grids = wb.SheetNames.filter((name) => !onlySheets || onlySheets.includes(name)).map((name) => {
    const ws = wb.Sheets[name];
    const notices = partNotices.get(name) ?? [];
    return ws ? gridOf(ws, fileName, name, notices) : { file: fileName, sheet: name, values: [], originRow: 1, originCol: 1, merges: [], notices };
  });
  // What SheetJS kept of the package's files is not needed once the grids exist.
  delete (wb as unknown as { files?: unknown }).files;
  return { sheets, grids };
}
