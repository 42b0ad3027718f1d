// Reads an .xlsx (bytes) into SheetGrids with ExcelJS: cached formula results, plain text, merges, number formats.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { RawValue, SheetGrid } from '../../ingest/grid';

export interface XlsxGrids {
  readonly sheets: { name: string; visible: boolean }[];
  readonly grids: SheetGrid[];
}

type CellValue = ExcelJS.CellValue;

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** One ExcelJS cell value → a raw grid value (text stays text, formulas give their cached result). */
export function toRawValue(value: CellValue | undefined): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toRawValue(result);
  }
  if ('hyperlink' in value) {
    const text: unknown = (value as ExcelJS.CellHyperlinkValue).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return toRawValue(text as ExcelJS.CellRichTextValue);
    return (value as ExcelJS.CellHyperlinkValue).hyperlink;
  }
  return null;
}

function gridOf(ws: ExcelJS.Worksheet, fileName: string): SheetGrid {
  const rowCount = ws.actualRowCount > 0 ? ws.rowCount : 0;
  const colCount = rowCount > 0 ? ws.columnCount : 0;
  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  for (let r = 1; r <= rowCount; r++) {
    values.push(new Array<RawValue>(colCount).fill(null));
    formats.push(new Array<string | null>(colCount).fill(null));
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > rowCount) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > colCount) return;
      if (cell.type === ExcelJS.ValueType.Merge) return; // Excel gives "" for merged cells but the first
      values[r - 1][c - 1] = toRawValue(cell.value);
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') {
        formats[r - 1][c - 1] = fmt;
        anyFormat = true;
      }
    });
  });
  const merges = mergesOf(ws);
  return {
    file: fileName, sheet: ws.name, values, originRow: 1, originCol: 1, merges,
    ...(anyFormat ? { numberFormats: formats } : {}),
  };
}

/** Merged ranges in A1; read from ExcelJS's merge table (ws.model would rebuild the whole sheet's model). */
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const table = (ws as unknown as { _merges?: Record<string, { range?: unknown } | undefined> })._merges;
  if (table && typeof table === 'object') {
    return Object.values(table)
      .map((m) => m?.range)
      .filter((r): r is string => typeof r === 'string');
  }
  return ((ws.model as { merges?: string[] }).merges ?? []).slice();
}

/** A copy of the package without drawings (ExcelJS crashes on some drawings written by other tools). */
async function withoutDrawings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) if (name.startsWith('xl/drawings/')) zip.remove(name);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/_rels\/.*\.rels$/.test(name)) {
      const xml = await zip.file(name)?.async('string');
      if (xml !== undefined) zip.file(name, xml.replace(/<Relationship\b[^>]*Type="[^"]*\/drawing"[^>]*\/>/g, ''));
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const xml = await zip.file(name)?.async('string');
      if (xml !== undefined) zip.file(name, xml.replace(/<drawing\b[^>]*\/>/g, '').replace(/<legacyDrawing\b[^>]*\/>/g, ''));
    } else if (name === '[Content_Types].xml') {
      const xml = await zip.file(name)?.async('string');
      if (xml !== undefined) zip.file(name, xml.replace(/<Override\b[^>]*PartName="\/xl\/drawings\/[^"]*"[^>]*\/>/g, ''));
    }
  }
  return zip.generateAsync({ type: 'uint8array' });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's types ask for a Node Buffer; JSZip underneath takes any Uint8Array (and there is no Buffer in a browser).
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads every worksheet of an .xlsx into grids; the bytes are never modified. */
export async function readXlsxGrids(bytes: Uint8Array, fileName: string): Promise<XlsxGrids> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await load(bytes);
  } catch (first) {
    try {
      workbook = await load(await withoutDrawings(bytes));
    } catch {
      throw new Error(`Не удалось прочитать файл «${fileName}»: ${reason(first)}`);
    }
  }
  const sheets = workbook.worksheets.map((ws) => ({ name: ws.name, visible: ws.state === 'visible' || ws.state === undefined }));
  const grids = workbook.worksheets.map((ws) => gridOf(ws, fileName));
  return { sheets, grids };
}
