// A native XY scatter chart part: series with their own x values, markers and colours, lines for fitted lines, per-point labels.
import { ChartSeries, ChartSpec } from '../../../report/model';
import { parseAddress } from '../../../ingest/grid';
import { absoluteRef, quoteSheet } from './ranges';
import { escapeXml } from './xml';
import { Grid, SERIES_COLORS, numCache, rangeValues, strCache, titleXml } from './chartParts';

const X_AX = 200001;
const Y_AX = 200002;
const SYMBOLS: Readonly<Record<NonNullable<ChartSeries['marker']>, string>> = {
  circle: 'circle', diamond: 'diamond', triangle: 'triangle', square: 'square', x: 'x', none: 'none',
};

function nameXml(s: ChartSeries, sheet: string, values: Grid, title: string): string {
  const at = parseAddress(s.nameRef);
  if (!at) throw new Error(`Диаграмма «${title}»: неверная ячейка имени ряда «${s.nameRef}».`);
  const cell = values[at.row - 1]?.[at.col - 1];
  const name = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : s.name;
  const ref = `${quoteSheet(sheet)}!${absoluteRef({ top: at.row, left: at.col, bottom: at.row, right: at.col })}`;
  return `<c:tx><c:strRef><c:f>${escapeXml(ref)}</c:f>${strCache([name])}</c:strRef></c:tx>`;
}

/** Labels of the points whose label cell has text (the school's name), as per-point data labels with their own text. */
function labelsXml(s: ChartSeries, values: Grid): string {
  if (!s.labels) return '';
  const { cells } = rangeValues(values, s.labels);
  const points = cells
    .map((v, i) => (typeof v === 'string' && v.trim() !== ''
      ? `<c:dLbl><c:idx val="${i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="800"/>` +
        `<a:t>${escapeXml(v.trim())}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
      : ''))
    .join('');
  if (points === '') return '';
  return `<c:dLbls>${points}<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
}

function seriesXml(chart: ChartSpec, sheet: string, values: Grid, index: number): string {
  const s = chart.series[index];
  if (!s.xValues) throw new Error(`Диаграмма «${chart.title}»: у ряда «${s.name}» нет значений X.`);
  const color = s.color ?? SERIES_COLORS[index % SERIES_COLORS.length];
  const q = quoteSheet(sheet);
  const x = rangeValues(values, s.xValues);
  const y = rangeValues(values, s.values);
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  const line = s.line
    ? `<c:spPr><a:ln w="22225" cap="rnd">${fill}${s.line === 'dash' ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`
    : '<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>';
  const symbol = SYMBOLS[s.marker ?? 'circle'];
  const marker = symbol === 'none'
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : `<c:marker><c:symbol val="${symbol}"/><c:size val="${symbol === 'diamond' || symbol === 'triangle' ? 8 : 6}"/><c:spPr>${fill}<a:ln w="6350">${fill}</a:ln></c:spPr></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${nameXml(s, sheet, values, chart.title)}${line}${marker}${labelsXml(s, values)}` +
    `<c:xVal><c:numRef><c:f>${escapeXml(`${q}!${x.ref}`)}</c:f>${numCache(x.cells)}</c:numRef></c:xVal>` +
    `<c:yVal><c:numRef><c:f>${escapeXml(`${q}!${y.ref}`)}</c:f>${numCache(y.cells)}</c:numRef></c:yVal>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

function axisXml(id: number, cross: number, pos: 'b' | 'l', title: string | undefined, min: number | undefined, grid: boolean): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${min === undefined ? '' : `<c:min val="${min}"/>`}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${grid ? '<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val="E7E6E6"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : ''}` +
    `${titleXml(title, 1000)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** The plot area's content: the scatter chart and its two value axes. */
export function scatterPlotXml(chart: ChartSpec, sheet: string, values: Grid): string {
  const series = chart.series.map((_, i) => seriesXml(chart, sheet, values, i)).join('');
  return (
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="${X_AX}"/><c:axId val="${Y_AX}"/></c:scatterChart>` +
    axisXml(X_AX, Y_AX, 'b', chart.xTitle, undefined, false) +
    axisXml(Y_AX, X_AX, 'l', chart.yTitle, chart.yMin, true)
  );
}
