// Школы-кураторы (methodology.md §4a): an assignment, not a ranking. Candidates are stable (not ШНОР and not at risk in
// Y−1 and Y), have no objectivity flag, are better in exactly the ШНОР school's low procedures with no small sample
// there, of the same level or higher, of the same municipality when known. Each ШНОР gets its own curator; a curator
// carries at most `curatorLoad` ШНОР; scarce ШНОР choose first. Reasons are data; words are the report's.
import { Procedure, ResultRecord, procedureKey } from './model';
import { Analysis, CuratorGap, Partner, PartnerReason, SchoolLevel, Verdict } from './results';
import { DEFAULT_CURATOR_LOAD, PartnerChoices } from './parameters';
import { ResultIndex, indexDataset } from './resultIndex';
import { resultsOfYear } from './columns';

export type { Partner, PartnerReason, SchoolLevel, PartnerChoices, CuratorGap };

const LEVEL_RANK: Readonly<Record<SchoolLevel, number>> = { primary: 0, basic: 1, secondary: 2 };

/** Longest name the level patterns look at (a name cell may hold 32 767 characters). */
const LEVEL_TEXT_LIMIT = 300;

/** The level a school's name says; undefined when it does not say (the partner rule then does not use it). */
export function schoolLevel(name: string): SchoolLevel | undefined {
  const n = name.slice(0, LEVEL_TEXT_LIMIT).toLowerCase().replace(/ё/g, 'е');
  if (/(^|[^а-я])нош([^а-я]|$)|начальн[а-я]{0,8} (обще)?образоват/.test(n)) return 'primary';
  if (/(^|[^а-я])о{1,2}ш([^а-я]|$)|основн[а-я]{0,8} (обще)?образоват/.test(n)) return 'basic';
  if (/(^|[^а-я])(сош|сш|мсош|цо)([^а-я]|$)|гимнази|лице[йяю]|кадетск|центр образования|интернат|средн[а-я]{0,8} (обще)?образоват/.test(n)) return 'secondary';
  return undefined;
}

/** The ШНОР school's low procedures: those of Y; for a school that is ШНОР only by К2 (low in Y−1), those of Y−1. */
function lowProcedures(v: Verdict, year: number): Procedure[] {
  const seen = new Map<string, Procedure>();
  const ofYear = v.low.filter((r) => r.year === year);
  for (const r of ofYear.length > 0 ? ofYear : v.low) seen.set(procedureKey(r.procedure), r.procedure);
  return [...seen.values()];
}

/** A school's results of one year by procedure key (the analysis index has them; else built from the dataset). */
export type YearResultsOf = (schoolKey: string, year: number) => ReadonlyMap<string, ResultRecord> | undefined;

/** A school's results of one year by procedure key, from the index's columns, each built once when first asked. */
export function yearResultsOf(index: ResultIndex): YearResultsOf {
  const built = new Map<string, ReadonlyMap<string, ResultRecord>>();
  return (schoolKey, year) => {
    const school = index.schoolIds.get(schoolKey);
    if (school === undefined) return undefined;
    const key = `${school}|${year}`;
    let found = built.get(key);
    if (!found) built.set(key, (found = new Map(resultsOfYear(index.columns, school, year).map((r) => [procedureKey(r.procedure), r]))));
    return found;
  };
}

/** A stable school that may curate, with what the rule needs of it, computed once. */
interface Candidate {
  readonly order: number;
  /** Place of the name in Russian alphabetical order among the candidates (ranked once, compared as numbers). */
  rank: number;
  readonly verdict: Verdict;
  readonly level?: SchoolLevel;
  readonly place?: string;
  readonly results: ReadonlyMap<string, ResultRecord>;
}

/** One possible curator of one ШНОР, before the assignment. */
interface Option {
  readonly candidate: Candidate;
  /** Mean доля «2» of the candidate in the compared procedures (+5 p.p. for a higher level): lower is better. */
  readonly score: number;
  readonly sameMunicipality: boolean;
}

/** The user's choices by ШНОР name, whatever shape the settings gave them in (never a plain-object lookup). */
function choiceMap(choices: PartnerChoices | ReadonlyMap<string, readonly string[]> | undefined): ReadonlyMap<string, readonly string[]> {
  if (choices === undefined) return new Map();
  if (choices instanceof Map) return choices;
  const out = new Map<string, readonly string[]>();
  for (const [name, list] of Object.entries(choices as PartnerChoices)) if (Array.isArray(list)) out.set(name, list);
  return out;
}

/** Candidates by procedure key, within a municipality (`place\u0000key`) and overall; each list in verdict order. */
class CandidateIndex {
  private readonly byProcedure = new Map<string, Candidate[]>();
  private readonly byPlaceProcedure = new Map<string, Candidate[]>();
  private readonly unplacedByProcedure = new Map<string, Candidate[]>();

  add(c: Candidate): void {
    for (const key of c.results.keys()) {
      push(this.byProcedure, key, c);
      if (c.place === undefined) push(this.unplacedByProcedure, key, c);
      else push(this.byPlaceProcedure, `${c.place}\u0000${key}`, c);
    }
  }

  /** The candidates that have a result in the procedure: of the municipality and of none when it is known, else all. */
  pool(place: string | undefined, key: string): readonly Candidate[][] {
    if (place === undefined) return [this.byProcedure.get(key) ?? []];
    return [this.byPlaceProcedure.get(`${place}\u0000${key}`) ?? [], this.unplacedByProcedure.get(key) ?? []];
  }

  /** Of the compared procedures, the one with the fewest candidates to walk. */
  narrowest(place: string | undefined, keys: readonly string[]): string {
    let best = keys[0];
    let size = Infinity;
    for (const key of keys) {
      const n = this.pool(place, key).reduce((sum, list) => sum + list.length, 0);
      if (n < size) [best, size] = [key, n];
    }
    return best;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Stable schools, no objectivity flag: not ШНОР and not at risk in Y, nor in Y−1 where it was computed. */
function isStable(v: Verdict): boolean {
  const before = v.previousStatus;
  return v.status === 'ok' && (before === undefined || before === 'ok' || before === 'no_data') && !v.flags.includes('objectivity');
}

interface Need {
  readonly verdict: Verdict;
  readonly procedures: readonly Procedure[];
  readonly own: readonly (ResultRecord | undefined)[];
  /** The best options, best first (as many as can matter under the load limit). */
  readonly options: readonly Option[];
  /** How many options there are in all. */
  readonly total: number;
}

/** True when option a goes before b: same municipality first, then the lower score, then the name, then the list's order. */
function before(a: Option, b: Option): boolean {
  if (a.sameMunicipality !== b.sameMunicipality) return a.sameMunicipality;
  if (a.score !== b.score) return a.score < b.score;
  if (a.candidate.rank !== b.candidate.rank) return a.candidate.rank < b.candidate.rank;
  return a.candidate.order < b.candidate.order;
}

/** Options of every ШНОР with the same compared procedures, municipality and level: computed once, best first. */
type GroupOptions = Map<string, readonly Option[]>;

/** The candidates that pass the rule in these procedures for a ШНОР of this level and municipality, best first. */
function groupOptions(keys: readonly string[], ownPlace: string | undefined, ownLevel: SchoolLevel | undefined, index: CandidateIndex,
  rule: { readonly threshold: number; readonly smallSample: number }): Option[] {
  const out: Option[] = [];
  // A candidate must have a result in every compared procedure: walk those of the narrowest one.
  for (const list of index.pool(ownPlace, index.narrowest(ownPlace, keys))) {
    for (const c of list) {
      if (ownLevel !== undefined && (c.level === undefined || LEVEL_RANK[c.level] < LEVEL_RANK[ownLevel])) continue;
      let sum = 0;
      let ok = true;
      for (let i = 0; i < keys.length && ok; i++) {
        const theirs = c.results.get(keys[i]);
        ok = theirs !== undefined && theirs.share2 < rule.threshold && !(theirs.participants !== undefined && theirs.participants < rule.smallSample);
        if (ok && theirs) sum += theirs.share2;
      }
      if (!ok) continue;
      const sameLevel = ownLevel === undefined || c.level === ownLevel;
      out.push({ candidate: c, score: sum / keys.length + (sameLevel ? 0 : 5), sameMunicipality: ownPlace !== undefined && c.place === ownPlace });
    }
  }
  return out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/**
 * The best `keep` options of one ШНОР, best first, and how many there are in all (scarcity). ШНОР alike (the same
 * procedures, municipality and level) share one sorted list; each keeps the candidates better than its own shares —
 * all of them when its shares are at or above the threshold, as low results are.
 */
function optionsFor(v: Verdict, own: readonly Procedure[], mine: readonly (ResultRecord | undefined)[], ownPlace: string | undefined,
  index: CandidateIndex, groups: GroupOptions, rule: { readonly threshold: number; readonly smallSample: number; readonly keep: number }): { options: Option[]; total: number } {
  const ownLevel = schoolLevel(v.name);
  const keys = own.map(procedureKey);
  const id = `${keys.join('\u0001')}\u0000${ownPlace ?? ''}\u0000${ownLevel ?? ''}`;
  let all = groups.get(id);
  if (!all) groups.set(id, (all = groupOptions(keys, ownPlace, ownLevel, index, rule)));
  if (mine.some((m) => m === undefined)) return { options: [], total: 0 };
  const mineShares = mine.map((m) => m?.share2 ?? 0);
  if (mineShares.every((share) => share >= rule.threshold)) return { options: all.slice(0, rule.keep), total: all.length };
  const better = all.filter((o) => keys.every((key, i) => (o.candidate.results.get(key)?.share2 ?? Infinity) < mineShares[i]));
  return { options: better.slice(0, rule.keep), total: better.length };
}

function reasonOf(need: Need, c: Candidate, ownPlace: string | undefined, resilient: ReadonlySet<string> | undefined): PartnerReason {
  const ownLevel = schoolLevel(need.verdict.name);
  const procedures = need.procedures.map((procedure, i) => ({
    procedure, own: need.own[i]?.share2 ?? 0, partner: c.results.get(procedureKey(procedure))?.share2 ?? 0,
  }));
  return {
    procedures,
    ...(c.level !== undefined ? { level: c.level } : {}),
    sameLevel: ownLevel === undefined || c.level === ownLevel,
    ...(ownPlace !== undefined && c.place !== undefined ? { sameMunicipality: true, municipality: c.place } : {}),
    stableYears: c.verdict.previousStatus === undefined ? 1 : 2,
    ...(resilient?.has(c.verdict.schoolKey) ? { resilient: true } : {}),
  };
}

/** The curator assignment: partners (assigned or chosen) and the ШНОР left without one, with why. */
export interface CuratorAssignment {
  readonly partners: Map<string, Partner[]>;
  readonly gaps: Map<string, CuratorGap>;
}

/**
 * Assigns curators: the methodologist's choices first (they count towards a curator's load), then the ШНОР with the
 * fewest options, each taking its best option still below the load limit; among equally good options (score within
 * 0,05 p.p.) the least loaded. Deterministic; near-linear in schools (candidates indexed by municipality and procedure).
 */
export function assignCurators(
  analysis: Analysis,
  choices?: PartnerChoices | ReadonlyMap<string, readonly string[]>,
  resultsOf: YearResultsOf = yearResultsOf(indexDataset(analysis.dataset)),
): CuratorAssignment {
  const id = analysis.identification;
  const y = id.targetYear;
  const { threshold, smallSample } = id.parameters;
  const limit = Math.max(1, Math.floor(id.parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD));
  const chosenBy = choiceMap(choices);
  const places = new Map(analysis.dataset.schools.map((s) => [s.key, s.municipality]));
  const byName = new Map(id.verdicts.map((v) => [v.name, v]));
  const index = new CandidateIndex();
  const candidates: Candidate[] = [];
  id.verdicts.forEach((v, order) => {
    if (!isStable(v)) return;
    const level = schoolLevel(v.name);
    const place = places.get(v.schoolKey);
    const results = resultsOf(v.schoolKey, y) ?? new Map<string, ResultRecord>();
    const c: Candidate = { order, rank: 0, verdict: v, results, ...(level !== undefined ? { level } : {}), ...(place !== undefined ? { place } : {}) };
    candidates.push(c);
    index.add(c);
  });
  // Names in Russian order once, so that the options compare numbers.
  const collator = new Intl.Collator('ru');
  [...candidates].sort((a, b) => collator.compare(a.verdict.name, b.verdict.name) || a.order - b.order).forEach((c, i) => { c.rank = i; });
  const partners = new Map<string, Partner[]>();
  const gaps = new Map<string, CuratorGap>();
  const load = new Map<string, number>();
  const needs: Need[] = [];
  const pending: Omit<Need, 'options' | 'total'>[] = [];
  for (const v of id.verdicts) {
    if (v.status !== 'shnor') continue;
    const chosen = chosenBy.get(v.name);
    if (chosen && chosen.length > 0) {
      // A saved name no longer in the data is kept and said, not dropped: the methodologist chose it.
      partners.set(v.schoolKey, chosen.map((name): Partner => {
        const p = byName.get(name);
        const reason = { procedures: [], sameLevel: false, stableYears: 1 as const, chosen: true };
        if (p) load.set(p.schoolKey, (load.get(p.schoolKey) ?? 0) + 1);
        return p ? { schoolKey: p.schoolKey, name: p.name, reason } : { name, reason: { ...reason, missing: true } };
      }));
      continue;
    }
    const procedures = lowProcedures(v, y);
    if (procedures.length === 0) {
      gaps.set(v.schoolKey, { reason: 'no_low_results', candidates: 0 });
      continue;
    }
    const ownResults = resultsOf(v.schoolKey, y);
    const own = procedures.map((p) => ownResults?.get(procedureKey(p)) ?? v.low.find((r) => procedureKey(r.procedure) === procedureKey(p)));
    pending.push({ verdict: v, procedures, own });
  }
  // Under the load limit, at most (ШНОР + chosen) / limit curators are full when a ШНОР chooses: the first free option is
  // among that many + 1 best; a few more keep ties spread.
  const chosenCount = [...load.values()].reduce((sum, n) => sum + n, 0);
  const keep = Math.floor((pending.length + chosenCount) / limit) + 4;
  const groups: GroupOptions = new Map();
  for (const p of pending) {
    const { options, total } = optionsFor(p.verdict, p.procedures, p.own, places.get(p.verdict.schoolKey), index, groups, { threshold, smallSample, keep });
    needs.push({ ...p, options, total });
  }
  // Scarcity first: the ШНОР with the fewest options chooses first; then the list's order.
  const order = needs.map((_need, i) => i).sort((a, b) => needs[a].total - needs[b].total || a - b);
  for (const i of order) {
    const need = needs[i];
    const key = need.verdict.schoolKey;
    if (need.options.length === 0) {
      gaps.set(key, { reason: 'no_candidate', candidates: 0 });
      continue;
    }
    let best: Option | undefined;
    for (const o of need.options) {
      const used = load.get(o.candidate.verdict.schoolKey) ?? 0;
      if (used >= limit) continue;
      if (best === undefined) best = o;
      else if (o.sameMunicipality === best.sameMunicipality && o.score - best.score <= 0.05) {
        if (used < (load.get(best.candidate.verdict.schoolKey) ?? 0)) best = o;
      } else break;
    }
    if (!best) {
      gaps.set(key, { reason: 'all_busy', candidates: need.total });
      continue;
    }
    const c = best.candidate;
    load.set(c.verdict.schoolKey, (load.get(c.verdict.schoolKey) ?? 0) + 1);
    partners.set(key, [{ schoolKey: c.verdict.schoolKey, name: c.verdict.name, reason: reasonOf(need, c, places.get(key), analysis.social?.resilientKeys) }]);
  }
  return { partners, gaps };
}

/** Curators of every ШНОР school, by its key (the assignment without its gaps). */
export function suggestPartners(
  analysis: Analysis,
  choices?: PartnerChoices | ReadonlyMap<string, readonly string[]>,
  resultsOf?: YearResultsOf,
): Map<string, Partner[]> {
  return assignCurators(analysis, choices, resultsOf).partners;
}
