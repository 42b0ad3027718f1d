// Reads the numbers of draft rows: shares as percents (fractions ×100), checks, warnings with cell addresses.
import { AggregateRecord, Procedure, Warning } from '../core/model';
import { TextContext, impliedGrade } from './context';
import { DraftAttachment, DraftResult, DraftRow, LayoutRead, Values } from './draft';
import { METRIC_ROLES, MetricRole, SHARE_ROLES } from './headers';
import { SKIP, cellWarning, quoted, sheetWarning } from './messages';
import { formatNumber, readNumber, round2 } from './numbers';
import { displayName, loginCode, schoolKey } from './schoolNames';
import { SheetView } from './sheetView';
import { ShareScales, shareScales } from './shareScale';
import { countColumns } from './countColumns';
import { sumEvidence } from './sumEvidence';
import { ColumnDoubt, DraftDoubt } from './draft';
import { AggregateNote } from './types';
import { isErrorText } from './text';

export interface Finalized {
  readonly results: DraftResult[];
  readonly aggregates: AggregateRecord[];
  readonly attachments: DraftAttachment[];
  readonly warnings: Warning[];
  readonly schoolNames: string[];
  readonly aggregateNames: string[];
  readonly skippedReason?: string;
  /** Columns read as counts of «2» although their header alone did not say so (countColumns). */
  readonly countColumns: readonly number[];
  /** Decisions that can change verdicts: school-worded rows read as sums, columns read against their header. */
  readonly doubts: DraftDoubt[];
  /** Every aggregate row with its evidence. */
  readonly aggregateRows: AggregateNote[];
}

type Missing = 'year' | 'kind' | 'grade' | 'subject';
const MISSING_TEXT: Readonly<Record<Missing, string>> = { year: 'год', kind: 'процедуру', grade: 'класс', subject: 'предмет' };
const MISSING_SKIP: Readonly<Record<Missing, string>> = { year: SKIP.noYear, kind: SKIP.noKind, grade: SKIP.noGrade, subject: SKIP.noSubject };
const ROLE_TEXT: Readonly<Record<MetricRole, string>> = {
  participants: 'число участников', share2: 'доля «2»', count2: 'число «2»', share3: 'доля «3»', share4: 'доля «4»', share5: 'доля «5»',
  share45: 'доля «4» и «5»', lowered: 'доля понизивших', confirmed: 'доля подтвердивших', raised: 'доля повысивших',
  meanScore: 'средний балл',
};
const IS_SHARE: ReadonlySet<MetricRole> = new Set(SHARE_ROLES);

interface Options {
  readonly file: string;
  readonly sheet: string;
  /** The user's context, winning over what was found. */
  readonly override: TextContext;
}

/** Turns the draft rows of a layout into results, aggregates and warnings. */
export function finalizeRows(view: SheetView, read: LayoutRead, opts: Options): Finalized {
  const { file, sheet } = opts;
  const warnings: Warning[] = [...read.warnings];
  const results: DraftResult[] = [];
  const aggregates: AggregateRecord[] = [];
  const attachments: DraftAttachment[] = [];
  const schoolNames = new Set<string>();
  const aggregateNames = new Set<string>();
  const headers = new Map<number, string>();
  for (const col of read.columns) {
    const c = view.columnOf(col.column);
    if (c !== undefined) headers.set(c, col.header);
  }
  const sums = sumEvidence(view, read.rows, file, sheet);
  warnings.push(...sums.warnings);
  const units = countColumns(view, sums.rows, headers, sums.covers);
  const rows = units.rows;
  const scales = shareScales(view, rows, headers, file, sheet);
  warnings.push(...scales.warnings);
  /** Results by the grid cell their доля «2» (or count) came from, for the doubts about a column or some cells. */
  const resultsByColumn = new Map<number, { r: number; result: DraftResult; nonzero: boolean }[]>();
  const missing = new Map<Missing, { count: number; first: string; row: number }>();
  const nameCache = new Map<string, { display: string; key: string; code?: string }>();
  let badRows = 0;

  const noteMissing = (what: Missing, row: DraftRow): void => {
    const m = missing.get(what);
    if (m) m.count++;
    else missing.set(what, { count: 1, first: view.address(row.nameCell.r, row.nameCell.c), row: view.sheetRow(row.r) });
  };
  const identity = (name: string): { display: string; key: string; code?: string } => {
    let id = nameCache.get(name);
    if (!id) {
      const code = loginCode(name);
      const display = displayName(name);
      // A bare login («sch221003») names the school when nothing else does.
      id = display === '' && code !== undefined ? { display: code, key: code, code } : { display, key: schoolKey(name), code };
      nameCache.set(name, id);
    }
    return id;
  };

  for (const row of rows) {
    if (isErrorText(row.name)) {
      warnings.push(cellWarning(file, sheet, view.address(row.nameCell.r, row.nameCell.c), `вместо названия ОО — ошибка формулы ${quoted(row.name)}, строка пропущена`));
      badRows++;
      continue;
    }
    const ctx: TextContext = {
      year: opts.override.year ?? row.context.year,
      kind: opts.override.kind ?? row.context.kind,
      grade: opts.override.grade ?? row.context.grade ?? impliedGrade(opts.override.kind ?? row.context.kind),
      subject: opts.override.subject ?? row.context.subject,
    };
    const { values, cells, share2Problem, noParticipants } = readValues(view, row, scales, (w) => warnings.push(cellWarning(file, sheet, w.cell, w.text)));
    if (noParticipants) continue; // a count with no participants is no result (never 0 %)
    if (share2Problem) {
      badRows++;
      continue;
    }
    if (values.share45 === undefined && values.share4 !== undefined && values.share5 !== undefined) {
      values.share45 = round2(values.share4 + values.share5);
    }
    const nameAddress = view.address(row.nameCell.r, row.nameCell.c);
    if (row.level) {
      if (Object.keys(values).length === 0) continue;
      if (ctx.year === undefined && !read.attachMode) {
        noteMissing('year', row);
        continue;
      }
      aggregateNames.add(row.name);
      const procedure = completeProcedure(ctx);
      if (read.attachMode) {
        attachments.push({ key: '', name: row.name, level: row.level, context: ctx, values, source: { file, sheet, cell: nameAddress } });
        continue;
      }
      aggregates.push({
        name: row.name, level: row.level, year: ctx.year as number, procedure,
        participants: values.participants, share2: values.share2, share45: values.share45, lowered: values.lowered,
        source: { file, sheet, cell: cells.share2 ?? cells.participants ?? nameAddress },
      });
      continue;
    }
    const id = identity(row.name);
    if (id.key === '') {
      warnings.push(cellWarning(file, sheet, nameAddress, `${quoted(row.name)} — не название ОО, строка пропущена`));
      badRows++;
      continue;
    }
    if (values.share2 === undefined) {
      if (read.attachMode && (values.lowered ?? values.confirmed ?? values.raised) !== undefined) {
        schoolNames.add(id.display);
        attachments.push({ key: id.key, name: row.name, code: id.code, context: ctx, values, source: { file, sheet, cell: cells.lowered ?? cells.confirmed ?? cells.raised ?? nameAddress } });
      } else if ((values.participants ?? 0) > 0) {
        const at = row.cells.share2 ? view.address(row.cells.share2.r, row.cells.share2.c) : nameAddress;
        warnings.push(cellWarning(file, sheet, at, `доля «2» не указана при ${values.participants} участниках (${id.display}), строка пропущена`));
        badRows++;
      }
      continue;
    }
    const gaps: Missing[] = [];
    if (ctx.year === undefined) gaps.push('year');
    if (ctx.kind === undefined) gaps.push('kind');
    if (ctx.grade === undefined) gaps.push('grade');
    if (ctx.subject === undefined) gaps.push('subject');
    if (gaps.length > 0) {
      for (const g of gaps) noteMissing(g, row);
      continue;
    }
    schoolNames.add(id.display);
    const result: DraftResult = {
      key: id.key, name: row.name, code: id.code, ...(row.municipality ? { municipality: row.municipality } : {}), year: ctx.year as number,
      procedure: completeProcedure(ctx) as Procedure, values, cells,
      source: { file, sheet, cell: cells.share2 as string },
    };
    results.push(result);
    const pos = row.cells.count2 ?? row.cells.share2;
    if (pos) {
      const list = resultsByColumn.get(pos.c) ?? [];
      list.push({ r: pos.r, result, nonzero: (values.count2 ?? values.share2 ?? 0) !== 0 });
      resultsByColumn.set(pos.c, list);
    }
  }
  const columnDoubt = (d: ColumnDoubt, kind: DraftDoubt['kind']): DraftDoubt => {
    const only = d.rows ? new Set(d.rows) : undefined;
    const touched = (resultsByColumn.get(d.c) ?? []).filter((x) => (only ? only.has(x.r) : x.nonzero)).map((x) => x.result);
    return { kind, file, sheet, cell: view.letters(d.c), decided: d.decided, fix: d.fix, results: touched, names: [] };
  };
  const doubts: DraftDoubt[] = [
    ...sums.schoolWorded.map((n): DraftDoubt => ({
      kind: 'aggregate', file, sheet, cell: n.cell, results: [], names: [n.name],
      decided: `строка «${n.name}» (${n.cell}) с названием школы взята как ${n.level === 'total' ? 'итог' : 'подытог'}: ${n.evidence}`,
      fix: 'Если это школа, укажите колонку ОО вручную или исправьте числа строки; строка с названием школы считается итогом только потому, что её числа совпали с суммой соседних строк.',
    })),
    ...units.doubts.map((d) => columnDoubt(d, 'units')),
    ...scales.doubts.map((d) => columnDoubt(d, 'scale')),
  ].filter((d) => d.kind === 'aggregate' || d.results.length > 0);

  for (const [what, m] of missing) {
    warnings.push(sheetWarning(file, sheet,
      `не удалось определить ${MISSING_TEXT[what]} для ${m.count} строк(и) (первая — строка ${m.row}); строки пропущены. Укажите ${MISSING_TEXT[what]} вручную.`, m.first));
  }
  let skippedReason: string | undefined;
  if (results.length === 0 && aggregates.length === 0 && attachments.length === 0) {
    const firstMissing = (['year', 'kind', 'grade', 'subject'] as const).find((k) => missing.has(k));
    skippedReason = firstMissing ? MISSING_SKIP[firstMissing] : badRows > 0 ? SKIP.allBad : SKIP.noRows;
  }
  return {
    results, aggregates, attachments, warnings, schoolNames: [...schoolNames], aggregateNames: [...aggregateNames], skippedReason,
    countColumns: units.counts, doubts, aggregateRows: sums.notes,
  };
}

function completeProcedure(ctx: TextContext): Procedure | undefined {
  if (ctx.kind === undefined || ctx.subject === undefined || ctx.grade === undefined) return undefined;
  return { kind: ctx.kind, subject: ctx.subject, grade: ctx.grade };
}

interface CellProblem {
  readonly cell: string;
  readonly text: string;
}

/** Reads the metric cells of a row; a bad доля «2» drops the row, any other bad value only that value. */
function readValues(
  view: SheetView,
  row: DraftRow,
  scales: ShareScales,
  warn: (p: CellProblem) => void,
): { values: Values; cells: Partial<Record<MetricRole, string>>; share2Problem: boolean; noParticipants: boolean } {
  const values: Values = {};
  const cells: Partial<Record<MetricRole, string>> = {};
  let share2Problem = false;
  for (const role of METRIC_ROLES) {
    const pos = row.cells[role];
    if (!pos) continue;
    const raw = view.value(pos.r, pos.c);
    const n = readNumber(raw);
    if (n.kind === 'missing') continue;
    const cell = view.address(pos.r, pos.c);
    const fatal = role === 'share2' || role === 'count2';
    const tail = fatal ? 'строка пропущена' : 'значение не учтено';
    if (n.kind === 'bad') {
      warn({ cell, text: `${quoted(n.text)} — не число, ${tail}` });
      if (fatal) share2Problem = true;
      continue;
    }
    let value = n.value;
    if (IS_SHARE.has(role)) {
      const scale = scales.scaleOf(pos.r, pos.c);
      if (scale === 'unknown') {
        // Said once for the whole column (shareScales); the value is not guessed.
        if (fatal) share2Problem = true;
        continue;
      }
      if (scale === 'fraction') value = round2(value * 100);
    }
    if (IS_SHARE.has(role) && (value < 0 || value > 100)) {
      warn({ cell, text: `${ROLE_TEXT[role]} ${formatNumber(value)} % вне пределов 0–100, ${tail}` });
      if (fatal) share2Problem = true;
      continue;
    }
    if (role === 'participants' && (!Number.isInteger(value) || value < 0)) {
      warn({ cell, text: `число участников ${quoted(String(raw))} — не целое неотрицательное число, значение не учтено` });
      continue;
    }
    if (role === 'count2' && (!Number.isInteger(value) || value < 0)) {
      warn({ cell, text: `число «2» ${quoted(String(raw))} — не целое неотрицательное число, строка пропущена` });
      share2Problem = true;
      continue;
    }
    values[role] = value;
    cells[role] = cell;
  }
  const countPos = row.cells.count2;
  if (countPos === undefined || share2Problem) return { values, cells, share2Problem, noParticipants: false };
  // Methodology §1a: доля «2» = count / participants; an empty count under filled participants is 0.
  const n = values.participants;
  if (n === undefined || n === 0) {
    if ((values.count2 ?? 0) > 0) {
      warn({ cell: cells.count2 as string, text: `число «2» ${values.count2} при ${n === 0 ? 'нуле' : 'пустом числе'} участников — результата нет, строка пропущена` });
      return { values, cells, share2Problem: true, noParticipants: false };
    }
    return { values, cells, share2Problem, noParticipants: true };
  }
  if (values.count2 === undefined) {
    values.count2 = 0;
    cells.count2 = view.address(countPos.r, countPos.c);
  }
  if (values.count2 > n) {
    warn({ cell: cells.count2 as string, text: `число «2» ${values.count2} больше числа участников ${n} (ячейка ${cells.participants}), строка пропущена` });
    return { values, cells, share2Problem: true, noParticipants: false };
  }
  values.share2 = round2((values.count2 / n) * 100);
  cells.share2 = cells.count2;
  return { values, cells, share2Problem, noParticipants: false };
}
