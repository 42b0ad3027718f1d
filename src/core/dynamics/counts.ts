// Counts by year (§4): ШНОР, зона риска, вошли/вышли, share of schools with positive dynamics, schools with data.
import { YearCount } from '../results';
import { AnalysisContext } from '../context';
import { isKnown, listChangeOf, previousOf, previousYearInfo } from '../listMovement';
import { SHARE_EPSILON } from '../rules';

/**
 * Percent of schools (with a procedure present in both years) whose mean доля «2» over the shared procedures
 * went down by more than stableBand p.p.; undefined when no school can be compared. One pass over the columns.
 */
export function positiveDynamicsShare(context: AnalysisContext, year: number): number | undefined {
  const { cells, procedures: P, years, yearIds, records, schools } = context.index.columns;
  const later = yearIds.get(year);
  const earlier = yearIds.get(year - 1);
  if (later === undefined || earlier === undefined) return undefined;
  const Y = years.length;
  let compared = 0;
  let improved = 0;
  for (let s = 0; s < schools; s++) {
    let sumEarlier = 0;
    let sumLater = 0;
    let n = 0;
    for (let p = 0; p < P; p++) {
      const base = (s * P + p) * Y;
      const a = cells[base + earlier];
      const b = cells[base + later];
      if (a === 0 || b === 0) continue;
      sumEarlier += records[a - 1].share2;
      sumLater += records[b - 1].share2;
      n += 1;
    }
    if (n === 0) continue;
    compared += 1;
    if (sumLater / n - sumEarlier / n < -context.parameters.stableBand - SHARE_EPSILON) improved += 1;
  }
  return compared === 0 ? undefined : (improved / compared) * 100;
}

/** One row per year with results; identification is run for each year the same way as for the target year. */
export function yearCounts(context: AnalysisContext): YearCount[] {
  const { index, evaluator } = context;
  return index.years.map((year) => {
    const current = evaluator.statusesAt(year);
    const previous = previousYearInfo(year - 1, evaluator, index.dataset.officialLists);
    const comparable = isKnown(previous);
    let shnor = 0;
    let risk = 0;
    let entered = 0;
    let exited = 0;
    let schoolsWithData = 0;
    for (const schoolKey of index.schoolKeys) {
      const status = current(schoolKey);
      if (status === 'shnor') shnor += 1;
      if (status === 'risk') risk += 1;
      if (status !== 'no_data') schoolsWithData += 1;
      if (!comparable) continue;
      const change = listChangeOf(status === 'shnor', previousOf(previous, schoolKey).wasShnor);
      if (change === 'entered') entered += 1;
      if (change === 'exited') exited += 1;
    }
    const share = positiveDynamicsShare(context, year);
    return {
      year,
      shnor,
      risk,
      entered,
      exited,
      ...(share !== undefined ? { positiveDynamicsShare: share } : {}),
      schoolsWithData,
      comparable,
    };
  });
}
