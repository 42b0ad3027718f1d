// ФИС ОКО exports: "Статистика по отметкам" and its companion "Сравнение с журналом" (values for the same results).
import { AggregateRecord, Procedure, procedureKey } from '../../core/model';
import { TextContext, resolveContext } from '../context';
import { DraftAttachment, DraftResult, SheetRead, Values } from '../draft';
import { HeaderBlock } from '../headerRows';
import { MetricRole } from '../headers';
import { SKIP, cellWarning, quoted } from '../messages';
import { SheetView } from '../sheetView';
import { fold } from '../text';

const TITLE_RE = /статистика по отметкам|сравнение отметок|фис око/;
const CODE_RE = /(^|[^a-z])(sch|edu)\d{3,}/i;

/** True when a table looks like a ФИС ОКО export (its headers, its titles, or login codes in the names). */
export function isFisOkoTable(view: SheetView, block: HeaderBlock, titles: readonly string[], sheet: string): boolean {
  if (block.columns.some((col) => /группы участник|кол-?во оо/.test(fold(col.header)))) return true;
  if (titles.some((t) => TITLE_RE.test(fold(t))) || TITLE_RE.test(fold(sheet))) return true;
  const school = block.columns.find((col) => col.role === 'school');
  if (!school) return false;
  // A table with year and procedure on every row is a long table, logins in its names or not («Результаты из протоколов»).
  if (block.columns.some((col) => col.role === 'year') && block.columns.some((col) => col.role === 'kind')) return false;
  for (let r = block.bottom + 1; r < Math.min(view.rows, block.bottom + 30); r++) if (CODE_RE.test(view.text(r, school.c))) return true;
  return false;
}

/** A sheet whose only numbers are понизили / подтвердили / повысили: its values belong to results read elsewhere. */
export function isCompanionTable(block: HeaderBlock): boolean {
  const roles = new Set(block.columns.map((col) => col.role));
  const hasObjectivity = roles.has('lowered') || roles.has('confirmed') || roles.has('raised');
  const hasMarks = roles.has('share2') || roles.has('share3') || roles.has('share4') || roles.has('share5') || roles.has('share45');
  return hasObjectivity && !hasMarks;
}

function complete(ctx: TextContext): ctx is Required<TextContext> {
  return ctx.year !== undefined && ctx.kind !== undefined && ctx.grade !== undefined && ctx.subject !== undefined;
}

/** The one (year, procedure) of a sheet's results, or undefined when it has several. */
function singleContext(read: SheetRead): TextContext | undefined {
  const first = read.results[0];
  if (!first) return undefined;
  const key = `${first.year}|${procedureKey(first.procedure)}`;
  if (read.results.some((r) => `${r.year}|${procedureKey(r.procedure)}` !== key)) return undefined;
  return { year: first.year, ...first.procedure };
}

/** The statistics sheet of the same file: the nearest one before the companion, else the nearest after. */
function statisticsFor(reads: readonly SheetRead[], i: number): SheetRead | undefined {
  const file = reads[i].file;
  const usable = (r: SheetRead): boolean => r.file === file && r.results.length > 0 && singleContext(r) !== undefined;
  for (let j = i - 1; j >= 0; j--) if (usable(reads[j]) && reads[j].layout === 'fisOko') return reads[j];
  for (let j = i + 1; j < reads.length; j++) if (usable(reads[j]) && reads[j].layout === 'fisOko') return reads[j];
  for (let j = i - 1; j >= 0; j--) if (usable(reads[j])) return reads[j];
  for (let j = i + 1; j < reads.length; j++) if (usable(reads[j])) return reads[j];
  return undefined;
}

const ATTACHED: readonly MetricRole[] = ['lowered', 'confirmed', 'raised', 'meanScore', 'participants'];

function fill(values: Values, from: Values): void {
  for (const role of ATTACHED) if (values[role] === undefined && from[role] !== undefined) values[role] = from[role];
}

/** Attaches the values of companion sheets to the results (and aggregates) they belong to. */
export function attachCompanions(reads: SheetRead[]): void {
  reads.forEach((read, i) => {
    if (read.attachments.length === 0) return;
    const stats = statisticsFor(reads, i);
    const statsContext = stats ? singleContext(stats) ?? {} : {};
    for (const att of read.attachments) {
      const own = complete(att.context);
      const ctx = own ? att.context : resolveContext(att.context, statsContext);
      if (!complete(ctx)) {
        read.warnings.push(cellWarning(read.file, read.sheet, att.source.cell, `${quoted(att.name)}: ${SKIP.noStatistics}; значения не учтены`));
        continue;
      }
      const procedure: Procedure = { kind: ctx.kind, subject: ctx.subject, grade: ctx.grade };
      const pool = own ? reads.filter((r) => r.file === read.file) : stats ? [stats] : [];
      if (att.level) {
        attachAggregate(read, att, pool, ctx.year, procedure);
        read.attached++;
      } else if (attachResult(att, pool, ctx.year, procedure)) read.attached++;
      else {
        const where = stats ? `на листе «${stats.sheet}»` : 'в этом файле';
        read.warnings.push(cellWarning(read.file, read.sheet, att.source.cell, `для ${quoted(att.name)} нет результата ${where} (${ctx.kind} ${ctx.subject}, ${ctx.year}); значения не учтены`));
      }
    }
    if (read.attached === 0 && read.aggregates.length === 0) read.skippedReason = SKIP.noStatistics;
  });
}

function attachResult(att: DraftAttachment, pool: readonly SheetRead[], year: number, procedure: Procedure): boolean {
  const pk = procedureKey(procedure);
  let target: DraftResult | undefined;
  for (const r of pool) {
    target = r.results.find((x) => x.year === year && procedureKey(x.procedure) === pk && (x.key === att.key || (att.code !== undefined && x.code === att.code)));
    if (target) break;
  }
  if (!target) return false;
  fill(target.values, att.values);
  for (const role of ATTACHED) if (att.values[role] !== undefined && target.cells[role] === undefined) target.cells[role] = att.source.cell;
  return true;
}

function attachAggregate(read: SheetRead, att: DraftAttachment, pool: readonly SheetRead[], year: number, procedure: Procedure): void {
  const name = fold(att.name);
  const pk = procedureKey(procedure);
  for (const r of pool) {
    const idx = r.aggregates.findIndex((a) => fold(a.name) === name && a.year === year && (a.procedure === undefined || procedureKey(a.procedure) === pk));
    if (idx >= 0) {
      const a = r.aggregates[idx];
      if (a.lowered === undefined && att.values.lowered !== undefined) r.aggregates[idx] = { ...a, lowered: att.values.lowered };
      return;
    }
  }
  const added: AggregateRecord = {
    name: att.name, level: att.level ?? 'total', year, procedure, lowered: att.values.lowered, source: att.source,
  };
  read.aggregates.push(added);
}
