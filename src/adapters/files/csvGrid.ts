// Reads a CSV table (";", "," or tab; UTF-8, UTF-16 or Windows-1251) into a grid of texts; ingest parses numbers.
import { RawValue } from '../../ingest/grid';
import { DataCell, boundedGrid } from './boundedGrid';
import { SpreadsheetRead } from './spreadsheet';
import { csvSheetName } from './derivedNames';

/** The text of a CSV file: BOM first, then strict UTF-8, else Windows-1251 (what Excel saves as "CSV" in Russia). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'Windows-1251' };
  }
}

/** The separator used most consistently on the first lines (outside quotes). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  let best = ';';
  let bestScore = -1;
  for (const d of [';', '\t', ',']) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const score = counts.filter((n) => n > 0).length * 1000 + counts.reduce((a, b) => a + b, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 fields: quotes around fields, "" inside quotes, line breaks inside quotes. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A title written without quotes in a comma-separated file ("Результаты ВПР 2024, 5 класс, русский язык") comes
 * apart at its commas; prose puts a space after a comma, a CSV writer does not: such a line is joined back.
 */
function joinProse(row: string[]): string[] {
  if (row.length < 2) return row;
  const prose = row.slice(1).every((f) => /^ \S/.test(f) && /[А-Яа-яЁёA-Za-z]/.test(f));
  return prose ? [row.join(',')] : row;
}

/** A CSV file as one sheet named after the file (without its extension). */
export function readCsv(bytes: Uint8Array, fileName: string): SpreadsheetRead {
  const { text } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  const rows = delimiter === ',' ? parsed.map(joinProse) : parsed;
  const cells: DataCell[] = [];
  rows.forEach((row, r) => row.forEach((v, c) => {
    const value: RawValue = v.trim() === '' ? null : v;
    if (value !== null) cells.push({ r, c, value, format: null });
  }));
  const sheet = csvSheetName(fileName);
  return { sheets: [{ name: sheet, state: 'visible' }], grids: [boundedGrid(fileName, sheet, cells, [])] };
}
