// The справка as the sheet «Справка»: a printable A4 portrait page of six columns, text wrapped in merged rows,
// tables with borders (the same document the .docx gets).
import { rangeA1 } from '../a1';
import { OutValue, RowHeight, SheetSpec } from '../model';
import { LINE_HEIGHT, wrappedLines } from '../rowHeights';
import { SheetBuilder } from '../sheetBuilder';
import { HEADER_FILL } from '../palette';
import { NoteBlock, NoteDoc } from './model';

export const NOTE_SHEET_NAME = 'Справка';
const WIDTHS = [6, 28, 12, 12, 12, 30];
const COLS = WIDTHS.length;
const TOTAL = WIDTHS.reduce((s, w) => s + w, 0);

/** `n` table columns over the page columns from..to: one each, the last taking what is left. */
function spread(n: number, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) out.push([Math.min(from + i, to), i === n - 1 ? to : Math.min(from + i, to)]);
  return out;
}

/**
 * Page columns (1-based, inclusive) each table column spans: a «№» column takes the narrow first column and the
 * name the wide second; any other first column takes both; the rest share the others.
 */
function spans(header: readonly string[]): [number, number][] {
  const k = header.length;
  if (k === 1) return [[1, COLS]];
  if (header[0] === '№' && k > 2) return [[1, 1], [2, 2], ...spread(k - 2, 3, COLS)];
  return [[1, 2], ...spread(k - 1, 3, COLS)];
}

function spanWidth([a, b]: [number, number]): number {
  return WIDTHS.slice(a - 1, b).reduce((s, w) => s + w, 0);
}

export function buildNoteSheet(doc: NoteDoc): SheetSpec {
  const sheet = new SheetBuilder();
  const heights: RowHeight[] = [];
  const text = (value: string, style: { bold?: boolean; italic?: boolean; fontSize?: number } = {}): void => {
    const row = sheet.addRow([value, ...new Array<OutValue>(COLS - 1).fill(null)]);
    sheet.merge(rangeA1(row, 1, row, COLS));
    sheet.style(rangeA1(row, 1, row, COLS), { wrap: true, vAlign: 'top', ...style });
    const lines = wrappedLines(value, TOTAL * (style.fontSize && style.fontSize > 11 ? 11 / style.fontSize : 1), style.bold === true);
    const line = style.fontSize && style.fontSize > 11 ? (LINE_HEIGHT * style.fontSize) / 11 : LINE_HEIGHT;
    if (lines > 1 || line > LINE_HEIGHT) heights.push({ row, height: Math.ceil(lines * line) });
  };
  const table = (block: Extract<NoteBlock, { type: 'table' }>): void => {
    const s = spans(block.header);
    const put = (cells: readonly (string | number | null)[], bold: boolean): number => {
      const values: OutValue[] = new Array<OutValue>(COLS).fill(null);
      cells.forEach((c, i) => {
        if (s[i]) values[s[i][0] - 1] = c;
      });
      const row = sheet.addRow(values);
      for (const span of s) if (span[1] > span[0]) sheet.merge(rangeA1(row, span[0], row, span[1]));
      sheet.style(rangeA1(row, 1, row, COLS), { wrap: true, vAlign: 'top', border: 'thin', ...(bold ? { bold: true, fill: HEADER_FILL } : {}) });
      cells.forEach((c, i) => {
        if (typeof c === 'number' && s[i] && !(i === 0 && block.header[0] === '№')) sheet.format(rangeA1(row, s[i][0], row, s[i][0]), '0.0');
      });
      const lines = Math.max(1, ...cells.map((c, i) => (typeof c === 'string' && s[i] ? wrappedLines(c, spanWidth(s[i]), bold) : 1)));
      if (lines > 1) heights.push({ row, height: lines * LINE_HEIGHT });
      return row;
    };
    put(block.header, true);
    for (const r of block.rows) put(r, false);
  };
  text(doc.title, { bold: true, fontSize: 14 });
  text(doc.subtitle, { italic: true });
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      sheet.skipRow();
      text(block.text, { bold: true, fontSize: 12 });
    } else if (block.type === 'paragraph') text(block.text);
    else if (block.type === 'list') for (const item of block.items) text(`• ${item}`);
    else table(block);
  }
  const spec = sheet.build({ kind: 'note', name: NOTE_SHEET_NAME, columnWidths: WIDTHS, tabColor: '7F7F7F' });
  // Heights from the merged width (the builder measures single columns).
  return { ...spec, rowHeights: heights.sort((a, b) => a.row - b.row) };
}
