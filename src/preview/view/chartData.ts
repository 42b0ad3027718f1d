// Reads a chart's categories and series numbers from its sheet's values (the ranges the chart refers to).
import { RawValue } from '../../ingest/grid';
import { parseRange } from '../../report/a1';
import { displayValue } from './numberFormat';
import { PreviewChart } from './sheetModel';

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
}

type Values = readonly (readonly RawValue[])[];

/** Cells of a one-row or one-column range, in order; [] when the range is not valid. */
export function rangeCells(values: Values, range: string): RawValue[] {
  const box = parseRange(range.replace(/\$/g, '').replace(/^.*!/, ''));
  if (!box) return [];
  const out: RawValue[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) out.push(values[row - 1]?.[column - 1] ?? null);
  }
  return out;
}

/** The numbers a chart draws; non-numbers are gaps (null), as Excel leaves them. */
export function chartData(values: Values, chart: PreviewChart): ChartData {
  const series = chart.series.map((s) => ({
    name: s.name,
    values: rangeCells(values, s.values).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
  }));
  const length = series.reduce((max, s) => Math.max(max, s.values.length), 0);
  const named = chart.categories ? rangeCells(values, chart.categories).map((v) => displayValue(v)) : [];
  const categories = Array.from({ length }, (_, i) => named[i] ?? String(i + 1));
  return { categories, series };
}
