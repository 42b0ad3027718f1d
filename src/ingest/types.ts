// What ingest reports per sheet (layout found, context, columns) and the user's per-sheet corrections.
import { Dataset, ProcedureKind, Warning } from '../core/model';
import type { IndicatorDirection, SocialIndicator } from '../core/social/types';

/** The five layouts of input-layouts.md, plus the official ШНОР list of a past year. */
export type LayoutKind =
  | 'long' | 'schoolBlocks' | 'gradeSubjectBlocks' | 'wide' | 'fisOko' | 'officialList'
  /** ФИС ОКО pupil protocol (layout 8): one row per pupil, tallied per school. */
  | 'protocol'
  /** Helpers of protocols: a login directory (логин | имя | регион) and the user's mark scales («Шкалы»). */
  | 'loginDirectory' | 'scales'
  /** A context sheet: the social passport of each school (methodology §6). */
  | 'socialContext';

/** Roles a column can play; the user can map columns by hand with these. */
export type ColumnRole =
  | 'school'
  /** Муниципальное образование, or the department's name repeated on every row: part of a school's identity. */
  | 'municipality'
  | 'year' | 'kind' | 'grade' | 'subject' | 'participants'
  | 'share2'
  /** Число «2» / не преодолели порог, чел.: доля «2» = count / participants (methodology §1a). */
  | 'count2'
  | 'share3' | 'share4' | 'share5' | 'share45'
  | 'lowered' | 'confirmed' | 'raised' | 'meanScore'
  /** Период / категория участников: rows of retakes or past-year graduates are left out (methodology §1). */
  | 'category' | 'ignore';

/** Context of a sheet (or of a column group): what procedure and year its numbers belong to. */
export interface SheetContext {
  readonly year?: number;
  readonly kind?: ProcedureKind;
  readonly grade?: number;
  readonly subjects: readonly string[];
}

export interface ColumnInfo {
  /** Column letters ("C"). */
  readonly column: string;
  /** Header text as read (both header rows joined with " / " when two-row). */
  readonly header: string;
  readonly role: ColumnRole;
  /** Subject or grade of the column group in wide tables. */
  readonly subject?: string;
  readonly grade?: number;
  readonly kind?: ProcedureKind;
  readonly year?: number;
}

export interface SheetReport {
  readonly file: string;
  readonly sheet: string;
  /** undefined when the sheet holds no results (then skippedReason says why). */
  readonly layout?: LayoutKind;
  readonly context: SheetContext;
  /** Used range read, A1 ("A1:I437"). */
  readonly range: string;
  readonly headerRow?: number;
  readonly columns: readonly ColumnInfo[];
  readonly rowsRead: number;
  readonly resultsRead: number;
  /** Display names of the schools found on this sheet. */
  readonly schools: readonly string[];
  /** Names of aggregate rows found (район, область, итого). */
  readonly aggregates: readonly string[];
  readonly warnings: readonly Warning[];
  readonly skippedReason?: string;
  /** A context sheet: the indicators found, each with its direction. */
  readonly indicators?: readonly SocialIndicator[];
  /** A context sheet: names of its rows that match no school of the results. */
  readonly unmatched?: readonly string[];
}

/** The user's corrections for one sheet, saved in the workbook and reused. */
export interface SheetSettings {
  readonly excluded?: boolean;
  /** Overrides of the context found (year, kind, grade, subject). */
  readonly context?: { readonly year?: number; readonly kind?: ProcedureKind; readonly grade?: number; readonly subject?: string };
  /** Column letter → role, replacing what the header recogniser found. */
  readonly columns?: Readonly<Record<string, ColumnRole>>;
  /** Only under WORKBOOK_SETTINGS_KEY: pairs of school names the user said are one school (the first name is kept). */
  readonly schoolMerges?: readonly (readonly [string, string])[];
  /** Only under WORKBOOK_SETTINGS_KEY: the methodologist's partner schools, ШНОР school name → partner names (§4a). */
  readonly partners?: Readonly<Record<string, readonly string[]>>;
  /** A context sheet: column letter → the indicator's direction, replacing the one defaulted from its header. */
  readonly directions?: Readonly<Record<string, IndicatorDirection>>;
}

/** The entry of IngestSettings that holds choices for the whole workbook; no sheet can be named "*" in Excel. */
export const WORKBOOK_SETTINGS_KEY = '*';

/** Settings keyed by sheet name. */
export type IngestSettings = Readonly<Record<string, SheetSettings>>;

export interface IngestResult {
  readonly dataset: Dataset;
  readonly sheets: readonly SheetReport[];
}
