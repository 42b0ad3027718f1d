// Index of a dataset's results: school → year → procedure → first record (later duplicates ignored; ingest warned).
import { Dataset, Procedure, ResultRecord, procedureKey } from './model';
import { compareProcedures } from './procedures';
import { ResultColumns, buildColumns } from './columns';

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
  /** The same records, dictionary-encoded (columns.ts). */
  readonly columns: ResultColumns;
  /** schoolKey → its id in columns (position in schoolKeys). */
  readonly schoolIds: ReadonlyMap<string, number>;
}

const collator = new Intl.Collator('ru');

export function indexDataset(dataset: Dataset): ResultIndex {
  const bySchool = new Map<string, Map<number, Map<string, ResultRecord>>>();
  const yearProcedures = new Map<number, Set<string>>();
  const procedures = new Map<string, Procedure>();
  const records: ResultRecord[] = [];
  const files = new Set<string>();
  // Columnar ids of each kept record: the school's first-seen position, the procedure's first-seen id, the year.
  const firstSchool = new Map<string, number>();
  const firstProcedure = new Map<string, number>();
  const recSchool: number[] = [];
  const recProcedure: number[] = [];
  const recYear: number[] = [];
  // Sheets list a school's results together: the school and year of the previous record are usually this one's.
  let lastSchool: string | undefined;
  let lastYear = NaN;
  let lastSid = 0;
  let lastByProcedure = new Map<string, ResultRecord>();
  let lastFile = '';
  for (const r of dataset.results) {
    const pKey = procedureKey(r.procedure);
    let byProcedure = lastByProcedure;
    let sid = lastSid;
    if (r.schoolKey !== lastSchool || r.year !== lastYear) {
      let years = bySchool.get(r.schoolKey);
      if (!years) bySchool.set(r.schoolKey, (years = new Map()));
      const found = years.get(r.year);
      if (found) byProcedure = found;
      else years.set(r.year, (byProcedure = new Map()));
      const known = firstSchool.get(r.schoolKey);
      if (known === undefined) firstSchool.set(r.schoolKey, (sid = firstSchool.size));
      else sid = known;
      lastSchool = r.schoolKey;
      lastYear = r.year;
      lastSid = sid;
      lastByProcedure = byProcedure;
    }
    if (byProcedure.has(pKey)) continue;
    byProcedure.set(pKey, r);
    records.push(r);
    let pid = firstProcedure.get(pKey);
    if (pid === undefined) {
      procedures.set(pKey, r.procedure);
      firstProcedure.set(pKey, (pid = firstProcedure.size));
    }
    recSchool.push(sid);
    recProcedure.push(pid);
    recYear.push(r.year);
    if (r.source.file && r.source.file !== lastFile) {
      files.add(r.source.file);
      lastFile = r.source.file;
    }
  }
  // Procedures present in each year, from the record ids (not a set operation per record).
  const seenInYear = new Map<number, Uint8Array>();
  const firstKeys = [...firstProcedure.keys()];
  for (let i = 0; i < recYear.length; i++) {
    let seen = seenInYear.get(recYear[i]);
    if (!seen) seenInYear.set(recYear[i], (seen = new Uint8Array(firstKeys.length)));
    seen[recProcedure[i]] = 1;
  }
  for (const [year, seen] of seenInYear) yearProcedures.set(year, new Set(firstKeys.filter((_, i) => seen[i] === 1)));
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
  const schoolIds = new Map(schoolKeys.map((k, i) => [k, i]));
  const toFinal = new Array<number>(firstSchool.size);
  for (const [key, first] of firstSchool) toFinal[first] = schoolIds.get(key) ?? 0;
  for (let i = 0; i < recSchool.length; i++) recSchool[i] = toFinal[recSchool[i]];
  const columns = buildColumns({
    school: recSchool,
    procedure: recProcedure,
    year: recYear,
    schoolCount: schoolKeys.length,
    procedureRank: [...firstProcedure.keys()].map((k) => procedureRank.get(k) ?? 0),
    procedureKeys: [...firstProcedure.keys()],
    years,
  });
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
