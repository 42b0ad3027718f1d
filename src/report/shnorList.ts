// The ШНОР list's order and compact texts: grouping by municipality (regional data), «низкие результаты» in one line.
import { pluralRu } from '../core/format';
import { Procedure } from '../core/model';
import { Analysis, Verdict } from '../core/results';
import { formatNumber } from './format';
import { STATUS_LABELS, compareProcedures, compareText, procedureAbbrev } from './labels';
import { sortVerdicts } from './shnorOrder';

/** Where a school is: its municipality and login code as the data gave them. */
export interface SchoolPlace {
  readonly municipality?: string;
  readonly code?: string;
}

/** The schools' municipalities and codes; `several` when the data spans more than one municipality. */
export interface Places {
  readonly of: ReadonlyMap<string, SchoolPlace>;
  readonly several: boolean;
  /** Some school has a login code (shown with the municipality at regional scale). */
  readonly codes: boolean;
}

export function schoolPlaces(analysis: Analysis): Places {
  const of = new Map<string, SchoolPlace>();
  const names = new Set<string>();
  let codes = false;
  for (const s of analysis.dataset.schools) {
    const municipality = s.municipality?.trim() || undefined;
    of.set(s.key, { ...(municipality ? { municipality } : {}), ...(s.code ? { code: s.code } : {}) });
    if (municipality) names.add(municipality);
    if (s.code) codes = true;
  }
  return { of, several: names.size > 1, codes };
}

/** Caption of the schools without a municipality in a grouped list. */
export const NO_MUNICIPALITY = 'Муниципалитет не указан';

export interface ListGroup {
  /** Undefined for the one group of a list that is not grouped. */
  readonly municipality?: string;
  readonly verdicts: readonly Verdict[];
}

/**
 * The list in the sheet's order: one group (ШНОР, зона риска, не ШНОР, нет данных) when the data has one
 * municipality; otherwise by municipality (alphabetically, the unnamed last), the same order inside each.
 */
export function listGroups(analysis: Analysis, places: Places = schoolPlaces(analysis)): ListGroup[] {
  const y = analysis.identification.targetYear;
  const sorted = sortVerdicts(analysis.identification.verdicts, y);
  if (!places.several) return [{ verdicts: sorted }];
  const groups = new Map<string, Verdict[]>();
  for (const v of sorted) {
    const name = places.of.get(v.schoolKey)?.municipality ?? NO_MUNICIPALITY;
    const own = groups.get(name);
    if (own) own.push(v);
    else groups.set(name, [v]);
  }
  return [...groups]
    .sort(([a], [b]) => Number(a === NO_MUNICIPALITY) - Number(b === NO_MUNICIPALITY) || compareText(a, b))
    .map(([municipality, verdicts]) => ({ municipality, verdicts }));
}

/** The schools in the sheet's order (grouped by municipality when the data has several): for the CLI and the pane. */
export function listOrder(analysis: Analysis): Verdict[] {
  return listGroups(analysis).flatMap((g) => g.verdicts);
}

/** «Кировский район — 45 школ: ШНОР — 3, зона риска — 5». */
export function groupCaption(group: ListGroup): string {
  const n = group.verdicts.length;
  const shnor = group.verdicts.filter((v) => v.status === 'shnor').length;
  const risk = group.verdicts.filter((v) => v.status === 'risk').length;
  return `${group.municipality ?? ''} — ${n}\u00A0${pluralRu(n, 'школа', 'школы', 'школ')}: ${STATUS_LABELS.shnor} — ${shnor}, ${STATUS_LABELS.risk.toLowerCase()} — ${risk}`;
}

/** «ВПР-5 рус.», «ОГЭ мат.», «ЕГЭ мат. проф.»: a procedure as the compact list names it (the curators' reasons' words). */
export function procedureAbbreviation(p: Procedure): string {
  return procedureAbbrev(p);
}

/** «ВПР-5 рус. 33,3 % (2024); ВПР-6 мат. 40 % (2023)»: the low results behind the status, newest year first. */
export function lowResultsText(v: Verdict): string {
  return [...v.low]
    .sort((a, b) => b.year - a.year || compareProcedures(a.procedure, b.procedure))
    .map((r) => `${procedureAbbreviation(r.procedure)} ${formatNumber(r.share2)}\u00A0% (${r.year})`)
    .join('; ');
}

/** The curators proposed (or chosen) for a ШНОР school, by name; why none when there is none. */
export function curatorsText(analysis: Analysis, v: Verdict): string {
  if (v.status !== 'shnor') return '';
  const partners = analysis.partners?.get(v.schoolKey) ?? [];
  if (partners.length === 0) return 'нет куратора';
  return partners.map((p) => (p.reason.missing ? `${p.name} (нет в данных)` : p.name)).join('; ');
}
