// The objectivity markers of every school and ВПР work (§7): protocols where they exist, else school statistics.
import { Procedure, ResultRecord, procedureKey } from '../model';
import { successorProcedures } from '../dynamics/cohorts';
import { DataCheck, WorkEvidence } from './evidence';
import { isStrongMarker } from './markers';
import { MarkerContext, noData, p1, p2, p4, p5, p6, p7, p8 } from './protocolMarkers';
import { ProtocolRegion, moments, protocolRegion } from './region';
import { MarkerData, MarkerResult, ObjectivitySettings, WorkObjectivity } from './results';
import { RegionRow, statisticsMarkers, statisticsRegion, statisticsScoreShare } from './statisticsMarkers';
import { quantile } from './stats';

/** Fewest schools with K for the fences of P3 to mean anything. */
const P3_MIN_SCHOOLS = 8;
const IQR_FENCE = 3;
/** D: a task nobody at the school scored on, where the region succeeds this often. */
const ZERO_TASK_REGION = 0.5;

type WithEvidence = ResultRecord & { readonly evidence: WorkEvidence };

function hasEvidence(r: ResultRecord): r is WithEvidence {
  return r.evidence !== undefined;
}

/** S = mean total / maximum of one school's work, from its protocol or its statistics, with the pupils behind it. */
function scoreShare(r: ResultRecord): { readonly s: number; readonly n: number; readonly data: MarkerData } | undefined {
  if (hasEvidence(r)) {
    const m = moments(r.evidence.totals, r.evidence.scale);
    return m.n > 0 && r.evidence.scale.max > 0 ? { s: m.mean / r.evidence.scale.max, n: m.n, data: 'protocol' } : undefined;
  }
  return statisticsScoreShare(r.statistics);
}

/** P3 per school of one work: K = S(earlier work of the cohort) / S(this work), fenced over the region's schools. */
function cohortMarkers(records: readonly ResultRecord[], earlier: (r: ResultRecord) => ResultRecord | undefined, ctx: MarkerContext): Map<string, MarkerResult> {
  const ks = new Map<string, { k: number; n: number; data: MarkerData }>();
  for (const r of records) {
    const before = earlier(r);
    const later = scoreShare(r);
    const first = before ? scoreShare(before) : undefined;
    if (!later || !first) continue;
    const n = Math.min(later.n, first.n);
    if (n < ctx.minN || later.s === 0) continue;
    ks.set(r.schoolKey, { k: first.s / later.s, n, data: later.data === 'protocol' && first.data === 'protocol' ? 'protocol' : later.data === 'protocol' ? first.data : later.data });
  }
  const out = new Map<string, MarkerResult>();
  const sorted = [...ks.values()].map((v) => v.k).sort((a, b) => a - b);
  if (sorted.length < P3_MIN_SCHOOLS) return out;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const median = quantile(sorted, 0.5);
  for (const [school, { k, n, data }] of ks) {
    const marked = k < q1 - IQR_FENCE * iqr || k > q3 + IQR_FENCE * iqr;
    out.set(school, { id: 'P3', state: marked ? 'marked' : 'clear', strong: marked, value: k, region: median, n, data });
  }
  return out;
}

function dataChecks(e: WorkEvidence, region: ProtocolRegion, minN: number): DataCheck[] {
  const out: DataCheck[] = [];
  if (e.aboveMax) out.push({ kind: 'above_max', count: e.aboveMax.count, cell: e.aboveMax.cell });
  if (e.sumMismatch) out.push({ kind: 'sum_mismatch', count: e.sumMismatch.count, cell: e.sumMismatch.cell });
  const t = e.tasks;
  if (t && t.pupils >= minN && region.taskSuccess && region.taskSuccess.length === t.sums.length) {
    t.sums.forEach((s, i) => {
      const success = (region.taskSuccess as readonly number[])[i];
      if (s === 0 && success >= ZERO_TASK_REGION) out.push({ kind: 'zero_task', count: t.pupils, task: i + 1, regionSuccess: success * 100 });
    });
  }
  return out;
}

function protocolMarkers(r: WithEvidence, region: ProtocolRegion, cohort: MarkerResult | undefined, ctx: MarkerContext): MarkerResult[] {
  const e = r.evidence;
  const n = moments(e.totals, e.scale).n;
  const [p6a, p6b] = p6(e, region, ctx);
  return [
    p1(e, region, ctx), p2(e, ctx), cohort ?? noData('P3', n < ctx.minN ? 'few' : 'no_source'), p4(e, region, n, ctx), p5(e, region, ctx), p6a, p6b,
    p7(e, region, ctx), p8(e, n, isStrongMarker('P8', r.procedure), ctx),
  ];
}

/** Headline (§7): two or more counted markers (P1 only with P5 or P6b), or one strong. */
export function headline(markers: readonly MarkerResult[]): { readonly flagged: boolean; readonly markers: MarkerResult[] } {
  const marked = new Set(markers.filter((m) => m.state === 'marked').map((m) => m.id));
  const out = markers.map((m) => (m.id === 'P1' && m.state === 'marked' && !marked.has('P5') && !marked.has('P6b') ? { ...m, uncounted: true } : m));
  const counted = out.filter((m) => m.state === 'marked' && !m.uncounted);
  return { flagged: counted.length >= 2 || counted.some((m) => m.strong), markers: out };
}

/** Every ВПР work of every school judged, in the order of the results. */
export function judgeObjectivity(
  results: readonly ResultRecord[],
  settings: ObjectivitySettings,
  /** year → procedure key → the region row of the ФИС ОКО reports (доля «понизили», statistics), for the statistics path. */
  regionRows: ReadonlyMap<number, ReadonlyMap<string, RegionRow>> = new Map(),
): WorkObjectivity[] {
  const ctx: MarkerContext = { alpha: settings.alpha, minN: settings.minN };
  const enabled = new Set(settings.markers);
  const groups = new Map<string, ResultRecord[]>();
  const byKey = new Map<string, ResultRecord>();
  for (const r of results) {
    if (r.procedure.kind !== 'ВПР') continue;
    const key = `${r.year}|${procedureKey(r.procedure)}`;
    // Duplicates of one school, year and work: the first counts (as everywhere in the analysis).
    if (byKey.has(`${r.schoolKey}|${key}`)) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
    byKey.set(`${r.schoolKey}|${key}`, r);
  }
  const earlier = (r: ResultRecord): ResultRecord | undefined => {
    for (const p of predecessors(r.procedure)) {
      const before = byKey.get(`${r.schoolKey}|${r.year - 1}|${procedureKey(p)}`);
      if (before && scoreShare(before)) return before;
    }
    return undefined;
  };
  const out: WorkObjectivity[] = [];
  for (const records of groups.values()) {
    const withEvidence = records.filter(hasEvidence);
    const region = withEvidence.length > 0 ? protocolRegion(withEvidence.map((r) => r.evidence)) : undefined;
    const statRegion = statisticsRegion(records, regionRows.get(records[0].year)?.get(procedureKey(records[0].procedure)));
    const cohorts = cohortMarkers(records, earlier, ctx);
    for (const r of records) {
      const fromProtocol = hasEvidence(r) && region !== undefined;
      const all = fromProtocol ? protocolMarkers(r, region, cohorts.get(r.schoolKey), ctx) : statisticsMarkers(r, statRegion, cohorts.get(r.schoolKey), ctx);
      const used = all.filter((m) => enabled.has(m.id));
      const { flagged, markers } = headline(used);
      const n = fromProtocol ? moments(r.evidence.totals, r.evidence.scale).n : (r.participants ?? r.statistics?.scores?.n ?? r.statistics?.tasks?.n ?? 0);
      out.push({
        schoolKey: r.schoolKey, year: r.year, procedure: r.procedure, n, small: n < settings.smallN, source: fromProtocol ? 'protocol' : 'statistics',
        markers, flagged, checks: fromProtocol ? dataChecks(r.evidence, region, settings.minN) : [],
      });
    }
  }
  return out;
}

/** Procedures whose successor (one year later, same cohort) is `p` — as cohorts in Динамика are matched. */
function predecessors(p: Procedure): Procedure[] {
  if (p.grade < 2) return [];
  const candidate: Procedure = { kind: p.kind, subject: p.subject, grade: p.grade - 1 };
  return successorProcedures(candidate).some((q) => procedureKey(q) === procedureKey(p)) ? [candidate] : [];
}
