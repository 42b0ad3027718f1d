// What the Результат tab shows after a run: counts, the ШНОР list with explanations, objectivity markers, the sheets written.
import { ContextSummary, summarizeContext } from './contextSummary';
import { OutputPlan } from '../../app/workbookPort';
import { Criterion, Flag, ListChange, Analysis, Verdict } from '../../core/results';
import { OutputKind } from '../../report/model';
import { RULE_SETS } from '../../core/ruleSets/presets';
import { Comparison, differenceLabel } from '../../core/ruleSets/compare';
import { listOrder } from '../../report/shnorList';
import { curatorGapText, partnerReasonText } from '../../report/partnerText';
import { DEFAULT_CURATOR_LOAD } from '../../core/parameters';
import { MarkerId } from '../../core/objectivity';
import { checksText, markedText, markersWithoutData, reportNames, workOfYear } from '../../report/objectivityWords';
import { compareText } from '../../report/labels';

/** Where a school's row is on the written ШНОР sheet (the pane links to it). */
export interface RowLink {
  readonly sheet: string;
  readonly cell: string;
}

/** A school named in the pane, with its row on the ШНОР sheet when it has one. */
export interface NamedSchool {
  readonly schoolKey: string;
  readonly name: string;
  readonly at?: RowLink;
}

export interface ShnorEntry {
  readonly schoolKey: string;
  readonly name: string;
  readonly at?: RowLink;
  readonly criteria: readonly Criterion[];
  readonly listChange: ListChange;
  readonly flags: readonly Flag[];
  readonly explanation: string;
  /** Школы-кураторы of this school (suggested by §4a or chosen by the methodologist), with the reason. */
  readonly partners: readonly { readonly name: string; readonly reason: string; readonly missing?: boolean }[];
  /** The methodologist chose them (a re-run keeps the choice). */
  readonly partnersChosen: boolean;
  /** Why the rule found no curator (when none is assigned). */
  readonly noPartnerReason?: string;
}

export interface WrittenSheet {
  readonly kind: OutputKind;
  readonly name: string;
}

/** A school's ВПР work with the headline of §7 (two markers or one strong), in words. */
export interface FlaggedWork extends NamedSchool {
  /** «ВПР-5 математика». */
  readonly work: string;
  /** The marked markers with their evidence; a data check («ошибка данных?: …») first. */
  readonly markers: string;
}

/** The objectivity markers of the run (§7) as the Результат tab tells them. */
export interface ObjectivitySummary {
  readonly year: number;
  /** ВПР works at least one marker could be computed for. */
  readonly judged: number;
  readonly fromProtocols: number;
  readonly fromReports: number;
  /** The ФИС ОКО school reports the other works were judged from: «Статистика по отметкам», … */
  readonly reports: readonly string[];
  /** Markers no judged work had the data for (P2, P3, P8 from the reports alone). */
  readonly notComputed: readonly MarkerId[];
  /** Schools with ВПР works none of which could be judged (too few pupils, no data needed). */
  readonly unchecked: number;
  readonly flaggedSchools: number;
  readonly flagged: readonly FlaggedWork[];
  /** The written «Объективность» sheet. */
  readonly sheet?: string;
}

export interface ResultSummary {
  /** The objectivity markers (absent when no school has a ВПР work to judge). */
  readonly objectivity?: ObjectivitySummary;
  /** Results in their social context (a context sheet in the data). */
  readonly context?: ContextSummary;
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
  /** Who entered, stayed on, left the list, and who is at risk — in the order of the ШНОР sheet. */
  readonly moves: { readonly entered: readonly NamedSchool[]; readonly stayed: readonly NamedSchool[]; readonly exited: readonly NamedSchool[]; readonly risk: readonly NamedSchool[] };
  readonly sheets: readonly WrittenSheet[];
  /** Schools the methodologist may choose as partners: neither ШНОР nor at risk in Y, by name. */
  readonly partnerOptions: readonly string[];
  readonly warnings: number;
  /** The run's rule set name, and the differences from the compared one (when asked for). */
  readonly rules: string;
  readonly comparison?: {
    readonly rules: string;
    readonly differences: readonly { readonly schoolKey: string; readonly name: string; readonly label: string; readonly why: string }[];
  };
}

/** The row of each school's name in the ШНОР sheet's table (column B, before the blocks under it). */
function rowsOnShnorSheet(plan: OutputPlan): Map<string, RowLink> {
  const out = new Map<string, RowLink>();
  const shnor = plan.add.find((a) => a.spec.kind === 'shnor');
  if (!shnor) return out;
  shnor.spec.values.forEach((row, i) => {
    const name = row[1];
    if (typeof name === 'string' && typeof row[0] === 'number' && !out.has(name)) out.set(name, { sheet: shnor.name, cell: `B${i + 1}` });
  });
  return out;
}

export function summarizeResult(analysis: Analysis, plan: OutputPlan): ResultSummary {
  const { targetYear, previousYear } = analysis.identification;
  // One order of schools everywhere: the ШНОР sheet's (ШНОР, зона риска, …; more low results first; by name).
  const verdicts = listOrder(analysis);
  const rows = rowsOnShnorSheet(plan);
  const named = (v: (typeof verdicts)[number]): NamedSchool => ({ schoolKey: v.schoolKey, name: v.name, ...(rows.has(v.name) ? { at: rows.get(v.name) } : {}) });
  const count = (test: (v: (typeof verdicts)[number]) => boolean): number => verdicts.filter(test).length;
  const list = verdicts
    .filter((v) => v.status === 'shnor')
    .map((v) => ({
      ...named(v),
      criteria: v.criteria,
      listChange: v.listChange,
      flags: v.flags,
      explanation: v.explanation,
      partners: (analysis.partners?.get(v.schoolKey) ?? []).map((p) => ({ name: p.name, reason: partnerReasonText(p.reason, targetYear), ...(p.reason.missing ? { missing: true } : {}) })),
      partnersChosen: (analysis.partners?.get(v.schoolKey) ?? []).some((p) => p.reason.chosen === true),
      ...noPartner(analysis, v.schoolKey),
    }));
  const moves = {
    entered: verdicts.filter((v) => v.listChange === 'entered').map(named),
    stayed: verdicts.filter((v) => v.listChange === 'stayed').map(named),
    exited: verdicts.filter((v) => v.listChange === 'exited').map(named),
    risk: verdicts.filter((v) => v.status === 'risk').map(named),
  };
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
    moves,
    sheets: plan.add.map((a) => ({ kind: a.spec.kind, name: a.name })),
    partnerOptions: verdicts.filter((v) => v.status === 'ok').map((v) => v.name).sort((a, b) => a.localeCompare(b, 'ru')),
    warnings: analysis.dataset.warnings.length,
    rules: RULE_SETS[analysis.identification.parameters.ruleSet ?? 'municipal'].name,
    ...(analysis.comparison ? { comparison: comparisonOf(analysis.comparison) } : {}),
    ...contextOf(analysis, plan),
    ...objectivityOf(verdicts, targetYear, plan, named),
  };
}

function objectivityOf(verdicts: readonly Verdict[], year: number, plan: OutputPlan, named: (v: Verdict) => NamedSchool): { objectivity?: ObjectivitySummary } {
  const works = verdicts.flatMap((v) => v.objectivity);
  if (works.length === 0) return {};
  const judged = works.filter((w) => w.markers.some((m) => m.state !== 'no_data'));
  const fromProtocols = judged.filter((w) => w.source === 'protocol').length;
  const flaggedVerdicts = verdicts.filter((v) => v.flags.includes('objectivity'));
  const sheet = plan.add.find((a) => a.spec.kind === 'objectivity')?.name;
  return {
    objectivity: {
      year,
      judged: judged.length,
      fromProtocols,
      fromReports: judged.length - fromProtocols,
      reports: reportNames(judged.filter((w) => w.source === 'statistics')),
      notComputed: markersWithoutData(judged),
      unchecked: verdicts.filter((v) => v.objectivity.length > 0 && v.objectivity.every((w) => w.markers.every((m) => m.state === 'no_data'))).length,
      flaggedSchools: flaggedVerdicts.length,
      // In the order of names (a school's works together), as the methodologist looks a school up.
      flagged: flaggedVerdicts.flatMap((v) => v.objectivity.filter((w) => w.flagged).map((w) => ({
        ...named(v), work: workOfYear(w, year), markers: [checksText(w), markedText(w)].filter(Boolean).join('; '),
      }))).sort((a, b) => compareText(a.name, b.name) || compareText(a.work, b.work)),
      ...(sheet ? { sheet } : {}),
    },
  };
}

function contextOf(analysis: Analysis, plan: OutputPlan): { context?: ContextSummary } {
  const context = summarizeContext(analysis, plan.add.find((a) => a.spec.kind === 'context')?.name);
  return context ? { context } : {};
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

function noPartner(analysis: Analysis, schoolKey: string): { noPartnerReason?: string } {
  const gap = analysis.curatorGaps?.get(schoolKey);
  return gap ? { noPartnerReason: curatorGapText(gap, analysis.identification.parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD) } : {};
}
