// Header synonyms: which role a column plays, from its header text (case-, ё- and quote-insensitive).
import { ColumnRole } from './types';
import { subjectCode } from './subjects';
import { fold } from './text';

/** Roles that hold numbers of a result. */
export type MetricRole =
  | 'participants' | 'share2' | 'count2' | 'share3' | 'share4' | 'share5' | 'share45'
  | 'lowered' | 'confirmed' | 'raised' | 'meanScore';

export const METRIC_ROLES: readonly MetricRole[] = [
  'participants', 'share2', 'count2', 'share3', 'share4', 'share5', 'share45', 'lowered', 'confirmed', 'raised', 'meanScore',
];
export const SHARE_ROLES: readonly MetricRole[] = ['share2', 'share3', 'share4', 'share5', 'share45', 'lowered', 'confirmed', 'raised'];

export function isMetricRole(role: ColumnRole | undefined): role is MetricRole {
  return role !== undefined && (METRIC_ROLES as readonly string[]).includes(role);
}

/** A mark digit standing alone: "2", "«2»", "% 2", "доля 2" (not "2023", not "12"). */
const markRe = (d: string): RegExp => new RegExp(`(?<!\\d|\\d[.,])${d}(?!\\d|[.,]\\d)`);
const MARK_DIGIT_ONLY_RE = /^[«"]?\s*[2-5]\s*[»"]?\s*%?$/;

const RULES: readonly { readonly role: ColumnRole; readonly re: RegExp }[] = [
  { role: 'ignore', re: /^(№|n|no|№ п\/п|п\/п|№п\/п|кол-?во оо|количество оо|код|логин|код оо|профиль( \(при наличии\))?)$|высокобалльн|100 балл|^всего выпускник|^(в т\.? ?ч\.?|из них)/ },
  {
    // «Муниципальный район (городской округ)», «Наименование органа управления образованием», «Управление образования».
    role: 'municipality',
    re: /^(наименование )?(муниципальн\S* (образовани|район|округ)\S*|муниципалитет|мсу|мо|мр|моуо|муо|район|территори\S*|(городск|муниципальн)\S* округ\S*|(муниципальн\S* )?(район|город|мо|округ)[^\s/]*(\s*\/\s*(городск\S* |муниципальн\S* )?(округ|район|город|го)[^\s/]*)+|учредител\S*|ате)( \([^)]*\))?$|^(наименование )?(муниципальн\S* )?(органа?|органов) (местного самоуправления|(муниципальн\S* )?управлени\S* (в сфере )?образовани)|^(наименование )?(управлени|отдел|комитет|департамент)\S* (по )?образовани\S*$/,
  },
  { role: 'lowered', re: /пониз/ },
  { role: 'confirmed', re: /подтверд/ },
  { role: 'raised', re: /повыс/ },
  { role: 'meanScore', re: /средн\S* (перв\S* |тест\S* )?балл|^ср\.? балл/ },
  { role: 'share45', re: /(^|[^\d])4\s*(и|,|\+|-|–)\s*5([^\d]|$)|качеств/ },
  { role: 'share2', re: /не преодол|не достигл|ниже (мин|порог)|не сдал|неудовл|двойк/ },
  { role: 'participants', re: /кол-?во участ|количеств\S* (участ|учащ|обуч|детей|выпуск|писав|сдава|выполн)|^писал|^сдавал|^участник|^число участ|выполнял|^кол-?во (учащ|обуч|детей)|^(приняло|приняли|принявших) участи|^участвовал/ },
  {
    role: 'school',
    re: /^(оо|оу|моу|мбоу|маоу|мкоу|гбоу|школа|школы|учреждение|организация|название|наименование)$|образовательн\S* (организац|учрежд)|наименовани|группы участник|^(муниципальн\S* )?общеобразовательн|^(название|школа)( оо| школы| учреждения| организации)?$/,
  },
  { role: 'category', re: /^(период( проведения)?|этап|сессия|категория( участников)?|тип участников)$/ },
  { role: 'year', re: /^(учебн\S* )?год( проведения| участия)?$|^уч\.? год$/ },
  { role: 'kind', re: /^(процедура|вид( процедуры| оценочной процедуры)?|оценочная процедура|тип( процедуры)?|форма( аттестации)?)$/ },
  { role: 'grade', re: /^(класс|классы|параллель|кл\.?)$/ },
  { role: 'subject', re: /^(предмет|предметы|учебный предмет|дисциплина)$/ },
];
const MARK_ROLES: readonly { readonly role: MetricRole; readonly re: RegExp }[] = [
  { role: 'share2', re: markRe('2') },
  { role: 'share3', re: markRe('3') },
  { role: 'share4', re: markRe('4') },
  { role: 'share5', re: markRe('5') },
];
/** Grades, years and "ВПР-5" are not marks: removed before looking for a mark digit. */
const NOT_MARK_PARTS_RE = /\d{1,2}\s*(-?\s*(й|го|х))?\s*(кл\.?|класс\S*|параллел\S*)|(впр|кдр)\s*-?\s*\d{1,2}|\d{4}/g;
const NOT_A_MARK_RE = /балл|№/;

/** Words that make a «2» column a count of pupils («чел.», «кол-во», «количество», «число»). */
const COUNT_WORDS_RE = /(^|[^а-я])(чел|кол-?во|количеств\S*|число)([^а-я]|$)/;
/** Words that make it a share («%», «доля», «процент»). */
const SHARE_WORDS_RE = /%|(^|[^а-я])(доля|доли|процент\S*|в %)([^а-я]|$)/;

/** Role of a header text, or undefined when unknown. A «2» column with count words is a count (methodology §1a). */
export function recogniseRole(text: string): ColumnRole | undefined {
  // «4 РУ», «5 МА»: a grade and a subject code, not a mark column.
  if (subjectCode(text) !== undefined) return undefined;
  const folded = fold(text).replace(/[\r\n]+/g, ' ').replace(/-\s+/g, '');
  if (folded === '') return undefined;
  const role = roleOf(folded);
  if (role === 'share2' && COUNT_WORDS_RE.test(folded) && !SHARE_WORDS_RE.test(folded)) return 'count2';
  return role;
}

/** True when a header says its numbers are shares (so a «2» column is not a count). */
export function saysShare(text: string): boolean {
  return SHARE_WORDS_RE.test(fold(text));
}

function roleOf(folded: string): ColumnRole | undefined {
  for (const rule of RULES) if (rule.re.test(folded)) return rule.role;
  const rest = folded.replace(NOT_MARK_PARTS_RE, ' ');
  if (NOT_A_MARK_RE.test(rest)) return undefined;
  for (const rule of MARK_ROLES) if (rule.re.test(rest)) return rule.role;
  return undefined;
}

/** True when a header is just a mark digit ("2", "«5»", "3 %"): trusted only next to other header words. */
export function isBareMark(text: string): boolean {
  return MARK_DIGIT_ONLY_RE.test(text.trim());
}
