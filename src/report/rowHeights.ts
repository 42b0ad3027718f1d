// Estimates row heights for wrapped text (the .xlsx writer cannot autofit): lines of words per column width.
import { parseRange } from './a1';
import { OutValue, RangeStyle, RowHeight } from './model';

/** Default row height in points (Calibri 11) and the height of one more line. */
export const LINE_HEIGHT = 15;
/** Column width is counted in digit widths: a regular letter (Calibri Cyrillic ≈ 0,9 digit) takes one, a bold one 1,2 — a safe over-estimate. */
const LETTER_FACTOR = 1.0;
const BOLD_FACTOR = 1.2;
/** Never taller than this many lines (Excel's limit is 409 pt). */
const MAX_LINES = 20;

/** Lines a text takes when wrapped by words in a column of `width` characters. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width / (bold ? BOLD_FACTOR : LETTER_FACTOR)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
      } else if (used === 0) {
        paragraphLines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      } else {
        paragraphLines += Math.ceil(word.length / capacity);
        used = word.length % capacity || capacity;
      }
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

/** Heights of the rows whose wrapped cells need more than one line. */
export function estimateRowHeights(values: readonly (readonly OutValue[])[], styles: readonly RangeStyle[], columnWidths: readonly number[]): RowHeight[] {
  const lines = new Map<number, number>();
  for (const { range, style } of styles) {
    if (!style.wrap) continue;
    const r = parseRange(range);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let column = r.left; column <= r.right; column++) {
        const value = values[row - 1]?.[column - 1];
        if (typeof value !== 'string' || value === '') continue;
        const n = Math.min(MAX_LINES, wrappedLines(value, columnWidths[column - 1] ?? 8.43, style.bold === true));
        lines.set(row, Math.max(lines.get(row) ?? 1, n));
      }
    }
  }
  return [...lines].filter(([, n]) => n > 1).sort(([a], [b]) => a - b).map(([row, n]) => ({ row, height: n * LINE_HEIGHT }));
}

/**
 * Column widths widened so that the longest word of each (bold, wrapped) header fits on one line: a header is
 * wrapped between words, never inside one («(профильная)», «Муниципалитет»).
 */
export function fitHeaderWords(headers: readonly OutValue[], widths: readonly number[]): number[] {
  return widths.map((w, i) => {
    const header = headers[i];
    if (typeof header !== 'string') return w;
    const longest = header.split(/\s+/).reduce((m, word) => Math.max(m, word.length), 0);
    return Math.max(w, headerWordWidth(longest));
  });
}

/** Width a bold header word of `letters` letters needs (with the cell's padding). */
export function headerWordWidth(letters: number): number {
  return Math.ceil(letters * BOLD_FACTOR);
}
