// Real-browser test: the preview page runs the real task pane over the fake Excel and writes what the CLI engine writes.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { RunResult, runAnalysis } from '../../src/app/pipeline';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { RawValue } from '../../src/ingest/grid';
import type { PreviewGlobal } from '../../src/preview/previewGlobal';
import { StaticServer, serveStatic } from './staticServer';
import { Matrix, gridMatrix, matrixDifferences, trimMatrix } from './sheetValues';
import { makeSchools, protocolRows, xlsxOf } from '../fixtures/protocols/generate';

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/addin');
// The workbook the page opens by default (bundled); SHNOR_E2E_SAMPLE names another copy of it for trial builds.
const SAMPLE = process.env.SHNOR_E2E_SAMPLE ?? path.join(ROOT, 'assets/sample/severo-ozersky.xlsx');
const OUT = path.join(ROOT, 'out/e2e');
const NOW = '2024-11-23T10:00:00Z';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const OFFICE_CDN = 'appsforoffice.microsoft.com';

interface ChartDump {
  readonly title: string;
  readonly series: readonly string[];
}

interface SheetDump {
  readonly name: string;
  readonly values: readonly (readonly RawValue[])[];
  readonly formulas: number;
  readonly charts: readonly ChartDump[];
}

let server: StaticServer;
let profile: string;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const officeJsAnswered: string[] = [];
const consoleErrors: string[] = [];
let sourceSheets: string[] = [];
/** Steps done so far: a later step fails at once (instead of waiting out its timeouts) when an earlier one failed. */
let stepsDone = 0;
const after = (step: number): void => {
  if (stepsDone < step) throw new Error(`step ${step} did not complete: see the first failure above`);
};
let engine: { result: RunResult; sheets: { name: string; values: Matrix }[] };

/** What the CLI engine writes for the sample in node: runAnalysis over XlsxWorkbook, read back from the saved bytes. */
async function engineOutput(): Promise<typeof engine> {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  // Inside Excel the workbook is the file: no file name, as the task pane sees it.
  const workbook = await XlsxWorkbook.open(bytes, '');
  const result = await runAnalysis(workbook, { parameters: DEFAULT_PARAMETERS, now: new Date(NOW), version: VERSION, files: [] });
  const written = readSpreadsheet(await workbook.toBytes(), 'engine.xlsx');
  const sheets = result.plan.add.map(({ name }) => {
    const grid = written.grids.find((g) => g.sheet === name);
    if (!grid) throw new Error(`The engine's output has no sheet «${name}»`);
    return { name, values: gridMatrix(grid) };
  });
  return { result, sheets };
}

async function dumpPreviewSheets(): Promise<SheetDump[]> {
  return page.evaluate(() => {
    const state = (window as unknown as { __shnorPreview: PreviewGlobal }).__shnorPreview;
    return state.workbook.sheetNames().map((name) => {
      const snapshot = state.workbook.getSheetSnapshot(name);
      return {
        name,
        values: snapshot.values.map((row) => row.map((v) => v)),
        formulas: snapshot.formulas.flat().filter((f) => f !== null).length,
        charts: snapshot.charts.map((c) => ({ title: c.title ?? '', series: c.series.map((s) => s.name) })),
      };
    });
  });
}

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(OUT, name) });
const pane = (): ReturnType<Page['locator']> => page.locator('#taskpane-root');
const grid = (): ReturnType<Page['locator']> => page.locator('#workbook-root');

beforeAll(async () => {
  expect(fs.existsSync(path.join(DIST, 'preview.html'))).toBe(true);
  fs.mkdirSync(OUT, { recursive: true });
  engine = await engineOutput();
  sourceSheets = readSpreadsheet(new Uint8Array(fs.readFileSync(SAMPLE)), 'severo-ozersky.xlsx').sheets.map((s) => s.name);
  server = await serveStatic(DIST);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'ru-RU',
    // The same zone as node, so the run's time is written alike on both sides.
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    if (url.hostname === OFFICE_CDN) {
      officeJsAnswered.push(url.href);
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    }
    outside.push(url.href);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

describe('browser preview (real task pane over the fake Excel)', () => {
  it('opens the bundled sample and lists its sheets in the task pane', async () => {
    await page.goto(`${server.origin}/preview.html?now=${encodeURIComponent(NOW)}`);
    await expect(page.title()).resolves.toBe('ШНОР — предварительный просмотр (без Excel)');
    expect(sourceSheets.length).toBeGreaterThan(0);
    // Either the task pane lists the sheets or the page says why it could not open the workbook.
    const failure = grid().getByRole('alert');
    await pane().getByText(sourceSheets[0]).first().or(failure).first().waitFor();
    if (await failure.isVisible()) throw new Error(`the preview could not open the sample: ${await failure.innerText()}`);
    for (const name of sourceSheets) await pane().getByText(name, { exact: false }).first().waitFor();
    // The grid shows the workbook's sheets as tabs, the first one drawn.
    const tabs = await grid().getByRole('tab').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-sheet')));
    expect(tabs).toEqual(sourceSheets);
    await shot('01-sources.png');
    stepsDone = 1;
  });

  it('shows the default threshold of 30 on the Правила tab', async () => {
    after(1);
    await pane().getByRole('tab', { name: 'Правила' }).click();
    const threshold = pane().getByRole('spinbutton', { name: /порог/i }).or(pane().getByLabel(/порог/i)).first();
    await expect(threshold.inputValue()).resolves.toBe('30');
    await shot('02-rules.png');
    stepsDone = 2;
  });

  it('runs «Выявить ШНОР», shows the counts and redraws the grid with the new sheets', async () => {
    after(2);
    await pane().getByRole('button', { name: 'Выявить ШНОР' }).click();
    const shnorSheet = engine.result.plan.add.find((a) => a.spec.kind === 'shnor')?.name ?? '';
    await grid().getByRole('tab', { name: shnorSheet, exact: true }).waitFor({ timeout: 60000 });
    await pane().getByText(/зона риска/i).first().waitFor();
    const shnorCount = engine.result.analysis.identification.verdicts.filter((v) => v.status === 'shnor').length;
    await expect(pane().innerText()).resolves.toContain(String(shnorCount));
    // Office.js rules: every request under 4 MB, none refused, a handful of syncs rather than one per cell.
    const stats = await page.evaluate(() => {
      const { runs, syncs, maxRequestBytes, oversizeSyncs } = (window as unknown as { __shnorPreview: PreviewGlobal }).__shnorPreview.stats;
      return { runs, syncs, maxRequestBytes, oversizeSyncs };
    });
    fs.writeFileSync(path.join(OUT, 'office-stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
    expect(stats.oversizeSyncs).toBe(0);
    expect(stats.maxRequestBytes).toBeLessThan(4_000_000);
    expect(stats.syncs).toBeLessThan(100);
    await grid().getByTestId('office-stats').getByText(`синхронизаций: ${stats.syncs}`, { exact: false }).waitFor();
    await shot('03-result.png');
    stepsDone = 3;
  });

  it('draws the ШНОР sheet with its notes and colours', async () => {
    after(3);
    const shnor = engine.result.plan.add.find((a) => a.spec.kind === 'shnor');
    if (!shnor) throw new Error('the engine wrote no ШНОР sheet');
    await grid().getByRole('tab', { name: shnor.name, exact: true }).click();
    await grid().getByRole('tabpanel', { name: shnor.name }).waitFor();
    const noted = await grid().locator('td[data-note]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cell')));
    expect(noted.sort()).toEqual(shnor.spec.notes.map((n) => n.cell).sort());
    await shot('04-shnor-sheet.png');
  });

  it('holds exactly the sheets and values the CLI engine writes', async () => {
    after(3);
    const dumped = await dumpPreviewSheets();
    const expectedNames = [...sourceSheets, ...engine.sheets.map((s) => s.name)];
    expect(dumped.map((s) => s.name)).toEqual(expectedNames);
    for (const expected of engine.sheets) {
      const actual = dumped.find((s) => s.name === expected.name);
      expect(actual?.formulas).toBe(0);
      const differences = matrixDifferences(trimMatrix(actual?.values ?? []), expected.values);
      expect({ sheet: expected.name, differences }).toEqual({ sheet: expected.name, differences: [] });
    }
  });

  it('holds the charts the report asks for, series by series', async () => {
    after(3);
    const dumped = await dumpPreviewSheets();
    for (const { name, spec } of engine.result.plan.add) {
      const charts = dumped.find((s) => s.name === name)?.charts ?? [];
      expect({ sheet: name, charts }).toEqual({ sheet: name, charts: spec.charts.map((c) => ({ title: c.title, series: c.series.map((s) => s.name) })) });
    }
  });

  it('downloads the workbook as .xlsx with the same sheets', async () => {
    after(3);
    const [download] = await Promise.all([page.waitForEvent('download'), grid().getByRole('button', { name: 'Скачать .xlsx' }).click()]);
    const file = path.join(OUT, 'preview-download.xlsx');
    await download.saveAs(file);
    const saved = readSpreadsheet(new Uint8Array(fs.readFileSync(file)), 'preview-download.xlsx');
    expect(saved.sheets.map((s) => s.name)).toEqual([...sourceSheets, ...engine.sheets.map((s) => s.name)]);
    for (const expected of engine.sheets) {
      const got = saved.grids.find((g) => g.sheet === expected.name);
      expect(matrixDifferences(got ? gridMatrix(got) : [], expected.values)).toEqual([]);
    }
  });

  it('opens a local .xlsx the user picks and mounts a fresh task pane over it', async () => {
    after(1);
    const file = path.join(ROOT, '../shared/examples/wide.xlsx');
    const expected = readSpreadsheet(new Uint8Array(fs.readFileSync(file)), 'wide.xlsx').sheets.map((s) => s.name);
    await grid().locator('input[type=file]').setInputFiles(file);
    await grid().getByTestId('source-name').getByText('wide.xlsx').waitFor();
    const tabs = await grid().getByRole('tab').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-sheet')));
    expect(tabs).toEqual(expected);
    await pane().getByText(expected[0]).first().waitFor();
    await expect(page.evaluate(() => (window as unknown as { __shnorPreview: PreviewGlobal }).__shnorPreview.source)).resolves.toBe('wide.xlsx');
  });

  it('«Добавить файлы…» reads a pupil protocol the user picks into the sheet «Результаты из протоколов»', async () => {
    after(1);
    const file = path.join(OUT, 'Проведение работы по математике, 5 класс. ВПР 2021.xlsx');
    fs.writeFileSync(file, xlsxOf([{ name: 'Лист1', rows: protocolRows('2021', makeSchools(3, 40, 20)) }]));
    await pane().getByRole('button', { name: 'Добавить файлы…' }).waitFor();
    await pane().getByTestId('add-files-input').setInputFiles(file);
    await pane().getByText('Добавлен лист «Результаты из протоколов»').waitFor();
    const names = await page.evaluate(() => (window as unknown as { __shnorPreview: PreviewGlobal }).__shnorPreview.workbook.sheetNames());
    expect(names).toContain('Результаты из протоколов');
    const table = await page.evaluate(() => (window as unknown as { __shnorPreview: PreviewGlobal }).__shnorPreview.workbook.getSheetSnapshot('Результаты из протоколов').values);
    expect(table[0].slice(0, 3)).toEqual(['ОО', 'Муниципалитет', 'Год']);
    expect(table).toHaveLength(41);
    await shot('pane-protocols-added.png');
    await grid().locator('[data-sheet="Результаты из протоколов"]').click();
    await shot('grid-protocol-results.png');
  });

  it('asked nothing of the network and logged no errors', () => {
    expect(outside).toEqual([]);
    expect(officeJsAnswered).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
