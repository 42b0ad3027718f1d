// Benchmarks (§4): municipality and region доля «2» per procedure × year — from aggregate rows, else computed from schools.
import { AggregateRecord, Procedure, ResultRecord, procedureKey } from '../model';
import { BenchmarkRow } from '../results';
import { compareProcedures } from '../procedures';
import { ResultIndex } from '../resultIndex';

interface Cell {
  readonly procedure: Procedure;
  readonly year: number;
  /** The schools' доля «2»: weighted by participants while every result has them, and plain. */
  schools: number;
  weighted: boolean;
  sumWeighted: number;
  weight: number;
  sumPlain: number;
  municipality?: AggregateRecord;
  region?: AggregateRecord;
  total?: AggregateRecord;
  /** Names of the municipal rows seen: more than one means a regional sheet, whose schools span municipalities. */
  readonly municipalities: Set<string>;
}

/** The municipal доля «2» computed from the schools: weighted by participants when every result has a positive count, else the plain mean. */
export function benchmarkRows(index: ResultIndex): BenchmarkRow[] {
  const cells = new Map<number, Map<string, Cell>>();
  const cellOf = (procedure: Procedure, pKey: string, year: number): Cell => {
    let inYear = cells.get(year);
    if (!inYear) cells.set(year, (inYear = new Map()));
    let cell = inYear.get(pKey);
    if (!cell) inYear.set(pKey, (cell = { procedure, year, schools: 0, weighted: true, sumWeighted: 0, weight: 0, sumPlain: 0, municipalities: new Set<string>() }));
    return cell;
  };
  // The schools' results: one pass over the columns (school by school, as they lie in memory) into flat sums.
  const { cells: at, schools: S, procedures: P, years, procedureKeys } = index.columns;
  const Y = years.length;
  const count = new Int32Array(P * Y);
  const unweighted = new Uint8Array(P * Y);
  const sumWeighted = new Float64Array(P * Y);
  const weight = new Float64Array(P * Y);
  const sumPlain = new Float64Array(P * Y);
  for (let s = 0; s < S; s++) {
    const base = s * P * Y;
    for (let c = 0; c < P * Y; c++) {
      const i = at[base + c];
      if (i === 0) continue;
      const r: ResultRecord = index.records[i - 1];
      count[c] += 1;
      sumPlain[c] += r.share2;
      if (r.participants !== undefined && r.participants > 0) {
        sumWeighted[c] += r.share2 * r.participants;
        weight[c] += r.participants;
      } else unweighted[c] = 1;
    }
  }
  for (let p = 0; p < P; p++) {
    const procedure = index.procedures.get(procedureKeys[p]);
    if (!procedure) continue;
    for (let y = 0; y < Y; y++) {
      const c = p * Y + y;
      if (count[c] === 0) continue;
      const cell = cellOf(procedure, procedureKeys[p], years[y]);
      cell.schools = count[c];
      cell.weighted = unweighted[c] === 0;
      cell.sumWeighted = sumWeighted[c];
      cell.weight = weight[c];
      cell.sumPlain = sumPlain[c];
    }
  }
  for (const a of index.dataset.aggregates) {
    if (!a.procedure || a.share2 === undefined) continue;
    const cell = cellOf(a.procedure, procedureKey(a.procedure), a.year);
    if (a.level === 'municipality') {
      cell.municipalities.add(a.name);
      if (!cell.municipality) cell.municipality = a;
    }
    if (a.level === 'region' && !cell.region) cell.region = a;
    if (a.level === 'total' && !cell.total) cell.total = a;
  }
  // A regional form lists several municipalities: no one of them is «the» municipality of all schools (the benchmark
  // is computed from the schools), and its total row is the region's.
  for (const inYear of cells.values()) {
    for (const cell of inYear.values()) {
      if (cell.municipalities.size < 2) continue;
      cell.municipality = undefined;
      if (!cell.region && cell.total) cell.region = { ...cell.total, level: 'region' };
    }
  }
  // One method per series (§4): the sheet's rows only when they cover every year of the procedure; otherwise the
  // schools' share for every year, weighted only when every year can be (never a plain mean beside weighted years).
  const all = [...cells.values()].flatMap((inYear) => [...inYear.values()]);
  const series = new Map<string, Cell[]>();
  for (const cell of all) {
    const key = procedureKey(cell.procedure);
    const own = series.get(key);
    if (own) own.push(cell);
    else series.set(key, [cell]);
  }
  const fromSheet = new Set<string>();
  const plainMean = new Set<string>();
  for (const [procedure, own] of series) {
    const withData = own.filter((c) => c.schools > 0 || c.municipality?.share2 !== undefined);
    if (withData.length > 0 && withData.every((c) => c.municipality?.share2 !== undefined)) fromSheet.add(procedure);
    else if (own.some((c) => c.schools > 0 && !c.weighted)) plainMean.add(procedure);
  }
  const rows: BenchmarkRow[] = [];
  for (const cell of all) {
    const key = procedureKey(cell.procedure);
    const plain = plainMean.has(key);
    const computed = cell.schools === 0 ? undefined : plain ? cell.sumPlain / cell.schools : cell.sumWeighted / cell.weight;
    const sheetRow = cell.municipality?.share2 !== undefined ? { share2: cell.municipality.share2, origin: 'sheet' as const, name: cell.municipality.name } : undefined;
    const municipality =
      sheetRow && (fromSheet.has(key) || computed === undefined)
        ? sheetRow
        : computed !== undefined
          ? { share2: computed, origin: 'computed' as const, ...(plain ? { unweighted: true as const } : {}) }
          : undefined;
    rows.push({
      procedure: cell.procedure,
      year: cell.year,
      ...(municipality ? { municipality } : {}),
      ...(cell.region?.share2 !== undefined ? { region: { share2: cell.region.share2, name: cell.region.name } } : {}),
      schoolCount: cell.schools,
    });
  }
  return rows.sort((a, b) => compareProcedures(a.procedure, b.procedure) || a.year - b.year);
}
