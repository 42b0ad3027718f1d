// Parameters of the analysis with the defaults of methodology.md (every number is changeable).
import { Procedure } from './model';
import { RuleSetId } from './ruleSets/presets';
import { MarkerId } from './objectivity/markers';
import type { SocialParameters } from './social/types';

export interface Parameters {
  /** The user's partner schools: ШНОР school name → partner names, replacing the suggestion (§4a). */
  readonly partnerChoices?: PartnerChoices;
  /** Low result: доля «2» ≥ threshold, in percent, inclusive (§1). */
  readonly threshold: number;
  /** Procedures that count for К1/К2 (§2); 'all' = every procedure in the data. */
  readonly procedures: readonly Procedure[] | 'all';
  /** Target year Y; undefined = latest year present in the data. */
  readonly targetYear?: number;
  /** Fewer participants than this marks a small sample (§3). */
  readonly smallSample: number;
  /** Зона риска: a share within this many p.p. below the threshold (§3). */
  readonly riskMargin: number;
  /** Objectivity markers (§7): significance level of the binomial tests and of z (P7). */
  readonly objectivityAlpha: number;
  /** Objectivity markers: fewest participants of a work for any marker (below 20: «малая выборка»). */
  readonly objectivityMinN: number;
  /** Objectivity markers in use; undefined = all of §7. */
  readonly objectivityMarkers?: readonly MarkerId[];
  /** Dynamics: a change within ±this many p.p. is «без изменений» (§4). */
  readonly stableBand: number;
  /** Rule set (§2 "Rule sets"); undefined = «Муниципальная». */
  readonly ruleSet?: RuleSetId;
  /** Минимум участников: a result with fewer participants cannot be low (still shown and marked); 0 or undefined = off. */
  readonly minParticipants?: number;
  /** «Нижние N %»: how many years up to Y the mean covers (2 or 3; default 3). */
  readonly bottomYears?: number;
  /** A second rule set to compare the list with (which schools differ, and why). */
  readonly compareRules?: RuleSetId;
  /** The context layer (§6): index method, line, ШНСУ threshold. */
  readonly social?: SocialParameters;
  /** Школы-кураторы: how many ШНОР one curator carries at most (§4a); undefined = DEFAULT_CURATOR_LOAD. */
  readonly curatorLoad?: number;
}

/** §4a: a curator carries at most two ШНОР by default. */
export const DEFAULT_CURATOR_LOAD = 2;

/** The default procedure set of methodology.md §2. */
export const DEFAULT_PROCEDURES: readonly Procedure[] = [
  { kind: 'ВПР', subject: 'Русский язык', grade: 5 },
  { kind: 'ВПР', subject: 'Математика', grade: 5 },
  { kind: 'ВПР', subject: 'Русский язык', grade: 6 },
  { kind: 'ВПР', subject: 'Математика', grade: 6 },
  { kind: 'ОГЭ', subject: 'Русский язык', grade: 9 },
  { kind: 'ОГЭ', subject: 'Математика', grade: 9 },
  { kind: 'ЕГЭ', subject: 'Русский язык', grade: 11 },
  { kind: 'ЕГЭ', subject: 'Математика (базовая)', grade: 11 },
  { kind: 'ЕГЭ', subject: 'Математика (профильная)', grade: 11 },
];

export const DEFAULT_PARAMETERS: Parameters = {
  threshold: 30,
  procedures: DEFAULT_PROCEDURES,
  smallSample: 5,
  riskMargin: 5,
  objectivityAlpha: 0.01,
  objectivityMinN: 10,
  stableBand: 2,
};

/** «малая выборка» of a work for the objectivity markers (§7): fewer participants than this. */
export const OBJECTIVITY_SMALL_N = 20;

/** The user's choices: ШНОР school name → partner names (replacing the suggestion). */
export type PartnerChoices = ReadonlyMap<string, readonly string[]>;

