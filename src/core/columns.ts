// Columnar view of the kept results: dictionary-encoded school, procedure and year ids and one dense typed array of
// record positions, so that the hot loops of dynamics walk numbers, not maps of strings.

/** Record positions per (school, procedure, year); schools in ResultIndex.schoolKeys order, procedures in display order. */
export interface ResultColumns {
  readonly schools: number;
  readonly procedures: number;
  readonly years: readonly number[];
  /** procedure id (display order) → procedure key. */
  readonly procedureKeys: readonly string[];
  /** ((school × procedures) + procedure) × years + year → position in ResultIndex.records + 1 (0: no result). */
  readonly cells: Int32Array;
}

export interface ColumnInput {
  /** For each kept record: its school's position in schoolKeys, its procedure key's first-seen id, its year. */
  readonly school: readonly number[];
  readonly procedure: readonly number[];
  readonly year: readonly number[];
  readonly schoolCount: number;
  /** First-seen procedure id → display position. */
  readonly procedureRank: readonly number[];
  readonly procedureKeys: readonly string[];
  readonly years: readonly number[];
}

export function buildColumns(input: ColumnInput): ResultColumns {
  const P = input.procedureKeys.length;
  const Y = input.years.length;
  const yearId = new Map(input.years.map((y, i) => [y, i]));
  const cells = new Int32Array(input.schoolCount * P * Y);
  for (let i = 0; i < input.school.length; i++) {
    const p = input.procedureRank[input.procedure[i]];
    const y = yearId.get(input.year[i]) ?? 0;
    cells[(input.school[i] * P + p) * Y + y] = i + 1;
  }
  const procedureKeys = new Array<string>(P);
  input.procedureKeys.forEach((key, first) => (procedureKeys[input.procedureRank[first]] = key));
  return { schools: input.schoolCount, procedures: P, years: input.years, procedureKeys, cells };
}
