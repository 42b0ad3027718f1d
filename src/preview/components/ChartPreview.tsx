// A chart of a sheet drawn as inline SVG (columns, bars or lines) from the ranges it refers to, with a legend.
import * as React from 'react';
import { RawValue } from '../../ingest/grid';
import { niceAxis } from '../view/axisTicks';
import { chartData } from '../view/chartData';
import { generalNumber } from '../view/numberFormat';
import { PreviewChart } from '../view/sheetModel';

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E'];
const TYPE_NAMES: Record<PreviewChart['type'], string> = { column: 'гистограмма', bar: 'линейчатая', line: 'график' };

export interface ChartPreviewProps {
  readonly chart: PreviewChart;
  readonly values: readonly (readonly RawValue[])[];
}

/** A category label cut to max characters; the full text on hover when cut. */
function label(text: string, max: number): React.ReactNode {
  if (text.length <= max) return text;
  return (
    <>
      <title>{text}</title>
      {`${text.slice(0, max - 1)}…`}
    </>
  );
}

export function ChartPreview({ chart, values }: ChartPreviewProps): React.JSX.Element {
  const data = chartData(values, chart);
  const numbers = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const axis = niceAxis(Math.min(0, ...numbers), Math.max(0, ...numbers));
  const n = Math.max(1, data.categories.length);
  const horizontal = chart.type === 'bar';
  const width = 380;
  const plotLeft = horizontal ? 165 : 40;
  const plotRight = width - 12;
  const plotTop = 8;
  const plotHeight = horizontal ? Math.max(120, n * Math.max(12, 6 * data.series.length + 6)) : 150;
  const plotBottom = plotTop + plotHeight;
  const height = plotBottom + (horizontal ? 22 : 24);
  const span = axis.max - axis.min || 1;
  // Value → pixel along the value axis (x for bars, y otherwise).
  const valuePos = (v: number): number =>
    horizontal ? plotLeft + ((v - axis.min) / span) * (plotRight - plotLeft) : plotBottom - ((v - axis.min) / span) * plotHeight;
  const band = (horizontal ? plotHeight : plotRight - plotLeft) / n;
  const bandStart = (i: number): number => (horizontal ? plotTop : plotLeft) + i * band;
  const groupWidth = band * 0.75;
  const barWidth = groupWidth / Math.max(1, data.series.length);
  const zero = valuePos(0);

  return (
    <figure className="chart" data-chart-title={chart.title}>
      <figcaption>
        {chart.title || 'Диаграмма без названия'} <span className="chart-type">({TYPE_NAMES[chart.type]})</span>
      </figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chart.title}>
        {axis.ticks.map((t) => {
          const p = valuePos(t);
          return horizontal ? (
            <g key={t}>
              <line x1={p} x2={p} y1={plotTop} y2={plotBottom} className="grid-line" />
              <text x={p} y={plotBottom + 14} textAnchor="middle" className="tick">
                {generalNumber(t)}
              </text>
            </g>
          ) : (
            <g key={t}>
              <line x1={plotLeft} x2={plotRight} y1={p} y2={p} className="grid-line" />
              <text x={plotLeft - 4} y={p + 3} textAnchor="end" className="tick">
                {generalNumber(t)}
              </text>
            </g>
          );
        })}
        {data.categories.map((category, i) => {
          const middle = bandStart(i) + band / 2;
          return horizontal ? (
            <text key={i} x={plotLeft - 4} y={middle + 3} textAnchor="end" className="tick">
              {label(category, 24)}
            </text>
          ) : (
            <text key={i} x={middle} y={plotBottom + 14} textAnchor="middle" className="tick">
              {label(category, Math.max(4, Math.floor(band / 6)))}
            </text>
          );
        })}
        {chart.type === 'line'
          ? data.series.map((s, si) => {
              const points = s.values
                .map((v, i) => (v === null ? null : `${bandStart(i) + band / 2},${valuePos(v)}`))
                .filter((p): p is string => p !== null);
              return (
                <g key={si}>
                  <polyline points={points.join(' ')} fill="none" stroke={COLORS[si % COLORS.length]} strokeWidth={2} />
                  {points.map((p) => {
                    const [x, y] = p.split(',').map(Number);
                    return <circle key={p} cx={x} cy={y} r={3} fill={COLORS[si % COLORS.length]} />;
                  })}
                </g>
              );
            })
          : data.series.map((s, si) =>
              s.values.map((v, i) => {
                if (v === null) return null;
                const offset = bandStart(i) + (band - groupWidth) / 2 + si * barWidth;
                const p = valuePos(v);
                const fill = COLORS[si % COLORS.length];
                return horizontal ? (
                  <rect key={`${si}-${i}`} x={Math.min(p, zero)} y={offset} width={Math.abs(p - zero)} height={barWidth} fill={fill}>
                    <title>{`${s.name}, ${data.categories[i]}: ${generalNumber(v)}`}</title>
                  </rect>
                ) : (
                  <rect key={`${si}-${i}`} x={offset} y={Math.min(p, zero)} width={barWidth} height={Math.abs(p - zero)} fill={fill}>
                    <title>{`${s.name}, ${data.categories[i]}: ${generalNumber(v)}`}</title>
                  </rect>
                );
              }),
            )}
        {horizontal ? (
          <line x1={zero} x2={zero} y1={plotTop} y2={plotBottom} className="axis-line" />
        ) : (
          <line x1={plotLeft} x2={plotRight} y1={zero} y2={zero} className="axis-line" />
        )}
      </svg>
      <ul className="legend">
        {data.series.map((s, si) => (
          <li key={si}>
            <span className="swatch" style={{ background: COLORS[si % COLORS.length] }} />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
