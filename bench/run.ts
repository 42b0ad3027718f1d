// `npm run bench`: times each stage of the engine on a synthetic district of growing size (median of runs).
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { analyze } from '../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../src/core/parameters';
import { SheetGrid, RawValue } from '../src/ingest/grid';
import { ingest } from '../src/ingest/ingest';
import { buildReport } from '../src/report/buildReport';
import { planOutput } from '../src/app/planOutput';
import { XlsxWorkbook } from '../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { seededRandom } from '../src/cli/sample/district';
import { ExcelWorkbook } from '../src/adapters/excel/excelWorkbook';
import { createFakeExcel } from '../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../src/preview/fakeExcel/fakeWorkbook';
import { protocolsRegion, protocolsStreaming } from './protocols';

const SUBJECTS = ['Русский язык', 'Математика'];

/** A long table: schools × years × (ВПР 4–8, ОГЭ) × subjects, with a title line and text numbers. */
function longGrid(schools: number, years: readonly number[]): SheetGrid {
  const random = seededRandom(7);
  const values: RawValue[][] = [['Результаты оценочных процедур (синтетика)'], ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %', 'Доля «4» и «5», %']];
  for (const year of years) {
    for (let s = 0; s < schools; s++) {
      for (const grade of [4, 5, 6, 7, 8, 9]) {
        for (const subject of SUBJECTS) {
          const share = Math.round(random() * 6000) / 100;
          values.push([year, `МБОУ «Школа № ${s + 1}»`, grade === 9 ? 'ОГЭ' : 'ВПР', grade, subject, 5 + Math.floor(random() * 60), s % 3 === 0 ? String(share).replace('.', ',') : share, Math.round(random() * 8000) / 100]);
        }
      }
    }
  }
  return { file: 'bench.xlsx', sheet: 'Результаты', values, originRow: 1, originCol: 1, merges: [] };
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const samples: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), value: value as T };
}

async function main(): Promise<void> {
  const rows: Record<string, number | string>[] = [];
  for (const schools of [100, 1000, 3000]) {
    const grid = longGrid(schools, [2022, 2023, 2024]);
    const runs = schools >= 3000 ? 3 : 5;
    const ing = await time(runs, () => ingest([grid]));
    const ana = await time(runs, () => analyze(ing.value.dataset, DEFAULT_PARAMETERS));
    const rep = await time(runs, () => buildReport(ana.value, { generatedAt: new Date(0), version: 'bench', files: ['bench.xlsx'], sources: ing.value.sheets }));
    const input = await newWorkbookBytes([{ name: 'Результаты', values: grid.values.map((r) => [...r]) }]);
    const write = await time(1, async () => {
      const wb = await XlsxWorkbook.open(input, 'bench.xlsx');
      await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), rep.value));
      return (await wb.toBytes()).length;
    });
    // The Office.js adapter over the fake Excel API: round trips and request sizes grow slowly, not per cell.
    const office = await time(1, async () => {
      const fake = createFakeExcel(FakeWorkbook.fromGrids([grid]));
      const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
      await port.readSheets(['Результаты']);
      await port.writeOutput(planOutput(await port.listSheets(), await port.readTracked(), rep.value));
      return { syncs: fake.stats.syncs, maxRequest: Math.max(...fake.stats.requestBytes) };
    });
    rows.push({
      schools,
      rows: grid.values.length - 2,
      results: ing.value.dataset.results.length,
      'ingest ms': Math.round(ing.ms),
      'analyze ms': Math.round(ana.ms),
      'report ms': Math.round(rep.ms),
      'xlsx write ms': Math.round(write.ms),
      'output KiB': Math.round(write.value / 1024),
      'Office.js read+write ms': Math.round(office.ms),
      'syncs': office.value.syncs,
      'max request KiB': Math.round(office.value.maxRequest / 1024),
    });
  }
  console.table(rows);
  // Pupil protocols through the built CLI (`npm run build:cli` first): a region's ten files, and memory against rows.
  const region = protocolsRegion();
  console.log(`protocols-region: ${region.rows} строк учеников в 10 файлах — ${region.ms} мс, пик памяти ${region.peakMB} МБ`);
  const streaming = protocolsStreaming();
  console.table(streaming.rows.map((r, i) => ({ rows: r, 'file MB': streaming.fileMB[i], 'heap MB': streaming.heapMB[i], 'buffers MB': streaming.buffersMB[i], 'peak RSS MB': streaming.peakMB[i] })));
  const outDir = path.resolve(__dirname, '..', '..', '..', 'out');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, protocolsRegion: region, protocolsStreaming: streaming }, null, 2));
  console.log(`Записано: ${path.join(outDir, 'bench.json')}`);
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
