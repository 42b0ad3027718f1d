// The справка of a generated region (640 schools, 11 municipalities) printed by LibreOffice, as the «Справка» sheet
// and as .docx: A4 portrait, the main text (up to «Приложение 1») within about 8 pages, the appendices after it,
// the sheet's and the document's text alike; pages kept under $SHNOR_RENDER_KEEP when set (for looking at them).
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { noteDocxBytes } from '../../src/adapters/docx/noteDocx';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { buildNote } from '../../src/report/note/buildNote';
import { buildNoteSheet } from '../../src/report/note/noteSheet';
import { withPrint } from '../../src/report/printSetup';
import { userWorkbookWithChart } from '../xlsx/fixtures';
import { NOTE_NOW, regionAnalysis } from '../report/noteRegion';

const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];

interface Page { readonly text: string; readonly width: number; readonly height: number }

function toPdf(file: string, dir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-lo-note-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore' });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
}

function pagesOf(pdf: string): Page[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8', stdio: QUIET });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', stdio: QUIET, maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return sizes.map((s, i) => ({ ...s, text: text[i] ?? '' }));
}

/** Pages before the one that starts «Приложение 1». */
const mainPages = (pages: readonly Page[]): number => pages.findIndex((p) => /Приложение\s+1\./.test(p.text));

describe('the справка of a region printed (LibreOffice → PDF)', () => {
  let dir: string;
  let sheetPages: Page[];
  let docxPages: Page[];

  beforeAll(async () => {
    dir = process.env.SHNOR_RENDER_KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-note-render-'));
    fs.mkdirSync(dir, { recursive: true });
    const settings = { organ: 'Министерство образования области', addressee: 'Заместителю министра образования', position: 'Начальник отдела мониторинга', executor: 'П. П. Петрова' };
    const note = buildNote(regionAnalysis(), NOTE_NOW, settings);
    const docx = path.join(dir, 'region-note-word.docx');
    fs.writeFileSync(docx, await noteDocxBytes(note));
    const wb = await XlsxWorkbook.open(await userWorkbookWithChart(), 'region.xlsx');
    const sheet = withPrint(buildNoteSheet(note), 'Аналитическая справка, ШНОР 2024 г.', '23.11.2024');
    const plan = planOutput(await wb.listSheets(), await wb.readTracked(), { sheets: [sheet], note });
    await wb.writeOutput(plan);
    // Only the справка: the user's sheets go, so that the PDF holds the note alone.
    const xlsx = path.join(dir, 'region-note.xlsx');
    fs.writeFileSync(xlsx, await wb.toBytes());
    execFileSync('python3', ['-c', DROP_OTHER_SHEETS, xlsx], { stdio: 'ignore' });
    sheetPages = pagesOf(toPdf(xlsx, dir));
    process.stderr.write(`справка: sheet ${sheetPages.length} pages (main ${mainPages(sheetPages)}), `);
    docxPages = pagesOf(toPdf(docx, dir));
    process.stderr.write(`.docx ${docxPages.length} pages (main ${mainPages(docxPages)})\n`);
  }, 600_000);

  afterAll(() => {
    if (!process.env.SHNOR_RENDER_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the .docx on A4 portrait, the main text within about 8 pages, then the appendices', () => {
    expect(docxPages.every((p) => Math.abs(p.width - 595) < 3 && Math.abs(p.height - 842) < 3)).toBe(true);
    const main = mainPages(docxPages);
    expect(main).toBeGreaterThan(0);
    expect(main).toBeLessThanOrEqual(8);
    expect(docxPages[0].text).toContain('Министерство образования области');
    expect(docxPages.slice(0, main).map((p) => p.text).join('\n')).toMatch(/Выводы и предложения[\s\S]*П\. П\. Петрова/);
  });

  it('prints the sheet on A4 portrait, its main text within about 8 pages too', () => {
    expect(sheetPages.every((p) => Math.abs(p.width - 595) < 3 && Math.abs(p.height - 842) < 3)).toBe(true);
    const main = mainPages(sheetPages);
    expect(main).toBeGreaterThan(0);
    expect(main).toBeLessThanOrEqual(9);
    expect(sheetPages[0].text).toContain('Министерство образования области');
  });

  it('starts every appendix on a new page in the sheet, as in the .docx', () => {
    const starts = (pages: readonly Page[]): string[] => pages.flatMap((p) => {
      const first = p.text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      return /^Приложение \d+\./.test(first) ? [first.replace(/\s+/g, ' ')] : [];
    });
    const headings = (pages: readonly Page[]): number => pages.reduce((n, p) => n + (p.text.match(/^\s*Приложение \d+\./gm) ?? []).length, 0);
    expect(headings(sheetPages)).toBeGreaterThanOrEqual(3);
    expect(starts(sheetPages)).toHaveLength(headings(sheetPages));
    expect(starts(sheetPages).map((t) => t.slice(0, 14))).toEqual(starts(docxPages).map((t) => t.slice(0, 14)));
  });
});

/** Removes every sheet but «Справка» from a written workbook (openpyxl-free: edits workbook.xml's sheet list). */
const DROP_OTHER_SHEETS = String.raw`
import sys, zipfile, re, shutil
src = sys.argv[1]
tmp = src + '.tmp'
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'xl/workbook.xml':
            text = data.decode('utf-8')
            text = re.sub(r'<sheet [^>]*name="(?!Справка")[^"]*"[^>]*/>', '', text)
            text = re.sub(r'<definedNames>.*?</definedNames>', '', text, flags=re.S)
            text = re.sub(r'activeTab="\d+"', 'activeTab="0"', text)
            data = text.encode('utf-8')
        zout.writestr(item, data)
shutil.move(tmp, src)
`;
