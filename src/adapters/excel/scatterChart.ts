// The «Контекст» scatter chart through Office.js: one XYScatter series per group, lines for the fitted line, ШНОР labelled.
import { ChartSeries, ChartSpec } from '../../report/model';
import { COMMAND_OVERHEAD, jsonLength } from './payload';

const MARKERS = { circle: 'Circle', diamond: 'Diamond', triangle: 'Triangle', square: 'Square', x: 'X', none: 'None' } as const;

/** Where the chart is added: the sheet proxy by name (sheetOps' WriteTarget satisfies it). */
interface SheetSource {
  sheet(name: string): Excel.Worksheet;
}

/** Label texts per point of a series, from the sheet's values (an empty cell: no label). */
export type PointLabels = (series: ChartSeries) => readonly (string | undefined)[];

/** What this Excel can do for the chart: series one by one (ExcelApi 1.7), point labels with own text (1.8). */
export interface ScatterFeatures {
  readonly chartSeries: boolean;
  readonly chartLabels: boolean;
}

function styleSeries(series: Excel.ChartSeries, s: ChartSeries, sheet: Excel.Worksheet, features: ScatterFeatures): void {
  if (!features.chartSeries) return;
  if (s.xValues) series.setXAxisValues(sheet.getRange(s.xValues));
  series.setValues(sheet.getRange(s.values));
  const color = `#${s.color ?? '4472C4'}`;
  if (s.line) {
    series.chartType = 'XYScatterLinesNoMarkers';
    series.format.line.color = color;
    series.format.line.lineStyle = s.line === 'dash' ? 'Dash' : 'Continuous';
  } else {
    series.markerStyle = MARKERS[s.marker ?? 'circle'];
    series.markerBackgroundColor = color;
    series.markerForegroundColor = color;
    series.markerSize = s.marker === 'diamond' || s.marker === 'triangle' ? 8 : 6;
  }
}

/**
 * The operation adding the scatter chart (needs the series API of ExcelApi 1.7; the caller checks). With `labels`
 * (ExcelApi 1.8, ChartDataLabel.text) each ШНОР point gets its name.
 */
export function scatterChartOp(
  name: string,
  chart: ChartSpec,
  features: ScatterFeatures,
  labels: PointLabels | undefined,
): { readonly bytes: number; readonly apply: (t: SheetSource) => void } | undefined {
  if (!features.chartSeries) return undefined;
  const named = chart.series.reduce((n, s) => n + (labels ? labels(s).filter(Boolean).length : 0), 0);
  return {
    bytes: (10 + chart.series.length * 9 + named * 3) * COMMAND_OVERHEAD + jsonLength(chart),
    apply: (t) => {
      const sheet = t.sheet(name);
      const [first, ...rest] = chart.series;
      const created = sheet.charts.add('XYScatter', sheet.getRange(first.values), 'Columns');
      const head = created.series.getItemAt(0);
      head.name = first.name;
      styleSeries(head, first, sheet, features);
      const all: [Excel.ChartSeries, ChartSeries][] = [[head, first]];
      rest.forEach((s) => {
        if (!features.chartSeries) return;
        const series = created.series.add(s.name);
        styleSeries(series, s, sheet, features);
        all.push([series, s]);
      });
      if (features.chartLabels && labels) {
        for (const [series, s] of all) {
          labels(s).forEach((text, i) => {
            if (!text) return;
            const point = series.points.getItemAt(i);
            point.hasDataLabel = true;
            point.dataLabel.text = text;
          });
        }
      }
      created.title.text = chart.title;
      if (chart.xTitle) created.axes.categoryAxis.title.text = chart.xTitle;
      if (chart.yTitle) created.axes.valueAxis.title.text = chart.yTitle;
      if (features.chartSeries && chart.yMin !== undefined) created.axes.valueAxis.minimum = chart.yMin;
      created.legend.visible = true;
      created.legend.position = 'Bottom';
      created.setPosition(chart.from, chart.to);
    },
  };
}
