// Request-size estimates for Office.js batches: Excel on the web refuses requests and responses over 5 MB.

/** Estimated bytes Office.js adds per queued command (action, object path, ids). */
export const COMMAND_OVERHEAD = 300;

/** UTF-8 length of a string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value sent as JSON. */
export function jsonLength(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/** Splits sized items into consecutive groups whose total stays within budget (an oversize item goes alone). */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Splits rows into consecutive blocks of at most `budget` bytes each (a single huge row forms its own block). */
export function rowBlocks(rowBytes: readonly number[], budget: number): { start: number; end: number; bytes: number }[] {
  const blocks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && bytes + b > budget) {
      blocks.push({ start, end: i - 1, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) blocks.push({ start, end: rowBytes.length - 1, bytes });
  return blocks;
}
