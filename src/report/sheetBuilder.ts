// Accumulates the cells, ranges, notes and charts of one output sheet, then freezes them into a SheetSpec.
import { cellA1, rangeA1 } from './a1';
import { CellStyle, ChartSpec, ConditionalFormat, OutValue, OutputKind, RangeFormat, RangeStyle, SheetSpec } from './model';
import { HEADER_FILL, SECTION_FONT, SUBTITLE_FONT } from './palette';
import { LINE_HEIGHT, estimateRowHeights, wrappedLines } from './rowHeights';

/** Shown under a section title when its table would be empty. */
export const NO_DATA_TEXT = 'Нет данных для этой таблицы.';

export const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, wrap: true, border: 'thin', vAlign: 'middle', hAlign: 'center' };

export class SheetBuilder {
  private readonly rows: OutValue[][] = [];
  private readonly numberFormats: RangeFormat[] = [];
  private readonly styles: RangeStyle[] = [];
  private readonly merges: string[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly notes: { cell: string; text: string }[] = [];
  private readonly charts: ChartSpec[] = [];
  /** Text cells merged over several columns: their height is measured over the merged width. */
  private readonly spans: { row: number; from: number; to: number; maxLines: number }[] = [];

  /** Number of the last row written (0 when empty). */
  get lastRow(): number {
    return this.rows.length;
  }

  /** Appends a row and returns its 1-based number. */
  addRow(values: readonly OutValue[] = []): number {
    this.rows.push([...values]);
    return this.rows.length;
  }

  /** Appends an empty row. */
  skipRow(): number {
    return this.addRow([]);
  }

  /** Title row (bold, 14) in column A. */
  addTitle(text: string): number {
    const row = this.addRow([text]);
    this.style(rangeA1(row, 1, row, 1), { bold: true, fontSize: 14 });
    return row;
  }

  /**
   * A long remark (grey, wrapped) over columns 1..lastColumn, so that it never runs past the table: a text running
   * off the right of the table would widen the printed range and shrink the page.
   */
  addWrappedSubtitle(text: string, lastColumn: number): number {
    const row = this.addSubtitle(text);
    this.style(rangeA1(row, 1, row, 1), { wrap: true, vAlign: 'top' });
    if (lastColumn > 1) this.span(row, 1, lastColumn, 4);
    return row;
  }

  /** Merges a text cell over columns from..to of its row; its height is then measured over that width. */
  span(row: number, from: number, to: number, maxLines = 8): void {
    this.merge(rangeA1(row, from, row, to));
    this.spans.push({ row, from, to, maxLines });
  }

  /** Subtitle row (grey) in column A. */
  addSubtitle(text: string): number {
    const row = this.addRow([text]);
    this.style(rangeA1(row, 1, row, 1), { italic: true, fontColor: SUBTITLE_FONT });
    return row;
  }

  /** Italic grey remark row in column A ("Нет данных для этой таблицы.", hints under a table). */
  addHint(text: string): number {
    const row = this.addRow([text]);
    this.style(rangeA1(row, 1, row, 1), { italic: true, fontColor: SUBTITLE_FONT });
    return row;
  }

  /** Section title (bold, dark blue) in column A. */
  addSection(text: string): number {
    const row = this.addRow([text]);
    this.style(rangeA1(row, 1, row, 1), { bold: true, fontSize: 12, fontColor: SECTION_FONT });
    return row;
  }

  /** Header row styled as a table header over its own width. */
  addHeader(headers: readonly OutValue[]): number {
    const row = this.addRow(headers);
    if (headers.length > 0) this.style(rangeA1(row, 1, row, headers.length), HEADER_STYLE);
    return row;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  conditional(rule: ConditionalFormat): void {
    this.conditionalFormats.push(rule);
  }

  note(row: number, column: number, text: string): void {
    this.notes.push({ cell: cellA1(row, column), text });
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** The finished sheet; rows are padded with null to one width so every range lies inside the grid. */
  build(spec: {
    readonly kind: OutputKind;
    readonly name: string;
    readonly columnWidths: readonly number[];
    readonly freeze?: { readonly rows: number; readonly columns: number };
    readonly autoFilter?: string;
    readonly tabColor?: string;
  }): SheetSpec {
    const width = this.rows.reduce((m, r) => Math.max(m, r.length), 0);
    const values = this.rows.map((r) => [...r, ...new Array<OutValue>(width - r.length).fill(null)]);
    // Spanned cells are measured over their merged width; the other wrapped cells of their row by their own.
    const spanned = new Set(this.spans.map((sp) => `${sp.row}:${sp.from}`));
    const unspanned = values.map((r, i) => r.map((v, c) => (spanned.has(`${i + 1}:${c + 1}`) ? null : v)));
    const estimated = estimateRowHeights(unspanned, this.styles, spec.columnWidths);
    const lines = new Map(estimated.map((h) => [h.row, h.height / LINE_HEIGHT]));
    for (const sp of this.spans) {
      const text = values[sp.row - 1]?.[sp.from - 1];
      if (typeof text !== 'string') continue;
      const width = spec.columnWidths.slice(sp.from - 1, sp.to).reduce((sum, w) => sum + w, 0);
      lines.set(sp.row, Math.max(lines.get(sp.row) ?? 1, Math.min(sp.maxLines, wrappedLines(text, width))));
    }
    const rowHeights = [...lines].filter(([, n]) => n > 1).sort(([a], [b]) => a - b).map(([row, n]) => ({ row, height: n * LINE_HEIGHT }));
    return {
      kind: spec.kind,
      name: spec.name,
      values,
      numberFormats: [...this.numberFormats],
      styles: [...this.styles],
      merges: [...this.merges],
      columnWidths: [...spec.columnWidths],
      ...(rowHeights.length > 0 ? { rowHeights } : {}),
      ...(spec.freeze ? { freeze: spec.freeze } : {}),
      ...(spec.autoFilter ? { autoFilter: spec.autoFilter } : {}),
      conditionalFormats: [...this.conditionalFormats],
      notes: [...this.notes],
      charts: [...this.charts],
      ...(spec.tabColor ? { tabColor: spec.tabColor } : {}),
    };
  }
}
