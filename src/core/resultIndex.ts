// Index of a dataset's results: the first record of each school × procedure × year in dense columns (later duplicates
// ignored; ingest warned), school names and order, procedures in display order.
import { Dataset, Procedure, ResultRecord, procedureKey } from './model';
import { compareProcedures } from './procedures';
import { ResultColumns } from './columns';

export interface ResultIndex {
  readonly dataset: Dataset;
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
  /** The same records, dictionary-encoded (columns.ts). */
  readonly columns: ResultColumns;
  /** schoolKey → its id in columns (position in schoolKeys). */
  readonly schoolIds: ReadonlyMap<string, number>;
}

const collator = new Intl.Collator('ru');

export function indexDataset(dataset: Dataset): ResultIndex {
  const files = new Set<string>();
  // School ids: the school list's order, then keys that appear only in results (in order of appearance).
  const names = new Map<string, string>();
  const schoolKeys: string[] = [];
  const schoolIds = new Map<string, number>();
  const addSchool = (key: string, name: string): number => {
    const id = schoolKeys.length;
    schoolIds.set(key, id);
    names.set(key, name);
    schoolKeys.push(key);
    return id;
  };
  for (const s of dataset.schools) if (!schoolIds.has(s.key)) addSchool(s.key, s.name);

  // Pass 1: the ids of every record (school, procedure by first appearance, year). Sheets list a school's results
  // together, so the previous record's school is usually this one's.
  const results = dataset.results;
  const recSchool = new Int32Array(results.length);
  const recProcedure = new Int32Array(results.length);
  const firstProcedure = new Map<string, number>();
  const procedures = new Map<string, Procedure>();
  const yearSet = new Set<number>();
  let lastSchool: string | undefined;
  let lastSid = 0;
  let lastYear = NaN;
  let lastFile = '';
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.schoolKey !== lastSchool) {
      lastSid = schoolIds.get(r.schoolKey) ?? addSchool(r.schoolKey, r.schoolKey);
      lastSchool = r.schoolKey;
    }
    recSchool[i] = lastSid;
    const pKey = procedureKey(r.procedure);
    let pid = firstProcedure.get(pKey);
    if (pid === undefined) {
      firstProcedure.set(pKey, (pid = firstProcedure.size));
      procedures.set(pKey, r.procedure);
    }
    recProcedure[i] = pid;
    if (r.year !== lastYear) {
      yearSet.add(r.year);
      lastYear = r.year;
    }
    if (r.source.file && r.source.file !== lastFile) {
      files.add(r.source.file);
      lastFile = r.source.file;
    }
  }
  for (const a of dataset.aggregates) if (a.source.file) files.add(a.source.file);
  for (const l of dataset.officialLists) if (l.source.file) files.add(l.source.file);

  const years = [...yearSet].sort((a, b) => a - b);
  const yearIds = new Map(years.map((y, i) => [y, i]));
  const procedureRank = new Map(
    [...procedures.entries()].sort((a, b) => compareProcedures(a[1], b[1])).map(([key], i) => [key, i] as const),
  );
  const procedureKeys = [...procedureRank.keys()];
  const firstToRank = [...firstProcedure.keys()].map((k) => procedureRank.get(k) ?? 0);

  // Pass 2: the first record of each school × procedure × year into the dense cells (later duplicates are ignored:
  // ingest warned about them).
  const S = schoolKeys.length;
  const P = procedureKeys.length;
  const Y = years.length;
  const cells = new Int32Array(S * P * Y);
  const records: ResultRecord[] = [];
  const hasResults = new Uint8Array(S);
  const inYear = new Uint8Array(Y * P);
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const y = yearIds.get(r.year) ?? 0;
    const p = firstToRank[recProcedure[i]];
    const c = (recSchool[i] * P + p) * Y + y;
    if (cells[c] !== 0) continue;
    records.push(r);
    cells[c] = records.length;
    hasResults[recSchool[i]] = 1;
    inYear[y * P + p] = 1;
  }
  const yearProcedures = new Map(years.map((year, y) => [year, new Set(procedureKeys.filter((_, p) => inYear[y * P + p] === 1))] as const));
  const columns: ResultColumns = { schools: S, procedures: P, years, procedureKeys, procedureIds: procedureRank, yearIds, cells, records };

  const schoolsByName = schoolKeys.filter((_, i) => hasResults[i] === 1).sort(
    (a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    dataset,
    records,
    years,
    yearProcedures,
    schoolKeys,
    names,
    procedures,
    procedureRank,
    schoolsByName,
    multiFile: files.size > 1,
    columns,
    schoolIds,
  };
}

/** The target year Y: the parameter, else the latest year with results, else the latest aggregate year (0 for no data). */
export function resolveTargetYear(index: ResultIndex, targetYear: number | undefined): number {
  if (targetYear !== undefined) return targetYear;
  if (index.years.length > 0) return index.years[index.years.length - 1];
  return index.dataset.aggregates.reduce((latest, a) => Math.max(latest, a.year), 0);
}
