// Bench case «5 000 sheets»: a workbook of many small sheets (one ВПР result table each), read and analysed by the CLI.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/xlsx/xlsxWorkbook';
import { runCliMeasured } from './protocols';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function cell(ref: string, value: string | number): string {
  return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

function sheetXml(index: number): string {
  const rows: (string | number)[][] = [
    [`ВПР 2024, 5 класс, русский язык — часть ${index + 1}`, '', ''],
    ['ОО', 'Участников', 'Доля «2», %'],
    [`Школа № ${index * 2 + 1}`, 20, (index * 7) % 40],
    [`Школа № ${index * 2 + 2}`, 18, (index * 11) % 40],
  ];
  const body = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => (v === '' ? '' : cell(`${String.fromCharCode(65 + c)}${i + 1}`, v))).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * An .xlsx of `count` sheets («Лист 1» …), each a small table of two schools (every `hiddenEvery`-th sheet hidden);
 * written directly (no writer's checks).
 */
export async function manySheetsWorkbook(count: number, hiddenEvery = 0): Promise<Uint8Array> {
  const zip = new JSZip();
  const range = Array.from({ length: count }, (_, i) => i);
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${range.map((i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${RNS}"><sheets>${range.map((i) => `<sheet name="Лист ${i + 1}" sheetId="${i + 1}"${hiddenEvery > 0 && i % hiddenEvery === 0 ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${range.map((i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`);
  for (const i of range) zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(i));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * many-sheets: a workbook of 5 000 sheets opened as the CLI opens it (every sheet read into a grid, the package kept
 * for the copy) — the step SheetJS's per-lookup zip search made quadratic; and `shnor analyze --json` end to end.
 */
export async function manySheets(count = 5000): Promise<{ sheets: number; readMs: number; cliMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-bench-sheets-'));
  try {
    const bytes = await manySheetsWorkbook(count);
    const t0 = performance.now();
    const workbook = await XlsxWorkbook.open(bytes, 'Много листов.xlsx');
    const grids = await workbook.readSheets((await workbook.listSheets()).map((s) => s.name));
    const readMs = Math.round(performance.now() - t0);
    if (grids.length !== count) throw new Error(`прочитано ${grids.length} листов из ${count}`);
    const file = path.join(dir, 'Много листов.xlsx');
    fs.writeFileSync(file, bytes);
    const run = runCliMeasured(['analyze', file, '--json', path.join(dir, 'result.json')]);
    if (run.code !== 0) throw new Error(`shnor analyze завершилась с кодом ${run.code}`);
    return { sheets: count, readMs, cliMs: Math.round(run.ms) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
