// The справка as the sheet «Справка»: a printable A4 portrait page of twenty narrow columns; text in rows merged
// across the page, tables over column spans wide enough for their header words, the signature line, appendices.
// The same blocks (and text) the .docx gets; no cell over Excel's 32 767 characters.
import { rangeA1 } from '../a1';
import { CellStyle, OutValue, RowHeight, SheetSpec } from '../model';
import { LINE_HEIGHT, wrappedLines } from '../rowHeights';
import { SheetBuilder } from '../sheetBuilder';
import { HEADER_FILL } from '../palette';
import { NoteBlock, NoteCell, NoteDoc } from './model';

export const NOTE_SHEET_NAME = 'Справка';
/** Twenty columns of 5 characters: 100 characters across an A4 portrait page. */
const COLS = 20;
const COL_WIDTH = 5;
const WIDTHS = new Array<number>(COLS).fill(COL_WIDTH);
/** Excel's limit for a row's height, in points. */
const MAX_ROW_HEIGHT = 409;
/** Longer texts are split at sentence or list boundaries over several rows (Excel's cell limit is 32 767). */
export const MAX_CELL_TEXT = 2000;
const BOLD_FACTOR = 1.2;

/** Pieces of at most `limit` characters, cut after «. », «; » or «, » where possible. */
export function splitText(text: string, limit = MAX_CELL_TEXT): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > limit / 2 ? cut + 1 : limit;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}

/** Page columns each table column spans (1-based, inclusive): each at least as wide as its longest header word, the rest by the widths. */
export function tableSpans(header: readonly string[], widths: readonly number[]): [number, number][] {
  const k = Math.min(header.length, COLS);
  const min = header.slice(0, k).map((h) => Math.max(1, ...h.split(/\s+/).map((w) => Math.ceil((w.length * BOLD_FACTOR + 1) / COL_WIDTH))));
  const total = widths.slice(0, k).reduce((s, w) => s + w, 0) || 1;
  const spans = widths.slice(0, k).map((w, i) => Math.max(min[i], Math.round((w / total) * COLS)));
  // Fit to COLS: take from the widest above its minimum, or give to the widest.
  let sum = spans.reduce((s, n) => s + n, 0);
  while (sum > COLS) {
    let at = -1;
    for (let i = 0; i < k; i++) if (spans[i] > Math.max(1, min[i]) && (at < 0 || spans[i] > spans[at])) at = i;
    if (at < 0) for (let i = 0; i < k; i++) if (spans[i] > 1 && (at < 0 || spans[i] > spans[at])) at = i;
    if (at < 0) break;
    spans[at] -= 1;
    sum -= 1;
  }
  while (sum < COLS) {
    const at = widths.slice(0, k).reduce((best, w, i) => (w > widths[best] ? i : best), 0);
    spans[at] += 1;
    sum += 1;
  }
  const out: [number, number][] = [];
  let from = 1;
  for (const n of spans) {
    out.push([from, from + n - 1]);
    from += n;
  }
  return out;
}

export function buildNoteSheet(doc: NoteDoc): SheetSpec {
  const sheet = new SheetBuilder();
  const heights: RowHeight[] = [];
  const breaks: number[] = [];
  const setHeight = (row: number, lines: number, line = LINE_HEIGHT): void => {
    if (lines > 1 || line > LINE_HEIGHT) heights.push({ row, height: Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * line)) });
  };
  /** One text row over `from..to` (the whole width by default). */
  const textRow = (value: string, style: CellStyle = {}, from = 1, to = COLS): number => {
    const values: OutValue[] = new Array<OutValue>(COLS).fill(null);
    values[from - 1] = value;
    const row = sheet.addRow(values);
    if (to > from) sheet.merge(rangeA1(row, from, row, to));
    sheet.style(rangeA1(row, from, row, to), { wrap: true, vAlign: 'top', ...style });
    const scale = style.fontSize && style.fontSize > 11 ? style.fontSize / 11 : 1;
    setHeight(row, wrappedLines(value, ((to - from + 1) * COL_WIDTH) / scale, style.bold === true), LINE_HEIGHT * scale);
    return row;
  };
  const text = (value: string, style: CellStyle = {}): void => {
    for (const piece of splitText(value)) textRow(piece, style);
  };
  const table = (block: Extract<NoteBlock, { type: 'table' }>): void => {
    const spans = tableSpans(block.header, block.widths);
    const put = (cells: readonly NoteCell[], header: boolean): void => {
      const values: OutValue[] = new Array<OutValue>(COLS).fill(null);
      cells.forEach((c, i) => {
        if (spans[i]) values[spans[i][0] - 1] = typeof c === 'string' && c.length > MAX_CELL_TEXT ? `${c.slice(0, MAX_CELL_TEXT - 1)}…` : c;
      });
      const row = sheet.addRow(values);
      for (const [a, b] of spans) if (b > a) sheet.merge(rangeA1(row, a, row, b));
      sheet.style(rangeA1(row, 1, row, COLS), { wrap: true, vAlign: 'top', border: 'thin', ...(header ? { bold: true, fill: HEADER_FILL, hAlign: 'center' } : {}) });
      cells.forEach((c, i) => {
        if (typeof c === 'number' && spans[i] && block.header[i] !== '№') sheet.format(rangeA1(row, spans[i][0], row, spans[i][0]), '0.0');
      });
      const lines = Math.max(1, ...cells.map((c, i) => (typeof c === 'string' && spans[i] ? wrappedLines(c, (spans[i][1] - spans[i][0] + 1) * COL_WIDTH, header) : 1)));
      setHeight(row, lines);
    };
    put(block.header, true);
    for (const r of block.rows) put(r, false);
  };
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'lines':
        for (const line of block.lines) text(line, { hAlign: block.align, bold: block.bold, italic: block.italic, ...(block.large ? { fontSize: 14 } : {}) });
        if (block.large) sheet.skipRow();
        break;
      case 'heading':
        sheet.skipRow();
        text(block.text, { bold: true, fontSize: 12 });
        break;
      case 'appendix': {
        // Each appendix starts a page, as in the .docx: its heading is the new page's first row.
        sheet.skipRow();
        const before = sheet.lastRow + 1;
        text(block.text, { bold: true, fontSize: 12, hAlign: 'center' });
        breaks.push(before);
        break;
      }
      case 'paragraph':
        text(block.text);
        break;
      case 'list':
        for (const item of block.items) text(block.numbered ? item : `• ${item}`);
        break;
      case 'table':
        table(block);
        break;
      case 'signature': {
        sheet.skipRow();
        const values: OutValue[] = new Array<OutValue>(COLS).fill(null);
        values[0] = block.position;
        values[9] = '________________';
        values[14] = block.executor;
        const row = sheet.addRow(values);
        for (const [a, b] of [[1, 9], [10, 14], [15, COLS]] as const) sheet.merge(rangeA1(row, a, row, b));
        sheet.style(rangeA1(row, 1, row, 9), { wrap: true, vAlign: 'bottom' });
        sheet.style(rangeA1(row, 10, row, 14), { hAlign: 'center', vAlign: 'bottom' });
        sheet.style(rangeA1(row, 15, row, COLS), { hAlign: 'right', vAlign: 'bottom', wrap: true });
        setHeight(row, Math.max(wrappedLines(block.position, 9 * COL_WIDTH), wrappedLines(block.executor, 6 * COL_WIDTH)));
        textRow(block.date);
        break;
      }
    }
  }
  const spec = sheet.build({ kind: 'note', name: NOTE_SHEET_NAME, columnWidths: WIDTHS, tabColor: '7F7F7F' });
  // Heights from the merged width (the builder measures single columns).
  return { ...spec, rowHeights: heights.sort((a, b) => a.row - b.row), ...(breaks.length > 0 ? { pageBreaks: breaks } : {}) };
}
