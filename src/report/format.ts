// Text formatting for the written sheets: Russian decimals and the run's date and time (local time of the run).

/** The minus sign of printed numbers (U+2212): «−0,25», not the hyphen «-0,25». */
export const MINUS = '\u2212';

/**
 * 30 → "30", 27.5 → "27,5", 33.333 → "33,3", −0.25 → "−0,25" (at most `decimals` decimals, Russian comma, the minus
 * sign; a value that rounds to zero prints "0").
 */
export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const text = String(rounded).replace('.', ',');
  return value < 0 && rounded !== 0 ? `${MINUS}${text}` : text;
}

/** "23.11.2024". */
export function formatDate(date: Date): string {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** "2024-11-23 10:15". */
export function formatDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
