// The XML 1.0 sanitiser: every text written into an .xlsx sheet, a .docx or a custom part passes through it.

/**
 * Characters XML 1.0 cannot hold: control characters other than tab, line feed, carriage return, U+FFFE/U+FFFF,
 * and lone UTF-16 surrogates (half of a character, which no encoder can write).
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold (Word and Excel refuse a part that has one). */
export function xmlSafeText(text: string): string {
  return text.replace(INVALID_XML, '');
}

/**
 * A copy of a plain data value (strings, numbers, arrays, plain objects) with every string made XML-safe, for a
 * writer (such as the `docx` library) that passes text through unchecked. Other objects are kept as they are.
 */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}
