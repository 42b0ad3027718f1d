// Школы-кураторы (methodology.md §4a): for each ШНОР, one to three partner schools with stable results — not ШНОР and
// not at risk (two years where Y−1 is known), better in exactly the school's low procedures, the same level or
// higher (СОШ with СОШ; ООШ with ООШ or СОШ), the same municipality when both are known. Reasons are data; words
// are the report's.
import { Procedure, ResultRecord, procedureKey } from './model';
import { Analysis, Partner, PartnerReason, SchoolLevel, Verdict } from './results';
import { PartnerChoices } from './parameters';
import { ResultIndex, indexDataset } from './resultIndex';
import { resultsOfYear } from './columns';

export type { Partner, PartnerReason, SchoolLevel, PartnerChoices };

const LEVEL_RANK: Readonly<Record<SchoolLevel, number>> = { primary: 0, basic: 1, secondary: 2 };

/** The level a school's name says; undefined when it does not say (the partner rule then does not use it). Bounded patterns: linear in the name. */
export function schoolLevel(name: string): SchoolLevel | undefined {
  const n = name.toLowerCase().replace(/ё/g, 'е');
  if (/(^|[^а-я])нош([^а-я]|$)|начальн\S{0,30} (обще)?образоват/.test(n)) return 'primary';
  if (/(^|[^а-я])о{1,2}ш([^а-я]|$)|основн\S{0,30} (обще)?образоват/.test(n)) return 'basic';
  if (/(^|[^а-я])(сош|сш|мсош|цо)([^а-я]|$)|гимнази|лице[йяю]|кадетск|центр образования|интернат|средн\S{0,30} (обще)?образоват/.test(n)) return 'secondary';
  return undefined;
}

const MAX_PARTNERS = 3;

function lowProcedures(v: Verdict, year: number): Procedure[] {
  const seen = new Map<string, Procedure>();
  // The low results of Y; for a school that is ШНОР only by К2 (low in Y−1), those of Y−1.
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

interface Candidate {
  readonly order: number;
  readonly verdict: Verdict;
  readonly level?: SchoolLevel;
  readonly place?: string;
}

/** Candidates of one municipality and those whose municipality is unknown, in the verdicts' order. */
function poolFor(place: string | undefined, all: readonly Candidate[], byPlace: ReadonlyMap<string, readonly Candidate[]>, unplaced: readonly Candidate[]): readonly Candidate[] {
  if (place === undefined) return all;
  const own = byPlace.get(place) ?? [];
  if (unplaced.length === 0) return own;
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < unplaced.length) {
    if (j >= unplaced.length || (i < own.length && own[i].order < unplaced[j].order)) out.push(own[i++]);
    else out.push(unplaced[j++]);
  }
  return out;
}

/** Partners of every ШНОР school, by its key; the user's choices replace the suggestion of a school. */
export function suggestPartners(analysis: Analysis, choices: PartnerChoices = new Map(), resultsOf: YearResultsOf = yearResultsOf(indexDataset(analysis.dataset))): Map<string, Partner[]> {
  const id = analysis.identification;
  const y = id.targetYear;
  const threshold = id.parameters.threshold;
  const schools = new Map(analysis.dataset.schools.map((s) => [s.key, s]));
  const byName = new Map(id.verdicts.map((v) => [v.name, v]));
  // Level and municipality of each stable school once; candidates grouped by municipality (a region has hundreds).
  const all: Candidate[] = [];
  const byPlace = new Map<string, Candidate[]>();
  const unplaced: Candidate[] = [];
  for (const v of id.verdicts) {
    if (!(v.status === 'ok' && (v.previousStatus === undefined || v.previousStatus === 'ok' || v.previousStatus === 'no_data'))) continue;
    const place = schools.get(v.schoolKey)?.municipality;
    const level = schoolLevel(v.name);
    const c: Candidate = { order: all.length, verdict: v, ...(level !== undefined ? { level } : {}), ...(place !== undefined ? { place } : {}) };
    all.push(c);
    if (place === undefined) unplaced.push(c);
    else {
      const list = byPlace.get(place);
      if (list) list.push(c);
      else byPlace.set(place, [c]);
    }
  }
  const out = new Map<string, Partner[]>();
  for (const v of id.verdicts) {
    if (v.status !== 'shnor') continue;
    const own = lowProcedures(v, y);
    const ownKeys = own.map(procedureKey);
    const ownLevel = schoolLevel(v.name);
    const ownPlace = schools.get(v.schoolKey)?.municipality;
    const ownResults = resultsOf(v.schoolKey, y);
    const chosen = choices.get(v.name);
    if (chosen) {
      // A saved name no longer in the data is kept and said, not dropped: the methodologist chose it.
      out.set(v.schoolKey, chosen.map((name): Partner => {
        const p = byName.get(name);
        const reason = { procedures: [], sameLevel: false, stableYears: 1 as const, chosen: true };
        return p ? { schoolKey: p.schoolKey, name: p.name, reason } : { name, reason: { ...reason, missing: true } };
      }));
      continue;
    }
    const mine = own.map((_proc, i) => ownResults?.get(ownKeys[i]) ?? v.low.find((r) => procedureKey(r.procedure) === ownKeys[i]));
    const candidates: { partner: Partner; score: number }[] = [];
    for (const c of poolFor(ownPlace, all, byPlace, unplaced)) {
      const p = c.verdict;
      if (p.schoolKey === v.schoolKey) continue;
      const level = c.level;
      if (ownLevel !== undefined && (level === undefined || LEVEL_RANK[level] < LEVEL_RANK[ownLevel])) continue;
      const place = c.place;
      const theirResults = resultsOf(p.schoolKey, y);
      const shares: PartnerReason['procedures'][number][] = [];
      for (let i = 0; i < own.length; i++) {
        const m = mine[i];
        const theirs = theirResults?.get(ownKeys[i]);
        if (!m || !theirs || theirs.share2 >= threshold || theirs.share2 >= m.share2) break;
        shares.push({ procedure: own[i], own: m.share2, partner: theirs.share2 });
      }
      if (shares.length !== own.length || own.length === 0) continue;
      const reason: PartnerReason = {
        procedures: shares,
        ...(level !== undefined ? { level } : {}),
        sameLevel: ownLevel === undefined || level === ownLevel,
        ...(ownPlace !== undefined && place !== undefined ? { sameMunicipality: true, municipality: place } : {}),
        stableYears: p.previousStatus === undefined ? 1 : 2,
      };
      // The best results in those procedures first; a school of the same level before a higher one.
      const score = shares.reduce((s, x) => s + x.partner, 0) / shares.length + (reason.sameLevel ? 0 : 5);
      candidates.push({ partner: { schoolKey: p.schoolKey, name: p.name, reason }, score });
    }
    candidates.sort((a, b) => a.score - b.score || a.partner.name.localeCompare(b.partner.name, 'ru'));
    out.set(v.schoolKey, candidates.slice(0, MAX_PARTNERS).map((c) => c.partner));
  }
  return out;
}
