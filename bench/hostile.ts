// Bench cases of issue 21 — sizes a received workbook can reach: 10 000 schools with no municipality known (ingest and
// the whole analysis, partners included, in process), 2 000 names differing only in type words and 100 cells of 32 767 characters
// (both through the CLI). Each must stay well under 10 s.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { analyze } from '../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../src/core/parameters';
import { RawValue } from '../src/ingest/grid';
import { ingest } from '../src/ingest/ingest';
import { runCliMeasured } from './protocols';

const HEADER: readonly RawValue[] = ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %'];
const EXCEL_MAX_TEXT = 32767;

/** CPU time of this process since `from` (process.cpuUsage()), in milliseconds: the work, not the wait on a busy machine. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return Math.round((u.user + u.system) / 1000);
}

/**
 * 10 000 ordinary schools in one sheet with no municipality column: ВПР in two subjects over two years, one school in
 * twelve weak (ШНОР), some borderline — every ШНОР school's partners are looked for among all the others.
 */
function schoolsSheet(count: number): RawValue[][] {
  const rows: RawValue[][] = [[...HEADER]];
  for (let i = 0; i < count; i++) {
    const type = i % 10 < 7 ? 'СОШ' : i % 10 < 9 ? 'ООШ' : 'НОШ';
    const base = i % 12 === 0 ? 38 : i % 5 === 0 ? 18 : 4 + (i % 7);
    for (const year of [2023, 2024]) {
      for (const subject of ['Русский язык', 'Математика']) rows.push([year, `МБОУ «${type} № ${i + 1}»`, 'ВПР', 5, subject, 20 + (i % 40), base + (year - 2023) * 2]);
    }
  }
  return rows;
}

/** schools-10000: 10 000 schools, no municipality known — ingest, then analyze() (partners included). */
export function schools10000(): {
  schools: number; rows: number; ingestMs: number; ingestCpuMs: number; analyzeMs: number; analyzeCpuMs: number; shnor: number;
} {
  const values = schoolsSheet(10000);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ingested = ingest([{ file: 'region.xlsx', sheet: 'Результаты', values, originRow: 1, originCol: 1, merges: [] }]);
  const t1 = performance.now();
  const ingestCpuMs = cpuSince(c0);
  const c1 = process.cpuUsage();
  const analysis = analyze(ingested.dataset, DEFAULT_PARAMETERS);
  const t2 = performance.now();
  if (ingested.dataset.schools.some((s) => s.municipality !== undefined)) throw new Error('в данных остался муниципалитет');
  return {
    schools: ingested.dataset.schools.length, rows: values.length - 1, ingestMs: Math.round(t1 - t0), ingestCpuMs,
    analyzeMs: Math.round(t2 - t1), analyzeCpuMs: cpuSince(c1), shnor: analysis.partners?.size ?? 0,
  };
}

/** Runs `shnor analyze FILE --json OUT --out OUT.xlsx` on a workbook of the given rows. */
async function cliOn(name: string, rows: RawValue[][]): Promise<{ ms: number; cpuMs: number; code: number; stderrLines: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shnor-bench-${name}-`));
  try {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, await newWorkbookBytes([{ name: 'Итоги', values: rows }]));
    const run = runCliMeasured(['analyze', file, '--json', path.join(dir, 'result.json'), '--out', path.join(dir, 'out.xlsx')]);
    if (run.code !== 0 && run.code !== 1) throw new Error(`shnor analyze завершилась с кодом ${run.code}`);
    return { ms: Math.round(run.ms), cpuMs: run.cpuMs, code: run.code, stderrLines: run.stderrLines };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 2 000 distinct names «Лесная» + type words in every order (no word twice in a row). */
export function typeWordNames(count: number): string[] {
  const types = ['СОШ', 'ООШ', 'НОШ', 'СШ', 'ОШ', 'школа'];
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const words: string[] = [];
    for (let k = i; k > 0; k = Math.floor(k / types.length)) words.push(types[k % types.length]);
    if (words.every((w, j) => j === 0 || w !== words[j - 1])) out.push(`Лесная ${words.join(' ')}`);
  }
  return out;
}

/** similar-2000: 2 000 names that differ only in type words — one «возможно, одна школа» group, not 1 999 000 pairs. */
export async function similar2000(): Promise<{ names: number; ms: number; cpuMs: number; stderrLines: number }> {
  const names = typeWordNames(2000);
  const rows = [[...HEADER], ...names.map((n, i) => [2024, n, 'ВПР', 5, 'Русский язык', 20, i % 7 === 0 ? 40 : 10] as RawValue[])];
  const run = await cliOn('similar-2000', rows);
  return { names: names.length, ms: run.ms, cpuMs: run.cpuMs, stderrLines: run.stderrLines };
}

/** long-cells-100: 100 name cells of 32 767 characters of a word the name shortener looks for, and 3 such headers. */
export async function longCells100(): Promise<{ cells: number; ms: number; cpuMs: number }> {
  const words = ['средн', 'средн общ образ ', 'Муниципальное ', 'основн\u200B', 'edu1|'];
  const long = (i: number): string => `${i} ${words[i % words.length].repeat(EXCEL_MAX_TEXT)}`.slice(0, EXCEL_MAX_TEXT);
  const rows: RawValue[][] = [[...HEADER, long(1000), long(1001), long(1002)]];
  for (let i = 0; i < 97; i++) rows.push([2024, long(i), 'ВПР', 5, 'Русский язык', 20, 10, null, null, null]);
  rows.push([2024, 'Лесная СОШ', 'ВПР', 5, 'Русский язык', 20, 40, null, null, null]);
  const run = await cliOn('long-cells-100', rows);
  return { cells: 100, ms: run.ms, cpuMs: run.cpuMs };
}
