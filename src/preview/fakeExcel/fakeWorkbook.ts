// In-memory workbook behind the fake Excel API: sheets of cells with values, formats, merges, notes, charts.
import type { FakeName } from './fakeNames';
import { SheetGrid, RawValue, columnLetters } from '../../ingest/grid';
import { CellRect, parseRect, rectAddress } from './a1';

export type FakeScalar = string | number | boolean;
export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Cell formatting as Excel keeps it (colours "#RRGGBB"). */
export interface FakeCellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: { top?: FakeBorder; bottom?: FakeBorder; left?: FakeBorder; right?: FakeBorder };
}

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeCell {
  /** The constant held (text without the apostrophe); undefined when empty or a formula. */
  value?: FakeScalar;
  /** Set when the cell holds a formula, e.g. "=SUM(A1)". */
  formula?: string;
  /** The value is an error literal such as "#N/A". */
  error?: boolean;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  /** Undefined means "General". */
  numberFormat?: string;
  style?: FakeCellStyle;
}

export interface FakeConditionalFormat {
  readonly type: 'CellValue' | 'Custom' | 'ColorScale' | 'ContainsText';
  /** Local A1 range it applies to. */
  readonly range: string;
  rule?: { formula1?: string; formula2?: string; operator?: string; formula?: string; text?: string };
  criteria?: {
    minimum?: { type: string; formula?: string | null; color?: string };
    midpoint?: { type: string; formula?: string | null; color?: string };
    maximum?: { type: string; formula?: string | null; color?: string };
  };
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface FakeChartSeries {
  name: string;
  /** Local A1 ranges on the chart's sheet (or "Sheet!A1:A3"). */
  values?: string;
  categories?: string;
  /** Per-series chart type (ExcelApi 1.7): 'XYScatterLinesNoMarkers' for a line among scatter points. */
  chartType?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  markerSize?: number;
  line?: { color?: string; lineStyle?: string };
  /** Point index → its data label's own text (ChartDataLabel.text, ExcelApi 1.8). */
  labels?: Map<number, string>;
}

export interface FakeChart {
  name: string;
  type: string;
  sourceData: string;
  seriesBy: string;
  title?: string;
  xTitle?: string;
  yTitle?: string;
  series: FakeChartSeries[];
  /** Top-left and bottom-right cells of its position. */
  from?: string;
  to?: string;
  legend?: { visible?: boolean; position?: string };
  /** Lower end of the value axis when set (ChartAxis.minimum). */
  yMin?: number;
}

export interface FakeSheet {
  /** Stable identifier, kept when the sheet is renamed (Worksheet.id). */
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  /** rows[r - 1][c - 1]; sparse. */
  readonly rows: (FakeCell | undefined)[][];
  merges: CellRect[];
  /** Column number → width in points. */
  readonly columnWidths: Map<number, number>;
  /** Row number → height in points. */
  readonly rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  autoFilter?: string;
  readonly conditionalFormats: FakeConditionalFormat[];
  /** Local address ("B3") → note text. */
  readonly notes: Map<string, string>;
  readonly charts: FakeChart[];
  /** Local address → threaded comment text (workbook.comments in Excel). */
  readonly comments: Map<string, string>;
  tabColor?: string;
  /** A protected sheet refuses every change (AccessDenied). */
  protected?: boolean;
  /** Names local to the sheet (Worksheet.names). */
  readonly names: FakeName[];
  /** Worksheet.pageLayout (ExcelApi 1.9): what was set. */
  readonly pageLayout: FakePageLayout;
}

/** The page setup the fake keeps: orientation, fit, margins (points), print title rows, footer sections. */
export interface FakePageLayout {
  orientation?: 'Portrait' | 'Landscape';
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  printTitleRows?: string;
  printArea?: string;
  printTitleColumns?: string;
  footer: { left?: string; center?: string; right?: string };
  /** Rows (1-based) above which a manual page break stands (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
}

/** What the preview's grid view and the tests look at. */
export interface FakeSheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rowCount: number;
  readonly columnCount: number;
  /** From A1; formula cells give null here and their text in formulas. */
  readonly values: readonly (readonly (FakeScalar | null)[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly quotePrefix: readonly (readonly boolean[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly (readonly (FakeCellStyle | null)[])[];
  readonly merges: readonly string[];
  /** Column letters → width in points. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Row number → height in points (rows set explicitly). */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  readonly conditionalFormats: readonly FakeConditionalFormat[];
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
  readonly comments: readonly { readonly cell: string; readonly text: string }[];
  readonly charts: readonly FakeChart[];
  readonly tabColor?: string;
  readonly names: readonly FakeName[];
  readonly pageLayout: FakePageLayout;
}

function newSheet(name: string, serial: number): FakeSheet {
  const hex = serial.toString(16).toUpperCase().padStart(12, '0');
  return {
    id: `{00000000-0001-0000-C000-${hex}}`,
    name,
    visibility: 'Visible',
    rows: [],
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    notes: new Map(),
    charts: [],
    comments: new Map(),
    names: [],
    pageLayout: { margins: {}, footer: {}, rowBreaks: [] },
  };
}

function hasContent(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

function hasAnything(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (hasContent(cell) || cell.numberFormat !== undefined || cell.style !== undefined);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Lower-cased key → custom document property. */
  readonly customProperties = new Map<string, { key: string; value: FakeScalar }>();
  /** While true, every request fails as in Excel when the user is editing a cell. */
  cellEditMode = false;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed (AccessDenied). */
  structureProtected = false;
  activeSheet?: string;
  selection?: string;
  private sheetSerial = 0;

  /** Builds a workbook holding the grids' values (and number formats, merges) at their addresses. */
  static fromGrids(grids: readonly SheetGrid[]): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const grid of grids) workbook.addGridSheet(grid, grid.sheet);
    return workbook;
  }

  /** Adds a sheet named `name` holding a grid's values, number formats and merges at their addresses. */
  addGridSheet(grid: SheetGrid, name: string): FakeSheet {
    const sheet = this.addSheet(name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = grid.numberFormats?.[r]?.[c];
        if (value === null && !format) return;
        const cell = this.cellAt(sheet, grid.originRow + r, grid.originCol + c);
        if (value !== null && value !== '') cell.value = value;
        if (format && format !== 'General') cell.numberFormat = format;
      }),
    );
    sheet.merges = grid.merges.map((m) => parseRect(m)).filter((m): m is CellRect => m !== undefined);
    return sheet;
  }

  addSheet(name: string, index?: number): FakeSheet {
    const sheet = newSheet(name, ++this.sheetSerial);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  getSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  removeSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Sets a cell the way a test or the preview's loader would (a constant, no parsing). */
  setCell(sheetName: string, address: string, value: FakeScalar | null, numberFormat?: string): void {
    const sheet = this.getSheet(sheetName) ?? this.addSheet(sheetName);
    const rect = parseRect(address);
    if (!rect) throw new Error(`Bad address ${address}`);
    const cell = this.cellAt(sheet, rect.r1, rect.c1);
    cell.value = value === null ? undefined : value;
    cell.formula = undefined;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  }

  /** The cell at (row, col), created when absent. */
  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
    let cells = sheet.rows[row - 1];
    if (!cells) {
      cells = [];
      sheet.rows[row - 1] = cells;
    }
    let cell = cells[col - 1];
    if (!cell) {
      cell = {};
      cells[col - 1] = cell;
    }
    return cell;
  }

  peekCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.rows[row - 1]?.[col - 1];
  }

  /** Bounding box of cells with values (valuesOnly) or with anything; undefined for an empty sheet. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRect | undefined {
    const test = valuesOnly ? hasContent : hasAnything;
    let r1 = Infinity;
    let r2 = 0;
    let c1 = Infinity;
    let c2 = 0;
    sheet.rows.forEach((cells, ri) => {
      if (!cells) return;
      cells.forEach((cell, ci) => {
        if (!test(cell)) return;
        r1 = Math.min(r1, ri + 1);
        r2 = Math.max(r2, ri + 1);
        c1 = Math.min(c1, ci + 1);
        c2 = Math.max(c2, ci + 1);
      });
    });
    return r2 === 0 ? undefined : { r1, r2, c1, c2 };
  }

  /** Values of each sheet's used range as ingest grids (formula cells give their formula text). */
  toGrids(file = ''): SheetGrid[] {
    return this.sheets.map((sheet) => {
      const rect = this.usedRect(sheet, true);
      if (!rect) return { file, sheet: sheet.name, values: [], originRow: 1, originCol: 1, merges: sheet.merges.map(rectAddress) };
      const values: RawValue[][] = [];
      const numberFormats: (string | null)[][] = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        const row: RawValue[] = [];
        const formats: (string | null)[] = [];
        for (let c = rect.c1; c <= rect.c2; c++) {
          const cell = this.peekCell(sheet, r, c);
          row.push(cell?.formula ?? cell?.value ?? null);
          formats.push(cell?.numberFormat ?? null);
        }
        values.push(row);
        numberFormats.push(formats);
      }
      return { file, sheet: sheet.name, values, originRow: rect.r1, originCol: rect.c1, merges: sheet.merges.map(rectAddress), numberFormats };
    });
  }

  /** Plain values from A1 per sheet, for saving the workbook as .xlsx. */
  toSheetsForXlsx(): { name: string; values: (FakeScalar | null)[][] }[] {
    return this.sheets.map((sheet) => {
      const snapshot = this.getSheetSnapshot(sheet.name);
      const values = snapshot.values.map((row, r) => row.map((v, c) => snapshot.formulas[r][c] ?? v));
      return { name: sheet.name, values };
    });
  }

  getSheetSnapshot(name: string): FakeSheetSnapshot {
    const sheet = this.getSheet(name);
    if (!sheet) throw new Error(`No sheet "${name}"`);
    const used = this.usedRect(sheet, false);
    const rowCount = used?.r2 ?? 0;
    const columnCount = used?.c2 ?? 0;
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => pick(this.peekCell(sheet, r + 1, c + 1))));
    const widths: Record<string, number> = {};
    [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).forEach(([col, w]) => (widths[columnLetters(col)] = w));
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      rowCount,
      columnCount,
      values: grid((cell) => (cell?.formula !== undefined ? null : cell?.value ?? null)),
      formulas: grid((cell) => cell?.formula ?? null),
      quotePrefix: grid((cell) => cell?.quotePrefix === true),
      numberFormats: grid((cell) => cell?.numberFormat ?? 'General'),
      styles: grid((cell) => (cell?.style ? { ...cell.style } : null)),
      merges: sheet.merges.map(rectAddress),
      columnWidths: widths,
      rowHeights: Object.fromEntries([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0])),
      freeze: sheet.freeze ? { ...sheet.freeze } : undefined,
      autoFilter: sheet.autoFilter,
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, format: { ...cf.format } })),
      notes: [...sheet.notes.entries()].map(([cell, text]) => ({ cell, text })),
      comments: [...sheet.comments.entries()].map(([cell, text]) => ({ cell, text })),
      charts: sheet.charts.map((chart) => ({ ...chart, series: chart.series.map((s) => ({ ...s })) })),
      tabColor: sheet.tabColor,
      names: sheet.names.map((n) => ({ ...n })),
      pageLayout: { ...sheet.pageLayout, margins: { ...sheet.pageLayout.margins }, footer: { ...sheet.pageLayout.footer }, rowBreaks: [...sheet.pageLayout.rowBreaks] },
    };
  }
}
