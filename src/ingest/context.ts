// Context of numbers (procedure kind, grade, year, subject) found in sheet names, title lines and header cells.
import { ProcedureKind } from '../core/model';
import { RawValue } from './grid';
import { codesInText, findSubjects } from './subjects';
import { fold } from './text';
import { findYears } from './years';

/** What a piece of text says about the numbers under it. */
export interface TextContext {
  readonly year?: number;
  readonly kind?: ProcedureKind;
  readonly grade?: number;
  readonly subject?: string;
}

const KIND_PATTERNS: readonly { readonly re: RegExp; readonly kind: ProcedureKind }[] = [
  { re: /(^|[^а-я])впр([^а-я]|$)|всероссийск\S* провероч/, kind: 'ВПР' },
  { re: /(^|[^а-я])огэ([^а-я]|$)|гиа[\s-]*9(?!\d)/, kind: 'ОГЭ' },
  { re: /(^|[^а-я])егэ([^а-я]|$)|гиа[\s-]*11(?!\d)/, kind: 'ЕГЭ' },
  { re: /(^|[^а-я])кдр([^а-я]|$)|(краев|регионал)\S* диагност|диагностическ\S* работ/, kind: 'КДР' },
];
const GRADE_RES: readonly RegExp[] = [
  /(?<!\d)(\d{1,2})\s*(?:-?\s*(?:й|го|х|ые|ых))?\s*(?:кл\.?|класс\S*|параллел\S*)(?![а-я])/,
  /(?:класс|параллель)\s*:?\s*(\d{1,2})(?!\d)/,
  /(?:впр|кдр)\s*[-–]?\s*(\d{1,2})(?!\d)/,
];

/** Every kind of procedure a text names ("ВПР и ОГЭ" gives two). */
export function findKinds(text: string): ProcedureKind[] {
  const folded = fold(text);
  return KIND_PATTERNS.filter((p) => p.re.test(folded)).map((p) => p.kind);
}

/** The one kind a text names; undefined when none or several. */
export function parseKind(text: string): ProcedureKind | undefined {
  const kinds = findKinds(text);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** A grade written in a text ("5 кл", "5 класс", "ВПР-5", "Класс: 5"); undefined when none. */
export function findGrade(text: string): number | undefined {
  const folded = fold(text);
  // «в 5 и 6 классах», «5–6 классы»: several grades, none of them the context.
  if (/(?<!\d)\d{1,2}\s*(и|,|-|–|—)\s*\d{1,2}\s*(-?х\s*)?(кл|класс)/.test(folded)) return undefined;
  for (const re of GRADE_RES) {
    const m = re.exec(folded);
    if (m) {
      const grade = Number(m[1]);
      if (grade >= 1 && grade <= 11) return grade;
    }
  }
  return undefined;
}

/** A grade cell: 5, "5", "5 класс", "5А"; undefined when it is not a grade. */
export function parseGradeCell(value: RawValue): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 11 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2})\s*(?:\s*[а-яА-ЯёЁ]|[-\s]*(?:й|го)?\s*(?:кл\.?|класс\S*))?\s*$/.exec(value);
  if (m) {
    const grade = Number(m[1]);
    return grade >= 1 && grade <= 11 ? grade : undefined;
  }
  return findGrade(value);
}

/** Grade implied by a kind: ОГЭ is taken after grade 9, ЕГЭ after grade 11. */
export function impliedGrade(kind: ProcedureKind | undefined): number | undefined {
  if (kind === 'ОГЭ') return 9;
  if (kind === 'ЕГЭ') return 11;
  return undefined;
}

/** Everything one text says; a kind or subject named twice ambiguously is left out. */
export function contextFromText(text: string): TextContext {
  const years = findYears(text);
  const kind = parseKind(text);
  const subjects = findSubjects(text);
  // «4 РУ»: the grade before a ФИС ОКО subject code.
  const codeGrades = new Set(codesInText(text).map((c) => c.grade).filter((g): g is number => g !== undefined));
  return {
    year: years.length === 1 ? years[0] : undefined,
    kind,
    grade: findGrade(text) ?? (codeGrades.size === 1 ? [...codeGrades][0] : undefined) ?? impliedGrade(kind),
    subject: subjects.length === 1 ? subjects[0] : undefined,
  };
}

/** Fills the gaps of `first` from `second` (first wins). */
export function withFallback(first: TextContext, second: TextContext): TextContext {
  return {
    year: first.year ?? second.year,
    kind: first.kind ?? second.kind,
    grade: first.grade ?? second.grade,
    subject: first.subject ?? second.subject,
  };
}

/** True when a context says nothing. */
export function isEmptyContext(c: TextContext): boolean {
  return c.year === undefined && c.kind === undefined && c.grade === undefined && c.subject === undefined;
}


/** Layers of context, most specific first; ОГЭ always means grade 9 and ЕГЭ grade 11. */
export function resolveContext(...layers: readonly TextContext[]): TextContext {
  let out: TextContext = {};
  for (const layer of layers) out = withFallback(out, layer);
  const grade = impliedGrade(out.kind);
  return grade === undefined ? out : { ...out, grade };
}
