// Identification of ШНОР for the target year (methodology.md §2–§3): verdicts with list movement, marks, explanations.
import { Dataset } from './model';
import { Parameters } from './parameters';
import { Flag, Identification, Verdict } from './results';
import { AnalysisContext, createContext } from './context';
import { explainVerdict } from './explain';
import { objectivityOfYear, smallSampleRecords } from './flags';
import { listChangeOf, previousOf, previousYearInfo } from './listMovement';

export { isLow } from './rules';
export { resolveProcedures } from './procedures';

/** The verdict with `explanation` as an enumerable property computed on first read (then kept). */
function withLazyExplanation(verdict: Omit<Verdict, 'explanation'>, explain: () => string): Verdict {
  let text: string | undefined;
  // An accessor of an object literal: enumerable like a field, and the object keeps a fast shape.
  return {
    ...verdict,
    get explanation(): string {
      return (text ??= explain());
    },
  };
}

/** Verdicts for every school for year `year` (defaults to the context's target year). */
export function identifyInContext(context: AnalysisContext, year: number = context.targetYear): Identification {
  const { index, evaluator, parameters } = context;
  const current = evaluator.at(year);
  const previous = previousYearInfo(year - 1, evaluator, index.dataset.officialLists);
  const verdicts: Verdict[] = [];
  for (let school = 0; school < index.schoolKeys.length; school++) {
    const schoolKey = index.schoolKeys[school];
    const evaluation = current.get(schoolKey);
    if (!evaluation) continue;
    const prev = previousOf(previous, schoolKey);
    const smallSamples = smallSampleRecords(evaluation, parameters);
    const objectivity = objectivityOfYear(context.objectivity, schoolKey, year);
    const flags: Flag[] = [];
    if (smallSamples.length > 0) flags.push('small_sample');
    // «объективность» = the headline of §7 on a work of Y (curators exclude these schools).
    if (objectivity.some((w) => w.flagged)) flags.push('objectivity');
    // The explanation is words for a person: written when someone reads it (a region has tens of thousands of verdicts).
    const explain = (): string => explainVerdict(
      { ...evaluation, year, smallSamples, objectivity },
      { threshold: parameters.threshold, riskMargin: parameters.riskMargin, multiFile: index.multiFile },
    );
    verdicts.push(withLazyExplanation({
      schoolKey,
      name: index.names.get(schoolKey) ?? schoolKey,
      status: evaluation.status,
      criteria: evaluation.criteria,
      listChange: listChangeOf(evaluation.status === 'shnor', prev.wasShnor),
      ...(prev.status !== undefined ? { previousStatus: prev.status } : {}),
      low: [...evaluation.lowCurrent, ...evaluation.lowPrevious],
      nearThreshold: evaluation.near,
      smallSamples,
      objectivity,
      flags,
    }, explain));
  }
  return { targetYear: year, previousYear: year - 1, parameters, procedures: context.procedures, verdicts };
}

/** Who is ШНОР in the target year (parameters.targetYear, else the latest year with results). */
export function identify(dataset: Dataset, parameters: Parameters): Identification {
  return identifyInContext(createContext(dataset, parameters));
}
