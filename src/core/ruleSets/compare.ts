// Two rule sets side by side: the schools that are in one list and not in the other, with each rule's reason.
import { Dataset } from '../model';
import { Parameters } from '../parameters';
import { Comparison, ComparisonRow, Identification, RuleVerdict } from '../results';

export type { Comparison, ComparisonRow, RuleVerdict } from '../results';
import { identify } from '../identify';
import { RULE_SETS, RuleSetId } from './presets';


/** Compares the run's identification with the same data and parameters under `otherRules`. */
export function compareRuleSets(dataset: Dataset, parameters: Parameters, main: Identification, otherRules: RuleSetId): Comparison {
  const otherId = identify(dataset, { ...parameters, ruleSet: otherRules, targetYear: main.targetYear });
  const other = new Map<string, RuleVerdict>(otherId.verdicts.map((v) => [v.schoolKey, { status: v.status, criteria: v.criteria, explanation: v.explanation }]));
  const differences: ComparisonRow[] = [];
  for (const v of main.verdicts) {
    const o = other.get(v.schoolKey);
    if (!o || (v.status === 'shnor') === (o.status === 'shnor')) continue;
    differences.push({ schoolKey: v.schoolKey, name: v.name, main: { status: v.status, criteria: v.criteria, explanation: v.explanation }, other: o });
  }
  return { mainRules: parameters.ruleSet ?? 'municipal', otherRules, other, differences };
}

/** "В списке по «A», не в списке по «B»". */
export function differenceLabel(row: ComparisonRow, c: Comparison): string {
  const a = RULE_SETS[c.mainRules].name;
  const b = RULE_SETS[c.otherRules].name;
  return row.main.status === 'shnor' ? `ШНОР по правилу «${a}», не ШНОР по правилу «${b}»` : `ШНОР по правилу «${b}», не ШНОР по правилу «${a}»`;
}
