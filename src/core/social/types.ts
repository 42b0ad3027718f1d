// Vocabulary of the context layer (methodology §6): indicators of the social passport, options, per-school results, the fit.

/** 'worse': more = more disadvantaged (доля малообеспеченных); 'better': more = better off (родители с высшим образованием). */
export type IndicatorDirection = 'worse' | 'better';

/** One column of a context sheet: an indicator of the passport, or a ready index (ИСБШ, КИАСУО, regional index). */
export interface SocialIndicator {
  /** Column letters on the context sheet ("C"). */
  readonly column: string;
  readonly header: string;
  readonly direction: IndicatorDirection;
  readonly kind: 'indicator' | 'index';
}

/** One school's row of the context sheet, matched to a school of the results. */
export interface SocialRow {
  readonly schoolKey: string;
  /** Values by indicator position (undefined: empty or unreadable cell). */
  readonly values: readonly (number | undefined)[];
  /** The name cell of the row (file, sheet, A1), like a result's SourceRef. */
  readonly source: { readonly file: string; readonly sheet: string; readonly cell: string };
}

/** What the context sheet gave. */
export interface SocialData {
  readonly indicators: readonly SocialIndicator[];
  readonly rows: readonly SocialRow[];
  readonly source: { readonly file: string; readonly sheet: string };
}

/** How the index is made: equal-weight mean of z-scores, first principal component, or the ready index column. */
export type SocialMethod = 'mean' | 'pca' | 'given';

/** The line results are judged against: fitted on the data, the region's published one, or none (quadrants only). */
export type SocialLine = { readonly kind: 'local' } | { readonly kind: 'regional'; readonly intercept: number; readonly slope: number } | { readonly kind: 'none' };

export interface SocialParameters {
  /** undefined: the ready index when the sheet has one, else the mean. */
  readonly method?: SocialMethod;
  /** undefined: local. */
  readonly line?: SocialLine;
  /** ШНСУ: this percent of schools with the highest index (default 25). */
  readonly shnsuPercent?: number;
}

export const DEFAULT_SHNSU_PERCENT = 25;
/** Fewer schools with both an index and a result: no fitted line (methodology §6). */
export const MIN_FIT_SCHOOLS = 15;
export const Z_95 = 1.96;

export type SocialGroup = 'worse' | 'better' | 'expected';

/** The line used, stated: n schools, slope, intercept, R² — or why there is none. */
export interface SocialFit {
  readonly kind: 'local' | 'regional' | 'none';
  /** Schools with both an index and a result. */
  readonly n: number;
  readonly intercept?: number;
  readonly slope?: number;
  /** Only for a fitted line. */
  readonly r2?: number;
  /** Why there is no line: too few schools, the user chose none, or no spread of the index. */
  readonly reason?: 'few_schools' | 'user_none' | 'no_spread';
  /** Without a line schools are compared with this: the pooled доля «2» of all schools (quadrants). */
  readonly mean?: number;
}

/** One school in its context. Shares in percent. */
export interface SchoolSocial {
  readonly schoolKey: string;
  readonly socialIndex?: number;
  /** 1 = most favourable quarter … 4 = most disadvantaged. */
  readonly quarter?: 1 | 2 | 3 | 4;
  /** Pooled доля «2» of Y−1 and Y over the counted procedures, weighted by participants, and those participants. */
  readonly result?: number;
  readonly n?: number;
  readonly expected?: number;
  readonly low?: number;
  readonly high?: number;
  readonly group?: SocialGroup;
  readonly shnsu: boolean;
  readonly resilient: boolean;
  /** ШНОР outside ШНСУ whose results are worse than expected. */
  readonly notExplained: boolean;
  /** The group of Y−1 alone and of Y alone are the same (undefined: one of them could not be judged). */
  readonly stable?: boolean;
}

export interface SocialAnalysis {
  readonly method: SocialMethod;
  readonly indicators: readonly SocialIndicator[];
  /** Indicators that entered the index (an indicator with no spread tells nothing and is left out). */
  readonly used: readonly SocialIndicator[];
  readonly shnsuPercent: number;
  readonly fit: SocialFit;
  /** Every school of the results, in the dataset's order. */
  readonly schools: ReadonlyMap<string, SchoolSocial>;
  /** Keys of резильентные schools (ШНСУ better than expected): candidates for curators (§4a). */
  readonly resilientKeys: ReadonlySet<string>;
  readonly source: { readonly file: string; readonly sheet: string };
  readonly years: readonly [number, number];
}
