// Long tables: the context of each row from its own year / procedure / grade / subject columns.
import { ProcedureKind } from '../../core/model';
import { TextContext, impliedGrade, parseGradeCell, parseKind } from '../context';
import { RawValue } from '../grid';
import { canonicalSubject, knownSubjectCodes, unknownSubjectCode } from '../subjects';
import { SheetView } from '../sheetView';
import { parseYear } from '../years';

export interface ContextColumns {
  readonly year?: number;
  readonly kind?: number;
  readonly grade?: number;
  readonly subject?: number;
}

/** Reads row context with caches (a long table repeats the same few texts thousands of times). */
export class RowContextReader {
  private readonly years = new Map<RawValue, number | undefined>();
  private readonly kinds = new Map<string, ProcedureKind | undefined>();
  private readonly grades = new Map<RawValue, number | undefined>();
  private readonly subjects = new Map<string, string | undefined>();

  constructor(private readonly view: SheetView, private readonly cols: ContextColumns) {}

  get hasColumns(): boolean {
    const { year, kind, grade, subject } = this.cols;
    return year !== undefined || kind !== undefined || grade !== undefined || subject !== undefined;
  }

  /** Context of row r, or the cell and text that could not be understood. */
  read(r: number): { context: TextContext } | { bad: { c: number; text: string; what: string } } {
    const v = this.view;
    const ctx: { year?: number; kind?: ProcedureKind; grade?: number; subject?: string } = {};
    const { year, kind, grade, subject } = this.cols;
    if (year !== undefined && !v.isValueEmpty(r, year)) {
      const raw = v.value(r, year);
      if (!this.years.has(raw)) this.years.set(raw, parseYear(raw));
      ctx.year = this.years.get(raw);
      if (ctx.year === undefined) return { bad: { c: year, text: v.valueText(r, year), what: 'год не распознан' } };
    }
    if (kind !== undefined && !v.isValueEmpty(r, kind)) {
      const t = v.valueText(r, kind);
      if (!this.kinds.has(t)) this.kinds.set(t, parseKind(t));
      ctx.kind = this.kinds.get(t);
      if (ctx.kind === undefined) return { bad: { c: kind, text: t, what: 'процедура не распознана (ожидается ВПР, ОГЭ, ЕГЭ или КДР)' } };
    }
    if (grade !== undefined && !v.isValueEmpty(r, grade)) {
      const raw = v.value(r, grade);
      if (!this.grades.has(raw)) this.grades.set(raw, parseGradeCell(raw));
      ctx.grade = this.grades.get(raw);
      if (ctx.grade === undefined) return { bad: { c: grade, text: v.valueText(r, grade), what: 'класс не распознан' } };
    }
    if (ctx.grade === undefined) ctx.grade = impliedGrade(ctx.kind);
    if (subject !== undefined && !v.isValueEmpty(r, subject)) {
      const t = v.valueText(r, subject);
      const code = unknownSubjectCode(t);
      if (code !== undefined) return { bad: { c: subject, text: t, what: `код предмета «${code}» не известен (известны ${knownSubjectCodes()})` } };
      if (!this.subjects.has(t)) this.subjects.set(t, canonicalSubject(t));
      ctx.subject = this.subjects.get(t);
    }
    return { context: ctx };
  }
}
