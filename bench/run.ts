// `npm run bench [-- --json FILE]`: the cases of issue 11 — the engine against DuckDB at the country's scale, growth
// with size, the CLI on a region, pupil protocols, Office.js round trips, the task pane's first script — as a table,
// and as {"cases":[…]} in FILE (default out/bench.json). `--only a,b` runs only the cases named (e.g. `--only
// schools-10000,similar-2000,long-cells-100`).
import fs from 'fs';
import os from 'os';
import path from 'path';
import { engineFederal, engineScaling } from './engine';
import { protocolsRegion } from './protocols';
import { objectivityRegion } from './objectivity';
import { longCells100, schools10000, similar2000 } from './hostile';
import { manySheets } from './sheets';
import { contextRegion } from './context';
import { bundle, cliRegion, officeRoundtrips } from './workbook';

interface Case {
  readonly name: string;
  readonly [field: string]: unknown;
}

function jsonTarget(argv: readonly string[]): string {
  const i = argv.indexOf('--json');
  const root = path.resolve(__dirname, '..', '..', '..');
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : path.join(root, 'out', 'bench.json');
}

/** The cases named after --only (all when absent). */
function onlyCases(argv: readonly string[]): ReadonlySet<string> | undefined {
  const i = argv.indexOf('--only');
  return i >= 0 && argv[i + 1] ? new Set(argv[i + 1].split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
}

async function main(): Promise<void> {
  const target = jsonTarget(process.argv.slice(2));
  const only = onlyCases(process.argv.slice(2));
  const cases: Case[] = [];
  const notes: string[] = [];
  const step = async (name: string, run: () => Promise<Record<string, unknown>> | Record<string, unknown>): Promise<void> => {
    if (only && !only.has(name)) return;
    process.stderr.write(`${name}…\n`);
    const t0 = Date.now();
    cases.push({ name, ...(await run()) });
    process.stderr.write(`${name}: ${Math.round((Date.now() - t0) / 1000)} с\n`);
  };
  let analyzeMs = 0;
  await step('engine-federal', async () => {
    const { analyzeMs: full, ...result } = await engineFederal();
    analyzeMs = full;
    return result;
  });
  await step('engine-scaling', () => engineScaling());
  await step('cli-region', () => cliRegion());
  await step('protocols-region', () => protocolsRegion());
  await step('objectivity-region', () => objectivityRegion());
  await step('many-sheets', () => manySheets());
  let opening = 0;
  const bySize: string[] = [];
  await step('office-roundtrips', async () => {
    const { openingSyncs, ...result } = await officeRoundtrips();
    opening = openingSyncs;
    for (const schools of [100, 3000]) {
      const other = await officeRoundtrips(schools);
      bySize.push(`${schools} школ — ${other.syncs}`);
    }
    return result;
  });
  await step('context-region', () => contextRegion());
  await step('bundle', () => bundle());
  await step('schools-10000', () => schools10000());
  await step('similar-2000', () => similar2000());
  await step('long-cells-100', () => longCells100());
  if (!only || only.has('engine-federal')) notes.push(`engine-federal: полный analyze() (когорты, рейтинг, кураторы, счёт по годам) — ${analyzeMs} мс`);
  if (!only || only.has('office-roundtrips')) notes.push(`office-roundtrips: открытие панели — ещё ${opening} синхронизаций; запуск при другом размере: ${bySize.join(', ')}`);

  console.table(cases.map(({ name, ...fields }) => ({ case: name, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.join(' / ') : v])) })));
  for (const n of notes) console.log(n);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify({ cases, machine, date: new Date().toISOString(), notes }, null, 2));
  console.log(`Машина: ${machine}\nЗаписано: ${target}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
