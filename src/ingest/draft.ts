// Internal shapes passed between the layout readers, finalize, the ФИС ОКО companion step and merge.
import { WorkEvidence, WorkStatistics } from '../core/objectivity/evidence';
import { DraftStatistics } from './layouts/fisOkoReports';
import { AggregateLevel, AggregateRecord, FiokoListing, Procedure, SourceRef, Warning } from '../core/model';
import { TextContext } from './context';
import { MetricRole } from './headers';
import { Pos } from './sheetView';
import { AggregateNote, ColumnInfo, Doubt, LayoutKind, SheetReport } from './types';
import { DraftSocial } from './socialSheet';

/** One row (or one column group of a row) found by a layout reader, before its numbers are read. */
export interface DraftRow {
  readonly r: number;
  /** The school or aggregate label as written. */
  readonly name: string;
  readonly nameCell: Pos;
  /** Set when the label is an aggregate (район, область, итого…). */
  readonly level?: AggregateLevel;
  /** The school's municipality (its column, the subtotal row above it, or the department's name on the row). */
  readonly municipality?: string;
  /** Context of the numbers: row columns over column-group headers over sheet name/title. */
  readonly context: TextContext;
  readonly cells: Readonly<Partial<Record<MetricRole, Pos>>>;
}

/** What a layout reader found on a sheet. */
export interface LayoutRead {
  readonly layout: LayoutKind;
  readonly headerRow?: number;
  readonly columns: readonly ColumnInfo[];
  readonly rows: readonly DraftRow[];
  /** Table rows looked at (non-blank rows of the table body). */
  readonly rowsRead: number;
  readonly warnings: readonly Warning[];
  readonly sheetContext: TextContext;
  /** Rows carry only понизили/подтвердили/повысили for results read elsewhere (ФИС ОКО companion). */
  readonly attachMode?: boolean;
}

export type Values = { -readonly [K in MetricRole]?: number };

/** A result read from one sheet, before merging across sheets. */
export interface DraftResult {
  key: string;
  /** «(город Биробиджан)»: set by merge when the same name stands in several municipalities. */
  nameSuffix?: string;
  readonly name: string;
  readonly code?: string;
  /** Municipality as written, when the sheet names one (part of identity where names collide). */
  readonly municipality?: string;
  readonly year: number;
  readonly procedure: Procedure;
  readonly values: Values;
  /** Addresses of the cells each value came from. */
  readonly cells: Partial<Record<MetricRole, string>>;
  readonly source: SourceRef;
  /** Pupil protocols: what the objectivity markers need (§7); merge keeps it on the result that wins. */
  evidence?: WorkEvidence;
  /** ФИС ОКО score distribution and task report rows attached to it (attachStatistics). */
  statistics?: WorkStatistics;
}

/** Values for results read on another sheet (ФИС ОКО "Сравнение с журналом"). */
export interface DraftAttachment {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly level?: AggregateLevel;
  readonly context: TextContext;
  readonly values: Values;
  readonly source: SourceRef;
}

/** An official ШНОР list read from a sheet. */
export interface DraftList {
  readonly year: number;
  readonly names: readonly { readonly name: string; readonly cell: string }[];
  readonly source: SourceRef;
}

/** A column decision that can change verdicts: the column, and (when only some) the grid rows it touches. */
export interface ColumnDoubt {
  readonly c: number;
  readonly decided: string;
  readonly fix: string;
  /** Grid rows whose results it touches; undefined: every row of the column with a value other than 0. */
  readonly rows?: readonly number[];
}

/** A doubt before merge: the results it touches settle their keys and names there (ingest.ts resolves them). */
export interface DraftDoubt extends Omit<Doubt, 'schools'> {
  /** Results whose values the decision changes. */
  readonly results: readonly DraftResult[];
  /** Labels of rows taken away from the schools (a school-worded row read as a subtotal). */
  readonly names: readonly string[];
}

/** Everything one sheet gave, ready for the cross-sheet steps; arrays stay mutable until merge. */
export interface SheetRead extends Omit<SheetReport, 'resultsRead' | 'schools' | 'aggregates' | 'warnings' | 'skippedReason' | 'unmatched'> {
  readonly results: DraftResult[];
  readonly aggregates: AggregateRecord[];
  readonly attachments: DraftAttachment[];
  readonly list?: DraftList;
  /** An official ФИОКО list (methodology §7), as read. */
  readonly fioko?: readonly FiokoListing[];
  /** A ФИС ОКО score distribution or task report: its rows, attached to results read elsewhere. */
  readonly statisticsRows?: readonly DraftStatistics[];
  /** A context sheet's rows, matched to schools by merge. */
  readonly social?: DraftSocial;
  /** Filled by merge: context rows that match no school. */
  unmatched?: string[];
  readonly warnings: Warning[];
  /** Display names of schools and aggregate labels found. */
  readonly schoolNames: string[];
  readonly aggregateNames: string[];
  skippedReason?: string;
  /** Number of results this sheet added values to (companion sheets). */
  attached: number;
  /** Decisions that can change a verdict (finalize); absent when none. */
  readonly doubts?: readonly DraftDoubt[];
  /** Rows taken as aggregates with their evidence; absent when none. */
  readonly aggregateRows?: readonly AggregateNote[];
}

