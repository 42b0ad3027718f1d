// The user's per-sheet corrections (exclusion, context, column roles): checking saved or given settings, updating one sheet.
import { isProcedureKind } from '../core/model';
import { ColumnRole, IngestSettings, SheetSettings } from './types';

const ROLES: readonly ColumnRole[] = [
  'school', 'municipality', 'year', 'kind', 'grade', 'subject', 'participants',
  'share2', 'count2', 'share3', 'share4', 'share5', 'share45',
  'lowered', 'confirmed', 'raised', 'meanScore', 'category', 'ignore',
];

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sanitizeSheet(raw: unknown): SheetSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const out: {
    excluded?: boolean; context?: SheetSettings['context']; columns?: Record<string, ColumnRole>; schoolMerges?: (readonly [string, string])[];
    partners?: Record<string, string[]>; directions?: Record<string, 'worse' | 'better'>;
  } = {};
  if (raw.excluded === true) out.excluded = true;
  if (isRecord(raw.context)) {
    const c = raw.context;
    const context = {
      ...(typeof c.year === 'number' && Number.isInteger(c.year) ? { year: c.year } : {}),
      ...(typeof c.kind === 'string' && isProcedureKind(c.kind) ? { kind: c.kind } : {}),
      ...(typeof c.grade === 'number' && Number.isInteger(c.grade) ? { grade: c.grade } : {}),
      ...(typeof c.subject === 'string' && c.subject.trim() !== '' ? { subject: c.subject.trim() } : {}),
    };
    if (Object.keys(context).length > 0) out.context = context;
  }
  if (isRecord(raw.columns)) {
    const columns: Record<string, ColumnRole> = {};
    for (const [column, role] of Object.entries(raw.columns)) {
      if (/^[A-Z]{1,3}$/.test(column) && isColumnRole(role)) columns[column] = role;
    }
    if (Object.keys(columns).length > 0) out.columns = columns;
  }
  if (Array.isArray(raw.schoolMerges)) {
    const pairs = raw.schoolMerges.filter((p): p is [string, string] =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string' && p[0].trim() !== '' && p[1].trim() !== '');
    if (pairs.length > 0) out.schoolMerges = pairs.map(([a, b]) => [a.trim(), b.trim()] as const);
  }
  if (isRecord(raw.partners)) {
    const partners: Record<string, string[]> = {};
    for (const [school, names] of Object.entries(raw.partners)) {
      const list = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim()) : [];
      if (school.trim() !== '' && list.length > 0) partners[school.trim()] = list;
    }
    if (Object.keys(partners).length > 0) out.partners = partners;
  }
  if (isRecord(raw.directions)) {
    const directions: Record<string, 'worse' | 'better'> = {};
    for (const [column, d] of Object.entries(raw.directions)) if (/^[A-Z]{1,3}$/.test(column) && (d === 'worse' || d === 'better')) directions[column] = d;
    if (Object.keys(directions).length > 0) out.directions = directions;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Saved source settings with anything unreadable dropped (a damaged value never breaks the pane). */
export function sanitizeSourceSettings(raw: unknown): IngestSettings {
  if (!isRecord(raw)) return {};
  const out: Record<string, SheetSettings> = {};
  for (const [sheet, value] of Object.entries(raw)) {
    const clean = sanitizeSheet(value);
    if (clean) out[sheet] = clean;
  }
  return out;
}

/** The settings with one sheet's entry replaced (removed when undefined or empty). */
export function withSheetSettings(all: IngestSettings, sheet: string, next: SheetSettings | undefined): IngestSettings {
  const clean = sanitizeSheet(next);
  const out: Record<string, SheetSettings> = { ...all };
  if (clean) out[sheet] = clean;
  else delete out[sheet];
  return out;
}
