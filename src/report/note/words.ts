// Russian wording of the справка: plurals, lists of names, «в 2023 г.», percents — one place for every helper.
import { pluralRu } from '../../core/format';
import { formatNumber } from '../format';

/** «1 школа», «3 школы», «5 школ». */
export function schools(n: number): string {
  return `${n} ${pluralRu(n, 'школа', 'школы', 'школ')}`;
}

/** «школа», «школы», «школ» for a count given elsewhere. */
export function schoolsWord(n: number): string {
  return pluralRu(n, 'школа', 'школы', 'школ');
}

/** «А», «А и Б», «А, Б и В». */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} и ${names[names.length - 1]}`;
}

/** «33,3 %» (one decimal at most, comma). */
export function pct(value: number): string {
  return `${formatNumber(value)} %`;
}

/** «в 2023 г.». */
export function inYear(year: number): string {
  return `в ${year} г.`;
}

/** «выросла с 33 % до 50 %» / «снизилась с 50 % до 33 %» / «не изменилась (33 %)». */
export function changeText(from: number, to: number, stableBand: number): string {
  if (Math.abs(to - from) <= stableBand) return `почти не изменилась (${pct(from)} и ${pct(to)})`;
  return `${to > from ? 'выросла' : 'снизилась'} с ${pct(from)} до ${pct(to)}`;
}
