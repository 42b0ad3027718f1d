// The printed ШНОР list (LibreOffice → PDF), on the sample and on a generated region of 600+ schools in several
// municipalities: text of at least 8 pt on paper, every school name whole, grouping by municipality; «Динамика» and
// «Когорты» each under their own header; the written workbook opens on the list.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { sampleWorkbookBytes } from '../../src/cli/sample/generateSample';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { analyzeAndReport, inspectWorkbook } from '../../src/app/pipeline';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { printScale } from '../../src/report/printSetup';
import { SheetSpec } from '../../src/report/model';
import { regionWorkbookBytes } from '../fixtures/region/regionWorkbook';

const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];
const NOW = new Date('2024-11-23T10:00:00Z');
/** Height of a word's box in em: ascent + descent of the fonts LibreOffice prints with (DejaVu Sans 1,16; Carlito 1,22). */
const EM_BOX = 1.22;

interface Word { readonly text: string; readonly x: number; readonly y: number; readonly height: number }
interface Page { readonly text: string; readonly words: readonly Word[] }

function renderPdf(xlsx: string, dir: string): Page[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore' });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  // Kept for a person to look at (RENDER_KEEP=dir).
  if (process.env.RENDER_KEEP) fs.copyFileSync(pdf, path.join(process.env.RENDER_KEEP, path.basename(pdf)));
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', stdio: QUIET, maxBuffer: 512 * 1024 * 1024 });
  const unescape = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return html.split('<page ').slice(1).map((chunk) => {
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ text: unescape(m[4]), x: Number(m[1]), y: Number(m[2]), height: Number(m[3]) - Number(m[2]) }));
    return { words, text: words.map((w) => w.text).join(' ') };
  });
}

/** Font size on paper of the smallest body word of a page (footer excluded: the lowest line). */
function smallestPoints(page: Page): number {
  const footer = page.words.reduce((m, w) => Math.max(m, w.y), 0);
  const body = page.words.filter((w) => w.y < footer - 2 && /[А-Яа-яЁё]{3,}/.test(w.text));
  return body.reduce((m, w) => Math.min(m, w.height / EM_BOX), Infinity);
}

/** Every word of every name is printed whole somewhere on the pages (a cut name loses its last letters or words). */
function missingNames(pages: readonly Page[], names: readonly string[]): string[] {
  const printed = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
  return names.filter((n) => n.split(/\s+/).some((word) => !printed.has(word)));
}

/** Every word of `text` is printed on the page (header cells wrap, so their words are not in reading order). */
function hasWords(page: Page, text: string): boolean {
  const printed = new Set(page.words.map((w) => w.text));
  return text.split(/\s+/).every((w) => printed.has(w));
}

const ownPages = (pages: readonly Page[], title: string): Page[] => pages.filter((p) => p.text.includes(title) && /Стр\. \d+ из \d+/.test(p.text));

describe('the sample district, printed', () => {
  let dir: string;
  let out: string;
  let pages: Page[];
  let names: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-list-'));
    const input = path.join(dir, 'district.xlsx');
    fs.writeFileSync(input, await sampleWorkbookBytes());
    out = path.join(dir, 'annotated.xlsx');
    let json = '';
    const code = await main(['analyze', input, '--out', out, '--json', '-'], { stdout: (t) => { json += t; }, stderr: () => undefined, now: () => NOW });
    expect(code).toBe(0);
    names = (JSON.parse(json) as { schools: { name: string }[] }).schools.map((s) => s.name);
    pages = renderPdf(out, dir);
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens on the ШНОР sheet (the CLI\'s --out)', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const active = Number(/activeTab="(\d+)"/.exec(workbook)?.[1] ?? -1);
    expect(sheets[active]).toBe('ШНОР 2024');
  });

  it('prints the list one page across with text of at least 8 pt and every school name whole', () => {
    const list = ownPages(pages, 'Перечень ШНОР на 2024 г.');
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(hasWords(p, '№ Образовательная организация Статус Критерии Движение по списку Низкие результаты Кураторы')).toBe(true);
      // The procedure matrix is for the screen: no page of the list prints it.
      expect(p.text).not.toMatch(/ВПР-5 русский язык 2024/);
      expect(smallestPoints(p)).toBeGreaterThanOrEqual(8);
    }
    expect(names.length).toBe(15);
    expect(missingNames(list, names)).toEqual([]);
  });

  it('prints «Динамика» and «Когорты» each under its own header, never the other\'s', () => {
    const dynamics = ownPages(pages, 'Динамика доли «2» по школам и процедурам');
    const cohorts = ownPages(pages, 'Когорты: один и тот же класс по годам');
    expect(dynamics.length).toBeGreaterThan(1);
    expect(cohorts.length).toBeGreaterThan(0);
    for (const p of dynamics) {
      expect(hasWords(p, 'Образовательная организация Статус Процедура Изменение, п.п. Направление')).toBe(true);
      expect(hasWords(p, 'Предмет')).toBe(false);
      expect(smallestPoints(p)).toBeGreaterThanOrEqual(8);
    }
    for (const p of cohorts) {
      expect(hasWords(p, 'Образовательная организация Предмет Процедура 1 Доля «2» 1')).toBe(true);
      expect(hasWords(p, 'Статус')).toBe(false);
    }
  });
});

describe('a region of 600+ schools in several municipalities, printed', () => {
  let dir: string;
  let pages: Page[];
  let shnor: SheetSpec;
  let names: string[];
  let municipalities: Set<string>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-region-'));
    const port = await XlsxWorkbook.open(await regionWorkbookBytes({ schools: 700 }), 'Результаты региона.xlsx');
    const inspection = await inspectWorkbook(port);
    const { analysis, report } = analyzeAndReport(inspection.ingest, { parameters: DEFAULT_PARAMETERS, now: NOW, version: 'test' });
    names = analysis.identification.verdicts.map((v) => v.name);
    municipalities = new Set(analysis.dataset.schools.map((s) => s.municipality ?? ''));
    shnor = report.sheets[0];
    // Only the list is printed here (the region's other sheets run to hundreds of pages).
    const book = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['—']] }]), 'region.xlsx');
    await book.writeOutput({ remove: [], add: [{ name: shnor.name, spec: shnor }] });
    const file = path.join(dir, 'region.xlsx');
    fs.writeFileSync(file, await book.toBytes());
    pages = renderPdf(file, dir);
  }, 600_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has the region: 600+ schools in more than one municipality', () => {
    expect(names.length).toBeGreaterThanOrEqual(600);
    expect(municipalities.size).toBeGreaterThan(5);
  });

  it('writes a scale of at least 70 %, so 11 pt prints at 7,7 pt or more (Excel), and LibreOffice prints ≥ 8 pt', () => {
    expect(shnor.print?.pagesWide).toBe(1);
    expect(printScale(shnor)).toBeGreaterThanOrEqual(0.7);
    const list = ownPages(pages, 'Перечень ШНОР на 2024 г.');
    expect(list.length).toBeGreaterThan(10);
    for (const p of list) expect(smallestPoints(p)).toBeGreaterThanOrEqual(8);
  });

  it('prints the municipality column and a count line per municipality, and every school name whole', () => {
    const list = ownPages(pages, 'Перечень ШНОР на 2024 г.');
    for (const p of list) expect(hasWords(p, 'Образовательная организация Муниципалитет Статус Кураторы')).toBe(true);
    const text = list.map((p) => p.text).join(' ');
    for (const m of municipalities) expect([m, text.includes(`${m} — `)]).toEqual([m, true]);
    expect(missingNames(list, names)).toEqual([]);
  });
});
