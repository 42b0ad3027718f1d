// Bench cases of pupil protocols: a region's ten files through the CLI (time, peak memory) and memory against rows.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { Generation, makeSchools, protocolRows, xlsxOf } from '../test/fixtures/protocols/generate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'bin', 'shnor.js');
const RSS_PRELOAD = path.join(__dirname, 'peakRss.js');

const WORKS: readonly { gen: Generation; year: number; subject: string; grade: number; max: number }[] = [
  { gen: '2020', year: 2020, subject: 'русскому языку', grade: 5, max: 45 }, { gen: '2020', year: 2020, subject: 'математике', grade: 5, max: 20 },
  { gen: '2020', year: 2020, subject: 'русскому языку', grade: 6, max: 51 }, { gen: '2020', year: 2020, subject: 'математике', grade: 6, max: 16 },
  { gen: '2021', year: 2021, subject: 'русскому языку', grade: 5, max: 45 }, { gen: '2021', year: 2021, subject: 'математике', grade: 5, max: 20 },
  { gen: '2021', year: 2021, subject: 'русскому языку', grade: 6, max: 51 }, { gen: '2021', year: 2021, subject: 'математике', grade: 6, max: 16 },
  { gen: '2021', year: 2021, subject: 'русскому языку', grade: 4, max: 38 }, { gen: '2021', year: 2021, subject: 'математике', grade: 4, max: 20 },
];

/** Writes `files` protocol files of about `rowsPerFile` pupils each (31 task columns: 40 columns in all). */
export function writeRegion(dir: string, files: number, rowsPerFile: number): { paths: string[]; rows: number } {
  const paths: string[] = [];
  let rows = 0;
  for (let i = 0; i < files; i++) {
    const w = WORKS[i % WORKS.length];
    // ≈ 22.5 pupils per school on average.
    const schools = makeSchools(100 + i, Math.max(1, Math.round(rowsPerFile / 22.5)), w.max);
    const sheet = protocolRows(w.gen, schools, 31);
    rows += sheet.length - 1;
    const file = path.join(dir, `Проведение работы по ${w.subject}, ${w.grade} класс. ВПР ${w.year}${w.gen === '2020' ? ' (осень)' : ''} №${i + 1}.xlsx`);
    fs.writeFileSync(file, xlsxOf([{ name: 'Лист1', rows: sheet }], i % 2 === 0));
    paths.push(file);
  }
  return { paths, rows };
}

/** Runs the built CLI in a child process: wall time and the child's peak resident memory. */
export function runCliMeasured(args: readonly string[]): { ms: number; peakMB: number; heapMB: number; buffersMB: number; code: number; stderrLines: number; cpuMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', RSS_PRELOAD, CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const m = /PEAK_RSS_KB (\d+) PEAK_HEAP_KB (\d+) PEAK_BUFFERS_KB (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) process.stderr.write(r.stderr ?? '');
  const mb = (i: number): number => (m ? Math.round(Number(m[i]) / 1024) : NaN);
  const stderrLines = (r.stderr ?? '').split('\n').filter((l) => l !== '' && !l.startsWith('PEAK_RSS_KB')).length;
  const cpu = /CPU_MS (\d+)/.exec(r.stderr ?? '');
  return { ms, peakMB: mb(1), heapMB: mb(2), buffersMB: mb(3), code: r.status ?? -1, stderrLines, cpuMs: cpu ? Number(cpu[1]) : NaN };
}

/** protocols-region: ten files, 250 000 pupil rows, through `shnor analyze --json`. */
export function protocolsRegion(): { rows: number; ms: number; peakMB: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-bench-protocols-'));
  try {
    const { paths, rows } = writeRegion(dir, 10, 25000);
    const run = runCliMeasured(['analyze', ...paths, '--json', path.join(dir, 'result.json')]);
    return { rows, ms: Math.round(run.ms), peakMB: run.peakMB };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * protocols-streaming: one protocol of the same 1 000 schools with 1×, 2×, 4×, 8× the pupils. The JavaScript heap stays
 * flat while the rows grow (a stream, not a sheet model); what grows is the file's own bytes held while it is read.
 */
export function protocolsStreaming(): { rows: number[]; fileMB: number[]; heapMB: number[]; buffersMB: number[]; peakMB: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-bench-stream-'));
  const out = { rows: [] as number[], fileMB: [] as number[], heapMB: [] as number[], buffersMB: [] as number[], peakMB: [] as number[] };
  try {
    const schools = makeSchools(5, 1000, 45);
    for (const k of [1, 2, 4, 8]) {
      const sheet = protocolRows('2021', Array.from({ length: k }, () => schools).flat(), 31);
      const file = path.join(dir, 'Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx');
      fs.writeFileSync(file, xlsxOf([{ name: 'Лист1', rows: sheet }]));
      const run = runCliMeasured(['analyze', file, '--json', path.join(dir, 'result.json')]);
      out.rows.push(sheet.length - 1);
      out.fileMB.push(Math.round(fs.statSync(file).size / 1048576));
      out.heapMB.push(run.heapMB);
      out.buffersMB.push(run.buffersMB);
      out.peakMB.push(run.peakMB);
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
