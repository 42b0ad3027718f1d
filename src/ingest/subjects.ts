// Canonical subject names: "рус. яз." → "Русский язык", "матем" → "Математика", ЕГЭ maths levels.
import { collapseSpaces, fold } from './text';

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
  const known = knownSubject(fold(clean));
  if (known) return known;
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** True when a label is a known subject (so it is not a school name). */
export function isKnownSubject(text: string): boolean {
  return knownSubject(fold(text)) !== undefined;
}
