// What the preview's grid view draws for one sheet: values, formats, cell styles, notes, conditional formats, charts.
import { RawValue } from '../../ingest/grid';
import { CellNote } from '../../report/model';

/** Direct formatting of one cell (colours as "RRGGBB"). */
export interface PreviewCellStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Font size in points (Excel's default is 11). */
  readonly fontSize?: number;
  /** Sides with a drawn border. */
  readonly borders?: { readonly top?: boolean; readonly bottom?: boolean; readonly left?: boolean; readonly right?: boolean };
}

/** What a matching conditional-format rule adds to a cell. */
export interface RuleStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export type CellIsOperator =
  | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'equal' | 'notEqual' | 'between' | 'notBetween';
export type TextOperator = 'equals' | 'contains' | 'notContains' | 'beginsWith' | 'endsWith';

/** A colour scale point: lowest/highest value of the range, a number, or a percentile (0–100). */
export interface ScalePoint {
  readonly type: 'lowest' | 'highest' | 'number' | 'percentile' | 'percent';
  readonly value?: number;
  readonly color: string;
}

/** Conditional formats the preview can evaluate (the report's kinds and Office.js's equivalents). */
export type PreviewConditionalFormat =
  | { readonly type: 'cellIs'; readonly range: string; readonly operator: CellIsOperator; readonly values: readonly number[]; readonly style: RuleStyle }
  | { readonly type: 'text'; readonly range: string; readonly operator: TextOperator; readonly text: string; readonly style: RuleStyle }
  | { readonly type: 'colorScale'; readonly range: string; readonly points: readonly ScalePoint[] };

export interface PreviewChartSeries {
  readonly name: string;
  /** Values range on the same sheet ("B4:B6"). */
  readonly values: string;
}

export interface PreviewChart {
  readonly type: 'column' | 'bar' | 'line';
  readonly title: string;
  /** Categories range on the same sheet ("A4:A6"); may be empty when the chart has none. */
  readonly categories: string;
  readonly series: readonly PreviewChartSeries[];
}

/** One sheet as the preview shows it. values[r][c] is the cell at row r+1, column c+1 (A1 origin). */
export interface PreviewSheet {
  readonly name: string;
  readonly tabColor?: string;
  readonly values: readonly (readonly RawValue[])[];
  /** Same shape as values (or shorter); null/undefined = General. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  readonly styles?: readonly (readonly (PreviewCellStyle | null | undefined)[])[];
  readonly merges: readonly string[];
  /** Column widths in pixels for A, B, … when known (undefined = Excel's default 64 px). */
  readonly columnPixels?: readonly (number | undefined)[];
  /** Row heights in pixels by 1-based row, where set (other rows fit their content). */
  readonly rowPixels?: Readonly<Record<number, number>>;
  readonly notes: readonly CellNote[];
  readonly conditionalFormats: readonly PreviewConditionalFormat[];
  readonly charts: readonly PreviewChart[];
}

/** The value at 0-based row/column, null outside the stored area. */
export function valueAt(sheet: PreviewSheet, row: number, column: number): RawValue {
  return sheet.values[row]?.[column] ?? null;
}

/** Number of columns the sheet uses (longest row). */
export function columnCount(sheet: PreviewSheet): number {
  return sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
}
