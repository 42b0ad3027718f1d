// Counts by year (§4): ШНОР, зона риска, вошли/вышли, share of schools with positive dynamics, schools with data.
import { YearCount } from '../results';
import { AnalysisContext } from '../context';
import { YearResults } from '../resultIndex';
import { isKnown, listChangeOf, previousOf, previousYearInfo } from '../listMovement';
import { SHARE_EPSILON } from '../rules';

/** Mean доля «2» of a school over the procedures it has in both years: [earlier, later], or undefined when none is shared. */
function sharedMeans(earlier: YearResults, later: YearResults): [number, number] | undefined {
  let sumEarlier = 0;
  let sumLater = 0;
  let n = 0;
  for (const [pKey, r] of later) {
    const before = earlier.get(pKey);
    if (!before) continue;
    sumEarlier += before.share2;
    sumLater += r.share2;
    n += 1;
  }
  return n === 0 ? undefined : [sumEarlier / n, sumLater / n];
}

/**
 * Percent of schools (with a procedure present in both years) whose mean доля «2» over the shared procedures
 * went down by more than stableBand p.p.; undefined when no school can be compared.
 */
export function positiveDynamicsShare(context: AnalysisContext, year: number): number | undefined {
  let compared = 0;
  let improved = 0;
  for (const years of context.index.bySchool.values()) {
    const earlier = years.get(year - 1);
    const later = years.get(year);
    if (!earlier || !later) continue;
    const means = sharedMeans(earlier, later);
    if (!means) continue;
    compared += 1;
    if (means[1] - means[0] < -context.parameters.stableBand - SHARE_EPSILON) improved += 1;
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
