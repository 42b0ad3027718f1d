// Everything derived once from a dataset and parameters, shared by identification and dynamics (no repeated scans).
import { Dataset, Procedure, procedureKey } from './model';
import { Parameters } from './parameters';
import { YearEvaluator, createEvaluator } from './evaluate';
import { ObjectivityIndex, objectivityIndex } from './flags';
import { resolveProcedures } from './procedures';
import { ResultIndex, indexDataset, resolveTargetYear } from './resultIndex';

export interface AnalysisContext {
  readonly parameters: Parameters;
  readonly index: ResultIndex;
  /** Counted procedures (§2) and their keys, in set order. */
  readonly procedures: readonly Procedure[];
  readonly evaluator: YearEvaluator;
  /** Objectivity markers (§7) of every school's ВПР works. */
  readonly objectivity: ObjectivityIndex;
  readonly targetYear: number;
}

export function createContext(dataset: Dataset, parameters: Parameters): AnalysisContext {
  const index = indexDataset(dataset);
  const procedures = resolveProcedures(dataset, parameters);
  const evaluator = createEvaluator(index, procedures.map(procedureKey), parameters);
  return {
    parameters,
    index,
    procedures,
    evaluator,
    objectivity: objectivityIndex(dataset.results, dataset.aggregates, parameters),
    targetYear: resolveTargetYear(index, parameters.targetYear),
  };
}
