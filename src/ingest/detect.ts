// Recognises the layout of one sheet and reads it: official list, grade × subject blocks, school blocks, flat tables.
import { isNotFirstAttempt } from './attempts';
import { applyColumnMapping } from './columnMapping';
import { TextContext, resolveContext } from './context';
import { LayoutRead, SheetRead } from './draft';
import { finalizeRows } from './finalize';
import { SheetGrid } from './grid';
import { HeaderBlock, findHeaderBlock } from './headerRows';
import { knownSubjectCodes, unknownSubjectCode } from './subjects';
import { isCompanionTable, isFisOkoTable } from './layouts/fisOko';
import { findGradeHeader, readGradeSubjectBlocks } from './layouts/gradeSubjectBlocks';
import { officialListTitle, readOfficialList } from './layouts/officialList';
import { looksLikeSchoolBlocks, readSchoolBlocks } from './layouts/schoolBlocks';
import { readTable } from './layouts/table';
import { SKIP, cellWarning, quoted, sheetWarning } from './messages';
import { chooseSchoolColumn } from './nameColumns';
import {
  decidedSchoolColumnNote, isApplicationsSheet, isPupilProtocol, noHeaderReason, noSchoolReason, onlyAggregatesReason,
} from './skipReasons';
import { titleMetricBlock, titleNamesShare2 } from './layouts/titleMetric';
import { Warning } from '../core/model';
import { longTextWarnings } from './longText';
import { displayName } from './schoolNames';
import { rowTexts, sheetContext } from './sheetContext';
import { SheetView } from './sheetView';
import { ColumnInfo, SheetContext, SheetSettings } from './types';

function emptyRead(grid: SheetGrid, range: string, context: SheetContext = { subjects: [] }): SheetRead {
  return {
    file: grid.file, sheet: grid.sheet, context, range, columns: [], rowsRead: 0,
    results: [], aggregates: [], attachments: [], warnings: [], schoolNames: [], aggregateNames: [], attached: 0,
  };
}

function skipped(grid: SheetGrid, range: string, reason: string, extra: Partial<SheetRead> = {}): SheetRead {
  return { ...emptyRead(grid, range), ...extra, skippedReason: reason };
}

/** The user's context override as a TextContext. */
function overrideOf(settings: SheetSettings | undefined): TextContext {
  const o = settings?.context;
  return o ? { year: o.year, kind: o.kind, grade: o.grade, subject: o.subject } : {};
}

/** The sheet name or a title line says the whole sheet holds retakes or past-year graduates (methodology §1). */
function notFirstAttempt(sheet: string, titles: readonly string[]): boolean {
  return [sheet, ...titles].some(isNotFirstAttempt);
}

function hasShare2(block: ReturnType<typeof findHeaderBlock>): boolean {
  return block !== undefined && block.columns.some((c) => c.role === 'share2' || c.role === 'count2');
}

/** Rows where an applications sheet says what it is (title lines and the header). */
const APPLICATION_ROWS = 12;

const HIDDEN_TEXT = {
  hidden: 'лист скрыт, но его данные учтены; исключите лист, если они не нужны',
  veryHidden: 'лист «очень скрыт» (виден только в редакторе VBA), но его данные учтены; исключите лист, если они не нужны',
} as const;

/** Reads one sheet with the user's settings for it; what the reader noticed comes first among its warnings. */
export function readSheet(grid: SheetGrid, settings: SheetSettings | undefined): SheetRead {
  if (grid.tooLarge !== undefined && !settings?.excluded) {
    return { ...skipped(grid, '', `${SKIP.tooLarge} (${grid.tooLarge})`), warnings: noticeWarnings(grid) };
  }
  const read = readSheetBody(grid, settings);
  if (read.skippedReason === SKIP.excluded) return read;
  const warnings = [...noticeWarnings(grid), ...longTextWarnings(grid)];
  if (grid.hidden && read.skippedReason === undefined) warnings.push(sheetWarning(grid.file, grid.sheet, HIDDEN_TEXT[grid.hidden]));
  if (warnings.length > 0) read.warnings.unshift(...warnings);
  return read;
}

/** What the file adapter noticed in a grid (formula errors, uncalculated formulas, cut sheets), as warnings with cells. */
export function noticeWarnings(grid: SheetGrid): Warning[] {
  return (grid.notices ?? []).map((n) => (n.cell === undefined ? sheetWarning(grid.file, grid.sheet, n.message) : cellWarning(grid.file, grid.sheet, n.cell, n.message)));
}

function readSheetBody(grid: SheetGrid, settings: SheetSettings | undefined): SheetRead {
  const view = new SheetView(grid);
  const range = view.usedRange();
  if (settings?.excluded) return skipped(grid, range, SKIP.excluded);
  // An empty grid the reader had something to say about is not "empty": the first notice is the reason.
  if (range === '') return skipped(grid, range, grid.notices?.[0]?.message ?? SKIP.empty);
  if (!settings?.columns && isPupilProtocol(view)) return skipped(grid, range, SKIP.protocol);
  // Applications for the exam (one count per subject, no results): skipped in every shape, whatever its header reads as.
  if (!settings?.columns && isApplicationsSheet(grid.sheet, rowTexts(view, 0, APPLICATION_ROWS))) return skipped(grid, range, SKIP.applications);
  const override = overrideOf(settings);
  let block = findHeaderBlock(view);
  if (!hasShare2(block)) {
    // Layout 7: the metric in the title, the columns carrying subject / grade / year only.
    const titleBlock = titleNamesShare2(rowTexts(view, 0, Math.min(view.rows, 6))) ? titleMetricBlock(view) : undefined;
    if (titleBlock) block = titleBlock;
  }
  // Competing name headers (a department's column and the schools' both «Наименование …»): the contents choose.
  const choice = block ? chooseSchoolColumn(view, block) : undefined;
  if (choice) block = choice.block;
  if (settings?.columns) block = applyColumnMapping(view, block, settings.columns);
  const roles = new Set(block?.columns.map((c) => c.role));

  const listTitle = officialListTitle(view, grid.sheet);
  if (listTitle !== undefined && !roles.has('share2') && !roles.has('count2')) {
    const got = readOfficialList(view, grid.file, grid.sheet, listTitle);
    const year = override.year ?? got.year;
    if (got.list === undefined && year === undefined) return skipped(grid, range, SKIP.listNoYear, { layout: 'officialList', rowsRead: got.rowsRead });
    const list = got.list ? { ...got.list, year: override.year ?? got.list.year } : undefined;
    if (!list || list.names.length === 0) return skipped(grid, range, SKIP.listEmpty, { layout: 'officialList', rowsRead: got.rowsRead });
    return {
      ...emptyRead(grid, range, { year: list.year, subjects: [] }), layout: 'officialList', rowsRead: got.rowsRead, list,
      schoolNames: [...new Set(list.names.map((n) => displayName(n.name)))],
    };
  }

  const gradeHeader = findGradeHeader(view);
  let read: LayoutRead;
  let warnings = [] as SheetRead['warnings'];
  if (gradeHeader && (block === undefined || gradeHeader.r < block.roleRow || (!roles.has('share2') && !roles.has('count2')))) {
    const titles = rowTexts(view, 0, Math.max(0, gradeHeader.r - 1));
    if (notFirstAttempt(grid.sheet, titles)) return skipped(grid, range, SKIP.notFirstAttempt);
    const ctx = sheetContext(grid.file, grid.sheet, titles);
    warnings = ctx.warnings;
    read = readGradeSubjectBlocks(view, gradeHeader, grid.file, grid.sheet, ctx.context, titles);
  } else {
    if (!block) return skipped(grid, range, noHeaderReason(view, grid.sheet, rowTexts(view, 0, 6)));
    const titles = rowTexts(view, 0, block.top);
    if (notFirstAttempt(grid.sheet, titles)) return skipped(grid, range, SKIP.notFirstAttempt, { headerRow: view.sheetRow(block.roleRow) });
    const ctx = sheetContext(grid.file, grid.sheet, titles);
    warnings = ctx.warnings;
    const hasSchool = block.columns.some((c) => c.role === 'school');
    const companion = isCompanionTable(block);
    if (!hasSchool) {
      if (!looksLikeSchoolBlocks(view, block)) return skipped(grid, range, noSchoolReason(view, block.roleRow), { headerRow: view.sheetRow(block.roleRow) });
      read = readSchoolBlocks(view, block, grid.file, grid.sheet, ctx.context);
    } else {
      if (!companion && !roles.has('share2') && !roles.has('count2')) {
        return skipped(grid, range, noHeaderReason(view, grid.sheet, titles), { headerRow: view.sheetRow(block.roleRow) });
      }
      read = readTable(view, block, {
        file: grid.file, sheet: grid.sheet, sheetContext: ctx.context, attachMode: companion,
        fisOko: companion || isFisOkoTable(view, block, titles, grid.sheet),
      });
    }
  }
  if (block) warnings = [...unknownCodeWarnings(view, grid.file, grid.sheet, block), ...warnings];
  if (choice?.decided && !settings?.columns) warnings = [sheetWarning(grid.file, grid.sheet, decidedSchoolColumnNote(view, choice.block, choice.decided)), ...warnings];
  const done = finalizeRows(view, { ...read, warnings: [...warnings, ...read.warnings] }, { file: grid.file, sheet: grid.sheet, override });
  // Rows were read but none as a school (all taken for totals or municipalities): say which, and which header cells.
  const skippedReason = done.skippedReason ??
    (done.results.length === 0 && done.attachments.length === 0 && !read.attachMode ? onlyAggregatesReason(read, done.aggregateNames) : undefined);
  return {
    file: grid.file, sheet: grid.sheet, layout: read.layout,
    context: reportContext(done.results, resolveContext(override, read.sheetContext)),
    range, headerRow: read.headerRow, columns: withCountRoles(view, read.columns, done.countColumns), rowsRead: read.rowsRead,
    results: done.results, aggregates: done.aggregates, attachments: done.attachments, warnings: done.warnings,
    schoolNames: done.schoolNames, aggregateNames: done.aggregateNames, skippedReason, attached: 0,
    ...(done.doubts.length > 0 ? { doubts: done.doubts } : {}), ...(done.aggregateRows.length > 0 ? { aggregateRows: done.aggregateRows } : {}),
  };
}

/** One warning per header cell holding an unknown subject code («4 ЗЯ»), naming the columns left unread. */
function unknownCodeWarnings(view: SheetView, file: string, sheet: string, block: HeaderBlock): Warning[] {
  const cells = new Map<string, { text: string; at: string; letters: string[] }>();
  for (const col of block.columns) {
    if (!col.unknownCode) continue;
    const at = view.address(col.unknownCode.r, col.c);
    // A merged group header: the address of its first cell, once.
    const key = `${col.unknownCode.r}|${col.unknownCode.text}`;
    const got = cells.get(key) ?? { text: col.unknownCode.text, at, letters: [] as string[] };
    got.letters.push(view.letters(col.c));
    cells.set(key, got);
  }
  return [...cells.values()].map((x) => cellWarning(file, sheet, x.at,
    `${quoted(x.text)} — код предмета «${unknownSubjectCode(x.text) ?? ''}» не известен (известны ${knownSubjectCodes()}); ` +
    `${x.letters.length === 1 ? 'колонка' : 'колонки'} ${x.letters.join(', ')} не ${x.letters.length === 1 ? 'прочитана' : 'прочитаны'} — укажите роли колонок вручную`));
}

/** The columns as read: a «2» column the values showed to be counts is reported as one. */
function withCountRoles(view: SheetView, columns: readonly ColumnInfo[], counts: readonly number[]): ColumnInfo[] {
  if (counts.length === 0) return [...columns];
  const letters = new Set(counts.map((c) => view.letters(c)));
  return columns.map((col) => (col.role === 'share2' && letters.has(col.column) ? { ...col, role: 'count2' } : col));
}

/** The context shown to the user: what every result shares, else what the sheet name and titles said. */
function reportContext(results: SheetRead['results'], fallback: TextContext): SheetContext {
  if (results.length === 0) return { ...fallback, subjects: fallback.subject ? [fallback.subject] : [] };
  const years = new Set(results.map((r) => r.year));
  const kinds = new Set(results.map((r) => r.procedure.kind));
  const grades = new Set(results.map((r) => r.procedure.grade));
  const subjects = [...new Set(results.map((r) => r.procedure.subject))];
  return {
    year: years.size === 1 ? [...years][0] : undefined,
    kind: kinds.size === 1 ? [...kinds][0] : undefined,
    grade: grades.size === 1 ? [...grades][0] : undefined,
    subjects,
  };
}
