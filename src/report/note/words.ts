// Russian wording of the справка: plurals, cases, years, percents, non-breaking spaces — one place for every section.
import { pluralRu } from '../../core/format';
import { formatNumber } from '../format';

/** The non-breaking space of «№ 2», «50 %», «п. п.», «2023 г.». */
export const NBSP = '\u00A0';

/** «5 школ», «1 когорта»: a count with its noun in the right form (forms: one, few, many). */
export function count(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralRu(n, one, few, many)}`;
}

/** «1 школа», «3 школы», «5 школ». */
export function schools(n: number): string {
  return count(n, 'школа', 'школы', 'школ');
}

/** «школа», «школы», «школ» for a count given elsewhere. */
export function schoolsWord(n: number): string {
  return pluralRu(n, 'школа', 'школы', 'школ');
}

/** «в 1 школе», «в 3 школах» (prepositional). */
export function inSchools(n: number): string {
  return `в ${n} ${pluralRu(n, 'школе', 'школах', 'школах')}`;
}

/** «у 1 школы», «у 5 школ» (genitive). */
export function ofSchools(n: number): string {
  return `у ${n} ${pluralRu(n, 'школы', 'школ', 'школ')}`;
}

/** «1 когорта», «1253 когорты», «5 когорт». */
export function cohorts(n: number): string {
  return count(n, 'когорта', 'когорты', 'когорт');
}

/** «из 1 когорты», «из 5 когорт» (genitive, without the preposition). */
export function fromCohorts(n: number): string {
  return `${n} ${pluralRu(n, 'когорты', 'когорт', 'когорт')}`;
}

/** «в 1 когорте», «в 34 когортах». */
export function inCohorts(n: number): string {
  return `в ${n} ${pluralRu(n, 'когорте', 'когортах', 'когортах')}`;
}

/** «при 1 участнике», «при 3 участниках». */
export function withParticipants(n: number): string {
  return `при ${n} ${pluralRu(n, 'участнике', 'участниках', 'участниках')}`;
}

/** «А», «А и Б», «А, Б и В». */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} и ${names[names.length - 1]}`;
}

/** «33,3 %» (one decimal at most, comma, non-breaking space). */
export function pct(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** «2,5 п. п.» (absolute value). */
export function points(value: number): string {
  return `${formatNumber(Math.abs(value))}${NBSP}п.${NBSP}п.`;
}

/** «2023 г.». */
export function year(y: number): string {
  return `${y}${NBSP}г.`;
}

/** «в 2023 г.». */
export function inYear(y: number): string {
  return `в ${year(y)}`;
}

/** «2022–2024 гг.» or «2024 г.». */
export function yearsSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? year(first) : `${first}–${last}${NBSP}гг.`;
}

/** «с 3,9 % в 2023 г. до 6,4 % в 2024 г.». */
export function fromTo(from: number, fromYear: number, to: number, toYear: number): string {
  return `с ${pct(from)} ${inYear(fromYear)} до ${pct(to)} ${inYear(toYear)}`;
}

/**
 * «выросла с 33 % в 2023 г. до 50 % в 2024 г.» / «снизилась с …» / «почти не изменилась (33 % в 2023 г., 34 % в 2024 г.)»:
 * a change of доля «2» within the stable band is no change.
 */
export function changeText(from: number, fromYear: number, to: number, toYear: number, stableBand: number): string {
  if (Math.abs(to - from) <= stableBand) return `почти не изменилась (${pct(from)} ${inYear(fromYear)}, ${pct(to)} ${inYear(toYear)})`;
  return `${to > from ? 'выросла' : 'снизилась'} ${fromTo(from, fromYear, to, toYear)}`;
}

/** Capitalised first letter («в 2024 г.» → «В 2024 г.»). */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Non-breaking spaces where Russian typography wants them, in any text (school names too): «№ 2», «50 %», «п. п.»,
 * «2023 г.», «2022–2024 гг.».
 */
export function typeset(text: string): string {
  return text
    .replace(/№ (?=\S)/g, `№${NBSP}`)
    .replace(/(\d) %/g, `$1${NBSP}%`)
    .replace(/п\. п\./g, `п.${NBSP}п.`)
    .replace(/(\d) (гг?\.)/g, `$1${NBSP}$2`)
    // A sentence ending in an abbreviation keeps its one period («в 2024 г.», not «в 2024 г..»).
    .replace(/(\sгг?\.|п\.)\.(?!\.)/g, '$1');
}
