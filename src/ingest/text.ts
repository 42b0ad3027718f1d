// Text helpers shared by the recognisers: Latin look-alikes, quotes, spaces, format characters, the length matched,
// a folded form for matching.

/** Latin letters that look like Cyrillic ones (upper and lower case). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

const WORD_RE = /[A-Za-zА-Яа-яЁё]+/g;
const CYRILLIC_RE = /[А-Яа-яЁё]/;
const LATIN_LOOKALIKE_RE = /[ABCEHKMOPTXYabcehkmoptxy]/g;
const QUOTES_RE = /[«»"„“”‟″'‘’`]/g;
const SPACES_RE = /[\s\u00a0\u2007\u202f]+/g;

/**
 * Longest text the recognisers match (names, headers, labels, titles): a longer cell (Excel allows 32 767 characters)
 * is cut to it, so that no pattern ever runs over more; the reader names such cells in a warning.
 */
export const MATCH_LIMIT = 1000;

/**
 * Characters that print as nothing: format characters (zero-width spaces and joiners, bidi controls, soft hyphen,
 * BOM, tags) and variation selectors. «Лес\u200Bная СОШ» is «Лесная СОШ».
 */
const FORMAT_CHARS_RE = /[\p{Cf}\u180B-\u180D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** The text without characters that print as nothing (see FORMAT_CHARS_RE). */
export function dropFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS_RE, '');
}

/** Text as the recognisers see it: cut to MATCH_LIMIT characters (never inside a surrogate pair), invisible characters dropped. */
export function forMatching(text: string): string {
  let cut = text;
  if (text.length > MATCH_LIMIT) {
    const end = /[\uD800-\uDBFF]/.test(text[MATCH_LIMIT - 1]) ? MATCH_LIMIT - 1 : MATCH_LIMIT;
    cut = text.slice(0, end);
  }
  return dropFormatChars(cut);
}

/** Replaces Latin look-alike letters with Cyrillic ones inside words that contain Cyrillic letters. */
export function fixLookalikes(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(WORD_RE, (word) => {
    if (!CYRILLIC_RE.test(word)) return word; // a Latin word of its own ("IT-класс") stays Latin
    return word.replace(LATIN_LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch);
  });
}

/** Replaces every Latin look-alike letter, whatever the word (for short all-caps tokens like "MБOУ"). */
export function lookalikesToCyrillic(text: string): string {
  return text.replace(LATIN_LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch);
}

/** Removes quote characters of every kind. */
export function stripQuotes(text: string): string {
  return text.replace(QUOTES_RE, '');
}

/** Collapses runs of white space (incl. no-break spaces) into one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES_RE, ' ').trim();
}

/** Folded form for matching headers and labels: no quotes, lower case, ё→е, look-alikes fixed, spaces collapsed. */
export function fold(text: string): string {
  return collapseSpaces(stripQuotes(fixLookalikes(forMatching(text))).toLowerCase().replace(/ё/g, 'е'));
}

/** Excel's error values in English and Russian Excel ("#NAME?", "#ИМЯ?", "#Н/Д", …): a formula's failure, not data. */
const ERROR_VALUE_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|ПУСТО!|ДЕЛ\/0!|ЗНАЧ!|ССЫЛКА!|ИМЯ\?|ЧИСЛО!|Н\/Д|ОШИБКА)$/i;

export function isErrorText(text: string): boolean {
  return ERROR_VALUE_RE.test(text.trim());
}
