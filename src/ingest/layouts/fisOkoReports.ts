// ФИС ОКО school reports beyond marks: «Распределение первичных баллов» and «Выполнение заданий» (methodology §7).
import { AggregateLevel, Procedure, SourceRef, Warning } from '../../core/model';
import { ScoreStatistics, TaskStatistics } from '../../core/objectivity/evidence';
import { aggregateLevel, hasSchoolWord } from '../aggregates';
import { TextContext, resolveContext } from '../context';
import { SheetGrid } from '../grid';
import { SKIP, cellWarning, quoted, sheetWarning } from '../messages';
import { readNumber } from '../numbers';
import { displayName, loginCode, schoolKey } from '../schoolNames';
import { rowTexts, sheetContext } from '../sheetContext';
import { SheetView } from '../sheetView';
import { fold } from '../text';

export type StatisticsReportKind = 'scores' | 'tasks';

/** One row of a report: a school (login, or a school word) or the region row the markers compare with. */
export interface DraftStatistics {
  readonly name: string;
  readonly key: string;
  readonly code?: string;
  /** Set for aggregate rows (вся выборка, регион, муниципалитет). */
  readonly level?: AggregateLevel;
  readonly year: number;
  readonly procedure: Procedure;
  readonly scores?: ScoreStatistics;
  readonly tasks?: TaskStatistics;
  readonly source: SourceRef;
}

/** What a report sheet gave: its rows, or why none. */
export interface StatisticsReport {
  readonly kind: StatisticsReportKind;
  readonly rows: readonly DraftStatistics[];
  readonly warnings: readonly Warning[];
  readonly rowsRead: number;
  readonly headerRow?: number;
  readonly context: TextContext;
  readonly columns: readonly { readonly column: string; readonly header: string }[];
  readonly skippedReason?: string;
}

const SCORES_RE = /распределени\S* первичн\S* балл/;
const TASKS_RE = /выполнени\S* задани/;
const NAME_HEADER_RE = /групп\S* участник|^оо$|^оу$|образовательн\S* (организац|учрежд)|наименование/;
const PARTICIPANTS_RE = /кол-?во уч|количество (уч|обуч)|число (уч|обуч)|^участник/;
/** «1», «12», «3(1)», «3 (2)», «4.1», «1К1», «2 К3». */
const TASK_LABEL_RE = /^\d{1,2}(\s*\(\s*\d{1,2}\s*\)|\.\d{1,2}|\s*к\s*\d{1,2})?$/;
const MAX_ROW_RE = /^макс/;
const COUNTRY_RE = /^(вся выборка|рф|россия|российская федерация)$/;
/** Rows at the top where a title or a header may stand. */
const TOP = 15;

function kindOf(view: SheetView, sheet: string): StatisticsReportKind | undefined {
  const texts = [sheet, ...rowTexts(view, 0, Math.min(view.rows, TOP))].map(fold);
  if (texts.some((t) => SCORES_RE.test(t))) return 'scores';
  if (texts.some((t) => TASKS_RE.test(t))) return 'tasks';
  return undefined;
}

interface Layout {
  readonly headerRow: number;
  readonly nameCol: number;
  readonly nCol: number;
  /** The row of the score or task labels, their columns and labels. */
  readonly labelRow: number;
  readonly valueCols: readonly number[];
  readonly labels: readonly string[];
  /** «Макс. балл» row of a task report. */
  readonly maxRow?: number;
}

function labelOf(view: SheetView, r: number, c: number): string {
  const v = view.value(r, c);
  return typeof v === 'number' ? String(v) : view.text(r, c).trim();
}

function findLayout(view: SheetView, kind: StatisticsReportKind): Layout | undefined {
  for (let h = 0; h < Math.min(view.rows, TOP); h++) {
    let nameCol = -1;
    let nCol = -1;
    for (let c = 0; c < view.cols; c++) {
      const t = fold(view.text(h, c));
      if (nameCol < 0 && NAME_HEADER_RE.test(t)) nameCol = c;
      else if (nCol < 0 && PARTICIPANTS_RE.test(t)) nCol = c;
    }
    if (nameCol < 0 || nCol < 0) continue;
    // The labels stand in the header row or in one of the next three (under a merged «Распределение … в %»).
    let best: { r: number; cols: number[]; labels: string[] } | undefined;
    for (let r = h; r < Math.min(view.rows, h + 4); r++) {
      // A data row («Вся выборка | 471 | 66,24 …») is never the label row: under the header only unnamed or «Макс» rows.
      if (r > h && view.text(r, nameCol).trim() !== '' && !MAX_ROW_RE.test(fold(view.text(r, nameCol)))) break;
      const cols: number[] = [];
      const labels: string[] = [];
      for (let c = nCol + 1; c < view.cols; c++) {
        const label = labelOf(view, r, c);
        const ok = kind === 'scores' ? /^\d{1,3}$/.test(label) : TASK_LABEL_RE.test(fold(label));
        if (ok) {
          cols.push(c);
          labels.push(label.replace(/\s+/g, ''));
        }
      }
      // Scores start at 0, tasks at 1 («1», «1К1», «1(1)»): a row of maxima or shares does not.
      const starts = kind === 'scores' ? labels[0] === '0' : /^1(?!\d)/.test(labels[0] ?? '');
      if (cols.length >= 3 && starts && (!best || cols.length > best.cols.length)) best = { r, cols, labels };
    }
    if (!best) continue;
    let maxRow: number | undefined;
    for (let r = h; r < Math.min(view.rows, best.r + 3); r++) {
      if (r === best.r) continue;
      for (let c = 0; c <= nCol; c++) if (MAX_ROW_RE.test(fold(view.text(r, c)))) maxRow = r;
    }
    return { headerRow: h, nameCol, nCol, labelRow: best.r, valueCols: best.cols, labels: best.labels, maxRow };
  }
  return undefined;
}

/** A score report's labels must be 0, 1, … max in order. */
function scoreLabelsOk(labels: readonly string[]): boolean {
  return labels.every((l, i) => Number(l) === i);
}

interface RowRead {
  readonly scores?: ScoreStatistics;
  readonly tasks?: TaskStatistics;
  readonly warning?: string;
  readonly cell?: string;
}

function readScores(view: SheetView, r: number, layout: Layout, n: number): RowRead {
  const values = layout.valueCols.map((c) => readNumber(view.value(r, c)));
  const bad = values.findIndex((v) => v.kind === 'bad');
  if (bad >= 0) return { warning: 'доля не прочитана — строка не учтена', cell: view.address(r, layout.valueCols[bad]) };
  const nums = values.map((v) => (v.kind === 'number' ? v.value : 0));
  const sum = nums.reduce((a, v) => a + v, 0);
  // Evidence, not the header, decides the unit: shares add up to 100 % (or 1), counts to the participants.
  let toCount: (v: number) => number;
  if (Math.abs(sum - 100) <= 1.5) toCount = (v) => Math.round((v * n) / 100);
  else if (Math.abs(sum - 1) <= 0.015) toCount = (v) => Math.round(v * n);
  else if (nums.every(Number.isInteger) && sum === n) toCount = (v) => v;
  else {
    return {
      warning: `доли по баллам в сумме дают ${String(Math.round(sum * 100) / 100).replace('.', ',')} — не 100 % и не число участников (${n}); строка не учтена`,
      cell: view.address(r, layout.valueCols[0]),
    };
  }
  const totals = new Map<number, number>();
  nums.forEach((v, score) => {
    const k = toCount(v);
    if (k > 0) totals.set(score, k);
  });
  const counted = [...totals.values()].reduce((a, v) => a + v, 0);
  return { scores: { n: counted, totals, max: layout.valueCols.length - 1 } };
}

function readTasks(view: SheetView, r: number, layout: Layout, n: number, fractions: boolean, max: readonly number[] | undefined): RowRead {
  const success: (number | undefined)[] = [];
  for (const c of layout.valueCols) {
    const v = readNumber(view.value(r, c));
    if (v.kind === 'bad') return { warning: 'процент выполнения не прочитан — строка не учтена', cell: view.address(r, c) };
    if (v.kind === 'missing') {
      success.push(undefined);
      continue;
    }
    const share = fractions ? v.value : v.value / 100;
    if (share < 0 || share > 1) return { warning: `процент выполнения ${quoted(view.text(r, c))} вне 0–100 — строка не учтена`, cell: view.address(r, c) };
    success.push(share);
  }
  return { tasks: { n, success, labels: layout.labels, ...(max ? { max } : {}) } };
}

function maxOf(view: SheetView, layout: Layout): number[] | undefined {
  if (layout.maxRow === undefined) return undefined;
  const row = layout.maxRow;
  const max = layout.valueCols.map((c) => {
    const v = readNumber(view.value(row, c));
    return v.kind === 'number' && Number.isInteger(v.value) && v.value > 0 ? v.value : NaN;
  });
  return max.every(Number.isFinite) ? max : undefined;
}

function levelOf(name: string, first: boolean): AggregateLevel | undefined {
  if (loginCode(name) !== undefined || hasSchoolWord(name)) return undefined;
  if (COUNTRY_RE.test(fold(name))) return 'country';
  // The row under «Вся выборка» is the region whatever it is called («г. Москва»).
  return first ? 'region' : aggregateLevel(name) ?? 'municipality';
}

/** The report on a grid, or undefined when the grid is not a ФИС ОКО score distribution or task report. */
export function statisticsReportOfGrid(grid: SheetGrid, override: TextContext = {}): StatisticsReport | undefined {
  const view = new SheetView(grid);
  const kind = kindOf(view, grid.sheet);
  if (!kind) return undefined;
  const layout = findLayout(view, kind);
  if (!layout) return undefined;
  const titles = rowTexts(view, 0, layout.headerRow);
  const ctx = sheetContext(grid.file, grid.sheet, titles);
  const context = resolveContext(override, ctx.context);
  const warnings: Warning[] = [...ctx.warnings];
  const columns = [
    { column: view.letters(layout.nameCol), header: view.text(layout.headerRow, layout.nameCol) },
    { column: view.letters(layout.nCol), header: view.text(layout.headerRow, layout.nCol) },
    ...layout.valueCols.map((c, i) => ({ column: view.letters(c), header: kind === 'scores' ? `${layout.labels[i]} б.` : `задание ${layout.labels[i]}` })),
  ];
  const base = { kind, warnings, headerRow: view.sheetRow(layout.headerRow), context, columns };
  if (kind === 'scores' && !scoreLabelsOk(layout.labels)) {
    return { ...base, rows: [], rowsRead: 0, skippedReason: `баллы в заголовке (строка ${view.sheetRow(layout.labelRow)}) идут не подряд от 0: ${layout.labels.slice(0, 12).join(', ')}` };
  }
  const missing = context.year === undefined ? SKIP.noYear : context.kind === undefined ? SKIP.noKind : context.grade === undefined ? SKIP.noGrade : context.subject === undefined ? SKIP.noSubject : undefined;
  if (missing) return { ...base, rows: [], rowsRead: 0, skippedReason: missing };
  const procedure: Procedure = { kind: context.kind as Procedure['kind'], subject: context.subject as string, grade: context.grade as number };
  const year = context.year as number;
  const start = Math.max(layout.labelRow, layout.maxRow ?? -1) + 1;
  const max = kind === 'tasks' ? maxOf(view, layout) : undefined;
  if (kind === 'tasks' && layout.maxRow !== undefined && !max) warnings.push(sheetWarning(grid.file, grid.sheet, 'строка «Макс. балл» не прочитана: K (П3) по заданиям не считается', view.address(layout.maxRow, layout.valueCols[0])));
  let fractions = true;
  for (let r = start; r < view.rows && fractions; r++) for (const c of layout.valueCols) {
    const v = readNumber(view.value(r, c));
    if (v.kind === 'number' && v.value > 1) fractions = false;
  }
  const rows: DraftStatistics[] = [];
  let rowsRead = 0;
  let first = true;
  for (let r = start; r < view.rows; r++) {
    const name = view.text(r, layout.nameCol).trim();
    if (name === '' || view.isBlankRow(r)) continue;
    rowsRead++;
    const nRead = readNumber(view.value(r, layout.nCol));
    const level = levelOf(name, first && !COUNTRY_RE.test(fold(name)) && rows.some((x) => x.level === 'country'));
    if (level !== 'country') first = false;
    if (nRead.kind !== 'number' || !Number.isInteger(nRead.value) || nRead.value <= 0) {
      if (nRead.kind !== 'missing') warnings.push(cellWarning(grid.file, grid.sheet, view.address(r, layout.nCol), `${quoted(name)}: число участников ${quoted(view.text(r, layout.nCol))} не понято — строка не учтена`));
      continue;
    }
    const got = kind === 'scores' ? readScores(view, r, layout, nRead.value) : readTasks(view, r, layout, nRead.value, fractions, max);
    if (got.warning) {
      warnings.push(cellWarning(grid.file, grid.sheet, got.cell ?? view.address(r, layout.nameCol), `${quoted(name)}: ${got.warning}`));
      continue;
    }
    const code = loginCode(name);
    rows.push({
      name, key: schoolKey(name), ...(code ? { code } : {}), ...(level ? { level } : {}), year, procedure,
      ...(got.scores ? { scores: got.scores } : {}), ...(got.tasks ? { tasks: got.tasks } : {}),
      source: { file: grid.file, sheet: grid.sheet, cell: view.address(r, layout.nameCol) },
    });
  }
  if (rowsRead > 0 && !rows.some((x) => x.level === undefined)) return { ...base, rows, rowsRead, skippedReason: SKIP.noRows };
  return { ...base, rows, rowsRead, ...(rowsRead === 0 ? { skippedReason: SKIP.noRows } : {}) };
}

/** Display names of a report's schools and aggregate rows. */
export function reportNames(report: StatisticsReport): { readonly schools: string[]; readonly aggregates: string[] } {
  const schools = new Set<string>();
  const aggregates = new Set<string>();
  for (const row of report.rows) {
    if (row.level) aggregates.add(row.name);
    else schools.add(displayName(row.name) || row.name);
  }
  return { schools: [...schools], aggregates: [...aggregates] };
}
