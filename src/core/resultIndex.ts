// Index of a dataset's results: school → year → procedure → first record (later duplicates ignored; ingest warned).
import { Dataset, Procedure, ResultRecord, procedureKey } from './model';
import { compareProcedures } from './procedures';

/** procedureKey → the school's record in one year. */
export type YearResults = ReadonlyMap<string, ResultRecord>;

export interface ResultIndex {
  readonly dataset: Dataset;
  /** schoolKey → year → procedureKey → the first record met. */
  readonly bySchool: ReadonlyMap<string, ReadonlyMap<number, YearResults>>;
  /** The records kept (first of each school × year × procedure), in input order. */
  readonly records: readonly ResultRecord[];
  /** Years with at least one result, ascending. */
  readonly years: readonly number[];
  /** year → keys of procedures with at least one result that year. */
  readonly yearProcedures: ReadonlyMap<number, ReadonlySet<string>>;
  /** dataset.schools order, then keys that appear only in results. */
  readonly schoolKeys: readonly string[];
  /** schoolKey → display name (School.name; the key itself when the school list lacks it). */
  readonly names: ReadonlyMap<string, string>;
  /** Every procedure of the results, by key. */
  readonly procedures: ReadonlyMap<string, Procedure>;
  /** procedureKey → position in display order (ВПР, КДР, ОГЭ, ЕГЭ; grade; subject). */
  readonly procedureRank: ReadonlyMap<string, number>;
  /** Keys of schools that have results, ordered by display name (Russian collation), then key. */
  readonly schoolsByName: readonly string[];
  /** True when the sources span more than one file (explanations then prefix the file name). */
  readonly multiFile: boolean;
}

const collator = new Intl.Collator('ru');

export function indexDataset(dataset: Dataset): ResultIndex {
  const bySchool = new Map<string, Map<number, Map<string, ResultRecord>>>();
  const yearProcedures = new Map<number, Set<string>>();
  const procedures = new Map<string, Procedure>();
  const records: ResultRecord[] = [];
  const files = new Set<string>();
  for (const r of dataset.results) {
    const pKey = procedureKey(r.procedure);
    let years = bySchool.get(r.schoolKey);
    if (!years) bySchool.set(r.schoolKey, (years = new Map()));
    let byProcedure = years.get(r.year);
    if (!byProcedure) years.set(r.year, (byProcedure = new Map()));
    if (byProcedure.has(pKey)) continue;
    byProcedure.set(pKey, r);
    records.push(r);
    if (!procedures.has(pKey)) procedures.set(pKey, r.procedure);
    let inYear = yearProcedures.get(r.year);
    if (!inYear) yearProcedures.set(r.year, (inYear = new Set()));
    inYear.add(pKey);
    if (r.source.file) files.add(r.source.file);
  }
  for (const a of dataset.aggregates) if (a.source.file) files.add(a.source.file);
  for (const l of dataset.officialLists) if (l.source.file) files.add(l.source.file);

  const names = new Map<string, string>();
  const schoolKeys: string[] = [];
  for (const s of dataset.schools) {
    if (names.has(s.key)) continue;
    names.set(s.key, s.name);
    schoolKeys.push(s.key);
  }
  for (const key of bySchool.keys()) {
    if (names.has(key)) continue;
    names.set(key, key);
    schoolKeys.push(key);
  }
  const years = [...yearProcedures.keys()].sort((a, b) => a - b);
  const procedureRank = new Map(
    [...procedures.entries()].sort((a, b) => compareProcedures(a[1], b[1])).map(([key], i) => [key, i] as const),
  );
  const schoolsByName = [...bySchool.keys()].sort(
    (a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    dataset,
    bySchool,
    records,
    years,
    yearProcedures,
    schoolKeys,
    names,
    procedures,
    procedureRank,
    schoolsByName,
    multiFile: files.size > 1,
  };
}

/** The target year Y: the parameter, else the latest year with results, else the latest aggregate year (0 for no data). */
export function resolveTargetYear(index: ResultIndex, targetYear: number | undefined): number {
  if (targetYear !== undefined) return targetYear;
  if (index.years.length > 0) return index.years[index.years.length - 1];
  return index.dataset.aggregates.reduce((latest, a) => Math.max(latest, a.year), 0);
}
