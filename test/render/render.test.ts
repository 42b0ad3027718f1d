// Renders a written workbook with LibreOffice (scripts/render-xlsx.sh) and checks the pages' text and colours.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { userWorkbookWithChart } from '../xlsx/fixtures';
import { sampleReport } from '../xlsx/sampleReport';

const root = path.join(__dirname, '../..');
/** poppler warns on stderr about LibreOffice's note annotation boxes; the output itself is fine. */
const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];

/** A page rendered to a raw PPM image (P6): width, height, RGB bytes. */
function pagePixels(pdf: string, page: number, dir: string): { width: number; height: number; rgb: Buffer } {
  const prefix = path.join(dir, `page${page}`);
  execFileSync('pdftoppm', ['-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], { stdio: 'ignore' });
  const data = fs.readFileSync(`${prefix}.ppm`);
  // Header: "P6\n<w> <h>\n255\n" (no comments from pdftoppm).
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a P6 image');
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

/** Pixels within `tolerance` of a "RRGGBB" colour. */
function countColor(img: { rgb: Buffer }, hex: string, tolerance = 6): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < img.rgb.length; i += 3) {
    if (Math.abs(img.rgb[i] - r) <= tolerance && Math.abs(img.rgb[i + 1] - g) <= tolerance && Math.abs(img.rgb[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

describe('rendering a written workbook with LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let pages: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-render-'));
    const wb = await XlsxWorkbook.open(await userWorkbookWithChart(), 'sample.xlsx');
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), sampleReport));
    const file = path.join(dir, 'sample.xlsx');
    fs.writeFileSync(file, await wb.toBytes());
    execFileSync('bash', [path.join(root, 'scripts/render-xlsx.sh'), file, path.join(dir, 'out')], { stdio: 'pipe' });
    pdf = path.join(dir, 'out', 'sample.pdf');
    pages = fs.readdirSync(path.join(dir, 'out')).filter((f) => /^sample-\d+\.png$/.test(f));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pageText = (page: number): string =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8', stdio: QUIET });

  const pageWith = (text: string): number => {
    for (let p = 1; p <= pages.length; p++) if (pageText(p).includes(text)) return p;
    throw new Error(`no page shows «${text}»`);
  };

  it('makes a PNG per page', () => {
    // Visible sheets: 3 user + the user's own "ШНОР 2024" + 4 output; one page each.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const png of pages) expect(fs.statSync(path.join(dir, 'out', png)).size).toBeGreaterThan(1000);
  });

  it("shows the output sheets' text, formula-looking text as text", () => {
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', stdio: QUIET });
    for (const s of ['Школы с низкими образовательными результатами, 2024', 'Гимназия «Эрудит»', '=SUM(A1)',
      '=HYPERLINK("http://x")', 'Изменение', 'Число ШНОР по годам', 'Доля «2» в районе', 'Параметр',
      'Учитывать малые выборки', 'Пользовательская диаграмма']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('31.0%');
  });

  it('paints fills and conditional formats on the ШНОР page and marks the notes', () => {
    const page = pageWith('Школы с низкими образовательными результатами');
    const img = pagePixels(pdf, page, dir);
    expect(countColor(img, 'D9E1F2')).toBeGreaterThan(200); // header fill
    expect(countColor(img, 'FFC7CE')).toBeGreaterThan(200); // доля «2» ≥ 25 %: CF fill
    expect(countColor(img, 'FFEB9C')).toBeGreaterThan(50); // "ШНОР" text rule
    // Notes are exported as PDF text annotations on their page.
    const raw = fs.readFileSync(pdf).toString('latin1');
    expect((raw.match(/\/Subtype\s*\/Text\b/g) ?? []).length).toBeGreaterThanOrEqual(sampleReport.sheets[0].notes.length + 1);
  });

  it('draws the colour scale on the Динамика page', () => {
    const img = pagePixels(pdf, pageWith('Изменение'), dir);
    expect(countColor(img, 'F8696B', 10)).toBeGreaterThan(50);
    expect(countColor(img, '63BE7B', 10)).toBeGreaterThan(50);
  });

  it('draws the charts with their series colours on the Сводка page', () => {
    const img = pagePixels(pdf, pageWith('Число ШНОР по годам'), dir);
    expect(countColor(img, '4472C4', 10)).toBeGreaterThan(300); // columns and line of the first series
    expect(countColor(img, 'ED7D31', 10)).toBeGreaterThan(100); // second series of the bar chart
  });
});
