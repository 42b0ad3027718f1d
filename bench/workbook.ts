// Bench cases of a region's workbook: the CLI end to end, the Office.js adapter's round trips on the fake Excel, and
// the task pane's first-screen script size.
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { memorySettingsStore } from '../src/app/settingsStore';
import { ExcelWorkbook } from '../src/adapters/excel/excelWorkbook';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { TaskpaneController } from '../src/taskpane/controller/taskpaneController';
import { SheetGrid } from '../src/ingest/grid';
import { createFakeExcel } from '../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../src/preview/fakeExcel/fakeWorkbook';
import { districtSheet } from './district';
import { runCliMeasured } from './protocols';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The region of the workbook cases: 1 000 schools, 3 years. */
const REGION = { schools: 1000, years: [2022, 2023, 2024], seed: 3 } as const;

function regionGrid(): SheetGrid {
  return { file: 'region.xlsx', sheet: 'Результаты', values: districtSheet(REGION), originRow: 1, originCol: 1, merges: [] };
}

/** cli-region: `shnor analyze FILE --out` on the region's workbook, wall time of the process. */
export async function cliRegion(): Promise<{ rows: number; ms: number }> {
  const grid = regionGrid();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-bench-region-'));
  try {
    const file = path.join(dir, 'Результаты региона.xlsx');
    fs.writeFileSync(file, await newWorkbookBytes([{ name: grid.sheet, values: grid.values.map((r) => [...r]) }]));
    const run = runCliMeasured(['analyze', file, '--out', path.join(dir, 'out.xlsx')]);
    if (run.code !== 0 && run.code !== 1) throw new Error(`shnor analyze завершилась с кодом ${run.code}`);
    return { rows: grid.values.length - 2, ms: Math.round(run.ms) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * office-roundtrips: the pane's run — «Выявить ШНОР»: list, read every sheet, analyse, write every output — through the
 * Office.js adapter; opening the pane (its own listing and read) is counted apart. The largest request of both.
 */
export async function officeRoundtrips(schools: number = REGION.schools): Promise<{ rows: number; syncs: number; maxRequestBytes: number; openingSyncs: number }> {
  const grid = schools === REGION.schools ? regionGrid() : { ...regionGrid(), values: districtSheet({ ...REGION, schools }) };
  const fake = createFakeExcel(FakeWorkbook.fromGrids([grid]));
  const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
  // The pane as a user drives it: open (read and recognise every sheet), then «Выявить ШНОР» (analyse, write).
  const pane = new TaskpaneController({ port, settings: memorySettingsStore(), version: 'bench', now: () => new Date(0), createWorker: () => undefined });
  await pane.start();
  const opening = fake.stats.syncs;
  await pane.run();
  const result = pane.getState().result;
  if (!result || result.sheets.length === 0) throw new Error(`панель ничего не записала: ${pane.getState().messages.map((m) => m.title).join('; ')}`);
  return { rows: grid.values.length - 2, syncs: fake.stats.syncs - opening, maxRequestBytes: Math.max(...fake.stats.requestBytes), openingSyncs: opening };
}

/** bundle: gzip of the scripts taskpane.html loads before the first screen (dist/addin, `npm run build:addin`). */
export function bundle(): { initialJsGzipBytes: number } {
  const dir = path.join(ROOT, 'dist', 'addin');
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const local = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  if (local.length === 0) throw new Error('taskpane.html не загружает ни одного скрипта');
  const bytes = local.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, src)), { level: 9 }).length, 0);
  return { initialJsGzipBytes: bytes };
}
