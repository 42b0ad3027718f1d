// Estimates row heights for wrapped text (the .xlsx writer cannot autofit): lines of words per column width.
import { parseRange } from './a1';
import { OutValue, RangeStyle, RowHeight } from './model';

/** Default row height in points (Calibri 11) and the height of one more line. */
export const LINE_HEIGHT = 15;
/** Bold letters are wider: Calibri Bold's Cyrillic ≈ 4 % (measured), counted 5 %. */
const BOLD_FACTOR = 1.05;
/** Never taller than this many lines (Excel's limit is 409 pt). */
const MAX_LINES = 20;
/** Kept free of each line: the cell's padding. */
const LINE_MARGIN = 0.3;

/**
 * Widths of characters in digit widths, as Calibri draws them (measured on Carlito, its metric twin, in Chromium;
 * rounded up to 0,05). A column of width w holds w digits; the characters not listed count as a digit (small letters)
 * or 1,3 (capitals).
 */
const WIDTHS: ReadonlyMap<string, number> = new Map(([
  [0.45, ' \u00a0\u202f\''], [0.5, 'ijlI.,'], [0.55, ':;'], [0.6, '`()'], [0.65, 'fJ![]{}-'], [0.7, 'гrt‐'], [0.8, 'тsz"/\\'],
  [0.85, 'зсГcL'], [0.9, 'ухэkvxy'], [0.95, 'авкчьяЗagFSZ?|'], [1.05, 'лопрРУХЬbdhnopquKPX«»'], [1.1, 'бийнцъБВКСЧЭЯBCR'],
  [1.15, 'дАAV'], [1.2, '●'], [1.25, 'фЛНПЪDGH'], [1.3, 'ДИЙЦNU'], [1.35, 'мыОOQ&'], [1.4, 'жФ'], [1.45, 'шюw%'], [1.5, 'щ'],
  [1.55, 'Ы'], [1.6, 'Жm'], [1.7, 'МM'], [1.75, 'ШЮ'], [1.8, 'ЩW—@'], [2.05, '№'],
] as const).flatMap(([w, chars]) => [...chars].map((c): [string, number] => [c, w])));

/** The width of one character in digit widths. */
export function charWidth(ch: string): number {
  return WIDTHS.get(ch) ?? (ch !== ch.toLowerCase() ? 1.3 : 1);
}

function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return bold ? w * BOLD_FACTOR : w;
}

/** Lines a text takes when wrapped by words in a column of `width` digit widths (Excel's column width). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, width - LINE_MARGIN);
  const space = textWidth(' ', bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const w = textWidth(word, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= capacity) {
        used = needed;
      } else if (used === 0) {
        paragraphLines += Math.ceil(w / capacity) - 1;
        used = w % capacity || capacity;
      } else {
        paragraphLines += Math.ceil(w / capacity);
        used = w % capacity || capacity;
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

/** Width a bold header word of `letters` letters needs (with the cell's padding): capitals and wide letters counted. */
export function headerWordWidth(letters: number): number {
  return Math.ceil(letters * 1.2);
}
