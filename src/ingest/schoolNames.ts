// School names: display form (legal-form prefix, quotes, login code and debris removed) and the key used to match them.
// Every pattern is anchored or bounded, and runs over at most MATCH_LIMIT characters (linear in the cell).
import { collapseSpaces, fixLookalikes, forMatching, lookalikesToCyrillic, stripQuotes } from './text';

const CODE_RE = /\b((?:sch|edu)\d{3,})\b/i;
const LEADING_CODE_RE = /^\(?\s*(?:sch|edu)\d{3,}\s*\)?[\s:.,-]*/i;
const INNER_CODE_RE = /\(\s*(?:sch|edu)\d{3,}\s*\)/gi;
/** "Муниципальное бюджетное общеобразовательное учреждение …" written in full, typos included («учрждение»). */
const LEGAL_FORM_WORDS_RE =
  /^(?:муниципальн|государственн|негосударственн|частн|краев|областн|федеральн|автономн|некоммерческ)\S{0,30}\s+(?:\S{1,30}\s+){0,4}?(?:уч\S{0,3}жд\S{0,6}ни[ея]|учреждени[ея]|организаци[яи])\s*/i;
/** School types written in full (with the typos forms carry) and their usual abbreviations. */
const SCHOOL_TYPE_WORDS: readonly { readonly re: RegExp; readonly short: string }[] = [
  { re: /средн\S{0,30}\s+общ\S{0,30}\s*образ\S{0,30}\s+школ[аы]/i, short: 'СОШ' },
  { re: /средн\S{0,30}\s+общ\S{0,30}\s+школ[аы]/i, short: 'СОШ' },
  { re: /основн\S{0,30}\s+общ\S{0,30}\s*образ\S{0,30}\s+школ[аы]/i, short: 'ООШ' },
  { re: /основн\S{0,30}\s+общ\S{0,30}\s+школ[аы]/i, short: 'ООШ' },
  { re: /начальн\S{0,30}\s+общ\S{0,30}\s*образ\S{0,30}\s+школ[аы]/i, short: 'НОШ' },
  { re: /начальн\S{0,30}\s+общ\S{0,30}\s+школ[аы]/i, short: 'НОШ' },
];
/** First word of the name and what follows it (a quote, a space, a colon or comma: «МБОУ: Усть-Энская ООШ»). */
const FIRST_WORD_RE = /^([A-Za-zА-ЯЁа-яё]{2,6})(?=[\s«»"„“”':;,]|$)/;
/** Legal-form abbreviations: МОУ, МБОУ, МАОУ, МКОУ, ГБОУ, ЧОУ, КГБОУ, МОБУ, ОГБОУ, ФГКОУ … */
const LEGAL_FORM_RE = /^[МГЧНКОФАБ]{1,4}(?:ОУ|БУ|ОО)$/;
const SCHOOL_TYPES = new Set(['СОШ', 'ООШ', 'НОШ', 'ЦО', 'ОО', 'МОО', 'ШКОЛА']);
/** Words a name never holds twice in a row («СОШ СОШ № 31» is what «МБОУ СОШ «Средняя … школа № 31»» shortens to). */
const TYPE_WORDS_ONCE = new Set([...SCHOOL_TYPES, 'СШ', 'ОШ', 'ЛИЦЕЙ', 'ГИМНАЗИЯ']);
/** Punctuation that never ends a name («Лицей № 5,», «Гимназия № 2 -»); a period may («им. Пушкина А.С.»). */
const TRAILING_DEBRIS = new Set([':', ';', ',', '-', '–', '—', '*', '•', '·', '/', '\\', '|', ' ']);
/** …nor starts one («: Усть-Энская ООШ», «- гимназия № 1», «. СОШ № 2»). */
const LEADING_DEBRIS = new Set([...TRAILING_DEBRIS, '.']);

/** Login code (sch123456 / edu123456) written in a name, lower case; undefined when none. */
export function loginCode(raw: string): string | undefined {
  const m = CODE_RE.exec(forMatching(raw));
  return m ? m[1].toLowerCase() : undefined;
}

/** Display name: "МБОУ «Ивановская СОШ» " → "Ивановская СОШ"; "(sch500100) МБОУ "Лицей № 5"" → "Лицей № 5". */
export function displayName(raw: string): string {
  let s = collapseSpaces(forMatching(raw).replace(/[<>]/g, ' ')).replace(LEADING_CODE_RE, '').replace(INNER_CODE_RE, ' ');
  s = fixLookalikes(collapseSpaces(s));
  s = s.replace(LEGAL_FORM_WORDS_RE, '');
  for (const t of SCHOOL_TYPE_WORDS) s = s.replace(t.re, t.short);
  const first = FIRST_WORD_RE.exec(s);
  if (first) {
    const token = lookalikesToCyrillic(first[1]).toUpperCase();
    if (LEGAL_FORM_RE.test(token) && !SCHOOL_TYPES.has(token)) s = s.slice(first[1].length);
  }
  s = stripQuotes(s)
    .replace(/\s*№\s*/g, ' № ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')');
  return withoutDebris(collapseSpaces(s));
}

/** «: Усть-Энская ООШ» → «Усть-Энская ООШ»; «СОШ СОШ № 31» → «СОШ № 31»; «- гимназия № 1» → «Гимназия № 1». */
function withoutDebris(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && LEADING_DEBRIS.has(name[start])) start++;
  while (end > start && TRAILING_DEBRIS.has(name[end - 1])) end--;
  const words = name.slice(start, end).split(' ');
  const kept = words.filter((w, i) => i === 0 || !(w.toUpperCase() === words[i - 1].toUpperCase() && TYPE_WORDS_ONCE.has(w.toUpperCase())));
  const s = kept.join(' ');
  return /^[а-яё]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Matching key: display name, lower case, ё→е, "№" spacing unified, punctuation noise removed. */
export function schoolKey(raw: string): string {
  const s = displayName(raw)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(^|\s)(?:n|no|n°)\.?\s*(?=\d)/g, '$1№ ')
    .replace(/[.,;:!?()[\]{}\-–—_/\\*+]/g, ' ')
    .replace(/\s*№\s*/g, ' № ');
  return collapseSpaces(s);
}
