// Dynamics rows (§4): school × procedure, доля «2» per year, change between the last two years present, direction.
import { ResultRecord } from '../model';
import { DynamicsRow, YearValue } from '../results';
import { ResultIndex } from '../resultIndex';
import { changeBand, directionOf, roundChange } from '../rules';

export function yearValue(r: ResultRecord): YearValue {
  // One literal per case, no spreads: the Динамика table makes one per result (the usual case has both counts).
  const { year, share2, share45, participants, source } = r;
  if (share45 !== undefined && participants !== undefined) return { year, share2, share45, participants, source };
  if (share45 !== undefined) return { year, share2, share45, source };
  if (participants !== undefined) return { year, share2, participants, source };
  return { year, share2, source };
}

/** One row per school × procedure present in the data (every procedure, counted or not); schools by name. */
export function dynamicsRows(index: ResultIndex, stableBand: number): DynamicsRow[] {
  const rows: DynamicsRow[] = [];
  const { cells, procedures: P, years } = index.columns;
  const Y = years.length;
  const { records } = index.columns;
  for (const schoolKey of index.schoolsByName) {
    const sid = index.schoolIds.get(schoolKey);
    if (sid === undefined) continue;
    const name = index.names.get(schoolKey) ?? schoolKey;
    for (let p = 0; p < P; p++) {
      const base = (sid * P + p) * Y;
      // The last two years present, then the values in ascending order.
      let last = 0;
      let before = 0;
      let n = 0;
      for (let y = 0; y < Y; y++) {
        const at = cells[base + y];
        if (at === 0) continue;
        before = last;
        last = at;
        n += 1;
      }
      if (n === 0) continue;
      const values: YearValue[] = [];
      for (let y = 0; y < Y; y++) {
        const at = cells[base + y];
        if (at !== 0) values.push(yearValue(records[at - 1]));
      }
      const lastRecord = records[last - 1];
      if (n < 2) {
        rows.push({ schoolKey, name, procedure: lastRecord.procedure, values });
        continue;
      }
      const beforeRecord = records[before - 1];
      const change = roundChange(lastRecord.share2 - beforeRecord.share2);
      rows.push({ schoolKey, name, procedure: lastRecord.procedure, values, change, direction: directionOf(change, changeBand(stableBand, lastRecord.participants, beforeRecord.participants)) });
    }
  }
  return rows;
}
