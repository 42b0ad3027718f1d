// A1 addresses for the Office.js adapter: strip sheet names from Excel's addresses, build and parse ranges.
import { cellAddress, parseAddress } from '../../ingest/grid';

export interface CellBox {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Splits Excel's list of areas ("'A, b'!A1:B2,Sheet2!C3") at commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** "Лист 1!C5:F20" or "'Лист 1'!C5:F20" → "C5:F20". */
export function localAddress(address: string): string {
  const text = address.trim();
  if (text.startsWith("'")) {
    const close = text.lastIndexOf("'!");
    return close > 0 ? text.slice(close + 2) : text;
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? text : text.slice(bang + 1);
}

/** Parses "C5" or "C5:F20" (no sheet name); undefined when it is neither. */
export function parseBox(local: string): CellBox | undefined {
  const [a, b] = local.split(':');
  const p = parseAddress(a);
  const q = b === undefined ? p : parseAddress(b);
  if (!p || !q) return undefined;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

export function boxAddress(box: CellBox): string {
  const a = cellAddress(box.r1, box.c1);
  return box.r1 === box.r2 && box.c1 === box.c2 ? a : `${a}:${cellAddress(box.r2, box.c2)}`;
}
