// Dynamics rows (§4): school × procedure, доля «2» per year, change between the last two years present, direction.
import { ResultRecord } from '../model';
import { DynamicsRow, YearValue } from '../results';
import { ResultIndex } from '../resultIndex';
import { changeBand, directionOf, roundChange } from '../rules';

export function yearValue(r: ResultRecord): YearValue {
  // Built field by field (no spreads): the Динамика table makes one per result.
  const v: { year: number; share2: number; share45?: number; participants?: number; source: ResultRecord['source'] } = { year: r.year, share2: r.share2, source: r.source };
  if (r.share45 !== undefined) v.share45 = r.share45;
  if (r.participants !== undefined) v.participants = r.participants;
  return v;
}

/** One row per school × procedure present in the data (every procedure, counted or not); schools by name. */
export function dynamicsRows(index: ResultIndex, stableBand: number): DynamicsRow[] {
  const rows: DynamicsRow[] = [];
  const { cells, procedures: P, years } = index.columns;
  const Y = years.length;
  const group: ResultRecord[] = [];
  for (const schoolKey of index.schoolsByName) {
    const sid = index.schoolIds.get(schoolKey);
    if (sid === undefined) continue;
    const name = index.names.get(schoolKey) ?? schoolKey;
    for (let p = 0; p < P; p++) {
      const base = (sid * P + p) * Y;
      group.length = 0;
      for (let y = 0; y < Y; y++) {
        const at = cells[base + y];
        if (at !== 0) group.push(index.records[at - 1]);
      }
      if (group.length === 0) continue;
      const values = group.map(yearValue);
      if (group.length < 2) {
        rows.push({ schoolKey, name, procedure: group[0].procedure, values });
        continue;
      }
      const last = group[group.length - 1];
      const before = group[group.length - 2];
      const change = roundChange(last.share2 - before.share2);
      rows.push({ schoolKey, name, procedure: group[0].procedure, values, change, direction: directionOf(change, changeBand(stableBand, last.participants, before.participants)) });
    }
  }
  return rows;
}
