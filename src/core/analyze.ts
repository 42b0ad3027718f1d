// The domain entry point: identification of ШНОР and dynamics for a dataset under the given parameters.
import { Dataset } from './model';
import { Parameters } from './parameters';
import { Analysis } from './results';
import { createContext } from './context';
import { computeDynamicsInContext } from './dynamics';
import { identifyInContext } from './identify';
import { compareRuleSets } from './ruleSets/compare';
import { assignCurators, yearResultsOf } from './partners';
import { analyzeSocial } from './social/analyzeSocial';

/** Identification and dynamics; with parameters.compareRules, also the differences from that second rule set. */
export function analyze(dataset: Dataset, parameters: Parameters): Analysis {
  const compareWith = parameters.compareRules;
  const context = createContext(dataset, parameters);
  const identification = identifyInContext(context);
  const analysis: Analysis = {
    dataset,
    identification,
    dynamics: computeDynamicsInContext(context),
    years: context.index.years,
    ...(compareWith ? { comparison: compareRuleSets(dataset, parameters, identification, compareWith) } : {}),
  };
  const social = analyzeSocial(dataset, identification, parameters.social);
  const withSocial: Analysis = social ? { ...analysis, social } : analysis;
  const curators = assignCurators(withSocial, parameters.partnerChoices, yearResultsOf(context.index));
  return { ...withSocial, partners: curators.partners, curatorGaps: curators.gaps };
}
