// Row-by-row tally of a pupil protocol per school: totals and journal marks counted, no pupil kept (streams any size).
import { Warning } from '../../core/model';
import { RawValue, columnLetters } from '../grid';
import { cellWarning } from '../messages';
import { loginCode } from '../schoolNames';
import { ProtocolColumns, ProtocolGeneration } from './columns';
import { TaskMomentsTally, taskScore } from './taskTally';
import { VectorGroup, VectorTally } from './vectorSketch';

/** One school's pupils in one protocol, as counts. */
export interface SchoolTally {
  /** The login code (`sch223017`, `edu223017`), or the login text as written when it is not a code. */
  readonly login: string;
  /** The school's name from a coded label («Школа»: `edu223017 | МБОУ "…"`), when the protocol has one. */
  label?: string;
  municipality?: string;
  /** Pupil rows of the school, absent ones included. */
  rows: number;
  absent: number;
  firstRow: number;
  lastRow: number;
  /** Pupils per total score. */
  readonly totals: Map<number, number>;
  /** Pupils per total score and journal mark (2–5): key `${total}|${mark}`. */
  readonly journal: Map<string, number>;
  /** The first sheet row of each total score (names the cells of totals above the maximum). */
  readonly firstRowOfTotal: Map<number, number>;
  /** Task-score moments of the pupils with a total (objectivity markers P7 and D). */
  tasks?: TaskMomentsTally;
  /** Pupils whose total is not the sum of their task scores, and the first such cell. */
  sumMismatch: number;
  sumMismatchCell?: string;
}

/** What one protocol sheet gave. */
export interface ProtocolTally {
  readonly file: string;
  readonly sheet: string;
  readonly generation: ProtocolGeneration;
  /** Sheet row of the header (1-based). */
  readonly headerRow: number;
  /** Column letters of the total, for source cells. */
  readonly totalColumn: string;
  /** Title lines above the header (context of the work). */
  readonly titles: readonly string[];
  readonly schools: readonly SchoolTally[];
  readonly pupilRows: number;
  readonly absent: number;
  readonly lastRow: number;
  readonly warnings: readonly Warning[];
  /** Answer vectors ≥ 4 pupils of one school share, with their count elsewhere (P8). */
  readonly vectorGroups: readonly VectorGroup[];
  /** The task maxima of the header («3 (2б)»), when it gives them. */
  readonly taskMax?: readonly number[];
}

const LISTED = 5;
const ABSENT_RE = /отсутств|не\s*явил|неявк|не\s*писал/i;
/** A login, a bar, a name; the login bounded (one pass, never a backtracking search over a long cell). */
const CODED_RE = /^\s*([a-z][\w-]{0,40})\s*\|\s*(.+?)\s*$/i;

/** `edu223017 | МБОУ "…"` → code and name; undefined when the text is not a coded label. */
export function codedLabel(text: string): { readonly code: string; readonly name: string } | undefined {
  const m = CODED_RE.exec(text);
  return m && /\d/.test(m[1]) ? { code: m[1].toLowerCase(), name: m[2] } : undefined;
}

function text(value: RawValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function number(value: RawValue | undefined): number | undefined | 'bad' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'bad';
  const t = text(value).replace(/[\s\u00a0]+/g, '').replace(',', '.');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
}

/** 2020: the municipality tag in `groups` («…,reg22_vpr_m026,…»); 2022+: the name of a coded label; 2021: as written. */
function municipalityOf(value: RawValue | undefined, generation: ProtocolGeneration): string | undefined {
  const t = text(value);
  if (t === '') return undefined;
  if (generation === '2020') {
    const tag = /\breg\d+_vpr_(m\d+)\b/i.exec(t);
    return tag ? `МО ${tag[1].toLowerCase()}` : undefined;
  }
  return codedLabel(t)?.name ?? t;
}

/** Cells of one kind of problem, listed up to five and counted. */
class Cells {
  readonly list: string[] = [];
  count = 0;
  add(cell: string): void {
    this.count++;
    if (this.list.length < LISTED) this.list.push(cell);
  }
  text(): string {
    return this.list.join(', ') + (this.count > this.list.length ? ` и ещё ${this.count - this.list.length}` : '');
  }
}

/** Feed rows in sheet order with `add`, then `finish`; memory grows with schools, never with pupils. */
export class ProtocolTallier {
  private readonly schools = new Map<string, SchoolTally>();
  private pupilRows = 0;
  private absent = 0;
  private lastRow = 0;
  private readonly badTotal = new Cells();
  private readonly negativeTotal = new Cells();
  private readonly noLogin = new Cells();
  private readonly badJournal = new Cells();
  private readonly vectors = new VectorTally();
  /** One pupil's task scores (reused row to row). */
  private readonly scores: number[];
  private readonly col: (c: number) => string;

  constructor(
    private readonly file: string,
    private readonly sheet: string,
    private readonly columns: ProtocolColumns,
    private readonly headerRow: number,
    private readonly titles: readonly string[],
    /** 1-based sheet column of index 0 of the rows given. */
    firstColumn = 1,
  ) {
    this.scores = new Array<number>(columns.tasks.length).fill(0);
    const letters = new Map<number, string>();
    this.col = (c: number): string => {
      let l = letters.get(c);
      if (l === undefined) letters.set(c, (l = columnLetters(c + firstColumn)));
      return l;
    };
  }

  /** One pupil row (values indexed like the header row), with its 1-based sheet row. */
  add(sheetRow: number, row: readonly RawValue[]): void {
    const c = this.columns;
    const loginText = text(row[c.login]);
    const schoolText = c.school !== undefined ? text(row[c.school]) : '';
    const totalValue = row[c.total];
    if (loginText === '' && schoolText === '') {
      if (text(totalValue) !== '') this.noLogin.add(`${this.col(c.login)}${sheetRow}`);
      return;
    }
    const coded = schoolText !== '' ? codedLabel(schoolText) : undefined;
    const login = loginCode(coded?.code ?? '') ?? loginCode(loginText) ?? (loginText !== '' ? loginText.toLowerCase() : (coded?.code ?? schoolText));
    let school = this.schools.get(login);
    if (!school) {
      school = { login, rows: 0, absent: 0, firstRow: sheetRow, lastRow: sheetRow, totals: new Map(), journal: new Map(), firstRowOfTotal: new Map(), sumMismatch: 0 };
      this.schools.set(login, school);
    }
    if (school.label === undefined && coded) school.label = coded.name;
    if (school.municipality === undefined && c.municipality !== undefined) school.municipality = municipalityOf(row[c.municipality], c.generation);
    school.rows++;
    school.lastRow = sheetRow;
    this.pupilRows++;
    this.lastRow = sheetRow;
    const total = number(totalValue);
    if (total === undefined || (total === 'bad' && ABSENT_RE.test(text(totalValue)))) {
      school.absent++;
      this.absent++;
      return;
    }
    if (total === 'bad') {
      this.badTotal.add(`${this.col(c.total)}${sheetRow}`);
      return;
    }
    if (total < 0) {
      this.negativeTotal.add(`${this.col(c.total)}${sheetRow}`);
      return;
    }
    school.totals.set(total, (school.totals.get(total) ?? 0) + 1);
    if (!school.firstRowOfTotal.has(total)) school.firstRowOfTotal.set(total, sheetRow);
    if (c.tasks.length > 0) this.addTasks(school, sheetRow, row, total);
    if (c.journal !== undefined) {
      const j = number(row[c.journal]);
      if (typeof j === 'number' && Number.isInteger(j) && j >= 2 && j <= 5) {
        const key = `${total}|${j}`;
        school.journal.set(key, (school.journal.get(key) ?? 0) + 1);
      } else if (j === 'bad' && !/нет|без|не\s*аттест|н\/а|осв/i.test(text(row[c.journal]))) {
        this.badJournal.add(`${this.col(c.journal)}${sheetRow}`);
      }
    }
  }

  /** Task scores of a pupil with a total: moments, the sum check, the answer vector of the variant. */
  private addTasks(school: SchoolTally, sheetRow: number, row: readonly RawValue[], total: number): void {
    const c = this.columns;
    let sum = 0;
    for (let i = 0; i < c.tasks.length; i++) sum += (this.scores[i] = taskScore(row[c.tasks[i]]));
    (school.tasks ??= new TaskMomentsTally(c.tasks.length)).add(this.scores);
    if (Math.abs(sum - total) > 1e-9) {
      school.sumMismatch++;
      school.sumMismatchCell ??= `${this.col(c.total)}${sheetRow}`;
    }
    if (total > 0) this.vectors.add(school.login, c.variant !== undefined ? text(row[c.variant]) : '', total, this.scores);
  }

  finish(): ProtocolTally {
    const warnings: Warning[] = [];
    const warn = (cells: Cells, what: string): void => {
      if (cells.count > 0) warnings.push(cellWarning(this.file, this.sheet, cells.list[0], `${what}: ${cells.text()}`));
    };
    warn(this.badTotal, 'сумма баллов не число — ученики не учтены');
    warn(this.negativeTotal, 'отрицательная сумма баллов — ученики не учтены');
    warn(this.noLogin, 'нет логина школы — строки не учтены');
    warn(this.badJournal, 'отметка по журналу не понята (нужна 2–5 или «нет отметки») — эти ученики не сравниваются с журналом');
    return {
      file: this.file, sheet: this.sheet, generation: this.columns.generation, headerRow: this.headerRow, totalColumn: this.col(this.columns.total),
      titles: this.titles, schools: [...this.schools.values()], pupilRows: this.pupilRows, absent: this.absent, lastRow: this.lastRow, warnings,
      vectorGroups: this.vectors.groups(), ...(this.columns.taskMax ? { taskMax: this.columns.taskMax } : {}),
    };
  }
}
