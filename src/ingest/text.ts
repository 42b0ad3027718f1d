// Text helpers shared by the recognisers: Latin look-alikes, quotes, spaces, a folded form for matching.

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
  return collapseSpaces(stripQuotes(fixLookalikes(text)).toLowerCase().replace(/ё/g, 'е'));
}

/** Excel's error values in English and Russian Excel ("#NAME?", "#ИМЯ?", "#Н/Д", …): a formula's failure, not data. */
const ERROR_VALUE_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|ПУСТО!|ДЕЛ\/0!|ЗНАЧ!|ССЫЛКА!|ИМЯ\?|ЧИСЛО!|Н\/Д|ОШИБКА)$/i;

export function isErrorText(text: string): boolean {
  return ERROR_VALUE_RE.test(text.trim());
}
