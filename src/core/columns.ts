// Columnar view of the kept results: dictionary-encoded school, procedure and year ids and one dense typed array of
// record positions, so that the hot loops of identification and dynamics walk numbers, not maps of strings.
import { ResultRecord } from './model';

/** Record positions per (school, procedure, year); schools in ResultIndex.schoolKeys order, procedures in display order. */
export interface ResultColumns {
  readonly schools: number;
  readonly procedures: number;
  /** Years with results, ascending. */
  readonly years: readonly number[];
  /** procedure id (display order) → procedure key, and back. */
  readonly procedureKeys: readonly string[];
  readonly procedureIds: ReadonlyMap<string, number>;
  readonly yearIds: ReadonlyMap<number, number>;
  /** ((school × procedures) + procedure) × years + year → position in `records` + 1 (0: no result). */
  readonly cells: Int32Array;
  /** The kept records (first of each school × procedure × year), in input order. */
  readonly records: readonly ResultRecord[];
}

/** A school's result in one procedure and year (school: its id), or undefined. */
export function resultAt(c: ResultColumns, school: number, procedureKey: string, year: number): ResultRecord | undefined {
  const p = c.procedureIds.get(procedureKey);
  const y = c.yearIds.get(year);
  if (p === undefined || y === undefined) return undefined;
  const at = c.cells[(school * c.procedures + p) * c.years.length + y];
  return at === 0 ? undefined : c.records[at - 1];
}

/** A school's results of one year, in display order of the procedures. */
export function resultsOfYear(c: ResultColumns, school: number, year: number): ResultRecord[] {
  const y = c.yearIds.get(year);
  const out: ResultRecord[] = [];
  if (y === undefined) return out;
  const Y = c.years.length;
  const base = school * c.procedures * Y + y;
  for (let p = 0; p < c.procedures; p++) {
    const at = c.cells[base + p * Y];
    if (at !== 0) out.push(c.records[at - 1]);
  }
  return out;
}
