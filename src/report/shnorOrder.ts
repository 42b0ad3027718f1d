// The order of schools on the ШНОР list (and everywhere the list is repeated): status, then more low results, then name.
import { Verdict } from '../core/results';
import { STATUS_ORDER, compareText } from './labels';

/** ШНОР, зона риска, не ШНОР, нет данных; inside a group more low results first, then by name. */
export function sortVerdicts(verdicts: readonly Verdict[], year: number): Verdict[] {
  return [...verdicts].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      lowCount(b, year) - lowCount(a, year) ||
      compareText(a.name, b.name) ||
      compareText(a.schoolKey, b.schoolKey),
  );
}

/** Counted procedures with a low result in the year. */
export function lowCount(v: Verdict, year: number): number {
  return v.low.filter((r) => r.year === year).length;
}
