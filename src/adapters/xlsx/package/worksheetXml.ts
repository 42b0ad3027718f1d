// Worksheet part XML from a sheet description: typed cells (text never as formula), styles, layout, filters, CF.
import { OutValue, SheetSpec, CellStyle } from '../../../report/model';
import { wrappedLines } from '../../../report/rowHeights';
import { cellAddress, columnLetters } from '../../../ingest/grid';
import { conditionalFormattingXml } from './conditionalFormats';
import { boundsRef, cellsOf, parseRange } from './ranges';
import { argb, StyleBook } from './styles';
import { cellText } from './xml';

/** What a new sheet holds, without the add-in's kind and wanted name. */
export type SheetBody = Omit<SheetSpec, 'kind' | 'name'>;

/** Relationship ids of the parts the sheet points at. */
export interface WorksheetLinks {
  readonly drawing?: string;
  readonly legacyDrawing?: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function valueXml(ref: string, value: OutValue, s: number): string {
  const sAttr = s ? ` s="${s}"` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return sAttr ? `<c r="${ref}"${sAttr}/>` : '';
    return `<c r="${ref}"${sAttr}><v>${String(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string' && value !== '') {
    // Inline string: always text, even "=SUM(A1)"; no <f> is ever written.
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
  }
  return sAttr ? `<c r="${ref}"${sAttr}/>` : '';
}

interface CellFormat {
  style?: CellStyle;
  numFmt?: string;
}

/** Per-cell format from the range styles and number formats (later ranges win, per property). */
function cellFormats(spec: SheetBody, extent: { rows: number; cols: number }): Map<number, CellFormat> {
  const out = new Map<number, CellFormat>();
  const key = (row: number, col: number): number => row * 16385 + col;
  for (const rs of spec.styles) {
    const b = parseRange(rs.range, extent);
    if (!b) throw new Error(`Неверный диапазон оформления «${rs.range}».`);
    for (const { row, col } of cellsOf(b)) {
      const prev = out.get(key(row, col)) ?? {};
      out.set(key(row, col), { ...prev, style: { ...prev.style, ...rs.style } });
    }
  }
  for (const nf of spec.numberFormats) {
    const b = parseRange(nf.range, extent);
    if (!b) throw new Error(`Неверный диапазон формата чисел «${nf.range}».`);
    for (const { row, col } of cellsOf(b)) {
      const prev = out.get(key(row, col)) ?? {};
      out.set(key(row, col), { ...prev, numFmt: nf.format });
    }
  }
  return out;
}

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;
/** Default row height in points (Calibri 11). */
const ROW_HEIGHT = 15;

/**
 * Estimated heights for rows holding wrapped text that does not fit its column (readers do not all re-fit row
 * heights on open, so wrapped headers would show one cut line).
 */
function wrappedRowHeights(spec: SheetBody, formats: Map<number, CellFormat>): Map<number, number> {
  const heights = new Map<number, number>();
  const merged = spec.merges.map((m) => parseRange(m)).filter((b): b is NonNullable<typeof b> => b !== undefined);
  const width = (col: number): number => {
    const w = spec.columnWidths[col - 1];
    return Number.isFinite(w) && w > 0 ? w : DEFAULT_WIDTH;
  };
  spec.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const f = formats.get((r + 1) * 16385 + c + 1);
      if (typeof value !== 'string' || !f?.style?.wrap) return;
      const area = merged.find((b) => b.top === r + 1 && b.left === c + 1);
      if (merged.some((b) => b !== area && r + 1 >= b.top && r + 1 <= b.bottom && c + 1 >= b.left && c + 1 <= b.right)) return;
      if (area && area.bottom > area.top) return;
      let chars = 0;
      for (let col = c + 1; col <= (area?.right ?? c + 1); col++) chars += width(col);
      const size = f.style.fontSize ?? 11;
      // The report's own estimate (letter widths of Calibri), so that a row is as tall here as in Excel.
      const lines = wrappedLines(value, chars * (11 / size), f.style.bold === true);
      if (lines > 1) heights.set(r + 1, Math.max(heights.get(r + 1) ?? 0, Math.min(409, lines * ROW_HEIGHT * (size / 11))));
    });
  });
  return heights;
}

function sheetDataXml(spec: SheetBody, styles: StyleBook): { xml: string; lastRow: number; lastCol: number } {
  const extent = { rows: spec.values.length, cols: spec.values.reduce((m, r) => Math.max(m, r.length), 0) };
  const formats = cellFormats(spec, extent);
  const rows = new Map<number, Map<number, string>>();
  let lastRow = 0;
  let lastCol = 0;
  const put = (row: number, col: number, xml: string): void => {
    if (!xml) return;
    let r = rows.get(row);
    if (!r) rows.set(row, (r = new Map()));
    r.set(col, xml);
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  };
  const xfOf = (row: number, col: number): number => {
    const f = formats.get(row * 16385 + col);
    return f ? styles.cellXf(f) : 0;
  };
  spec.values.forEach((line, r) => {
    line.forEach((value, c) => put(r + 1, c + 1, valueXml(cellAddress(r + 1, c + 1), value, xfOf(r + 1, c + 1))));
  });
  for (const k of formats.keys()) {
    const row = Math.floor(k / 16385);
    const col = k % 16385;
    if (rows.get(row)?.has(col)) continue;
    put(row, col, valueXml(cellAddress(row, col), null, xfOf(row, col)));
  }
  // Heights the report gives win over the writer's estimate for wrapped text.
  const heights = wrappedRowHeights(spec, formats);
  for (const rh of spec.rowHeights ?? []) {
    if (Number.isInteger(rh.row) && rh.row >= 1 && Number.isFinite(rh.height) && rh.height > 0) {
      heights.set(rh.row, Math.min(409, rh.height));
      if (!rows.has(rh.row)) rows.set(rh.row, new Map());
    }
  }
  const body = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = rows.get(row) ?? new Map<number, string>();
      const xml = [...cells.keys()].sort((a, b) => a - b).map((c) => cells.get(c)).join('');
      const ht = heights.get(row);
      return `<row r="${row}"${ht ? ` ht="${Math.round(ht * 4) / 4}" customHeight="1"` : ''}>${xml}</row>`;
    })
    .join('');
  return { xml: `<sheetData>${body}</sheetData>`, lastRow, lastCol };
}

function sheetViewXml(freeze: SheetBody['freeze']): string {
  const rows = Math.max(0, Math.floor(freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(freeze?.columns ?? 0));
  if (rows === 0 && cols === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const topLeft = cellAddress(rows + 1, cols + 1);
  const attrs = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${attrs} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${Math.round(Math.min(w, 255) * 100) / 100}" customWidth="1"/>` : ''))
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

function mergesXml(merges: readonly string[]): string {
  const refs = merges.map((m) => {
    const b = parseRange(m);
    if (!b) throw new Error(`Неверная область объединения «${m}».`);
    return boundsRef(b);
  });
  return refs.length ? `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>` : '';
}

/** The autofilter range as "A3:F40", or undefined. */
export function autoFilterRef(spec: SheetBody): string | undefined {
  if (!spec.autoFilter) return undefined;
  const b = parseRange(spec.autoFilter);
  if (!b) throw new Error(`Неверный диапазон автофильтра «${spec.autoFilter}».`);
  return boundsRef(b);
}

/** Text in a header/footer section: "&" is a code there, written "&&". */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** «Title — date — Стр. N из M» at the foot of every page. */
function footerXml(print: SheetBody['print']): string {
  if (!print) return '';
  const text = `&L${footerText(print.footer.title)}&C${footerText(print.footer.date)}&RСтр. &P из &N`;
  return `<headerFooter><oddFooter>${cellText(text)}</oddFooter></headerFooter>`;
}

/** The full worksheet part. */
/** Manual page breaks above the given 1-based rows (`brk id` is the row above which the page breaks, 0-based). */
function rowBreaksXml(rows: readonly number[] | undefined): string {
  const ids = [...new Set(rows ?? [])].filter((r) => Number.isInteger(r) && r > 1).sort((a, b) => a - b);
  if (ids.length === 0) return '';
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

export function worksheetXml(spec: SheetBody, styles: StyleBook, links: WorksheetLinks = {}): string {
  const data = sheetDataXml(spec, styles);
  const tab = argb(spec.tabColor);
  const sheetPr = `<sheetPr>${tab ? `<tabColor rgb="${tab}"/>` : ''}<pageSetUpPr fitToPage="1"/></sheetPr>`;
  const dimension = data.lastRow ? `${columnLetters(1)}1:${cellAddress(data.lastRow, data.lastCol)}` : 'A1';
  const filter = autoFilterRef(spec);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    sheetPr +
    `<dimension ref="${dimension}"/>` +
    sheetViewXml(spec.freeze) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths) +
    data.xml +
    (filter ? `<autoFilter ref="${filter}"/>` : '') +
    mergesXml(spec.merges) +
    conditionalFormattingXml(spec.conditionalFormats, styles) +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${spec.print?.orientation ?? 'landscape'}" fitToWidth="${spec.print?.pagesWide ?? 1}" fitToHeight="0"/>` +
    footerXml(spec.print) +
    rowBreaksXml(spec.pageBreaks) +
    (links.drawing ? `<drawing r:id="${links.drawing}"/>` : '') +
    (links.legacyDrawing ? `<legacyDrawing r:id="${links.legacyDrawing}"/>` : '') +
    '</worksheet>'
  );
}
