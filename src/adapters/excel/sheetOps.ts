// One output sheet (SheetSpec) as sized Office.js operations: values, formats per range, merges, notes, charts.
import { columnLetters } from '../../ingest/grid';
import { CellStyle, ChartSpec, ConditionalFormat, SheetSpec } from '../../report/model';
import { boxAddress, parseBox } from './a1';
import { COMMAND_OVERHEAD, jsonLength, rowBlocks } from './payload';
import { toCellInput } from './textGuard';
import { PointLabels, scatterChartOp } from './scatterChart';

/** Where operations find their objects while a write runs. */
export interface WriteTarget {
  readonly context: Excel.RequestContext;
  /** The worksheet proxy of a sheet (the one added in this run when there is one). */
  sheet(name: string): Excel.Worksheet;
  /** Remembers the proxy of a sheet added in this run. */
  added(name: string, sheet: Excel.Worksheet): void;
}

/** Queued commands with their estimated request size; applied in order, synced in size-budgeted chunks. */
export interface WriteOp {
  readonly bytes: number;
  readonly apply: (target: WriteTarget) => void;
}

export interface WriteFeatures {
  readonly notes: 'notes' | 'comments' | 'none';
  readonly chartSeries: boolean;
  /** Point labels with their own text (ExcelApi 1.8): the ШНОР names on the «Контекст» chart. */
  readonly chartLabels?: boolean;
  readonly charts: boolean;
  readonly conditionalFormats: boolean;
  readonly freezePanes: boolean;
  readonly tabColor: boolean;
  readonly autoFilter: boolean;
  readonly pageLayout: boolean;
}

/** "RRGGBB" → "#RRGGBB"; undefined when it is not a colour. */
export function excelColor(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const hex = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `#${hex}` : undefined;
}

/** Excel's column width in points for a width in characters of the default font (7 px per character + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered', line: 'LineMarkers' } as const;
const OPERATORS = {
  greaterThanOrEqual: 'GreaterThanOrEqual',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  between: 'Between',
  equal: 'EqualTo',
} as const;

function op(commands: number, payload: unknown, apply: (target: WriteTarget) => void): WriteOp {
  return { bytes: commands * COMMAND_OVERHEAD + jsonLength(payload), apply };
}

function valueOps(name: string, spec: SheetSpec, budget: number): WriteOp[] {
  const width = spec.values.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return [];
  const rows = spec.values.map((row) => Array.from({ length: width }, (_, c) => toCellInput(row[c] ?? null)));
  const blocks = rowBlocks(rows.map((row) => jsonLength(row) + 1), budget);
  return blocks.map((b) => ({
    bytes: b.bytes + COMMAND_OVERHEAD,
    apply: (t: WriteTarget) => {
      t.sheet(name).getRange(boxAddress({ r1: b.start + 1, r2: b.end + 1, c1: 1, c2: width })).values = rows.slice(b.start, b.end + 1);
    },
  }));
}

/** Number formats as full arrays over each range, split in row blocks within the budget. */
function numberFormatOps(name: string, spec: SheetSpec, budget: number): WriteOp[] {
  return spec.numberFormats.flatMap(({ range, format }) => {
    const box = parseBox(range);
    if (!box) return [];
    const cols = box.c2 - box.c1 + 1;
    const rowBytes = cols * (jsonLength(format) + 1) + 2;
    const rowsPerOp = Math.max(1, Math.floor(budget / rowBytes));
    const ops: WriteOp[] = [];
    for (let r1 = box.r1; r1 <= box.r2; r1 += rowsPerOp) {
      const r2 = Math.min(box.r2, r1 + rowsPerOp - 1);
      ops.push({
        bytes: (r2 - r1 + 1) * rowBytes + COMMAND_OVERHEAD,
        apply: (t) => {
          const row = Array.from({ length: cols }, () => format);
          t.sheet(name).getRange(boxAddress({ r1, r2, c1: box.c1, c2: box.c2 })).numberFormat = Array.from({ length: r2 - r1 + 1 }, () => row);
        },
      });
    }
    return ops;
  });
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  const fontColor = excelColor(style.fontColor);
  if (fontColor) format.font.color = fontColor;
  const fill = excelColor(style.fill);
  if (fill) format.fill.color = fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border === 'thin') {
    const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (cols > 1) edges.push('InsideVertical');
    if (rows > 1) edges.push('InsideHorizontal');
    edges.forEach((edge) => {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    });
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

function styleOps(name: string, spec: SheetSpec): WriteOp[] {
  return spec.styles.flatMap(({ range, style }) => {
    const box = parseBox(range);
    if (!box) return [];
    const commands = Object.keys(style).length + (style.border ? 12 : 0);
    return [op(commands, style, (t) => applyStyle(t.sheet(name).getRange(boxAddress(box)), style, box.r2 - box.r1 + 1, box.c2 - box.c1 + 1))];
  });
}

/** Column widths, one command per run of equal widths ("A:C"). */
function widthOps(name: string, spec: SheetSpec): WriteOp[] {
  const ops: WriteOp[] = [];
  let start = 0;
  spec.columnWidths.forEach((width, i) => {
    const next = spec.columnWidths[i + 1];
    if (next === width) return;
    if (width > 0) {
      const address = `${columnLetters(start + 1)}:${columnLetters(i + 1)}`;
      const points = columnWidthPoints(width);
      ops.push(op(1, address, (t) => {
        t.sheet(name).getRange(address).format.columnWidth = points;
      }));
    }
    start = i + 1;
  });
  return ops;
}

/** Row heights, one command per run of consecutive rows of equal height ("3:5"). */
function heightOps(name: string, spec: SheetSpec): WriteOp[] {
  const rows = [...(spec.rowHeights ?? [])].filter((h) => h.row >= 1 && h.height > 0 && h.height <= 409).sort((a, b) => a.row - b.row);
  const ops: WriteOp[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].row === rows[j].row + 1 && rows[j + 1].height === rows[i].height) j++;
    const address = `${rows[i].row}:${rows[j].row}`;
    const height = rows[i].height;
    ops.push(op(1, address, (t) => {
      t.sheet(name).getRange(address).format.rowHeight = height;
    }));
    i = j + 1;
  }
  return ops;
}

function conditionalOp(name: string, cf: ConditionalFormat, features: WriteFeatures): WriteOp | undefined {
  if (!features.conditionalFormats) return undefined;
  const box = parseBox(cf.range);
  if (!box) return undefined;
  const address = boxAddress(box);
  return op(6, cf, (t) => {
    const formats = t.sheet(name).getRange(address).conditionalFormats;
    if (cf.type === 'colorScale') {
      const [low, mid, high] = cf.colors.length >= 3 ? cf.colors : [cf.colors[0], undefined, cf.colors[1]];
      const criteria: Excel.ConditionalColorScaleCriteria = {
        minimum: cf.min !== undefined ? { type: 'Number', formula: String(cf.min), color: excelColor(low) } : { type: 'LowestValue', color: excelColor(low) },
        maximum: cf.max !== undefined ? { type: 'Number', formula: String(cf.max), color: excelColor(high) } : { type: 'HighestValue', color: excelColor(high) },
        ...(mid !== undefined
          ? { midpoint: cf.midpoint !== undefined ? { type: 'Number', formula: String(cf.midpoint), color: excelColor(mid) } : { type: 'Percentile', formula: '50', color: excelColor(mid) } }
          : {}),
      };
      formats.add('ColorScale').colorScale.criteria = criteria;
      return;
    }
    let format: Excel.ConditionalRangeFormat;
    if (cf.type === 'cellIs') {
      const cellValue = formats.add('CellValue').cellValue;
      cellValue.rule = {
        operator: OPERATORS[cf.operator],
        formula1: `=${cf.values[0]}`,
        ...(cf.operator === 'between' ? { formula2: `=${cf.values[1]}` } : {}),
      };
      format = cellValue.format;
    } else {
      // Exact text match: a custom formula relative to the range's top-left cell (text comparison only has "contains").
      const custom = formats.add('Custom').custom;
      custom.rule.formula = `=${boxAddress({ r1: box.r1, c1: box.c1, r2: box.r1, c2: box.c1 })}="${cf.text.replace(/"/g, '""')}"`;
      format = custom.format;
    }
    const fill = excelColor(cf.style.fill);
    const fontColor = excelColor(cf.style.fontColor);
    if (fill) format.fill.color = fill;
    if (fontColor) format.font.color = fontColor;
    if (cf.style.bold !== undefined) format.font.bold = cf.style.bold;
  });
}

/** Header/footer text: "&" is a code there, written "&&". */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A4 as the report asks: orientation, one page wide, header rows on every page, footer with title, date, pages. */
function printOp(name: string, spec: SheetSpec, features: WriteFeatures): WriteOp | undefined {
  if (!features.pageLayout) return undefined;
  const print = spec.print;
  if (!print) return undefined;
  return op(10, print, (t) => {
    const layout = t.sheet(name).pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.zoom = { horizontalFitToPages: print.pagesWide };
    // Inches of the xlsx writer's margins, in points.
    layout.leftMargin = 36;
    layout.rightMargin = 36;
    layout.topMargin = 43;
    layout.bottomMargin = 50;
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
    if (print.area) layout.setPrintArea(print.area);
    if (print.repeatColumns) layout.setPrintTitleColumns(`$${columnLetters(print.repeatColumns.first)}:$${columnLetters(print.repeatColumns.last)}`);
    const footer = layout.headersFooters.defaultForAllPages;
    footer.leftFooter = footerText(print.footer.title);
    footer.centerFooter = footerText(print.footer.date);
    footer.rightFooter = 'Стр. &P из &N';
    // Each appendix of the справка on a new page (manual breaks: same requirement set as pageLayout).
    for (const row of spec.pageBreaks ?? []) t.sheet(name).horizontalPageBreaks.add(`A${row}`);
  });
}

function chartBlock(chart: ChartSpec): string | undefined {
  const boxes = [chart.categories, ...chart.series.flatMap((s) => [s.values, s.nameRef])].map(parseBox);
  if (boxes.some((b) => b === undefined)) return undefined;
  const all = boxes as { r1: number; c1: number; r2: number; c2: number }[];
  return boxAddress({
    r1: all.reduce((m, b) => Math.min(m, b.r1), Infinity),
    c1: all.reduce((m, b) => Math.min(m, b.c1), Infinity),
    r2: all.reduce((m, b) => Math.max(m, b.r2), -Infinity),
    c2: all.reduce((m, b) => Math.max(m, b.c2), -Infinity),
  });
}

/** A series laid out along a row (several columns, one row) is read by rows; otherwise by columns. */
function seriesBy(range: string): 'Rows' | 'Columns' {
  const box = parseBox(range);
  return box !== undefined && box.r1 === box.r2 && box.c2 > box.c1 ? 'Rows' : 'Columns';
}

function chartOp(name: string, chart: ChartSpec, features: WriteFeatures, labels: PointLabels): WriteOp | undefined {
  if (!features.charts) return undefined;
  if (chart.type === 'scatter') return scatterChartOp(name, chart, { chartSeries: features.chartSeries, chartLabels: features.chartLabels === true }, labels);
  const chartSeries = features.chartSeries;
  const [first, ...rest] = chart.series;
  if (!first) return undefined;
  const orientation = seriesBy(first.values);
  const block = chartSeries ? undefined : chartBlock(chart);
  if (!chartSeries && !block) return undefined;
  return op(8 + chart.series.length * 3, chart, (t) => {
    const sheet = t.sheet(name);
    const type = CHART_TYPES[chart.type === 'scatter' ? 'line' : chart.type];
    let created: Excel.Chart;
    if (chartSeries) {
      created = sheet.charts.add(type, sheet.getRange(first.values), orientation);
      const head = created.series.getItemAt(0);
      head.name = first.name;
      head.setXAxisValues(sheet.getRange(chart.categories));
      rest.forEach((s) => {
        const series = created.series.add(s.name);
        series.setValues(sheet.getRange(s.values));
        series.setXAxisValues(sheet.getRange(chart.categories));
      });
    } else {
      created = sheet.charts.add(type, sheet.getRange(block as string), orientation);
    }
    created.title.text = chart.title;
    if (chart.xTitle) created.axes.categoryAxis.title.text = chart.xTitle;
    if (chart.yTitle) created.axes.valueAxis.title.text = chart.yTitle;
    created.legend.visible = chart.series.length > 1;
    if (chart.series.length > 1) created.legend.position = 'Bottom';
    created.setPosition(chart.from, chart.to);
  });
}

/** A series' label texts from the sheet's own values (the chart never carries text the sheet does not hold). */
function labelsOf(spec: SheetSpec): PointLabels {
  return (series) => {
    const box = series.labels ? parseBox(series.labels) : undefined;
    if (!box) return [];
    const out: (string | undefined)[] = [];
    for (let r = box.r1; r <= box.r2; r++) {
      const v = spec.values[r - 1]?.[box.c1 - 1];
      out.push(typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    }
    return out;
  };
}

function noteOps(name: string, spec: SheetSpec, mode: WriteFeatures['notes']): WriteOp[] {
  if (mode === 'none') return [];
  return spec.notes.map((note) =>
    op(2, note, (t) => {
      const sheet = t.sheet(name);
      if (mode === 'notes') sheet.notes.add(sheet.getRange(note.cell), note.text);
      else if (mode === 'comments') t.context.workbook.comments.add(sheet.getRange(note.cell), note.text, 'Plain');
    }),
  );
}

/**
 * Operations that add sheet `name` and write `spec` into it; values and formats are split to fit `budget`. The first
 * creates the sheet (writeOutput creates every sheet before filling any).
 */
export function sheetOps(name: string, spec: SheetSpec, features: WriteFeatures, budget: number): WriteOp[] {
  const ops: WriteOp[] = [op(1, name, (t) => t.added(name, t.context.workbook.worksheets.add(name)))];
  const tab = excelColor(spec.tabColor);
  if (tab && features.tabColor) ops.push(op(1, tab, (t) => (t.sheet(name).tabColor = tab)));
  // Number formats before values: a value written into a formatted cell keeps its type.
  ops.push(...numberFormatOps(name, spec, budget), ...valueOps(name, spec, budget), ...styleOps(name, spec));
  spec.merges.forEach((m) => ops.push(op(1, m, (t) => t.sheet(name).getRange(m).merge(false))));
  ops.push(...widthOps(name, spec), ...heightOps(name, spec));
  const freeze = spec.freeze;
  if (freeze && features.freezePanes && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(
      op(1, freeze, (t) => {
        const panes = t.sheet(name).freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(t.sheet(name).getRange(boxAddress({ r1: 1, c1: 1, r2: freeze.rows, c2: freeze.columns })));
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
      }),
    );
  }
  const filter = spec.autoFilter;
  if (filter && features.autoFilter) ops.push(op(1, filter, (t) => t.sheet(name).autoFilter.apply(t.sheet(name).getRange(filter))));
  if (features.conditionalFormats) spec.conditionalFormats.forEach((cf) => {
    const o = conditionalOp(name, cf, features);
    if (o) ops.push(o);
  });
  const print = printOp(name, spec, features);
  if (print) ops.push(print);
  ops.push(...noteOps(name, spec, features.notes));
  if (features.charts) spec.charts.forEach((chart) => {
    const o = chartOp(name, chart, features, labelsOf(spec));
    if (o) ops.push(o);
  });
  return ops;
}
