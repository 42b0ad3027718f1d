// What the Результат tab shows after a run: counts, the ШНОР list with explanations, and the sheets written.
import { OutputPlan } from '../../app/workbookPort';
import { Criterion, Flag, ListChange, Analysis } from '../../core/results';
import { OutputKind } from '../../report/model';
import { RULE_SETS } from '../../core/ruleSets/presets';
import { Comparison, differenceLabel } from '../../core/ruleSets/compare';

export interface ShnorEntry {
  readonly schoolKey: string;
  readonly name: string;
  readonly criteria: readonly Criterion[];
  readonly listChange: ListChange;
  readonly flags: readonly Flag[];
  readonly explanation: string;
}

export interface WrittenSheet {
  readonly kind: OutputKind;
  readonly name: string;
}

export interface ResultSummary {
  readonly targetYear: number;
  readonly previousYear: number;
  readonly shnor: number;
  readonly entered: number;
  readonly exited: number;
  /** No school's verdict for Y−1 could be computed or read: вошли/вышли and К2 are not checkable. */
  readonly previousUnknown?: boolean;
  readonly risk: number;
  readonly noData: number;
  readonly schools: number;
  readonly list: readonly ShnorEntry[];
  readonly sheets: readonly WrittenSheet[];
  readonly warnings: number;
  /** The run's rule set name, and the differences from the compared one (when asked for). */
  readonly rules: string;
  readonly comparison?: {
    readonly rules: string;
    readonly differences: readonly { readonly schoolKey: string; readonly name: string; readonly label: string; readonly why: string }[];
  };
}

const collator = new Intl.Collator('ru');

export function summarizeResult(analysis: Analysis, plan: OutputPlan): ResultSummary {
  const { verdicts, targetYear, previousYear } = analysis.identification;
  const count = (test: (v: (typeof verdicts)[number]) => boolean): number => verdicts.filter(test).length;
  const list = verdicts
    .filter((v) => v.status === 'shnor')
    .map((v) => ({
      schoolKey: v.schoolKey,
      name: v.name,
      criteria: v.criteria,
      listChange: v.listChange,
      flags: v.flags,
      explanation: v.explanation,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    targetYear,
    previousYear,
    shnor: list.length,
    entered: count((v) => v.listChange === 'entered'),
    ...(verdicts.length > 0 && verdicts.every((v) => v.listChange === 'unknown') ? { previousUnknown: true } : {}),
    exited: count((v) => v.listChange === 'exited'),
    risk: count((v) => v.status === 'risk'),
    noData: count((v) => v.status === 'no_data'),
    schools: verdicts.length,
    list,
    sheets: plan.add.map((a) => ({ kind: a.spec.kind, name: a.name })),
    warnings: analysis.dataset.warnings.length,
    rules: RULE_SETS[analysis.identification.parameters.ruleSet ?? 'municipal'].name,
    ...(analysis.comparison ? { comparison: comparisonOf(analysis.comparison) } : {}),
  };
}

function comparisonOf(c: Comparison): NonNullable<ResultSummary['comparison']> {
  return {
    rules: RULE_SETS[c.otherRules].name,
    differences: c.differences.map((d) => ({
      schoolKey: d.schoolKey,
      name: d.name,
      label: differenceLabel(d, c),
      why: d.main.status === 'shnor' ? d.main.explanation : d.other.explanation,
    })),
  };
}
