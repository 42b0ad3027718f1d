// Result types of the analysis: verdicts (identification) and dynamics, consumed by the report and the CLI JSON.
import { AggregateLevel, Dataset, Procedure, ResultRecord, SourceRef } from './model';
import { Parameters } from './parameters';
import { RuleSetId } from './ruleSets/presets';
import { WorkObjectivity } from './objectivity/results';
import type { SocialAnalysis } from './social/types';

export type Status = 'shnor' | 'risk' | 'ok' | 'no_data';
/** К1, К2 (§2) or «в нижних N %» (the ranking rule set). */
export type Criterion = 'K1' | 'K2' | 'BOTTOM';
/** Движение по списку against Y−1: вошла / осталась / вышла; none = not ШНОР either year; unknown = Y−1 not computable. */
export type ListChange = 'entered' | 'stayed' | 'exited' | 'none' | 'unknown';
export type Flag = 'small_sample' | 'objectivity' | 'below_min_participants';

/** The verdict on one school for the target year, with its explanation. */
export interface Verdict {
  readonly schoolKey: string;
  readonly name: string;
  readonly status: Status;
  readonly criteria: readonly Criterion[];
  readonly listChange: ListChange;
  /** Status for Y−1 when it could be computed (or read from an official list). */
  readonly previousStatus?: Status | 'listed';
  /** Low results (share2 ≥ threshold) in counted procedures, years Y and Y−1, that make or support the verdict. */
  readonly low: readonly ResultRecord[];
  /** Results in counted procedures of Y within riskMargin below the threshold (зона риска). */
  readonly nearThreshold: readonly ResultRecord[];
  /** Results in counted procedures with fewer than smallSample participants (years Y and Y−1). */
  readonly smallSamples: readonly ResultRecord[];
  /** The school's ВПР works of Y judged by the objectivity markers (§7); flag 'objectivity' = a work flagged. */
  readonly objectivity: readonly WorkObjectivity[];
  readonly flags: readonly Flag[];
  /** One or two Russian sentences naming criteria, procedures, shares and source cells. */
  readonly explanation: string;
}

/** Identification of ШНОР for the target year. */
export interface Identification {
  readonly targetYear: number;
  readonly previousYear: number;
  readonly parameters: Parameters;
  /** Procedures actually counted (the set, or every procedure in the data when 'all'). */
  readonly procedures: readonly Procedure[];
  readonly verdicts: readonly Verdict[];
}

export type Direction = 'improved' | 'worsened' | 'stable';

export interface YearValue {
  readonly year: number;
  readonly share2: number;
  readonly share45?: number;
  readonly participants?: number;
  readonly source: SourceRef;
}

/** School × procedure over all years (§4). */
export interface DynamicsRow {
  readonly schoolKey: string;
  readonly name: string;
  readonly procedure: Procedure;
  readonly values: readonly YearValue[];
  /** Change of доля «2» in p.p. between the last two years present (later − earlier). */
  readonly change?: number;
  /** Fewer «2» = улучшение. */
  readonly direction?: Direction;
}

/** One class followed across years: grade g in y → g+1 in y+1 (ВПР-8 → ОГЭ, ВПР-10 → ЕГЭ). */
export interface CohortRow {
  readonly schoolKey: string;
  readonly name: string;
  readonly subject: string;
  readonly steps: readonly { readonly year: number; readonly procedure: Procedure; readonly share2: number; readonly source: SourceRef }[];
  readonly change: number;
  readonly direction: Direction;
}

/** School vs municipality vs region for one procedure and year. */
export interface BenchmarkRow {
  readonly procedure: Procedure;
  readonly year: number;
  /**
   * One method per procedure's series (§4): the sheet's rows when they give every year with data, otherwise computed
   * from the schools for every year — weighted by participants, or (unweighted: true) the plain mean of school
   * shares for the whole series when some year lacks counts. A year with no school to compute from keeps the sheet's.
   */
  readonly municipality?: { readonly share2: number; readonly origin: 'sheet' | 'computed'; readonly name?: string; readonly unweighted?: true };
  readonly region?: { readonly share2: number; readonly name: string };
  readonly schoolCount: number;
}

/** Counts per year (§4): ШНОР, entered, exited, share of schools with positive dynamics. */
export interface YearCount {
  readonly year: number;
  readonly shnor: number;
  readonly risk: number;
  readonly entered: number;
  readonly exited: number;
  /** Percent of schools (with data in this and the previous year) whose mean доля «2» went down; undefined for the first year. */
  readonly positiveDynamicsShare?: number;
  readonly schoolsWithData: number;
  /** False for a year with no data in the year before (entered/exited are then 0 and mean nothing). */
  readonly comparable: boolean;
}

/** Муниципальный рейтинг: schools ranked by external assessment results of the target year (lower mean доля «2» is better). */
export interface RankingRow {
  readonly rank: number;
  readonly schoolKey: string;
  readonly name: string;
  readonly meanShare2: number;
  readonly meanShare45?: number;
  readonly procedures: number;
  /** The set of procedures compared («ВПР-5 русский язык, ОГЭ математика»): schools are ranked within their set. */
  readonly group: string;
  readonly groupSize: number;
}

export interface Dynamics {
  readonly rows: readonly DynamicsRow[];
  readonly cohorts: readonly CohortRow[];
  readonly benchmarks: readonly BenchmarkRow[];
  readonly counts: readonly YearCount[];
  readonly ranking: readonly RankingRow[];
}

/** The whole analysis: what was read, the verdicts, the dynamics. */
export interface Analysis {
  readonly dataset: Dataset;
  readonly identification: Identification;
  readonly dynamics: Dynamics;
  readonly years: readonly number[];
  /** The same data under a second rule set, when asked for. */
  readonly comparison?: Comparison;
  /** Школы-кураторы: for each ШНОР school (by key), its assigned curator, or the methodologist's choice (§4a). */
  readonly partners?: ReadonlyMap<string, readonly Partner[]>;
  /** Results in their social context (§6), when the data has a context sheet; never changes the list. */
  readonly social?: SocialAnalysis;
  /** ШНОР without a curator, by key, with why. */
  readonly curatorGaps?: ReadonlyMap<string, CuratorGap>;
}

export interface AggregateSummary {
  readonly name: string;
  readonly level: AggregateLevel;
}

// Rule sets side by side (ruleSets/compare.ts computes them).
export interface RuleVerdict {
  readonly status: Status;
  readonly criteria: readonly Criterion[];
  readonly explanation: string;
}

export interface ComparisonRow {
  readonly schoolKey: string;
  readonly name: string;
  /** Under the run's rule set. */
  readonly main: RuleVerdict;
  /** Under the rule set compared with. */
  readonly other: RuleVerdict;
}

export interface Comparison {
  readonly mainRules: RuleSetId;
  readonly otherRules: RuleSetId;
  /** Verdicts of every school under the other rule set (for JSON), by school key. */
  readonly other: ReadonlyMap<string, RuleVerdict>;
  /** Schools ШНОР under exactly one of the two. */
  readonly differences: readonly ComparisonRow[];
}

// Школы-кураторы (partners.ts computes them).
/** How far a school teaches: НОШ (1–4), ООШ (1–9), СОШ and the like (1–11). */
export type SchoolLevel = 'primary' | 'basic' | 'secondary';

/** Why a partner was suggested: everything the report needs to say it. */
export interface PartnerReason {
  /** The ШНОР school's low procedures of Y, with both schools' доля «2». */
  readonly procedures: readonly { readonly procedure: Procedure; readonly own: number; readonly partner: number }[];
  readonly level?: SchoolLevel;
  readonly sameLevel: boolean;
  /** True: the same municipality; undefined: a municipality is not known for one of them. */
  readonly sameMunicipality?: boolean;
  readonly municipality?: string;
  /** Years the partner was neither ШНОР nor at risk: 2 when Y−1 was computed, else 1. */
  readonly stableYears: 1 | 2;
  /** The user chose it (then the rule is not checked). */
  readonly chosen?: boolean;
  /** The user chose a name that is not a school of the data (renamed, or a typo in the saved choice). */
  readonly missing?: boolean;
  /** A резильентная школа (§6: ШНСУ doing better than expected) — a practice worth copying. */
  readonly resilient?: boolean;
}

/**
 * Why a ШНОР has no curator (§4a): no low result to compare in; no school passes the rule; or every school that passes
 * already carries the load limit (`candidates` of them).
 */
export interface CuratorGap {
  readonly reason: 'no_low_results' | 'no_candidate' | 'all_busy';
  readonly candidates: number;
}

export interface Partner {
  /** Absent for a chosen name that is not in the data. */
  readonly schoolKey?: string;
  readonly name: string;
  readonly reason: PartnerReason;
}

