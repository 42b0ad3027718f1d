// The pane sanitiser: names shown in the task pane and the browser version make invisible format characters visible.

/** Zero-width characters, bidi controls, soft hyphen, word joiner, BOM, variation selectors: invisible in a name. */
const FORMAT_CHARACTERS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;
/** C0/C1 controls other than tab and line feed: never meaningful in a name. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A name as the pane shows it: each invisible format character as «⟦U+200B⟧», controls dropped. */
export function paneSafeName(name: string): string {
  return name.replace(CONTROLS, '').replace(FORMAT_CHARACTERS, (ch) => `⟦${codePoint(ch)}⟧`);
}

/** True when the name holds a character the pane would make visible (the name differs from what it looks like). */
export function hasHiddenCharacters(name: string): boolean {
  FORMAT_CHARACTERS.lastIndex = 0;
  const found = FORMAT_CHARACTERS.test(name);
  FORMAT_CHARACTERS.lastIndex = 0;
  return found;
}
