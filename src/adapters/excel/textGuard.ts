// Keeps written text as text: Excel turns "=…", "+7", "-x", "@x", "0012", "TRUE", "#N/A" typed into values into other things.
import { OutValue } from '../../report/model';

/** Excel's limit on the characters a cell holds. */
export const MAX_CELL_TEXT = 32_767;

/** True when Excel would not keep this string as the same text if it were written as a value. */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  const t = text.trim();
  if (t !== text) return true;
  if (/^(true|false|истина|ложь)$/i.test(t)) return true;
  // Numbers, percentages, dates, times, fractions in any notation Excel might parse.
  return /\d/.test(t) && /^[\d\s.,:/%()$€₽£¥eE+\-]+$/.test(t);
}

/** A value as it is written into Range.values: text that Excel would convert gets a leading apostrophe. */
export function toCellInput(value: OutValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return needsTextGuard(text) ? `'${text}` : text;
}
