// Scales that turn a ВПР total into a mark: the shipped table (scales/*.json, each row with its source) under the user's.
import { ProcedureKind } from '../../core/model';
import { parseKind } from '../context';
import { RawValue } from '../grid';
import { canonicalSubject } from '../subjects';
import shipped from './scales/vpr.json';

/** One work's scale: inclusive upper bounds of «2», «3», «4»; «5» runs to the maximum. */
export interface MarkScale {
  readonly year: number;
  readonly kind: ProcedureKind;
  readonly subject: string;
  readonly grade: number;
  readonly upper2: number;
  readonly upper3: number;
  readonly upper4: number;
  readonly max: number;
  readonly source: string;
}

/** A scale row as written in scales/*.json, the sheet «Шкалы» and the --scales file: ranges «0–13». */
export interface ScaleRowText {
  readonly year: RawValue;
  readonly kind?: RawValue;
  readonly subject: RawValue;
  readonly grade: RawValue;
  readonly '2': RawValue;
  readonly '3': RawValue;
  readonly '4': RawValue;
  readonly '5': RawValue;
  readonly source?: RawValue;
}

function range(value: RawValue): [number, number] | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d+)\s*(?:[-–—−]|\.\.)\s*(\d+)$/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function integer(value: RawValue): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** A checked scale, or the Russian reason the row is not one (ranges must start at 0, follow each other, not overlap). */
export function parseScaleRow(row: ScaleRowText, defaultSource: string): MarkScale | string {
  const year = integer(row.year);
  if (year === undefined || year < 2000 || year > 2099) return `год «${String(row.year ?? '')}» не понят`;
  const kind = typeof row.kind === 'string' && row.kind.trim() !== '' ? parseKind(row.kind) : 'ВПР';
  if (kind === undefined) return `процедура «${String(row.kind)}» не понята`;
  const subject = typeof row.subject === 'string' ? canonicalSubject(row.subject) : undefined;
  if (subject === undefined) return 'не указан предмет';
  const grade = integer(row.grade);
  if (grade === undefined || grade < 1 || grade > 11) return `класс «${String(row.grade ?? '')}» не понят`;
  const marks = (['2', '3', '4', '5'] as const).map((m) => range(row[m]));
  const bad = marks.findIndex((r) => r === undefined);
  if (bad >= 0) return `границы отметки «${bad + 2}» («${String(row[String(bad + 2) as '2'] ?? '')}») не поняты — нужен вид «0–13»`;
  const r = marks as [number, number][];
  if (r[0][0] !== 0) return `отметка «2» должна начинаться с 0 баллов, а не с ${r[0][0]}`;
  for (let i = 0; i < 4; i++) {
    if (r[i][1] < r[i][0]) return `границы отметки «${i + 2}» идут в обратном порядке`;
    if (i > 0 && r[i][0] !== r[i - 1][1] + 1) return `отметка «${i + 2}» начинается с ${r[i][0]}, а «${i + 1}» кончается на ${r[i - 1][1]} — границы должны идти подряд`;
  }
  const source = typeof row.source === 'string' && row.source.trim() !== '' ? row.source.trim() : defaultSource;
  return { year, kind, subject, grade, upper2: r[0][1], upper3: r[1][1], upper4: r[2][1], max: r[3][1], source };
}

export function scaleKey(year: number, kind: ProcedureKind, subject: string, grade: number): string {
  return `${year}|${kind}|${subject}|${grade}`;
}

/** The mark a total gives under a scale (a total above the maximum is still «5»; the caller warns of it). */
export function markOf(total: number, scale: MarkScale): 2 | 3 | 4 | 5 {
  if (total <= scale.upper2) return 2;
  if (total <= scale.upper3) return 3;
  if (total <= scale.upper4) return 4;
  return 5;
}

/** Scales by work; the user's rows replace the shipped ones of the same work. */
export class ScaleTable {
  private readonly byKey = new Map<string, MarkScale & { readonly user: boolean }>();

  constructor(user: readonly MarkScale[] = [], base: readonly MarkScale[] = SHIPPED_SCALES) {
    for (const s of base) this.byKey.set(scaleKey(s.year, s.kind, s.subject, s.grade), { ...s, user: false });
    for (const s of user) this.byKey.set(scaleKey(s.year, s.kind, s.subject, s.grade), { ...s, user: true });
  }

  find(year: number, kind: ProcedureKind, subject: string, grade: number): (MarkScale & { readonly user: boolean }) | undefined {
    return this.byKey.get(scaleKey(year, kind, subject, grade));
  }

  all(): readonly MarkScale[] {
    return [...this.byKey.values()];
  }
}

function loadShipped(): MarkScale[] {
  const out: MarkScale[] = [];
  for (const row of (shipped as { rows: ScaleRowText[] }).rows) {
    const s = parseScaleRow(row, '');
    // The shipped table is checked by its test; a broken row is a programming error, never a guess.
    if (typeof s === 'string') throw new Error(`scales/vpr.json: ${s}`);
    out.push(s);
  }
  return out;
}

/** The scales shipped with the product (scales/vpr.json). */
export const SHIPPED_SCALES: readonly MarkScale[] = loadShipped();
