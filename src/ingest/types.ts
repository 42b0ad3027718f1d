// What ingest reports per sheet (layout found, context, columns) and the user's per-sheet corrections.
import { AggregateLevel, Dataset, ProcedureKind, Warning } from '../core/model';
import type { IndicatorDirection, SocialIndicator } from '../core/social/types';

/** The five layouts of input-layouts.md, plus the official ШНОР list of a past year. */
export type LayoutKind =
  | 'long' | 'schoolBlocks' | 'gradeSubjectBlocks' | 'wide' | 'fisOko' | 'officialList'
  /** ФИС ОКО pupil protocol (layout 8): one row per pupil, tallied per school. */
  | 'protocol'
  /** Helpers of protocols: a login directory (логин | имя | регион) and the user's mark scales («Шкалы»). */
  | 'loginDirectory' | 'scales'
  /** An official ФИОКО list of schools with signs of non-objectivity (methodology §7). */
  | 'fiokoList'
  /** ФИС ОКО «Распределение первичных баллов» and «Выполнение заданий»: per school, for the objectivity markers. */
  | 'fisOkoScores' | 'fisOkoTasks'
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
  /** Every row taken as an aggregate, with the evidence (its label, its numbers being a sum); absent when none. */
  readonly aggregateRows?: readonly AggregateNote[];
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
  /** Only under WORKBOOK_SETTINGS_KEY: the справка's header and signature fields. */
  readonly note?: NoteSettings;
  /** A context sheet: column letter → the indicator's direction, replacing the one defaulted from its header. */
  readonly directions?: Readonly<Record<string, IndicatorDirection>>;
}

/** Fields of the справка the user fills once (the CLI's --settings: { "*": { "note": { … } } }). */
export interface NoteSettings {
  /** «Отдел образования администрации Северо-Озёрского района». */
  readonly organ?: string;
  /** «Начальнику управления образования … И. И. Иванову». */
  readonly addressee?: string;
  /** «И. И. Петрова». */
  readonly executor?: string;
  /** «Главный специалист отдела образования». */
  readonly position?: string;
  /** The date to print («15.06.2024»); the run's date when empty. */
  readonly date?: string;
}

/** The keys of NoteSettings, in the order the form shows them. */
export const NOTE_FIELDS = ['organ', 'addressee', 'position', 'executor', 'date'] as const;

/** The entry of IngestSettings that holds choices for the whole workbook; no sheet can be named "*" in Excel. */
export const WORKBOOK_SETTINGS_KEY = '*';

/** Settings keyed by sheet name. */
export type IngestSettings = Readonly<Record<string, SheetSettings>>;

/** A row taken as an aggregate and why: its label, or its numbers being the sum / weighted mean of school rows. */
export interface AggregateNote {
  readonly name: string;
  /** The label's cell («A12»). */
  readonly cell: string;
  readonly level: AggregateLevel;
  /** 'label': the label says so; 'numbers': its numbers are a sum; 'both'. */
  readonly by: 'label' | 'numbers' | 'both';
  /** Russian, short: «подпись «Итого»; сумма строк 12–20». */
  readonly evidence: string;
}

/**
 * A decision the reader took that can change a verdict (a school row taken for a subtotal, a «%» column read as
 * counts, a percent column read as fractions of 1): shown first by every front end, and the run ends orange.
 */
export interface Doubt {
  readonly kind: 'aggregate' | 'units' | 'scale';
  readonly file: string;
  readonly sheet: string;
  /** The column («F») or cell («B14») the decision is about. */
  readonly cell?: string;
  /** What was decided, in Russian («строка «…» взята как итог: её числа — сумма строк 13–20»). */
  readonly decided: string;
  /** How to correct it, in Russian. */
  readonly fix: string;
  /** The schools whose verdicts depend on the decision (keys as in the dataset, display names). */
  readonly schools: readonly { readonly key: string; readonly name: string }[];
}

export interface IngestResult {
  readonly dataset: Dataset;
  readonly sheets: readonly SheetReport[];
  /** Decisions that can change a verdict, in sheet order; empty when the reader had none. */
  readonly doubts: readonly Doubt[];
}
