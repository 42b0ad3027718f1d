// The task pane's identification rules as saved in the workbook, their defaults, and their conversion to Parameters.
import { Dataset, Procedure, ProcedureKind, parseProcedureKey, procedureKey, procedureLabel } from '../../core/model';
import { DEFAULT_CURATOR_LOAD, DEFAULT_PARAMETERS, DEFAULT_PROCEDURES, Parameters } from '../../core/parameters';
import { compareProcedures, proceduresInData } from '../../core/procedures';
import { RuleSetId, isRuleSetId } from '../../core/ruleSets/presets';
import { MARKER_IDS, MarkerId } from '../../core/objectivity/markers';
import { DEFAULT_SHNSU_PERCENT, SocialMethod, SocialParameters } from '../../core/social/types';

/** What the Правила tab edits; saved under SETTINGS_KEYS.rules. */
export interface RulesSettings {
  /** Low result: доля «2» ≥ threshold, percent (methodology.md §1). */
  readonly threshold: number;
  /** Counted procedures as keys "ВПР|Русский язык|5" (§2). */
  readonly procedures: readonly string[];
  /** Target year Y; undefined = the latest year in the data. */
  readonly targetYear?: number;
  /** Fewer participants than this is a small sample (§3). */
  readonly smallSample: number;
  /** Зона риска margin below the threshold, p.p. (§3). */
  readonly riskMargin: number;
  /** Rule set (§2 "Rule sets"). */
  readonly ruleSet: RuleSetId;
  /** Минимум участников (0 = off). */
  readonly minParticipants: number;
  /** A second rule set to compare the list with; undefined = no comparison. */
  readonly compareRules?: RuleSetId;
  /** How many ШНОР one curator carries at most (§4a). */
  readonly curatorLoad: number;
  /** Objectivity markers (§7): significance level, fewest participants of a work, markers in use. */
  readonly objectivityAlpha: number;
  readonly objectivityMinN: number;
  readonly objectivityMarkers: readonly MarkerId[];
  /** Context layer (§6): how the index is made; undefined = the ready index when there is one, else the mean. */
  readonly socialMethod?: SocialMethod;
  /** The line: fitted on the data, the region's (intercept and slope below), or none (quadrants). */
  readonly socialLine: 'local' | 'regional' | 'none';
  readonly socialIntercept?: number;
  readonly socialSlope?: number;
  /** ШНСУ: this percent of schools with the highest index. */
  readonly shnsuPercent: number;
}

/** The methodology defaults (methodology.md §1–§3). */
export const DEFAULT_RULES: RulesSettings = {
  threshold: DEFAULT_PARAMETERS.threshold,
  procedures: DEFAULT_PROCEDURES.map(procedureKey),
  smallSample: DEFAULT_PARAMETERS.smallSample,
  riskMargin: DEFAULT_PARAMETERS.riskMargin,
  ruleSet: 'municipal',
  minParticipants: 0,
  curatorLoad: DEFAULT_CURATOR_LOAD,
  objectivityAlpha: DEFAULT_PARAMETERS.objectivityAlpha,
  objectivityMinN: DEFAULT_PARAMETERS.objectivityMinN,
  objectivityMarkers: MARKER_IDS,
  socialLine: 'local',
  shnsuPercent: DEFAULT_SHNSU_PERCENT,
};

const SOCIAL_METHODS: readonly SocialMethod[] = ['mean', 'pca', 'given'];

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The context-layer part of saved rules, checked. */
function sanitizeSocial(r: Record<string, unknown>): Pick<RulesSettings, 'socialMethod' | 'socialLine' | 'socialIntercept' | 'socialSlope' | 'shnsuPercent'> {
  const method = SOCIAL_METHODS.find((m) => m === r.socialMethod);
  const intercept = finite(r.socialIntercept);
  const slope = finite(r.socialSlope);
  const line = r.socialLine === 'none' ? 'none' : r.socialLine === 'regional' && intercept !== undefined && slope !== undefined ? 'regional' : 'local';
  return {
    ...(method ? { socialMethod: method } : {}),
    socialLine: line,
    ...(intercept === undefined ? {} : { socialIntercept: intercept }),
    ...(slope === undefined ? {} : { socialSlope: slope }),
    shnsuPercent: numberIn(r.shnsuPercent, 1, 100, DEFAULT_SHNSU_PERCENT),
  };
}

/** The context-layer parameters of the rules. */
export function socialParameters(rules: RulesSettings): SocialParameters {
  const line = rules.socialLine === 'regional' && rules.socialIntercept !== undefined && rules.socialSlope !== undefined
    ? { kind: 'regional' as const, intercept: rules.socialIntercept, slope: rules.socialSlope }
    : { kind: rules.socialLine === 'none' ? 'none' as const : 'local' as const };
  return { ...(rules.socialMethod ? { method: rules.socialMethod } : {}), line, shnsuPercent: rules.shnsuPercent };
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** Rules from whatever was saved (possibly an older or damaged value): every field checked, defaults where invalid. */
export function sanitizeRules(raw: unknown): RulesSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_RULES;
  const r = raw as Record<string, unknown>;
  const procedures = Array.isArray(r.procedures)
    ? [...new Set(r.procedures.filter((k): k is string => typeof k === 'string' && parseProcedureKey(k) !== undefined))]
    : DEFAULT_RULES.procedures;
  const year = r.targetYear;
  const targetYear = typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
  return {
    threshold: numberIn(r.threshold, 0, 100, DEFAULT_RULES.threshold),
    procedures,
    ...(targetYear === undefined ? {} : { targetYear }),
    smallSample: Math.round(numberIn(r.smallSample, 0, 1000, DEFAULT_RULES.smallSample)),
    riskMargin: numberIn(r.riskMargin, 0, 100, DEFAULT_RULES.riskMargin),
    ruleSet: isRuleSetId(r.ruleSet) ? r.ruleSet : DEFAULT_RULES.ruleSet,
    minParticipants: Math.round(numberIn(r.minParticipants, 0, 1000, DEFAULT_RULES.minParticipants)),
    ...(isRuleSetId(r.compareRules) ? { compareRules: r.compareRules } : {}),
    curatorLoad: Math.round(numberIn(r.curatorLoad, 1, 100, DEFAULT_RULES.curatorLoad)),
    objectivityAlpha: numberIn(r.objectivityAlpha, 1e-6, 0.5, DEFAULT_RULES.objectivityAlpha),
    objectivityMinN: Math.round(numberIn(r.objectivityMinN, 1, 1000, DEFAULT_RULES.objectivityMinN)),
    objectivityMarkers: Array.isArray(r.objectivityMarkers)
      ? MARKER_IDS.filter((id) => (r.objectivityMarkers as unknown[]).includes(id))
      : DEFAULT_RULES.objectivityMarkers,
    ...sanitizeSocial(r),
  };
}

/** Parameters for analyze(): the rules over the methodology defaults for everything the pane does not edit. */
export function rulesToParameters(rules: RulesSettings): Parameters {
  const procedures = rules.procedures.map(parseProcedureKey).filter((p): p is Procedure => p !== undefined);
  return {
    ...DEFAULT_PARAMETERS,
    threshold: rules.threshold,
    procedures,
    ...(rules.targetYear === undefined ? {} : { targetYear: rules.targetYear }),
    smallSample: rules.smallSample,
    riskMargin: rules.riskMargin,
    ruleSet: rules.ruleSet,
    minParticipants: rules.minParticipants,
    curatorLoad: rules.curatorLoad,
    ...(rules.compareRules !== undefined && rules.compareRules !== rules.ruleSet ? { compareRules: rules.compareRules } : {}),
    objectivityAlpha: rules.objectivityAlpha,
    objectivityMinN: rules.objectivityMinN,
    objectivityMarkers: rules.objectivityMarkers,
    social: socialParameters(rules),
  };
}

/** One checkbox of the procedure set. */
export interface ProcedureOption {
  readonly key: string;
  readonly kind: ProcedureKind;
  readonly label: string;
  /** In the methodology's default set. */
  readonly isDefault: boolean;
  /** Found in the sheets read. */
  readonly inData: boolean;
}

/** The default set, every procedure found in the data and every one already chosen, in display order. */
export function procedureOptions(dataset: Dataset | undefined, chosen: readonly string[]): ProcedureOption[] {
  const defaults = new Set(DEFAULT_PROCEDURES.map(procedureKey));
  const found = dataset ? proceduresInData(dataset) : [];
  const inData = new Set(found.map(procedureKey));
  const all = new Map<string, Procedure>();
  for (const p of [...DEFAULT_PROCEDURES, ...found]) all.set(procedureKey(p), p);
  for (const key of chosen) {
    const p = parseProcedureKey(key);
    if (p && !all.has(key)) all.set(key, p);
  }
  return [...all.values()].sort(compareProcedures).map((p) => {
    const key = procedureKey(p);
    return { key, kind: p.kind, label: procedureLabel(p), isDefault: defaults.has(key), inData: inData.has(key) };
  });
}

/** Years with results, latest first. */
export function yearsInData(dataset: Dataset | undefined): number[] {
  if (!dataset) return [];
  return [...new Set(dataset.results.map((r) => r.year))].sort((a, b) => b - a);
}
