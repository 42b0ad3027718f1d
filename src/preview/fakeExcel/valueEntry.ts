// How Excel turns a value set through Range.values into cell content: formulas, numbers, text (fake Excel).
import { FakeCell } from './fakeWorkbook';

const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);

/** A number as Excel's en-US input would read it ("12", "-3.5", "1e3", "45%"); undefined otherwise. */
export function parseNumberInput(text: string): number | undefined {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return m[2] ? n / 100 : n;
}

/** Serial day number of an ISO date "2024-05-31" (Excel's 1900 system); undefined otherwise. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const date = new Date(ms);
  if (date.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return Math.round(ms / 86_400_000) + 25_569;
}

/**
 * Applies one element of a Range.values assignment to a cell, as Excel does:
 * null leaves the cell unchanged, "" clears it, a string starting with "=" (or "+", "-", "@" and not a number)
 * becomes a formula, numeric/boolean/date/error-looking text is converted, a leading apostrophe or the text
 * number format "@" keeps the string as text.
 */
export function enterValue(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  cell.formula = undefined;
  cell.error = undefined;
  cell.quotePrefix = undefined;
  cell.value = undefined;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === '') return;
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (text.length > 1 && text.startsWith('=')) {
    cell.formula = text;
    return;
  }
  const number = parseNumberInput(text);
  if (number !== undefined) {
    cell.value = number;
    return;
  }
  if (text.length > 1 && /^[+\-@]/.test(text)) {
    cell.formula = `=${text}`;
    return;
  }
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    cell.value = upper === 'TRUE';
    return;
  }
  if (ERROR_LITERALS.has(upper)) {
    cell.value = upper;
    cell.error = true;
    return;
  }
  const serial = parseIsoDate(text);
  if (serial !== undefined) {
    cell.value = serial;
    if (cell.numberFormat === undefined) cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  cell.value = text;
}
