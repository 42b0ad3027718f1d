// One entry for reading any spreadsheet file a user has: sniff the bytes, then the reader of that family.
import { readCsv } from './csvGrid';
import { FileKind, InputFileError, sniffFile } from './fileKind';
import { readWithSheetJs } from './sheetjsGrids';
import { SpreadsheetRead } from './spreadsheet';

export interface SpreadsheetFile extends SpreadsheetRead {
  readonly kind: FileKind;
  readonly macroEnabled: boolean;
}

/** Reads a file's sheets (only `onlySheets` when given: the others are not parsed at all); throws InputFileError (a Russian sentence) when it is not a spreadsheet we can read. */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, onlySheets?: readonly string[]): SpreadsheetFile {
  const sniffed = sniffFile(bytes, fileName);
  const read = sniffed.kind === 'csv' ? readCsv(bytes, fileName) : readWithSheetJs(bytes, fileName, onlySheets);
  if (read.sheets.length === 0) throw new InputFileError('в книге нет ни одного листа');
  return { ...read, ...sniffed };
}
