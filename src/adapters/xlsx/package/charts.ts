// Native charts: the sheet's drawing part (twoCellAnchor frames) and DrawingML chart parts with cached values.
import { ChartSpec } from '../../../report/model';
import { parseAddress } from '../../../ingest/grid';
import { quoteSheet, absoluteRef } from './ranges';
import { escapeXml, XML_HEADER } from './xml';
import { A_NS, C_NS, Grid, R_NS, SERIES_COLORS, XDR_NS, numCache, rangeValues, strCache, titleXml } from './chartParts';
import { scatterPlotXml } from './scatterChart';

export { SERIES_COLORS } from './chartParts';

function seriesXml(chart: ChartSpec, sheet: string, values: Grid, index: number): string {
  const s = chart.series[index];
  const at = parseAddress(s.nameRef);
  if (!at) throw new Error(`Диаграмма «${chart.title}»: неверная ячейка имени ряда «${s.nameRef}».`);
  const nameCell = values[at.row - 1]?.[at.col - 1];
  const name = typeof nameCell === 'string' || typeof nameCell === 'number' ? String(nameCell) : s.name;
  const q = quoteSheet(sheet);
  const cat = rangeValues(values, chart.categories);
  const val = rangeValues(values, s.values);
  const numericCats = cat.cells.every((v) => typeof v === 'number');
  const catXml = numericCats
    ? `<c:cat><c:numRef><c:f>${escapeXml(`${q}!${cat.ref}`)}</c:f>${numCache(cat.cells)}</c:numRef></c:cat>`
    : `<c:cat><c:strRef><c:f>${escapeXml(`${q}!${cat.ref}`)}</c:f>${strCache(cat.cells)}</c:strRef></c:cat>`;
  const color = SERIES_COLORS[index % SERIES_COLORS.length];
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(`${q}!${absoluteRef({ top: at.row, left: at.col, bottom: at.row, right: at.col })}`)}</c:f>` +
    `${strCache([name])}</c:strRef></c:tx>`;
  const valXml = `<c:val><c:numRef><c:f>${escapeXml(`${q}!${val.ref}`)}</c:f>${numCache(val.cells)}</c:numRef></c:val>`;
  if (chart.type === 'line') {
    return (
      `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
      '<a:round/></a:ln></c:spPr>' +
      `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
      `<a:ln><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>` +
      `${catXml}${valXml}<c:smooth val="0"/></c:ser>`
    );
  }
  return (
    `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>${catXml}${valXml}</c:ser>`
  );
}

function seriesOf(chart: ChartSpec, sheet: string, values: Grid): string {
  return chart.series.map((_, i) => seriesXml(chart, sheet, values, i)).join('');
}

const CAT_AX = 100001;
const VAL_AX = 100002;

function axesXml(chart: ChartSpec): string {
  const horizontalBars = chart.type === 'bar';
  const common = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  // Horizontal bars list categories top-down in sheet order: the category axis runs max→min and the value axis
  // crosses it at the maximum category, so the values stay along the bottom.
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontalBars ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontalBars ? 'l' : 'b'}"/>${titleXml(chart.xTitle, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${common}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontalBars ? 'b' : 'l'}"/><c:majorGridlines/>${titleXml(chart.yTitle, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${common}<c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="${horizontalBars ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/** The chart part for one chart on sheet `sheet` whose cells are `values`. */
export function chartXml(chart: ChartSpec, sheet: string, values: Grid): string {
  if (chart.series.length === 0) throw new Error(`Диаграмма «${chart.title}»: нет рядов данных.`);
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot =
    chart.type === 'scatter'
      ? scatterPlotXml(chart, sheet, values)
      : (chart.type === 'line'
          ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seriesOf(chart, sheet, values)}<c:marker val="1"/>${axIds}</c:lineChart>`
          : `<c:barChart><c:barDir val="${chart.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/>` +
            `<c:varyColors val="0"/>${seriesOf(chart, sheet, values)}<c:gapWidth val="150"/>${axIds}</c:barChart>`) + axesXml(chart);
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.title, 1400)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** One chart frame in a drawing: cells it spans and the drawing's relationship id of its chart part. */
export interface ChartFrame {
  readonly from: string;
  readonly to: string;
  readonly relId: string;
  readonly title: string;
}

function cellAnchor(tag: 'from' | 'to', address: string, inclusiveEnd: boolean): string {
  const at = parseAddress(address);
  if (!at) throw new Error(`Диаграмма: неверная ячейка привязки «${address}».`);
  // Anchors are 0-based; the "to" cell is covered fully, so the frame ends at the start of the next cell.
  const col = at.col - 1 + (inclusiveEnd ? 1 : 0);
  const row = at.row - 1 + (inclusiveEnd ? 1 : 0);
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part holding the sheet's chart frames. */
export function drawingXml(frames: readonly ChartFrame[]): string {
  const anchors = frames
    .map(
      (f, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${cellAnchor('from', f.from, false)}${cellAnchor('to', f.to, true)}` +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Диаграмма ${i + 1}`)}" descr="${escapeXml(f.title)}"/>` +
        '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${f.relId}"/>` +
        '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    )
    .join('');
  return `${XML_HEADER}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
