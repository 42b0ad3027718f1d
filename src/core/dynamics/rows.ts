// Dynamics rows (§4): school × procedure, доля «2» per year, change between the last two years present, direction.
import { ResultRecord } from '../model';
import { DynamicsRow, YearValue } from '../results';
import { ResultIndex, YearResults } from '../resultIndex';
import { changeBand, directionOf, roundChange } from '../rules';

export function yearValue(r: ResultRecord): YearValue {
  return {
    year: r.year,
    share2: r.share2,
    ...(r.share45 !== undefined ? { share45: r.share45 } : {}),
    ...(r.participants !== undefined ? { participants: r.participants } : {}),
    source: r.source,
  };
}

/** A school's years in ascending order. */
export function yearsAscending(years: ReadonlyMap<number, YearResults>): number[] {
  return [...years.keys()].sort((a, b) => a - b);
}

/** procedureKey order for display, from the index's ranks. */
export function byProcedureRank(index: ResultIndex): (a: string, b: string) => number {
  return (a, b) => (index.procedureRank.get(a) ?? 0) - (index.procedureRank.get(b) ?? 0);
}

/** One row per school × procedure present in the data (every procedure, counted or not); schools by name. */
export function dynamicsRows(index: ResultIndex, stableBand: number): DynamicsRow[] {
  const rows: DynamicsRow[] = [];
  const procedureOrder = byProcedureRank(index);
  for (const schoolKey of index.schoolsByName) {
    const years = index.bySchool.get(schoolKey);
    if (!years) continue;
    const groups = new Map<string, ResultRecord[]>();
    for (const year of yearsAscending(years)) {
      for (const [pKey, r] of years.get(year) ?? []) {
        const group = groups.get(pKey);
        if (group) group.push(r);
        else groups.set(pKey, [r]);
      }
    }
    const name = index.names.get(schoolKey) ?? schoolKey;
    for (const pKey of [...groups.keys()].sort(procedureOrder)) {
      const group = groups.get(pKey) ?? [];
      const base = { schoolKey, name, procedure: group[0].procedure, values: group.map(yearValue) };
      if (group.length < 2) {
        rows.push(base);
        continue;
      }
      const last = group[group.length - 1];
      const before = group[group.length - 2];
      const change = roundChange(last.share2 - before.share2);
      rows.push({ ...base, change, direction: directionOf(change, changeBand(stableBand, last.participants, before.participants)) });
    }
  }
  return rows;
}
