// Grade × subject blocks: a school's name, then "Класс | Русский язык | Математика", rows 5…8 and "ОГЭ".
import { ProcedureKind, Warning } from '../../core/model';
import { aggregateLevel } from '../aggregates';
import { TextContext, findGrade, impliedGrade, parseGradeCell, parseKind, resolveContext } from '../context';
import { DraftRow, LayoutRead } from '../draft';
import { MetricRole, isMetricRole, recogniseRole } from '../headers';
import { cellWarning, quoted } from '../messages';
import { SheetView } from '../sheetView';
import { canonicalSubject, knownSubjectCodes, unknownSubjectCode } from '../subjects';
import { fold } from '../text';
import { ColumnInfo } from '../types';

const GRADE_HEADER_RE = /^(класс|классы|параллель|кл\.?)$/;
const SCAN_ROWS = 60;

interface GradeHeader {
  readonly r: number;
  readonly labelCol: number;
  /** Column → subject named in the header. */
  readonly subjects: ReadonlyMap<number, string>;
  /** Columns headed by an unknown subject code («ЗЯ»): not read, named in a warning. */
  readonly unknownCodes: readonly number[];
}

/** A "Класс | subject | subject" header row, or undefined. */
function gradeHeaderAt(view: SheetView, r: number): GradeHeader | undefined {
  const filled = view.filledColumns(r);
  if (filled.length < 2) return undefined;
  const labelCol = filled[0];
  if (!GRADE_HEADER_RE.test(fold(view.text(r, labelCol)))) return undefined;
  const subjects = new Map<number, string>();
  const unknownCodes: number[] = [];
  for (const c of filled.slice(1)) {
    const t = view.text(r, c);
    if (isMetricRole(recogniseRole(t))) return undefined;
    if (unknownSubjectCode(t) !== undefined) {
      unknownCodes.push(c);
      continue;
    }
    const subject = canonicalSubject(t);
    if (subject) subjects.set(c, subject);
  }
  return subjects.size > 0 ? { r, labelCol, subjects, unknownCodes } : undefined;
}

/** «ЗЯ» over a column of a grade × subject header: a code no subject has, so the column is not read. */
function unknownCodeWarnings(view: SheetView, header: GradeHeader, file: string, sheet: string): Warning[] {
  return header.unknownCodes.map((c) => cellWarning(file, sheet, view.address(header.r, c),
    `${quoted(view.text(header.r, c))} — код предмета «${unknownSubjectCode(view.text(header.r, c)) ?? ''}» не известен (известны ${knownSubjectCodes()}); колонка ${view.letters(c)} не прочитана`));
}

/** The first grade × subject header in the first rows, or undefined. */
export function findGradeHeader(view: SheetView): GradeHeader | undefined {
  for (let r = 0; r < Math.min(view.rows, SCAN_ROWS); r++) {
    const h = gradeHeaderAt(view, r);
    if (h) return h;
  }
  return undefined;
}

/** Which number the cells hold, from the title lines and sheet name (доля «2» unless they say otherwise). */
function metricOf(texts: readonly string[]): MetricRole {
  for (const t of texts) {
    const role = recogniseRole(t);
    if (role === 'share2' || role === 'share45' || role === 'lowered' || role === 'meanScore') return role;
  }
  return 'share2';
}

/** Kind and grade of a row label: 5 → ВПР 5; "ОГЭ" → ОГЭ 9; "ЕГЭ" → ЕГЭ 11. */
function rowProcedure(view: SheetView, r: number, c: number, sheetKind: ProcedureKind | undefined): TextContext | undefined {
  const raw = view.value(r, c);
  const text = view.valueText(r, c);
  const kind = typeof raw === 'string' ? parseKind(text) : undefined;
  if (kind) return { kind, grade: impliedGrade(kind) ?? findGrade(text) };
  const grade = parseGradeCell(raw);
  if (grade === undefined) return undefined;
  return { kind: sheetKind === 'КДР' ? 'КДР' : 'ВПР', grade };
}

/** Reads every grade × subject block of the sheet. */
export function readGradeSubjectBlocks(
  view: SheetView, first: GradeHeader, file: string, sheet: string, sheetContext: TextContext, titles: readonly string[],
): LayoutRead {
  const metric = metricOf([...titles, sheet]);
  const warnings: Warning[] = unknownCodeWarnings(view, first, file, sheet);
  const rows: DraftRow[] = [];
  let header = first;
  let entity: { name: string; r: number; c: number } | undefined;
  for (let r = first.r - 1; r >= 0; r--) {
    if (view.isBlankRow(r)) continue;
    const t = view.text(r, first.labelCol);
    if (t !== '') entity = { name: t, r, c: first.labelCol };
    break;
  }
  let rowsRead = 0;
  for (let r = first.r + 1; r < view.rows; r++) {
    if (view.isBlankRow(r)) continue;
    const h = gradeHeaderAt(view, r);
    if (h) {
      header = h;
      warnings.push(...unknownCodeWarnings(view, h, file, sheet));
      continue;
    }
    const label = view.valueText(r, header.labelCol);
    const hasValue = [...header.subjects.keys()].some((c) => !view.isValueEmpty(r, c));
    if (!hasValue) {
      if (label !== '' && rowProcedure(view, r, header.labelCol, sheetContext.kind) === undefined) entity = { name: label, r, c: header.labelCol };
      continue;
    }
    if (!entity) {
      warnings.push(cellWarning(file, sheet, view.address(r, header.labelCol), 'над строкой нет названия ОО, строка пропущена'));
      continue;
    }
    const proc = rowProcedure(view, r, header.labelCol, sheetContext.kind);
    if (!proc) {
      warnings.push(cellWarning(file, sheet, view.address(r, header.labelCol), `${quoted(label)} — не класс и не процедура (ожидается 5, 6, … или ОГЭ, ЕГЭ), строка пропущена`));
      continue;
    }
    rowsRead++;
    const level = aggregateLevel(entity.name);
    for (const [c, subject] of header.subjects) {
      if (view.isValueEmpty(r, c)) continue;
      rows.push({
        r, name: entity.name, nameCell: { r: entity.r, c: entity.c }, level,
        context: resolveContext({ ...proc, subject }, { year: sheetContext.year }),
        cells: { [metric]: { r, c } },
      });
    }
  }
  const columns: ColumnInfo[] = [
    { column: view.letters(first.labelCol), header: view.text(first.r, first.labelCol), role: 'grade' },
    ...[...first.subjects].map(([c, subject]) => ({ column: view.letters(c), header: view.text(first.r, c), role: metric, subject })),
  ];
  return { layout: 'gradeSubjectBlocks', headerRow: view.sheetRow(first.r), columns, rows, rowsRead, warnings, sheetContext };
}
