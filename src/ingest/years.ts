// Years: 2023, "2022/2023", "2022-2023", "2022–23 уч. год" → the year of the assessment (the later one).
import { RawValue } from './grid';

const PAIR_RE = /(?<!\d)(20\d{2})\s*(?:\/|-|–|—|−)\s*(20\d{2}|\d{2})(?!\d)/;
const SINGLE_RE = /(?<!\d)(20\d{2})(?!\d)/;

/** The year of assessment written in a text or a cell; undefined when none. */
export function parseYear(value: RawValue | undefined): number | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 2000 && value <= 2099 ? value : undefined;
  const pair = PAIR_RE.exec(value);
  if (pair) {
    const first = Number(pair[1]);
    const second = pair[2].length === 2 ? Math.floor(first / 100) * 100 + Number(pair[2]) : Number(pair[2]);
    if (second === first + 1) return second;
  }
  const single = SINGLE_RE.exec(value);
  return single ? Number(single[1]) : undefined;
}

/** Every distinct year mentioned in a text (school-year pairs count as their later year). */
export function findYears(text: string): number[] {
  const out = new Set<number>();
  const re = new RegExp(`${PAIR_RE.source}|${SINGLE_RE.source}`, 'g');
  for (const m of text.matchAll(re)) {
    const year = parseYear(m[0]);
    if (year !== undefined) out.add(year);
  }
  return [...out];
}
