// Rows of a worksheet part from its XML text given in chunks: one row at a time, no sheet or workbook object model.
import { RawValue } from '../../ingest/grid';
import { unescapeXml } from './package/xml';

/** One row: its 1-based sheet row number and values indexed by 0-based column. */
export type RowHandler = (row: number, values: RawValue[]) => void;

const CELL_RE = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ATTR_R_RE = /\br="([A-Z]+)(\d+)"/;
const ATTR_T_RE = /\bt="(\w+)"/;
const V_RE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const T_RE = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t\s*\/>/g;
const RPH_RE = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const ROW_OPEN_RE = /<((?:[\w.-]+:)?)row\b/g;
const ROW_R_RE = /^[^>]*?\br="(\d+)"/;

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic runs left out. */
export function richText(xml: string): string {
  let out = '';
  const clean = xml.replace(RPH_RE, '');
  for (const m of clean.matchAll(T_RE)) out += m[1] === undefined ? '' : unescapeXml(m[1]);
  return out;
}

/** The shared strings of a package (`xl/sharedStrings.xml`), in order. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)) out.push(m[1] === undefined ? '' : richText(m[1]));
  return out;
}

function cellValue(attrs: string, body: string | undefined, sst: readonly string[]): RawValue {
  const type = ATTR_T_RE.exec(attrs)?.[1] ?? 'n';
  if (body === undefined) return null;
  if (type === 'inlineStr') return richText(body);
  const v = V_RE.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's': {
      const i = Number(v);
      return Number.isInteger(i) && i >= 0 && i < sst.length ? sst[i] : null;
    }
    case 'str':
      return unescapeXml(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return null;
    default: {
      const n = Number(v);
      return Number.isFinite(n) && v.trim() !== '' ? n : unescapeXml(v);
    }
  }
}

/** Parses one `<row>` element's inner XML into values (cells without `r` follow the previous one). */
export function parseRowCells(inner: string, sst: readonly string[]): RawValue[] {
  const values: RawValue[] = [];
  let next = 0;
  for (const m of inner.matchAll(CELL_RE)) {
    const attrs = m[1];
    const ref = ATTR_R_RE.exec(attrs);
    const col = ref ? columnIndex(ref[1]) : next;
    next = col + 1;
    const value = cellValue(attrs, m[2], sst);
    if (value === null || value === '') continue;
    while (values.length < col) values.push(null);
    values[col] = value;
  }
  return values;
}

/**
 * Incremental parser: `push` chunks of a worksheet's XML as they are inflated; every complete row goes to the handler,
 * the rest waits for the next chunk. Memory is one chunk plus one row.
 */
export class SheetRowParser {
  private buffer = '';
  private lastRow = 0;
  private done = false;

  constructor(private readonly sst: readonly string[], private readonly onRow: RowHandler) {}

  /** Stops the parse: later chunks are ignored. */
  stop(): void {
    this.done = true;
    this.buffer = '';
  }

  get stopped(): boolean {
    return this.done;
  }

  push(chunk: string): void {
    if (this.done) return;
    this.buffer += chunk;
    let consumed = 0;
    ROW_OPEN_RE.lastIndex = 0;
    for (;;) {
      ROW_OPEN_RE.lastIndex = consumed;
      const open = ROW_OPEN_RE.exec(this.buffer);
      if (!open) {
        // Keep a tail that may hold the start of a "<row" split between chunks.
        consumed = Math.max(consumed, this.buffer.length - 16);
        break;
      }
      const tagEnd = this.buffer.indexOf('>', open.index);
      if (tagEnd < 0) {
        consumed = open.index;
        break;
      }
      const openTag = this.buffer.slice(open.index, tagEnd + 1);
      const rowNumber = Number(ROW_R_RE.exec(openTag.slice(open[0].length))?.[1] ?? this.lastRow + 1);
      if (openTag.endsWith('/>')) {
        this.lastRow = rowNumber;
        consumed = tagEnd + 1;
        continue;
      }
      const close = `</${open[1]}row>`;
      const end = this.buffer.indexOf(close, tagEnd + 1);
      if (end < 0) {
        consumed = open.index;
        break;
      }
      this.lastRow = rowNumber;
      const values = parseRowCells(this.buffer.slice(tagEnd + 1, end), this.sst);
      consumed = end + close.length;
      this.onRow(rowNumber, values);
      if (this.done) return;
    }
    this.buffer = this.buffer.slice(consumed);
  }
}
