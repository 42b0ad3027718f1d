// The context layer in result.json: `schools[].context` and `context` (method, indicators, ШНСУ threshold, the fit).
import { IndicatorDirection, SocialAnalysis, SocialFit, SocialGroup, SocialMethod } from '../core/social/types';

export interface SocialSchoolJson {
  readonly socialIndex?: number;
  readonly quarter?: number;
  readonly result?: number;
  readonly n?: number;
  readonly expected?: number;
  readonly low?: number;
  readonly high?: number;
  readonly group?: SocialGroup;
  readonly shnsu: boolean;
  readonly resilient: boolean;
  readonly notExplained: boolean;
  readonly stable?: boolean;
}

export interface SocialContextJson {
  readonly method: SocialMethod;
  readonly source: { readonly file: string; readonly sheet: string };
  readonly years: readonly number[];
  readonly indicators: readonly { readonly column: string; readonly header: string; readonly direction: IndicatorDirection; readonly kind: string; readonly used: boolean }[];
  readonly shnsuPercent: number;
  readonly fit: SocialFit;
  readonly counts: { readonly shnsu: number; readonly resilient: number; readonly notExplained: number; readonly worse: number; readonly better: number };
}

/** Numbers to 4 decimals: enough for a share in percent, no float noise. */
function r4(v: number | undefined): number | undefined {
  return v === undefined ? undefined : Math.round(v * 10000) / 10000;
}

export function socialSchoolJson(social: SocialAnalysis, schoolKey: string): SocialSchoolJson {
  const s = social.schools.get(schoolKey);
  if (!s) return { shnsu: false, resilient: false, notExplained: false };
  return {
    ...(s.socialIndex === undefined ? {} : { socialIndex: r4(s.socialIndex) }),
    ...(s.quarter === undefined ? {} : { quarter: s.quarter }),
    ...(s.result === undefined ? {} : { result: r4(s.result), n: s.n }),
    ...(s.expected === undefined ? {} : { expected: r4(s.expected), low: r4(s.low), high: r4(s.high), group: s.group }),
    shnsu: s.shnsu, resilient: s.resilient, notExplained: s.notExplained,
    ...(s.stable === undefined ? {} : { stable: s.stable }),
  };
}

export function socialJson(social: SocialAnalysis): SocialContextJson {
  const all = [...social.schools.values()];
  const f = social.fit;
  return {
    method: social.method,
    source: social.source,
    years: social.years,
    indicators: social.indicators.map((i) => ({ column: i.column, header: i.header, direction: i.direction, kind: i.kind, used: social.used.includes(i) })),
    shnsuPercent: social.shnsuPercent,
    fit: {
      kind: f.kind, n: f.n,
      ...(f.intercept === undefined ? {} : { intercept: r4(f.intercept), slope: r4(f.slope) }),
      ...(f.r2 === undefined ? {} : { r2: r4(f.r2) }),
      ...(f.reason === undefined ? {} : { reason: f.reason }),
      ...(f.mean === undefined ? {} : { mean: r4(f.mean) }),
    },
    counts: {
      shnsu: all.filter((s) => s.shnsu).length,
      resilient: all.filter((s) => s.resilient).length,
      notExplained: all.filter((s) => s.notExplained).length,
      worse: all.filter((s) => s.group === 'worse').length,
      better: all.filter((s) => s.group === 'better').length,
    },
  };
}
