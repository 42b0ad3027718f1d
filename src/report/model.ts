// Workbook-neutral description of the output sheets: values, formats, conditional formats, notes, charts.
import type { NoteDoc } from './note/model';

/** Kinds of sheet the add-in writes (methodology.md §5). */
export type OutputKind = 'shnor' | 'dynamics' | 'summary' | 'rating' | 'objectivity' | 'parameters' | 'note' | 'context';

/** A written value. Strings are always written as text, never as formulas (even "=SUM(A1)"). */
export type OutValue = string | number | boolean | null;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** Colours as "RRGGBB". */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly border?: 'thin';
}

/** A style or number format applied to a whole A1 range ("A2:F20"), never cell by cell. */
export interface RangeStyle {
  readonly range: string;
  readonly style: CellStyle;
}
export interface RangeFormat {
  readonly range: string;
  /** Excel number format, e.g. "0.0", "0", "+0.0;-0.0;0". */
  readonly format: string;
}

export type ConditionalFormat =
  | {
      readonly type: 'cellIs';
      readonly range: string;
      readonly operator: 'greaterThanOrEqual' | 'greaterThan' | 'lessThan' | 'lessThanOrEqual' | 'between' | 'equal';
      /** Numbers (one, or two for between). */
      readonly values: readonly number[];
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    }
  | {
      readonly type: 'textEquals';
      readonly range: string;
      readonly text: string;
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    }
  | {
      readonly type: 'colorScale';
      readonly range: string;
      /** Two or three colours, low → (mid →) high, "RRGGBB"; mid at number 0 when midpoint given. */
      readonly colors: readonly string[];
      readonly midpoint?: number;
      /** Fixed ends of the scale (numbers); without them the data's own lowest and highest values. */
      readonly min?: number;
      readonly max?: number;
    };

export interface CellNote {
  readonly cell: string;
  readonly text: string;
}

export interface ChartSeries {
  /** Series name as text (also written in a header cell the chart refers to). */
  readonly name: string;
  /** Cell holding the name ("B3"), on the same sheet. */
  readonly nameRef: string;
  /** Values range on the same sheet ("B4:B6"). */
  readonly values: string;
  /** Scatter: the x values (same length as values); other charts share ChartSpec.categories. */
  readonly xValues?: string;
  /** Scatter: the points' marker ('none': a line only). */
  readonly marker?: ChartMarker;
  /** "RRGGBB"; default the Office palette by position. */
  readonly color?: string;
  /** Scatter: the points joined by a line (a fitted line, a boundary). */
  readonly line?: 'solid' | 'dash';
  /** Scatter: label texts, one cell per point (an empty cell: no label). */
  readonly labels?: string;
}

export type ChartMarker = 'circle' | 'diamond' | 'triangle' | 'square' | 'x' | 'none';

export interface ChartSpec {
  /** 'scatter': x and y values per series (ChartSeries.xValues), value axes both ways. */
  readonly type: 'column' | 'bar' | 'line' | 'scatter';
  readonly title: string;
  /** Categories range on the same sheet ("A4:A6"); for a scatter, the first series' x values. */
  readonly categories: string;
  /** Lower end of the value (y) axis; default automatic. */
  readonly yMin?: number;
  readonly series: readonly ChartSeries[];
  /** Top-left and bottom-right cells of where the chart sits. */
  readonly from: string;
  readonly to: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
}

export interface RowHeight {
  /** 1-based row number. */
  readonly row: number;
  /** Height in points (the default row is 15). */
  readonly height: number;
}

/** One output sheet. values[r][c] is the cell at row r+1, column c+1. */
/** How a sheet prints on A4 (both adapters translate it; §5: as a person would lay it out). */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every page (1-based, inclusive): the table's header. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Pages across: 1, or more for a table too wide for a legible page (then the name columns repeat on each). */
  readonly pagesWide: number;
  /** The printed range ("A1:I40") when only the first columns print (a compact form; the others are for the screen). */
  readonly area?: string;
  readonly repeatColumns?: { readonly first: number; readonly last: number };
  /** Footer: the sheet's title on the left, the date in the middle, «Стр. N из M» on the right. */
  readonly footer: { readonly title: string; readonly date: string };
}

export interface SheetSpec {
  readonly kind: OutputKind;
  /** Wanted name; the writer may pick a free one (never overwrites a user's sheet). */
  readonly name: string;
  readonly values: readonly (readonly OutValue[])[];
  readonly numberFormats: readonly RangeFormat[];
  readonly styles: readonly RangeStyle[];
  readonly merges: readonly string[];
  /** Column widths in characters, for columns A, B, … */
  readonly columnWidths: readonly number[];
  /** Heights in points of rows whose wrapped text needs several lines (optional; other rows keep the default). */
  readonly rowHeights?: readonly RowHeight[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly notes: readonly CellNote[];
  readonly charts: readonly ChartSpec[];
  /** Tab colour "RRGGBB". */
  readonly tabColor?: string;
  /** Only columns 1..printColumns print (a compact form for paper; the columns after it are for the screen). */
  readonly printColumns?: number;
  /** Page setup; absent for sheets that are not the product's own (copied sources). */
  readonly print?: PrintSetup;
  /** Rows (1-based) that start a new printed page: each appendix of the справка. */
  readonly pageBreaks?: readonly number[];
}

export interface ReportModel {
  readonly sheets: readonly SheetSpec[];
  /** The аналитическая справка as a document (also the sheet «Справка»), for the .docx writer. */
  readonly note?: NoteDoc;
}
