// Dynamics of the analysis (§4): rows, cohorts, benchmarks, counts by year and the ranking of the target year.
import { Dataset } from '../model';
import { Parameters } from '../parameters';
import { Dynamics } from '../results';
import { AnalysisContext, createContext } from '../context';
import { benchmarkRows } from './benchmarks';
import { cohortRows } from './cohorts';
import { yearCounts } from './counts';
import { rankingRows } from './ranking';
import { dynamicsRows } from './rows';

export { benchmarkRows } from './benchmarks';
export { cohortRows, successorProcedures } from './cohorts';
export { positiveDynamicsShare, yearCounts } from './counts';
export { rankingRows } from './ranking';
export { dynamicsRows } from './rows';

export function computeDynamicsInContext(context: AnalysisContext): Dynamics {
  const { index, parameters } = context;
  return {
    rows: dynamicsRows(index, parameters.stableBand),
    cohorts: cohortRows(index, parameters.stableBand),
    benchmarks: benchmarkRows(index),
    counts: yearCounts(context),
    ranking: rankingRows(index, context.targetYear, { procedures: context.procedures, minParticipants: parameters.smallSample }),
  };
}

/** All dynamics tables for a dataset; the ranking is for the target year (parameters.targetYear or the latest). */
export function computeDynamics(dataset: Dataset, parameters: Parameters): Dynamics {
  return computeDynamicsInContext(createContext(dataset, parameters));
}
