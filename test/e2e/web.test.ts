// Real-browser test of the browser version: dist/web/index.html opened from disk, the sample picked, «Выявить ШНОР»,
// «Скачать книгу» — the same output sheets as `shnor analyze --out`, the original sheets byte-identical, no request out.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { runCli } from '../cli/runCli';
import { gridMatrix, matrixDifferences } from './sheetValues';

const ROOT = path.join(__dirname, '../..');
const PAGE = path.join(ROOT, 'dist/web/index.html');
const SAMPLE = process.env.SHNOR_E2E_SAMPLE ?? path.join(ROOT, 'assets/sample/severo-ozersky.xlsx');
const OUT = path.join(ROOT, 'out/e2e');
// The CLI helper's clock, given to the page as ?now=.
const NOW = '2024-11-23T10:00:00.000Z';

let profile: string;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  expect(fs.existsSync(PAGE)).toBe(true);
  fs.mkdirSync(OUT, { recursive: true });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-web-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'ru-RU',
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

describe('browser version (dist/web, opened from disk)', () => {
  it('picks the sample, runs, downloads the same workbook the CLI writes, originals byte-identical, nothing sent', async () => {
    await page.goto(`file://${PAGE}?now=${encodeURIComponent(NOW)}`);
    await page.getByRole('button', { name: 'Выбрать файлы…' }).waitFor();
    await page.screenshot({ path: path.join(OUT, 'web-start.png') });
    await page.getByTestId('web-files').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Выявить ШНОР' }).waitFor();
    // Nothing to download before the run: a book without results would be a copy of the input.
    expect(await page.getByRole('button', { name: 'Скачать книгу' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Скачать справку (.docx)' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Выявить ШНОР' }).click();
    await page.getByRole('tab', { name: 'Результат', selected: true }).waitFor();
    // The bar says where the sheets are (a copy to download, not «записаны в книгу»), and no «Открыть лист» link is offered.
    await page.getByText('нажмите «Скачать книгу»', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Открыть лист/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Скачать книгу' }).isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'web-result.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать книгу' }).click()]);
    expect(download.suggestedFilename()).toBe(`${path.basename(SAMPLE, '.xlsx')} — ШНОР.xlsx`);
    const got = path.join(OUT, 'web-download.xlsx');
    await download.saveAs(got);

    const cliOut = path.join(OUT, 'web-cli.xlsx');
    const cli = await runCli(['analyze', SAMPLE, '--out', cliOut]);
    expect(cli.code).toBe(0);
    const mine = readSpreadsheet(new Uint8Array(fs.readFileSync(got)), 'web.xlsx');
    const theirs = readSpreadsheet(new Uint8Array(fs.readFileSync(cliOut)), 'cli.xlsx');
    expect(mine.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    for (const grid of theirs.grids) {
      const other = mine.grids.find((g) => g.sheet === grid.sheet);
      expect({ sheet: grid.sheet, diff: matrixDifferences(other ? gridMatrix(other) : [], gridMatrix(grid)) }).toEqual({ sheet: grid.sheet, diff: [] });
    }

    // The sample's own sheet parts are in the download byte for byte.
    const source = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    const output = await JSZip.loadAsync(fs.readFileSync(got));
    const parts = Object.keys(source.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const a = await source.file(part)?.async('uint8array');
      const b = await output.file(part)?.async('uint8array');
      expect({ part, same: a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b)) }).toEqual({ part, same: true });
    }
    // The справка of the same run, as a Word document.
    const [note] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать справку (.docx)' }).click()]);
    expect(note.suggestedFilename()).toBe(`${path.basename(SAMPLE, '.xlsx')} — справка ШНОР.docx`);
    const docx = path.join(OUT, 'web-spravka.docx');
    await note.saveAs(docx);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Аналитическая справка по результатам выявления школ');

    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
