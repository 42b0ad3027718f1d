// The machine-readable result of cli.md ("result.json") built from an Analysis.
import { AggregateLevel, FiokoListing, procedureKey } from '../core/model';
import { fiokoListingsOf } from '../report/objectivitySheet';
import { Analysis, Criterion, Flag, ListChange, Status } from '../core/results';
import { RuleSetId } from '../core/ruleSets/presets';
import { DataCheck, MARKER_IDS, MarkerData, MarkerId, WorkObjectivity } from '../core/objectivity';
import { Doubt } from '../ingest/types';
import { curatorGapText, partnerReasonText } from '../report/partnerText';
import { DEFAULT_CURATOR_LOAD } from '../core/parameters';
import { listOrder } from '../report/shnorList';
import { SocialContextJson, SocialSchoolJson, socialJson, socialSchoolJson } from './socialJson';

export interface ResultJson {
  readonly targetYear: number;
  readonly parameters: {
    readonly threshold: number; readonly procedures: readonly string[]; readonly smallSample: number;
    readonly rules: RuleSetId; readonly minParticipants: number; readonly compare?: RuleSetId;
    readonly objectivity: { readonly alpha: number; readonly minN: number; readonly markers: readonly MarkerId[] };
  };
  readonly schools: readonly {
    readonly name: string;
    /** ФИС ОКО login (sch/edu + digits) when a sheet, a protocol or a directory gave one. */
    readonly code?: string;
    readonly municipality?: string;
    readonly status: Status;
    readonly criteria: readonly Criterion[];
    readonly listChange: ListChange;
    readonly low: readonly {
      readonly year: number;
      readonly kind: string;
      readonly subject: string;
      readonly grade: number;
      readonly share2: number;
      readonly participants?: number;
      /** When доля «2» was computed from a count: the count (its cell is source.cell) and the participants' cell. */
      readonly count2?: number;
      readonly participantsCell?: string;
      readonly source: { readonly file: string; readonly sheet: string; readonly cell: string };
    }[];
    readonly flags: readonly Flag[];
    /** Objectivity markers (methodology §7) of the school's ВПР works of Y; flagged = the headline on some work. */
    readonly objectivity?: ObjectivityJson;
    readonly explanation: string;
    /** Школа-куратор of a ШНОР school (methodology §4a, an assignment; or the methodologist's choice), with the reason. */
    readonly partners?: readonly { readonly name: string; readonly reason: string }[];
    /** A ШНОР left without a curator: why («no_low_results» | «no_candidate» | «all_busy»), in words too. */
    readonly curatorGap?: { readonly reason: string; readonly candidates: number; readonly text: string };
    /** With --compare: the verdict under the second rule set. */
    readonly compare?: { readonly rules: RuleSetId; readonly status: Status; readonly criteria: readonly Criterion[]; readonly explanation: string };
    /** With a context sheet: the school in its social context (methodology §6). */
    readonly context?: SocialSchoolJson;
  }[];
  /** With a context sheet: the method, the indicators and the fit. */
  readonly context?: SocialContextJson;
  readonly aggregates: readonly { readonly name: string; readonly level: AggregateLevel }[];
  /**
   * The reader's decisions that can change a verdict (a school row read as a subtotal, a «%» column read as counts…),
   * each with the schools whose verdicts depend on it and how to correct it; empty when there were none.
   */
  readonly doubts: readonly {
    readonly kind: Doubt['kind'];
    readonly file: string;
    readonly sheet: string;
    readonly cell?: string;
    readonly decided: string;
    readonly fix: string;
    readonly schools: readonly string[];
  }[];
  readonly warnings: readonly { readonly file: string; readonly sheet: string; readonly cell?: string; readonly message: string }[];
}

/** `schools[].objectivity` (cli.md): marked markers only, with their evidence; data checks apart. */
export interface ObjectivityJson {
  readonly flagged: boolean;
  readonly works: readonly {
    readonly procedure: string;
    readonly year: number;
    readonly n: number;
    readonly flagged: boolean;
    readonly source: 'protocol' | 'statistics';
    readonly markers: readonly {
      readonly id: MarkerId; readonly value?: number; readonly region?: number; readonly n?: number; readonly p?: number; readonly r?: number; readonly strong: boolean;
      /** The data the marker was computed from: protocol, mark_statistics, journal_comparison, score_distribution, task_report. */
      readonly data?: MarkerData;
    }[];
    /** Markers that could not be computed (too few pupils or no data for them). */
    readonly noData: readonly MarkerId[];
    readonly checks: readonly DataCheck[];
  }[];
  /** The school in official ФИОКО lists, as read (never recomputed). */
  readonly fioko?: readonly { readonly year: number; readonly works: readonly string[]; readonly markers?: number }[];
}

function objectivityOf(works: readonly WorkObjectivity[], listed: readonly FiokoListing[]): Pick<ResultJson['schools'][number], 'objectivity'> {
  if (works.length === 0 && listed.length === 0) return {};
  return { objectivity: {
    flagged: works.some((w) => w.flagged),
    works: works.map((w) => ({
      procedure: procedureKey(w.procedure), year: w.year, n: w.n, flagged: w.flagged, source: w.source,
      markers: w.markers.filter((m) => m.state === 'marked').map((m) => ({
        id: m.id, value: m.value, region: m.region, n: m.n, p: m.p, ...(m.r !== undefined ? { r: m.r } : {}), strong: m.strong, ...(m.data ? { data: m.data } : {}),
      })),
      noData: w.markers.filter((m) => m.state === 'no_data').map((m) => m.id),
      checks: w.checks,
    })),
    ...(listed.length > 0 ? { fioko: listed.map((l) => ({ year: l.year, works: l.works.map((x) => procedureKey({ kind: 'ВПР', ...x })), ...(l.markers !== undefined ? { markers: l.markers } : {}) })) } : {}),
  } };
}

function compareOf(analysis: Analysis, schoolKey: string): Pick<ResultJson['schools'][number], 'compare'> | undefined {
  const c = analysis.comparison;
  const o = c?.other.get(schoolKey);
  return c && o ? { compare: { rules: c.otherRules, status: o.status, criteria: o.criteria, explanation: o.explanation } } : undefined;
}

/** The result; `extraWarnings` are what happened outside the analysis (files that could not be read). */
export function toResultJson(analysis: Analysis, extraWarnings: ResultJson['warnings'] = [], doubts: readonly Doubt[] = []): ResultJson {
  const id = analysis.identification;
  const schools = new Map(analysis.dataset.schools.map((s) => [s.key, s]));
  const aggregates = new Map<string, AggregateLevel>();
  for (const a of analysis.dataset.aggregates) if (!aggregates.has(a.name)) aggregates.set(a.name, a.level);
  return {
    targetYear: id.targetYear,
    parameters: {
      threshold: id.parameters.threshold, procedures: id.procedures.map(procedureKey), smallSample: id.parameters.smallSample,
      rules: id.parameters.ruleSet ?? 'municipal', minParticipants: id.parameters.minParticipants ?? 0,
      ...(analysis.comparison ? { compare: analysis.comparison.otherRules } : {}),
      objectivity: { alpha: id.parameters.objectivityAlpha, minN: id.parameters.objectivityMinN, markers: id.parameters.objectivityMarkers ?? MARKER_IDS },
    },
    // The order of the ШНОР sheet and the pane: ШНОР, зона риска, не ШНОР, нет данных; more low results first; by name
    // (by municipality first when the data has several).
    schools: listOrder(analysis).map((v) => ({
      name: v.name,
      ...(schools.get(v.schoolKey)?.code ? { code: schools.get(v.schoolKey)?.code } : {}),
      ...(schools.get(v.schoolKey)?.municipality ? { municipality: schools.get(v.schoolKey)?.municipality } : {}),
      status: v.status,
      criteria: v.criteria,
      listChange: v.listChange,
      low: v.low.map((r) => ({
        year: r.year,
        kind: r.procedure.kind,
        subject: r.procedure.subject,
        grade: r.procedure.grade,
        share2: r.share2,
        participants: r.participants,
        ...(r.count2 !== undefined ? { count2: r.count2, participantsCell: r.participantsCell } : {}),
        source: r.source,
      })),
      flags: v.flags,
      ...objectivityOf(v.objectivity, fiokoListingsOf(analysis, v.schoolKey)),
      explanation: v.explanation,
      ...(v.status === 'shnor' ? { partners: (analysis.partners?.get(v.schoolKey) ?? []).map((p) => ({ name: p.name, reason: partnerReasonText(p.reason, id.targetYear) })) } : {}),
      ...gapOf(analysis, v.schoolKey),
      ...(compareOf(analysis, v.schoolKey) ?? {}),
      ...(analysis.social ? { context: socialSchoolJson(analysis.social, v.schoolKey) } : {}),
    })),
    ...(analysis.social ? { context: socialJson(analysis.social) } : {}),
    aggregates: [...aggregates].map(([name, level]) => ({ name, level })),
    doubts: doubts.map((d) => ({
      kind: d.kind, file: d.file, sheet: d.sheet, ...(d.cell !== undefined ? { cell: d.cell } : {}), decided: d.decided, fix: d.fix,
      schools: d.schools.map((s) => s.name),
    })),
    warnings: [...extraWarnings, ...analysis.dataset.warnings.map((w) => ({ file: w.file, sheet: w.sheet, cell: w.cell, message: w.message }))],
  };
}

function gapOf(analysis: Analysis, schoolKey: string): { curatorGap?: { reason: string; candidates: number; text: string } } {
  const gap = analysis.curatorGaps?.get(schoolKey);
  if (!gap) return {};
  const load = analysis.identification.parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD;
  return { curatorGap: { reason: gap.reason, candidates: gap.candidates, text: curatorGapText(gap, load) } };
}
