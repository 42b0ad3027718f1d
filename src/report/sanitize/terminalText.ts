// The terminal sanitiser: everything the CLI prints (stdout and stderr) shows control and bidi characters escaped.

/**
 * What a terminal would act on or reorder: C0 controls except tab and line feed (ESC starts title, clear-screen,
 * hyperlink and clipboard sequences; CR overwrites a line), DEL, C1 controls (U+009B is a one-character CSI), bidi
 * embeddings/overrides/isolates and marks, line/paragraph separators, zero-width characters and the BOM (a name
 * that prints like another), soft hyphen.
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

function escaped(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with every character a terminal would act on, or that changes how a line reads, shown as `\uXXXX`. */
export function terminalSafeText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, escaped);
}
