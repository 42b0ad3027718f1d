// A generated corpus of ≥ 150 inputs: the shared examples and the sample mutated cell by cell, packages other tools
// write, hostile packages, other formats and files that are not workbooks. Deterministic (seeded).
import fs from 'fs';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { RawValue, SheetGrid, cellAddress } from '../../src/ingest/grid';
import { HOSTILE, REAL_WRITERS, baseWorkbook, edited } from './variants';

export interface CorpusCase {
  readonly name: string;
  readonly fileName: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** A cell the reader must name in a warning (sheet and A1), when the case plants one. */
  readonly named?: { readonly sheet: string; readonly cell: string };
}

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = [
  ...['long.xlsx', 'blocks.xlsx', 'wide.xlsx', 'fisoko-vpr5-math-2024.xlsx'].map((f) => path.join(ROOT, '../shared/examples', f)),
  path.join(ROOT, 'assets/sample/severo-ozersky.xlsx'),
];

/** A cell as raw sheet XML: a value, or a planted oddity. */
type Cell = RawValue | { readonly xml: (ref: string) => string };

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cellXml(ref: string, cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.xml(ref);
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(cell)}</t></is></c>`;
}

/** An .xlsx written by hand from grids (text escaped only for XML, so "_xD800_" reaches readers as written). */
async function rawXlsx(sheets: readonly { name: string; grid: SheetGrid; cells: Map<string, Cell> }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rns}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${esc(s.name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') + '</Relationships>');
  sheets.forEach((s, i) => {
    const rows: string[] = [];
    s.grid.values.forEach((line, r) => {
      const row = s.grid.originRow + r;
      const cells = line.map((v, c) => {
        const ref = cellAddress(row, s.grid.originCol + c);
        return cellXml(ref, s.cells.has(ref) ? (s.cells.get(ref) as Cell) : v);
      }).join('');
      if (cells) rows.push(`<row r="${row}">${cells}</row>`);
    });
    for (const [ref, cell] of s.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      if (m && Number(m[2]) > s.grid.originRow + s.grid.values.length - 1) rows.push(`<row r="${m[2]}">${cellXml(ref, cell)}</row>`);
    }
    const merges = s.grid.merges.length ? `<mergeCells count="${s.grid.merges.length}">${s.grid.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`);
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

interface Mutation {
  readonly name: string;
  readonly cell: Cell;
  /** The reader names the cell (error values, uncalculated formulas). */
  readonly named?: boolean;
  /** Where to plant it: a text cell (names, headers) or a number cell (participants, shares). */
  readonly at: 'text' | 'number';
}

const MUTATIONS: readonly Mutation[] = [
  { name: 'an error value #N/A', cell: { xml: (r) => `<c r="${r}" t="e"><v>#N/A</v></c>` }, named: true, at: 'number' },
  { name: 'an error value #NAME? in a name', cell: { xml: (r) => `<c r="${r}" t="e"><v>#NAME?</v></c>` }, named: true, at: 'text' },
  { name: 'an uncalculated formula', cell: { xml: (r) => `<c r="${r}"><f>SUM(B1:B3)</f></c>` }, named: true, at: 'number' },
  { name: 'text in a number cell', cell: 'двадцать', at: 'number' },
  { name: 'a negative number', cell: -7, at: 'number' },
  { name: 'a share above 100', cell: 250, at: 'number' },
  { name: 'a huge number', cell: 1e308, at: 'number' },
  { name: 'an emptied cell', cell: null, at: 'number' },
  { name: 'a formula-looking name', cell: '=SUM(A1)', at: 'text' },
  { name: 'a lone surrogate in a name (_xD800_)', cell: 'Школа _xD800_ № 1', at: 'text' },
  { name: 'control characters in a name (_x0001_, as Excel stores them)', cell: 'Школа_x0001__x0002_ № 2', at: 'text' },
  { name: 'a very long name', cell: 'Школа '.repeat(2000), at: 'text' },
  { name: 'a percent text in a number cell', cell: '45,5 %', at: 'number' },
];

/** Park–Miller: the same picks on every run. */
function prng(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A data cell (below the first three rows) of the wanted kind, picked by the seeded generator. */
function pickCell(grids: readonly SheetGrid[], at: Mutation['at'], pick: () => number): { sheet: string; ref: string } {
  const candidates: { sheet: string; ref: string }[] = [];
  for (const g of grids) {
    g.values.forEach((line, r) => line.forEach((v, c) => {
      if (r >= 3 && ((at === 'number' && typeof v === 'number') || (at === 'text' && typeof v === 'string'))) {
        candidates.push({ sheet: g.sheet, ref: cellAddress(g.originRow + r, g.originCol + c) });
      }
    }));
  }
  return candidates[Math.floor(pick() * candidates.length)];
}

function mutationCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  SOURCES.forEach((source, si) => {
    const label = path.basename(source, '.xlsx');
    const fileName = path.basename(source);
    const { grids } = readSpreadsheet(new Uint8Array(fs.readFileSync(source)), fileName);
    out.push({ name: `${label}: as it is`, fileName, bytes: async () => new Uint8Array(fs.readFileSync(source)) });
    MUTATIONS.forEach((m, mi) => {
      for (let k = 0; k < 2; k++) {
        const at = pickCell(grids, m.at, prng(1 + si * 1000 + mi * 10 + k));
        out.push({
          name: `${label}: ${m.name} (${at.sheet}!${at.ref})`,
          fileName,
          bytes: () => rawXlsx(grids.map((g) => ({ name: g.sheet, grid: g, cells: new Map<string, Cell>(g.sheet === at.sheet ? [[at.ref, m.cell]] : []) }))),
          ...(m.named ? { named: { sheet: at.sheet, cell: at.ref } } : {}),
        });
      }
    });
  });
  return out;
}

function notWorkbooks(): CorpusCase[] {
  const zipWith = async (files: Record<string, string>): Promise<Uint8Array> => {
    const zip = new JSZip();
    for (const [n, t] of Object.entries(files)) zip.file(n, t);
    return zip.generateAsync({ type: 'uint8array' });
  };
  const cfb = (streams: Record<string, Uint8Array>): Uint8Array => {
    const c = XLSX.CFB.utils.cfb_new();
    for (const [n, b] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(c, `/${n}`, b);
    return new Uint8Array(XLSX.CFB.write(c, { type: 'array' }) as ArrayLike<number> as number[]);
  };
  return [
    { name: 'an empty file', fileName: 'пусто.xlsx', bytes: async () => new Uint8Array(0) },
    { name: 'text renamed .xlsx', fileName: 'текст.xlsx', bytes: async () => new TextEncoder().encode('это не книга') },
    { name: 'a PDF renamed .xlsx', fileName: 'справка.xlsx', bytes: async () => new TextEncoder().encode('%PDF-1.7\n%…') },
    { name: 'a Word document renamed .xlsx', fileName: 'отчёт.xlsx', bytes: () => zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }) },
    { name: 'a zip that is not a workbook', fileName: 'архив.xlsx', bytes: () => zipWith({ 'readme.txt': 'x' }) },
    { name: 'a password-encrypted workbook (ECMA-376)', fileName: 'защищён.xlsx', bytes: async () => cfb({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(64) }) },
    { name: 'a zip with a password', fileName: 'пароль.xlsx', bytes: async () => {
      const b = await zipWith({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
      const v = new DataView(b.buffer);
      for (let i = 0; i + 4 < b.length; i++) {
        if (v.getUint32(i, true) === 0x02014b50) v.setUint16(i + 8, v.getUint16(i + 8, true) | 1, true);
        if (v.getUint32(i, true) === 0x04034b50) v.setUint16(i + 6, v.getUint16(i + 6, true) | 1, true);
      }
      return b;
    } },
    { name: 'a workbook cut in half', fileName: 'оборван.xlsx', bytes: async () => { const b = await baseWorkbook(); return b.subarray(0, Math.floor(b.length / 2)); } },
  ];
}

function fixtureCases(): CorpusCase[] {
  const dir = path.join(ROOT, 'test/fixtures/writers');
  return fs.readdirSync(dir).map((f) => ({ name: `written by another tool: ${f}`, fileName: f, bytes: async () => new Uint8Array(fs.readFileSync(path.join(dir, f))) }));
}

function packageCases(): CorpusCase[] {
  return [...Object.entries(REAL_WRITERS), ...Object.entries(HOSTILE)].map(([name, edit]) => ({
    name: `package: ${name}`, fileName: 'район.xlsx', bytes: async () => edited(await baseWorkbook(), edit),
  }));
}

export function corpus(): CorpusCase[] {
  return [...mutationCases(), ...packageCases(), ...fixtureCases(), ...notWorkbooks()];
}
