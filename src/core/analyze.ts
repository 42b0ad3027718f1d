// The domain entry point: identification of ШНОР and dynamics for a dataset under the given parameters.
import { Dataset } from './model';
import { Parameters } from './parameters';
import { Analysis } from './results';
import { createContext } from './context';
import { computeDynamicsInContext } from './dynamics';
import { identifyInContext } from './identify';

export function analyze(dataset: Dataset, parameters: Parameters): Analysis {
  const context = createContext(dataset, parameters);
  return {
    dataset,
    identification: identifyInContext(context),
    dynamics: computeDynamicsInContext(context),
    years: context.index.years,
  };
}
