// Turns a fake-Excel sheet snapshot (Office.js shapes: "#RRGGBB", "GreaterThanOrEqual", chart types) into the grid view's model.
import { columnLetters, columnNumber, parseRange } from '../report/a1';
import { FakeChart, FakeConditionalFormat, FakeSheetSnapshot } from './fakeExcel/fakeWorkbook';
import {
  CellIsOperator,
  PreviewCellStyle,
  PreviewChart,
  PreviewConditionalFormat,
  PreviewSheet,
  ScalePoint,
  TextOperator,
} from './view/sheetModel';

const CELL_OPERATORS: Readonly<Record<string, CellIsOperator>> = {
  GreaterThan: 'greaterThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThan: 'lessThan',
  LessThanOrEqual: 'lessThanOrEqual',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  Between: 'between',
  NotBetween: 'notBetween',
};

const TEXT_OPERATORS: Readonly<Record<string, TextOperator>> = {
  Contains: 'contains',
  NotContains: 'notContains',
  BeginsWith: 'beginsWith',
  EndsWith: 'endsWith',
};

const SCALE_POINTS: Readonly<Record<string, ScalePoint['type']>> = {
  LowestValue: 'lowest',
  HighestValue: 'highest',
  Number: 'number',
  Percent: 'percent',
  Percentile: 'percentile',
};

/** "#FFC7CE" / "ffc7ce" → "FFC7CE"; undefined for anything else (names like "Red" are not used by the adapter). */
export function hexColor(color: string | undefined | null): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color ?? '');
  return m ? m[1].toUpperCase() : undefined;
}

/** "=30" / "30" → 30; undefined when not a number. */
function formulaNumber(formula: string | undefined | null): number | undefined {
  if (formula === undefined || formula === null) return undefined;
  const text = formula.trim().replace(/^=/, '').replace(',', '.');
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** '="ШНОР"' → 'ШНОР'; undefined when not a text literal. */
function formulaText(formula: string | undefined | null): string | undefined {
  const m = /^=?"((?:[^"]|"")*)"$/.exec((formula ?? '').trim());
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** One Office.js conditional format as the evaluator knows it; undefined when the preview cannot evaluate it. */
export function previewRule(cf: FakeConditionalFormat): PreviewConditionalFormat | undefined {
  const style = { fill: hexColor(cf.format.fill), fontColor: hexColor(cf.format.fontColor), bold: cf.format.bold };
  const range = cf.range;
  switch (cf.type) {
    case 'CellValue': {
      const operator = CELL_OPERATORS[cf.rule?.operator ?? ''];
      if (!operator) return undefined;
      const text = formulaText(cf.rule?.formula1);
      if (text !== undefined && operator === 'equal') return { type: 'text', range, operator: 'equals', text, style };
      const values = [formulaNumber(cf.rule?.formula1), formulaNumber(cf.rule?.formula2)].filter((n): n is number => n !== undefined);
      return values.length > 0 ? { type: 'cellIs', range, operator, values, style } : undefined;
    }
    case 'ContainsText': {
      const operator = TEXT_OPERATORS[cf.rule?.operator ?? ''];
      const text = cf.rule?.text;
      return operator && text !== undefined ? { type: 'text', range, operator, text, style } : undefined;
    }
    case 'ColorScale': {
      const c = cf.criteria;
      const points = [c?.minimum, c?.midpoint, c?.maximum]
        .filter((p): p is NonNullable<typeof p> => p !== undefined && p !== null && hexColor(p.color) !== undefined)
        .map((p): ScalePoint | undefined => {
          const type = SCALE_POINTS[p.type];
          return type ? { type, value: formulaNumber(p.formula), color: hexColor(p.color) ?? 'FFFFFF' } : undefined;
        });
      return points.every((p) => p !== undefined) && points.length >= 2
        ? { type: 'colorScale', range, points: points as ScalePoint[] }
        : undefined;
    }
    case 'Custom': {
      // Only the simple form the preview can read: =<top-left cell>="text" over the range.
      const m = /^=\$?([A-Z]{1,3})\$?(\d+)\s*=\s*("(?:[^"]|"")*")$/.exec((cf.rule?.formula ?? '').trim());
      const box = parseRange(range.replace(/\$/g, '').split(/[ ,]/)[0] ?? '');
      const text = m ? formulaText(m[3]) : undefined;
      if (!m || !box || text === undefined || columnNumber(m[1]) !== box.left || Number(m[2]) !== box.top) return undefined;
      return { type: 'text', range, operator: 'equals', text, style };
    }
  }
}

function chartType(type: string): PreviewChart['type'] {
  if (/^bar/i.test(type)) return 'bar';
  if (/^line/i.test(type)) return 'line';
  return 'column';
}

/** A chart with its ranges; a chart made from sourceData alone is split into header row, category column, series. */
export function previewChart(chart: FakeChart, values: FakeSheetSnapshot['values']): PreviewChart {
  const type = chartType(chart.type);
  const title = chart.title ?? chart.name;
  if (chart.series.length > 0) {
    return {
      type,
      title,
      categories: chart.series.find((s) => s.categories)?.categories ?? '',
      series: chart.series.map((s) => ({ name: s.name, values: s.values ?? '' })),
    };
  }
  const box = parseRange(chart.sourceData.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!box || box.right <= box.left) return { type, title, categories: '', series: [] };
  const letters = columnLetters;
  const series = [];
  for (let c = box.left + 1; c <= box.right; c++) {
    const name = values[box.top - 1]?.[c - 1];
    series.push({ name: name === null || name === undefined ? `Ряд ${c - box.left}` : String(name), values: `${letters(c)}${box.top + 1}:${letters(c)}${box.bottom}` });
  }
  return { type, title, categories: `${letters(box.left)}${box.top + 1}:${letters(box.left)}${box.bottom}`, series };
}

/** A border side as the fake keeps it ("Continuous", { style: "Continuous" }, "None"): drawn or not. */
function drawn(side: unknown): boolean {
  if (side === undefined || side === null) return false;
  const style = typeof side === 'object' && 'style' in side ? (side as { style?: unknown }).style : side;
  return typeof style === 'string' ? style !== 'None' : Boolean(style);
}

/** Points (Office.js column width) → pixels. */
function pointsToPixels(points: number): number {
  return Math.round((points * 96) / 72);
}

export function previewSheet(snapshot: FakeSheetSnapshot): PreviewSheet {
  const styles = snapshot.styles.map((row) =>
    row.map((style): PreviewCellStyle | null => {
      if (!style) return null;
      const align = style.hAlign?.toLowerCase();
      const vertical = style.vAlign?.toLowerCase();
      const b = style.borders;
      return {
        fill: hexColor(style.fill),
        fontColor: hexColor(style.fontColor),
        bold: style.bold,
        italic: style.italic,
        wrap: style.wrap,
        fontSize: style.fontSize,
        hAlign: align === 'left' || align === 'center' || align === 'right' ? align : undefined,
        vAlign: vertical === 'top' ? 'top' : vertical === 'center' ? 'middle' : vertical === 'bottom' ? 'bottom' : undefined,
        borders: b ? { top: drawn(b.top), bottom: drawn(b.bottom), left: drawn(b.left), right: drawn(b.right) } : undefined,
      };
    }),
  );
  const columnPixels: (number | undefined)[] = [];
  for (const [letters, points] of Object.entries(snapshot.columnWidths)) {
    const column = columnNumber(letters);
    if (column !== undefined) columnPixels[column - 1] = pointsToPixels(points);
  }
  return {
    name: snapshot.name,
    tabColor: hexColor(snapshot.tabColor),
    // The fake does not calculate: a formula cell shows its formula text.
    values: snapshot.values.map((row, r) => row.map((v, c) => v ?? snapshot.formulas[r]?.[c] ?? null)),
    numberFormats: snapshot.numberFormats,
    styles,
    merges: snapshot.merges,
    columnPixels: Array.from({ length: columnPixels.length }, (_, i) => columnPixels[i]),
    rowPixels: Object.fromEntries(Object.entries(snapshot.rowHeights ?? {}).map(([row, points]) => [Number(row), pointsToPixels(points)])),
    notes: snapshot.notes,
    conditionalFormats: snapshot.conditionalFormats.map(previewRule).filter((r): r is PreviewConditionalFormat => r !== undefined),
    charts: snapshot.charts.map((chart) => previewChart(chart, snapshot.values)),
  };
}
