// Pieces every DrawingML chart part shares: namespaces, palette, cached values of ranges, titles.
import { OutValue } from '../../../report/model';
import { cellsOf, parseRange, absoluteRef } from './ranges';
import { escapeXml } from './xml';

export const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Series colours (Office palette), repeated when there are more series. */
export const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

export type Grid = readonly (readonly OutValue[])[];

/** A range's cells (row-major) with the values the sheet holds there. */
export function rangeValues(values: Grid, range: string): { ref: string; cells: OutValue[] } {
  const b = parseRange(range);
  if (!b) throw new Error(`Диаграмма: неверный диапазон «${range}».`);
  const cells = [...cellsOf(b)].map(({ row, col }) => values[row - 1]?.[col - 1] ?? null);
  return { ref: absoluteRef(b), cells };
}

export function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

export function titleXml(text: string | undefined, size: number): string {
  return text ? `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>` : '';
}

export function strCache(cells: readonly OutValue[]): string {
  const pts = cells
    .map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache>`;
}

export function numCache(cells: readonly OutValue[]): string {
  const pts = cells
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>`;
}

