// Canonical subject names: "рус. яз." → "Русский язык", "матем" → "Математика", ЕГЭ maths levels, ФИС ОКО codes «4 РУ».
import { collapseSpaces, fold, forMatching, lookalikesToCyrillic } from './text';

interface SubjectPattern {
  readonly re: RegExp;
  readonly name: string;
}

/** Known subjects, searched in free text (titles, sheet names) and in subject cells. Order matters. */
const KNOWN: readonly SubjectPattern[] = [
  { re: /(^|[^а-я])рус(ск|\.|\s|$)/, name: 'Русский язык' },
  { re: /(^|[^а-я])окружающ/, name: 'Окружающий мир' },
  { re: /(^|[^а-я])литературн\S* чтени/, name: 'Литературное чтение' },
  { re: /(^|[^а-я])физик/, name: 'Физика' },
  { re: /(^|[^а-я])хими/, name: 'Химия' },
  { re: /(^|[^а-я])биолог/, name: 'Биология' },
  { re: /(^|[^а-я])истори/, name: 'История' },
  { re: /(^|[^а-я])обществозн/, name: 'Обществознание' },
  { re: /(^|[^а-я])географ/, name: 'География' },
  { re: /(^|[^а-я])информатик/, name: 'Информатика' },
  { re: /(^|[^а-я])литератур/, name: 'Литература' },
  { re: /(^|[^а-я])англ/, name: 'Английский язык' },
  { re: /(^|[^а-я])немец/, name: 'Немецкий язык' },
  { re: /(^|[^а-я])француз/, name: 'Французский язык' },
];
const MATHS_RE = /(^|[^а-я])матем/;
const PROFILE_RE = /проф/;
const BASIC_RE = /баз/;

/** Subject codes of ФИС ОКО / ФИОКО (input-layouts.md, «What varies»). */
const SUBJECT_CODES: ReadonlyMap<string, string> = new Map([
  ['РУ', 'Русский язык'], ['МА', 'Математика'], ['ОМ', 'Окружающий мир'], ['ИС', 'История'], ['ОБ', 'Обществознание'],
  ['ГЕ', 'География'], ['БИ', 'Биология'], ['ФИ', 'Физика'], ['ХИ', 'Химия'], ['ИН', 'Иностранный язык'],
  ['АЯ', 'Английский язык'], ['НЯ', 'Немецкий язык'], ['ФЯ', 'Французский язык'],
]);
/** Two capital letters that are not subject codes but header words («ОО», «МО», «ГО»…). */
const NOT_CODES: ReadonlySet<string> = new Set(['ОО', 'ОУ', 'МО', 'ГО', 'МР', 'ЦО', 'РФ', 'АО', 'МУ', 'ДО', 'ПП', 'НЕ', 'НА', 'ДА', 'ИЗ', 'ЕГ']);
/** A code alone or after a grade: «РУ», «4 РУ», «5МА», «8 кл. ФИ» (the letters in capitals, as the exports write them). */
const CODE_CELL_RE = /^\s*(?:(\d{1,2})\s*(?:-?\s*(?:й|го))?\s*(?:кл\.?|класс)?\s*)?([A-ZА-ЯЁ]{2})\s*$/;
/** A grade and a code inside a longer text: «ВПР 4 РУ 2024» (a code with no grade before it is not looked for there). */
const CODE_IN_TEXT_RE = /(?<![\dA-Za-zА-Яа-яЁё])(\d{1,2})\s*([A-ZА-ЯЁ]{2})(?![A-Za-zА-Яа-яЁё])/g;

/** What a subject-code text says: the code, its subject (undefined when the code is unknown) and the grade before it. */
export interface SubjectCode {
  readonly code: string;
  readonly subject?: string;
  readonly grade?: number;
}

function codeOf(letters: string, gradeText: string | undefined): SubjectCode | undefined {
  const code = lookalikesToCyrillic(letters);
  if (!/^[А-ЯЁ]{2}$/.test(code)) return undefined;
  const grade = gradeText === undefined ? undefined : Number(gradeText);
  if (grade !== undefined && (grade < 1 || grade > 11)) return undefined;
  const subject = SUBJECT_CODES.get(code);
  if (subject === undefined && (NOT_CODES.has(code) || grade === undefined)) return undefined;
  return { code, ...(subject !== undefined ? { subject } : {}), ...(grade !== undefined ? { grade } : {}) };
}

/**
 * A cell that is a subject code, alone or after a grade («РУ», «4 РУ», «5 МА»); undefined for anything else. An
 * unknown code is returned without a subject only after a grade («4 ЗЯ»), so that «ОО» or «МО» stay header words.
 */
export function subjectCode(text: string): SubjectCode | undefined {
  const m = codeCell(text);
  return m ? codeOf(m[2], m[1]) : undefined;
}

/** A code cell is short: a longer text is never one (and no regex scans a long run of spaces). */
const LONGEST_CODE_CELL = 24;

function codeCell(text: string): RegExpExecArray | null {
  const t = collapseSpaces(text);
  return t.length > LONGEST_CODE_CELL ? null : CODE_CELL_RE.exec(t);
}

/** The code of a cell that is an unknown subject code («4 ЗЯ», «ЗЯ»), for a warning; undefined for anything else. */
export function unknownSubjectCode(text: string): string | undefined {
  const m = codeCell(text);
  if (!m) return undefined;
  const code = lookalikesToCyrillic(m[2]);
  return /^[А-ЯЁ]{2}$/.test(code) && !SUBJECT_CODES.has(code) && !NOT_CODES.has(code) ? code : undefined;
}

/** The known codes, for messages: «РУ, МА, ОМ, …». */
export function knownSubjectCodes(): string {
  return [...SUBJECT_CODES.keys()].join(', ');
}

/** Subject codes written after a grade inside a longer text (a sheet name «ВПР 4 РУ 2024»). */
export function codesInText(text: string): SubjectCode[] {
  const whole = subjectCode(text);
  if (whole) return [whole];
  const out: SubjectCode[] = [];
  for (const m of forMatching(text).matchAll(CODE_IN_TEXT_RE)) {
    const got = codeOf(m[2], m[1]);
    if (got) out.push(got);
  }
  return out;
}

/** Canonical name of the subject mentioned in a folded text; undefined when none is known. */
function knownSubject(folded: string): string | undefined {
  const base = knownBase(folded);
  // ЕГЭ foreign languages have a written and an oral part: two procedures.
  return base !== undefined && /устн/.test(folded) ? `${base} (устная часть)` : base;
}

function knownBase(folded: string): string | undefined {
  if (MATHS_RE.test(folded)) {
    if (PROFILE_RE.test(folded)) return 'Математика (профильная)';
    if (BASIC_RE.test(folded)) return 'Математика (базовая)';
    return 'Математика';
  }
  for (const s of KNOWN) if (s.re.test(folded)) return s.name;
  return undefined;
}

/** Every known subject mentioned in a free text (a title line, a sheet name, a merged header). */
export function findSubjects(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const code of codesInText(text)) if (code.subject !== undefined && !out.includes(code.subject)) out.push(code.subject);
  const colon = /предмет\s*:\s*(.+)$/.exec(folded);
  if (colon) {
    const named = canonicalSubject(colon[1]);
    if (named) out.push(named);
  }
  if (MATHS_RE.test(folded)) {
    const maths = knownSubject(folded.slice(folded.search(MATHS_RE)));
    if (maths && !out.includes(maths)) out.push(maths);
  }
  const oral = /устн/.test(folded);
  for (const s of KNOWN) {
    const name = oral ? `${s.name} (устная часть)` : s.name;
    if (s.re.test(folded) && !out.includes(name)) out.push(name);
  }
  // "Литературное чтение" also matches "литератур": keep the more specific one only.
  return out.includes('Литературное чтение') ? out.filter((n) => n !== 'Литература') : out;
}

/** Canonical subject of a subject cell: known ones normalised, others trimmed with a capital first letter. */
export function canonicalSubject(text: string): string | undefined {
  const clean = collapseSpaces(text.replace(/[\r\n]+/g, ' ').replace(/,\s*(чел|%)\.?\s*$/i, ''));
  if (clean === '') return undefined;
  const code = subjectCode(clean);
  if (code?.subject !== undefined) return code.subject;
  const known = knownSubject(fold(clean));
  if (known) return known;
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** True when a label is a known subject (so it is not a school name). */
export function isKnownSubject(text: string): boolean {
  return subjectCode(text)?.subject !== undefined || knownSubject(fold(text)) !== undefined;
}
