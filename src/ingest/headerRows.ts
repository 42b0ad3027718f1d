// Finds the header rows of a table (one, or two/three with merged group cells) and the role of every column.
import { TextContext, contextFromText, isEmptyContext } from './context';
import { isBareMark, isMetricRole, recogniseRole } from './headers';
import { canonicalSubject, unknownSubjectCode } from './subjects';
import { fold } from './text';
import { SheetView } from './sheetView';
import { ColumnRole } from './types';

export interface HeaderColumn {
  readonly c: number;
  /** Header texts of the column, top to bottom, joined with " / ". */
  readonly header: string;
  readonly role: ColumnRole | undefined;
  /** Context the header rows give this column (subject/grade/year of a column group in wide tables). */
  readonly group: TextContext;
  /** A header cell of the column that is an unknown subject code («4 ЗЯ»): the column is not read, a warning names it. */
  readonly unknownCode?: { readonly r: number; readonly text: string };
}

export interface HeaderBlock {
  /** First and last header rows (grid rows, 0-based). */
  readonly top: number;
  readonly bottom: number;
  /** The header row whose words gave most roles. */
  readonly roleRow: number;
  readonly columns: readonly HeaderColumn[];
}

const SCAN_ROWS = 60;

function weight(role: ColumnRole | undefined): number {
  if (role === undefined || role === 'ignore') return 0;
  if (isMetricRole(role) || role === 'school') return 2;
  return 1;
}

/** Roles of the cells of one row; bare mark digits count only next to a row with header words. */
function rowRoles(view: SheetView, r: number): (ColumnRole | undefined)[] {
  const roles: (ColumnRole | undefined)[] = new Array<ColumnRole | undefined>(view.cols).fill(undefined);
  const bare: number[] = [];
  let words = 0;
  for (let c = 0; c < view.cols; c++) {
    const t = view.text(r, c);
    if (t === '') continue;
    const role = recogniseRole(t);
    if (role === undefined) continue;
    if (isBareMark(t)) bare.push(c);
    else words++;
    roles[c] = role;
  }
  if (words === 0 && bare.length > 0 && !hasHeaderWords(view, r - 1)) for (const c of bare) roles[c] = undefined;
  return roles;
}

function hasHeaderWords(view: SheetView, r: number): boolean {
  if (r < 0) return false;
  for (let c = 0; c < view.cols; c++) {
    const t = view.text(r, c);
    if (t !== '' && !isBareMark(t) && recogniseRole(t) !== undefined) return true;
  }
  return false;
}

/** Distinct non-empty texts of a row. */
function distinctTexts(view: SheetView, r: number): Set<string> {
  const out = new Set<string>();
  for (let c = 0; c < view.cols; c++) {
    const t = view.text(r, c);
    if (t !== '') out.add(t);
  }
  return out;
}

function hasNumberIn(view: SheetView, r: number, cols: readonly number[]): boolean {
  return cols.some((c) => typeof view.raw(r, c) === 'number' && !isBareMark(view.text(r, c)));
}

/** Finds the best header block in the first rows, or undefined when no row names a result column. */
export function findHeaderBlock(view: SheetView, from = 0, scanRows = SCAN_ROWS): HeaderBlock | undefined {
  const last = Math.min(view.rows, from + scanRows);
  const roles: (ColumnRole | undefined)[][] = [];
  let best = -1;
  let bestScore = 0;
  for (let r = from; r < last; r++) {
    roles[r] = rowRoles(view, r);
    let score = 0;
    let metrics = 0;
    for (let c = 0; c < view.cols; c++) {
      let role = roles[r][c];
      if (role === undefined && r > from && view.isEmpty(r, c)) role = roles[r - 1][c];
      score += weight(role);
      if (isMetricRole(role)) metrics++;
    }
    if (metrics > 0 && score >= 3 && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  return buildBlock(view, best, roles[best], (r) => roles[r] ?? rowRoles(view, r), from);
}

/** Builds the block around the row of roles: group rows above, a sub-header row below. */
export function buildBlock(
  view: SheetView,
  roleRow: number,
  ownRoles: readonly (ColumnRole | undefined)[],
  rolesOf: (r: number) => readonly (ColumnRole | undefined)[],
  from = 0,
): HeaderBlock {
  const metricCols = ownRoles.map((role, c) => (isMetricRole(role) ? c : -1)).filter((c) => c >= 0);
  let top = roleRow;
  while (top - 1 >= from && roleRow - (top - 1) <= 2) {
    const u = top - 1;
    if (view.isBlankRow(u) || distinctTexts(view, u).size < 2 || hasNumberIn(view, u, metricCols)) break;
    top = u;
  }
  let bottom = roleRow;
  while (bottom + 1 < view.rows && bottom + 1 - roleRow <= 2) {
    const d = bottom + 1;
    if (view.isBlankRow(d) || hasNumberIn(view, d, metricCols)) break;
    const givesGroup = metricCols.some((c) => !isEmptyContext(contextFromText(view.text(d, c))));
    if (!givesGroup) break;
    bottom = d;
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < view.cols; c++) {
    const texts: string[] = [];
    let roleText = '';
    let role = ownRoles[c];
    if (role !== undefined) roleText = view.text(roleRow, c);
    for (let r = top; r <= bottom; r++) {
      const t = view.text(r, c);
      if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (role === undefined) {
      for (let r = bottom; r >= top && role === undefined; r--) {
        if (r === roleRow) continue;
        role = rolesOf(r)[c];
        if (role !== undefined) roleText = view.text(r, c);
      }
    }
    const others = texts.filter((t) => t !== roleText);
    let fromOthers = contextFromText(others.join(' '));
    // A group header naming a subject the recogniser does not know («Китайский язык») still names the group.
    if (fromOthers.subject === undefined && isMetricRole(role)) {
      const named = others.map((t) => unknownSubject(t)).filter((t): t is string => t !== undefined).pop();
      if (named !== undefined) fromOthers = { ...fromOthers, subject: named };
    }
    const fromOwn = roleText === '' ? {} : contextFromText(roleText);
    const unknownCode = isMetricRole(role) ? unknownCodeCell(view, c, top, bottom) : undefined;
    columns.push({
      c,
      header: texts.join(' / '),
      // A metric under an unknown subject code is never read as another subject's (or the sheet's) subject.
      role: unknownCode ? 'ignore' : role,
      group: { ...withoutUndefined(fromOwn), ...withoutUndefined(fromOthers) },
      ...(unknownCode ? { unknownCode } : {}),
    });
  }
  return { top, bottom, roleRow, columns };
}

/** The first header cell of column c (rows top…bottom) that is an unknown subject code, or undefined. */
export function unknownCodeCell(view: SheetView, c: number, top: number, bottom: number): { r: number; text: string } | undefined {
  for (let r = top; r <= bottom; r++) {
    const text = view.text(r, c);
    if (text !== '' && unknownSubjectCode(text) !== undefined) return { r, text };
  }
  return undefined;
}

/** Header words that group columns without naming a subject. */
const GENERIC_GROUP_RE = /^(из них|в том числе|в т\.? ?ч\.?|всего|итого|примечание)$|балл|распредел|групп|результ|показат|доля|кол-?во|количеств|участ|оценк|отметк|класс|процент|%|\d/;

/** A group header that names no known subject, grade, year or role but reads like a subject name. */
function unknownSubject(text: string): string | undefined {
  const folded = fold(text).replace(/[\r\n]+/g, ' ');
  if (!/[а-я]{3}/.test(folded) || folded.split(' ').length > 5 || GENERIC_GROUP_RE.test(folded) || recogniseRole(text) !== undefined) return undefined;
  if (!isEmptyContext(contextFromText(text))) return undefined;
  return canonicalSubject(text);
}

function withoutUndefined(ctx: TextContext): TextContext {
  const out: { year?: number; kind?: TextContext['kind']; grade?: number; subject?: string } = {};
  if (ctx.year !== undefined) out.year = ctx.year;
  if (ctx.kind !== undefined) out.kind = ctx.kind;
  if (ctx.grade !== undefined) out.grade = ctx.grade;
  if (ctx.subject !== undefined) out.subject = ctx.subject;
  return out;
}
