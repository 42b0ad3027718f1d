// Reads numbers as sheets hold them: numbers, "33,33", "33,33 %", " 12 ", dashes and "н/д" as missing.
import { RawValue } from './grid';

export type NumberRead =
  | { readonly kind: 'number'; readonly value: number; /** The text carried its own "%" sign. */ readonly percentSign: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'bad'; readonly text: string };

const MISSING = new Set(['', '-', '—', '–', '−', '--', 'н/д', 'нд', 'н.д.', 'нет данных', 'нет', 'x', 'х']);
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const INNER_SPACES_RE = /[\s\u00a0\u2007\u202f]+/g;

const MISSING_READ: NumberRead = { kind: 'missing' };

/** Parses one raw cell value as a number; never throws. */
export function readNumber(value: RawValue): NumberRead {
  if (value === null) return MISSING_READ;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, percentSign: false } : { kind: 'bad', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'bad', text: value ? 'ИСТИНА' : 'ЛОЖЬ' };
  const trimmed = value.trim();
  if (MISSING.has(trimmed.toLowerCase())) return MISSING_READ;
  let text = trimmed.replace(INNER_SPACES_RE, '');
  let percentSign = false;
  if (text.endsWith('%')) {
    percentSign = true;
    text = text.slice(0, -1);
  }
  text = text.replace(',', '.');
  if (!NUMBER_RE.test(text)) return { kind: 'bad', text: trimmed };
  return { kind: 'number', value: Number(text), percentSign };
}

/** Rounds to 2 decimals (shares are shown in p.p. with two decimals); removes float noise of ×100. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Russian number text with a decimal comma: 33.33 → "33,33". */
export function formatNumber(value: number): string {
  return String(round2(value)).replace('.', ',');
}
