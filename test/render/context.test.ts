// The «Контекст» sheet of the bundled sample rendered by LibreOffice: the table's text and the scatter chart's markers and line.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { analyzeAndReport } from '../../src/app/pipeline';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { ingest } from '../../src/ingest/ingest';

const root = path.join(__dirname, '../..');
const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];
/** Where the PNG stays for a person to look at (and for the README's picture). */
const KEEP = path.join(root, 'out', 'render-context');

function countColor(rgb: Buffer, hex: string, tolerance = 12): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) if (Math.abs(rgb[i] - r) <= tolerance && Math.abs(rgb[i + 1] - g) <= tolerance && Math.abs(rgb[i + 2] - b) <= tolerance) n++;
  return n;
}

describe('the «Контекст» sheet in LibreOffice', () => {
  let pdf: string;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-context-'));
    const file = readSpreadsheet(new Uint8Array(fs.readFileSync(path.join(root, 'assets/sample/severo-ozersky.xlsx'))), 'severo-ozersky.xlsx');
    const { report } = analyzeAndReport(ingest(file.grids), { parameters: DEFAULT_PARAMETERS, now: new Date(2024, 10, 1), version: 'render' });
    const context = report.sheets.filter((s) => s.kind === 'context');
    expect(context).toHaveLength(1);
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['—']] }]), 'context.xlsx');
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), { sheets: context }));
    const xlsx = path.join(dir, 'context.xlsx');
    fs.writeFileSync(xlsx, await wb.toBytes());
    execFileSync('bash', [path.join(root, 'scripts/render-xlsx.sh'), xlsx, path.join(dir, 'out')], { stdio: 'pipe' });
    pdf = path.join(dir, 'out', 'context.pdf');
    fs.mkdirSync(KEEP, { recursive: true });
    for (const f of fs.readdirSync(path.join(dir, 'out'))) fs.copyFileSync(path.join(dir, 'out', f), path.join(KEEP, f));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pageOf = (text: string): number => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    for (let p = 1; p <= pages; p++) {
      if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8', stdio: QUIET }).includes(text)) return p;
    }
    throw new Error(`no page shows «${text}»`);
  };

  it('shows the method, the fit, the groups and the resilient school', () => {
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', stdio: QUIET });
    for (const s of ['Результаты с учётом социальных условий', 'методу наименьших квадратов по 15 школам', 'R²', 'резильентная',
      'низкие результаты не объясняются условиями', 'Берёзовская СОШ', 'Доля «2» и социальный индекс школ']) expect(text).toContain(s);
  });

  it('draws the scatter: red triangles (хуже ожидаемого), green diamonds (резильентные), grey points, the blue line', () => {
    const page = pageOf('Доля «2» и социальный индекс школ');
    const prefix = path.join(dir, 'chart');
    execFileSync('pdftoppm', ['-r', '150', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], { stdio: 'ignore' });
    const data = fs.readFileSync(`${prefix}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
    const rgb = data.subarray(header?.[0].length ?? 0);
    expect(countColor(rgb, 'C00000')).toBeGreaterThan(20);
    expect(countColor(rgb, '00B050')).toBeGreaterThan(5);
    expect(countColor(rgb, '7F7F7F')).toBeGreaterThan(20);
    expect(countColor(rgb, '1F4E79')).toBeGreaterThan(20);
  });
});
