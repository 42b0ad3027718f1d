// Bench cases of the engine: the country's scale against DuckDB over the same records (same outputs, checked equal
// before timing), and growth with the size of a region.
import { performance } from 'perf_hooks';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/core/analyze';
import { createContext } from '../src/core/context';
import { benchmarkRows } from '../src/core/dynamics/benchmarks';
import { dynamicsRows } from '../src/core/dynamics/rows';
import { identifyInContext } from '../src/core/identify';
import { Dataset, procedureKey } from '../src/core/model';
import { DEFAULT_PARAMETERS, Parameters } from '../src/core/parameters';
import { SHARE_EPSILON } from '../src/core/rules';
import { generateDataset } from './district';

const YEARS = [2022, 2023, 2024];

/** The outputs both engines compute: verdicts with зона риска and movement, the dynamics table, municipal benchmarks. */
interface Outputs {
  /** school → status|previous status (no_data when none). */
  readonly verdicts: Map<string, string>;
  /** school|procedure → values count|change|direction. */
  readonly dynamics: Map<string, { readonly n: number; readonly change?: number; readonly direction?: string }>;
  /** procedure|year → municipal доля «2» computed from the schools | region. */
  readonly benchmarks: Map<string, { readonly municipality?: number; readonly region?: number; readonly schools: number }>;
}

/** Our engine: the same three outputs through the domain API (index, verdicts, dynamics rows, benchmarks). */
export function ourEngine(dataset: Dataset, parameters: Parameters) {
  const context = createContext(dataset, parameters);
  return { identification: identifyInContext(context), rows: dynamicsRows(context.index, parameters.stableBand), benchmarks: benchmarkRows(context.index) };
}

function ourOutputs(dataset: Dataset, parameters: Parameters): Outputs {
  const { identification, rows, benchmarks } = ourEngine(dataset, parameters);
  return {
    verdicts: new Map(identification.verdicts.map((v) => [v.schoolKey, `${v.status}|${v.previousStatus ?? 'no_data'}|${v.listChange}`])),
    dynamics: new Map(rows.map((r) => [`${r.schoolKey}|${procedureKey(r.procedure)}`, { n: r.values.length, ...(r.change !== undefined ? { change: r.change, direction: r.direction } : {}) }])),
    benchmarks: new Map(benchmarks.map((b) => [`${procedureKey(b.procedure)}|${b.year}`, { municipality: b.municipality?.share2, region: b.region?.share2, schools: b.schoolCount }])),
  };
}

/** Loads the records into DuckDB tables (not timed): results, schools, region rows. */
export async function loadIntoDuckDb(dataset: Dataset): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run('CREATE TABLE r (school VARCHAR, pkey VARCHAR, year INTEGER, share2 DOUBLE, participants INTEGER)');
  await db.run('CREATE TABLE schools (school VARCHAR)');
  await db.run('CREATE TABLE region (pkey VARCHAR, year INTEGER, share2 DOUBLE)');
  const results = await db.createAppender('r');
  for (const r of dataset.results) {
    results.appendVarchar(r.schoolKey);
    results.appendVarchar(procedureKey(r.procedure));
    results.appendInteger(r.year);
    results.appendDouble(r.share2);
    if (r.participants === undefined) results.appendNull();
    else results.appendInteger(r.participants);
    results.endRow();
  }
  results.closeSync();
  const schools = await db.createAppender('schools');
  for (const s of dataset.schools) {
    schools.appendVarchar(s.key);
    schools.endRow();
  }
  schools.closeSync();
  const region = await db.createAppender('region');
  for (const a of dataset.aggregates) {
    if (a.level !== 'region' || !a.procedure || a.share2 === undefined) continue;
    region.appendVarchar(procedureKey(a.procedure));
    region.appendInteger(a.year);
    region.appendDouble(a.share2);
    region.endRow();
  }
  region.closeSync();
  return db;
}

const sqlList = (keys: readonly string[]): string => keys.map((k) => `'${k.replace(/'/g, "''")}'`).join(', ');

/** DuckDB: the same outputs in SQL, every row materialised into JavaScript objects. */
export async function duckDbEngine(db: DuckDBConnection, parameters: Parameters, targetYear: number) {
  const counted = parameters.procedures === 'all' ? [] : parameters.procedures.map(procedureKey);
  const t = parameters.threshold - SHARE_EPSILON;
  const near = parameters.threshold - parameters.riskMargin - SHARE_EPSILON;
  const band = parameters.stableBand;
  const verdictSql = `
    WITH s AS (
      SELECT school, year, count(*) AS n, count(*) FILTER (WHERE share2 >= ${t}) AS low, count(*) FILTER (WHERE share2 < ${t} AND share2 >= ${near}) AS near
      FROM r WHERE pkey IN (${sqlList(counted)}) GROUP BY school, year),
    st AS (
      SELECT a.school, a.year,
        CASE WHEN a.low >= 2 OR (a.low >= 1 AND coalesce(b.low, 0) >= 1) THEN 'shnor' WHEN a.low >= 1 OR a.near > 0 THEN 'risk' ELSE 'ok' END AS status
      FROM s a LEFT JOIN s b ON b.school = a.school AND b.year = a.year - 1)
    SELECT sc.school, coalesce(cur.status, 'no_data') AS status, coalesce(prev.status, 'no_data') AS previous
    FROM schools sc LEFT JOIN st cur ON cur.school = sc.school AND cur.year = ${targetYear}
      LEFT JOIN st prev ON prev.school = sc.school AND prev.year = ${targetYear - 1}`;
  const dynamicsSql = `
    WITH w AS (
      SELECT school, pkey, year, share2, participants,
        lag(share2) OVER (PARTITION BY school, pkey ORDER BY year) AS before_share,
        lag(participants) OVER (PARTITION BY school, pkey ORDER BY year) AS before_participants,
        row_number() OVER (PARTITION BY school, pkey ORDER BY year DESC) AS rn,
        count(*) OVER (PARTITION BY school, pkey) AS n
      FROM r),
    c AS (
      SELECT school, pkey, n, CASE WHEN before_share IS NULL THEN NULL ELSE round(share2 - before_share, 2) END AS change,
        greatest(${band}, CASE WHEN least(participants, before_participants) > 0 THEN 100.0 / least(participants, before_participants) - 1e-6 ELSE ${band} END) AS band
      FROM w WHERE rn = 1)
    SELECT school, pkey, n, change,
      CASE WHEN change IS NULL THEN NULL WHEN change < -band - ${SHARE_EPSILON} THEN 'improved' WHEN change > band + ${SHARE_EPSILON} THEN 'worsened' ELSE 'stable' END AS direction
    FROM c`;
  const benchmarkSql = `
    SELECT b.pkey, b.year, b.municipality, b.schools, g.share2 AS region FROM (
      SELECT pkey, year, sum(share2 * participants) / sum(participants) AS municipality, count(*) AS schools FROM r GROUP BY pkey, year) b
    LEFT JOIN region g ON g.pkey = b.pkey AND g.year = b.year`;
  const [verdicts, dynamics, benchmarks] = await Promise.all([verdictSql, dynamicsSql, benchmarkSql].map(async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJS()));
  return { verdicts, dynamics, benchmarks };
}

async function duckDbOutputs(db: DuckDBConnection, parameters: Parameters, targetYear: number): Promise<Outputs> {
  const { verdicts, dynamics, benchmarks } = await duckDbEngine(db, parameters, targetYear);
  const listChange = (status: unknown, previous: unknown): string => {
    const now = status === 'shnor';
    const was = previous === 'shnor';
    return now ? (was ? 'stayed' : 'entered') : was ? 'exited' : 'none';
  };
  return {
    verdicts: new Map(verdicts.map((v) => [String(v.school), `${String(v.status)}|${String(v.previous)}|${listChange(v.status, v.previous)}`])),
    dynamics: new Map(dynamics.map((d) => [`${String(d.school)}|${String(d.pkey)}`, { n: Number(d.n), ...(d.change !== null ? { change: Number(d.change), direction: String(d.direction) } : {}) }])),
    benchmarks: new Map(benchmarks.map((b) => [`${String(b.pkey)}|${String(b.year)}`, { municipality: Number(b.municipality), region: b.region === null ? undefined : Number(b.region), schools: Number(b.schools) }])),
  };
}

/** Differences between the two engines' outputs (none expected): a few examples for the message. */
export function differences(ours: Outputs, theirs: Outputs): string[] {
  const out: string[] = [];
  const size = (name: string, a: Map<string, unknown>, b: Map<string, unknown>): void => {
    if (a.size !== b.size) out.push(`${name}: ${a.size} vs ${b.size} rows`);
  };
  size('verdicts', ours.verdicts, theirs.verdicts);
  size('dynamics', ours.dynamics, theirs.dynamics);
  size('benchmarks', ours.benchmarks, theirs.benchmarks);
  for (const [k, v] of ours.verdicts) if (theirs.verdicts.get(k) !== v) out.push(`verdict ${k}: ${v} vs ${String(theirs.verdicts.get(k))}`);
  for (const [k, v] of ours.dynamics) {
    const w = theirs.dynamics.get(k);
    // Rounding to 0,01 p.p. may differ in the last digit between JavaScript and SQL; then so may the direction at the
    // band's edge, and nowhere else.
    const close = w !== undefined && Math.abs((v.change ?? 0) - (w.change ?? 0)) <= 0.011;
    const sameDirection = w !== undefined && (v.direction === w.direction || (close && Math.abs((v.change ?? 0) - (w.change ?? 0)) > 0));
    if (!w || w.n !== v.n || (v.change === undefined) !== (w.change === undefined) || !close || !sameDirection) {
      out.push(`dynamics ${k}: ${JSON.stringify(v)} vs ${JSON.stringify(w)}`);
    }
  }
  for (const [k, v] of ours.benchmarks) {
    const w = theirs.benchmarks.get(k);
    if (!w || w.schools !== v.schools || Math.abs((v.municipality ?? NaN) - (w.municipality ?? NaN)) > 1e-6 || v.region !== w.region) {
      out.push(`benchmark ${k}: ${JSON.stringify(v)} vs ${JSON.stringify(w)}`);
    }
  }
  return out;
}

function median(samples: readonly number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Collects garbage between samples when node runs with --expose-gc (npm run bench does), for both engines alike. */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function timed(runs: number, fn: () => unknown, warm = 1): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export interface EngineFederal {
  readonly records: number;
  readonly ms: number;
  readonly peer: 'duckdb';
  readonly peerMs: number;
  readonly ratio: number;
}

/** ≥ 2 000 000 results (42 000 schools × 3 years, up to 20 procedures): our engine vs DuckDB, both warm, median of 5. */
export async function engineFederal(schools = 42000, runs = 5): Promise<EngineFederal & { readonly analyzeMs: number }> {
  const dataset = generateDataset({ schools, years: YEARS });
  const parameters = DEFAULT_PARAMETERS;
  const db = await loadIntoDuckDb(dataset);
  const problems = differences(ourOutputs(dataset, parameters), await duckDbOutputs(db, parameters, YEARS[YEARS.length - 1]));
  if (problems.length > 0) throw new Error(`DuckDB and the engine disagree (${problems.length}): ${problems.slice(0, 5).join('; ')}`);
  const ms = await timed(runs, () => ourEngine(dataset, parameters));
  const peerMs = await timed(runs, () => duckDbEngine(db, parameters, YEARS[YEARS.length - 1]));
  // The whole analysis (cohorts, counts by year, rating, partner schools too), for the README.
  const analyzeMs = await timed(Math.min(3, runs), () => analyze(dataset, parameters));
  db.closeSync();
  return { records: dataset.results.length, ms: Math.round(ms), peer: 'duckdb', peerMs: Math.round(peerMs), ratio: Math.round((ms / peerMs) * 100) / 100, analyzeMs: Math.round(analyzeMs) };
}

/** 1×, 2×, 4×, 8× a region of 1 000 schools: the full analyze(), median of 5 after 3 warm runs (the JIT settles). */
export async function engineScaling(region = 1000): Promise<{ sizes: number[]; ms: number[] }> {
  const sizes: number[] = [];
  const ms: number[] = [];
  for (const factor of [1, 2, 4, 8]) {
    const dataset = generateDataset({ schools: region * factor, years: YEARS, seed: 5 });
    sizes.push(dataset.results.length);
    ms.push(Math.round(await timed(5, () => analyze(dataset, DEFAULT_PARAMETERS), 3)));
  }
  return { sizes, ms };
}
