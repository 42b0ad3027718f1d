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
  readonly options: readonly Option[];
}

/** The options of one ШНОР, best first: same municipality first, then the lower score, then the name. */
function optionsFor(v: Verdict, own: readonly Procedure[], mine: readonly (ResultRecord | undefined)[], ownPlace: string | undefined,
  index: CandidateIndex, threshold: number, smallSample: number): Option[] {
  const ownLevel = schoolLevel(v.name);
  const keys = own.map(procedureKey);
  // Walk the shortest list of the first compared procedure: a candidate must have a result in every one of them.
  const out: Option[] = [];
  for (const list of index.pool(ownPlace, keys[0])) {
    for (const c of list) {
      if (c.verdict.schoolKey === v.schoolKey) continue;
      if (ownLevel !== undefined && (c.level === undefined || LEVEL_RANK[c.level] < LEVEL_RANK[ownLevel])) continue;
      let sum = 0;
      let ok = true;
      for (let i = 0; i < keys.length && ok; i++) {
        const m = mine[i];
        const theirs = c.results.get(keys[i]);
        ok = m !== undefined && theirs !== undefined && theirs.share2 < threshold && theirs.share2 < m.share2
          && !(theirs.participants !== undefined && theirs.participants < smallSample);
        if (ok && theirs) sum += theirs.share2;
      }
      if (!ok) continue;
      const sameLevel = ownLevel === undefined || c.level === ownLevel;
      out.push({ candidate: c, score: sum / keys.length + (sameLevel ? 0 : 5), sameMunicipality: ownPlace !== undefined && c.place === ownPlace });
    }
  }
  out.sort((a, b) => Number(b.sameMunicipality) - Number(a.sameMunicipality) || a.score - b.score
    || a.candidate.verdict.name.localeCompare(b.candidate.verdict.name, 'ru') || a.candidate.order - b.candidate.order);
  return out;
}

function reasonOf(need: Need, c: Candidate, ownPlace: string | undefined): PartnerReason {
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
  id.verdicts.forEach((v, order) => {
    if (!isStable(v)) return;
    const level = schoolLevel(v.name);
    const place = places.get(v.schoolKey);
    const results = resultsOf(v.schoolKey, y) ?? new Map<string, ResultRecord>();
    index.add({ order, verdict: v, results, ...(level !== undefined ? { level } : {}), ...(place !== undefined ? { place } : {}) });
  });
  const partners = new Map<string, Partner[]>();
  const gaps = new Map<string, CuratorGap>();
  const load = new Map<string, number>();
  const needs: Need[] = [];
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
    needs.push({ verdict: v, procedures, own, options: optionsFor(v, procedures, own, places.get(v.schoolKey), index, threshold, smallSample) });
  }
  // Scarcity first: the ШНОР with the fewest options chooses first; then the list's order.
  const order = needs.map((_need, i) => i).sort((a, b) => needs[a].options.length - needs[b].options.length || a - b);
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
      gaps.set(key, { reason: 'all_busy', candidates: need.options.length });
      continue;
    }
    const c = best.candidate;
    load.set(c.verdict.schoolKey, (load.get(c.verdict.schoolKey) ?? 0) + 1);
    partners.set(key, [{ schoolKey: c.verdict.schoolKey, name: c.verdict.name, reason: reasonOf(need, c, places.get(key)) }]);
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
