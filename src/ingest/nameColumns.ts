// Which column holds the schools when several headers could: chosen by the contents (school words, logins, one value per row).
import { HeaderBlock, HeaderColumn } from './headerRows';
import { isMetricRole } from './headers';
import { SheetView } from './sheetView';
import { fold } from './text';

/** Rows looked at under the header: enough to tell a department (repeating) from schools (one per row). */
const SAMPLE_ROWS = 400;

/** A school word in any grammatical form, an abbreviation of a school type or legal form, or a ФИС ОКО login. */
const SCHOOL_WORD_RE =
  /(^|[^а-я])(сош|оош|нош|сш|школ\S*|гимнази\S*|лице[йяюе]\S*|интернат\S*|кадетск\S*|учр\S{0,3}жд\S*|филиал\S*|центр\S* образования|цо|мбоу|маоу|мкоу|моу|гбоу|кгбоу|огбоу|чоу|нмоу|мобу|ноу)([^а-я]|$)|(^|[^a-z])(sch|edu)\d{3,}/;
/** The department in charge of education (a municipality's or the region's), not a school. */
const DEPARTMENT_RE =
  /(^|[^а-я])(управлени\S*|отдел\S*|комитет\S*|департамент\S*|министерств\S*)\s+(по\s+)?(делам\s+)?образовани|(^|[^а-я])(муо|моуо)([^а-я]|$)|орган\S* управлени\S* образовани/;

/** What a column's values look like under the header. */
export interface NameColumnEvidence {
  readonly c: number;
  /** Non-empty text values on data rows. */
  readonly texts: number;
  /** Of them: with a school word or a login (and not a department's name). */
  readonly schoolWords: number;
  /** Of them: a department's name. */
  readonly departments: number;
  /** Distinct values among them. */
  readonly distinct: number;
}

/** Rows under the block that hold a number in some metric column (school, subtotal or total rows). */
function dataRows(view: SheetView, block: HeaderBlock): number[] {
  const metricCols = block.columns.filter((col) => isMetricRole(col.role)).map((col) => col.c);
  const rows: number[] = [];
  for (let r = block.bottom + 1; r < view.rows && rows.length < SAMPLE_ROWS; r++) {
    if (metricCols.some((c) => !view.isValueEmpty(r, c))) rows.push(r);
  }
  return rows;
}

/** The evidence of one column over the given rows; each distinct text is classified once. */
export function nameColumnEvidence(view: SheetView, c: number, rows: readonly number[]): NameColumnEvidence {
  const seen = new Map<string, 'school' | 'department' | 'other'>();
  let texts = 0;
  let schoolWords = 0;
  let departments = 0;
  for (const r of rows) {
    const t = view.valueText(r, c);
    if (t === '' || /^[\d\s.,%-]+$/.test(t)) continue;
    texts++;
    let kind = seen.get(t);
    if (kind === undefined) {
      const folded = fold(t);
      kind = DEPARTMENT_RE.test(folded) ? 'department' : SCHOOL_WORD_RE.test(folded) ? 'school' : 'other';
      seen.set(t, kind);
    }
    if (kind === 'school') schoolWords++;
    if (kind === 'department') departments++;
  }
  return { c, texts, schoolWords, departments, distinct: seen.size };
}

/** How much a column looks like the schools: school words, then one value per row; departments count against. */
function schoolScore(e: NameColumnEvidence): number {
  if (e.texts === 0) return -1;
  return (e.schoolWords - e.departments) / e.texts + e.distinct / e.texts;
}

/** A column of departments or municipalities: department names, or few values repeated over many rows. */
function looksLikeMunicipalities(e: NameColumnEvidence): boolean {
  return e.texts > 0 && (e.departments * 2 >= e.texts || (e.schoolWords * 2 < e.texts && e.distinct * 2 <= e.texts));
}

/** The outcome: the block with one school column, and what was decided when headers competed. */
export interface NameColumnChoice {
  readonly block: HeaderBlock;
  /** Set when the contents decided: the school column and the columns passed over, with their evidence. */
  readonly decided?: { readonly school: NameColumnEvidence; readonly others: readonly NameColumnEvidence[] };
}

/**
 * When more than one column's header names the schools («Наименование органа управления …» read as a name beside
 * «Наименование ОО»), or the one that does holds departments, the contents choose: the column with school words and
 * one value per row is the schools; a competitor of departments or repeating names becomes the municipality (unless a
 * column already is), any other competitor is left out. A single unambiguous school column is left as it is.
 */
export function chooseSchoolColumn(view: SheetView, block: HeaderBlock): NameColumnChoice {
  const named = block.columns.filter((col) => col.role === 'school');
  const municipal = block.columns.filter((col) => col.role === 'municipality');
  if (named.length === 0 || (named.length === 1 && municipal.length === 0)) return { block };
  const rows = dataRows(view, block);
  if (rows.length === 0) return { block };
  const evidence = new Map<number, NameColumnEvidence>();
  for (const col of [...named, ...municipal]) evidence.set(col.c, nameColumnEvidence(view, col.c, rows));
  const ev = (col: HeaderColumn): NameColumnEvidence => evidence.get(col.c) as NameColumnEvidence;
  if (named.length === 1) {
    // One school header beside a municipality header: swapped only when the contents say so on both sides.
    const school = ev(named[0]);
    const swap = municipal.find((col) => {
      const e = ev(col);
      return looksLikeMunicipalities(school) && school.departments > 0 && e.schoolWords * 2 > e.texts && !looksLikeMunicipalities(e);
    });
    if (swap === undefined) return { block };
    return { block: withRoles(block, new Map([[swap.c, 'school'], [named[0].c, 'municipality']])), decided: { school: ev(swap), others: [school] } };
  }
  let best = named[0];
  for (const col of named) if (schoolScore(ev(col)) > schoolScore(ev(best))) best = col;
  const roles = new Map<number, 'school' | 'municipality' | 'ignore'>();
  let hasMunicipality = municipal.length > 0;
  for (const col of named) {
    if (col.c === best.c) continue;
    const e = ev(col);
    const subtotals = e.schoolWords * 2 < e.texts && standsAlone(view, col.c, best.c, rows) * 2 >= e.texts;
    const makeMunicipality = !hasMunicipality && (looksLikeMunicipalities(e) || subtotals);
    roles.set(col.c, makeMunicipality ? 'municipality' : 'ignore');
    if (makeMunicipality) hasMunicipality = true;
  }
  const changed = withRoles(block, roles);
  // The first named column kept and the others left out is what headers alone gave: nothing to say.
  const decidedSomething = best.c !== named[0].c || [...roles.values()].includes('municipality');
  return decidedSomething ? { block: changed, decided: { school: ev(best), others: named.filter((col) => col.c !== best.c).map(ev) } } : { block: changed };
}

/** Rows where column c has a text and the school column none (subtotal rows of a «municipality, then its schools» form). */
function standsAlone(view: SheetView, c: number, school: number, rows: readonly number[]): number {
  let n = 0;
  for (const r of rows) if (view.valueText(r, c) !== '' && view.valueText(r, school) === '') n++;
  return n;
}

function withRoles(block: HeaderBlock, roles: ReadonlyMap<number, 'school' | 'municipality' | 'ignore'>): HeaderBlock {
  return { ...block, columns: block.columns.map((col) => (roles.has(col.c) ? { ...col, role: roles.get(col.c) } : col)) };
}
