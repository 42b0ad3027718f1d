// The user's per-sheet corrections (exclusion, context, column roles): checking saved or given settings, updating one sheet.
import { isProcedureKind } from '../core/model';
import { PartnerChoices } from '../core/parameters';
import { ColumnRole, IngestSettings, NOTE_FIELDS, NoteSettings, SheetSettings, WORKBOOK_SETTINGS_KEY } from './types';

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

/**
 * A dictionary keyed by user text (sheet, school names) as JSON holds it: no prototype, so a key named «__proto__»,
 * «constructor» or «toString» is an entry like any other and a missing one is undefined.
 */
export function textKeyed<T>(entries: Iterable<readonly [string, T]>): Readonly<Record<string, T>> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The value a JSON dictionary holds under a user-text key (its own entry only, never an Object.prototype member). */
export function ownEntry<T>(dictionary: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return dictionary !== undefined && Object.prototype.hasOwnProperty.call(dictionary, key) ? dictionary[key] : undefined;
}

/** One sheet's settings («*»: the whole workbook's); undefined when none are saved. */
export function sheetSettingsOf(settings: IngestSettings | undefined, sheet: string): SheetSettings | undefined {
  return ownEntry(settings, sheet);
}

/** The methodologist's partner choices saved with the workbook's settings, by ШНОР school name. */
export function partnerChoicesOf(settings: IngestSettings | undefined): PartnerChoices | undefined {
  const partners = sheetSettingsOf(settings, WORKBOOK_SETTINGS_KEY)?.partners;
  return partners === undefined ? undefined : new Map(Object.entries(partners));
}

function sanitizeSheet(raw: unknown): SheetSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const out: {
    excluded?: boolean; context?: SheetSettings['context']; columns?: Readonly<Record<string, ColumnRole>>; schoolMerges?: (readonly [string, string])[];
    partners?: Readonly<Record<string, readonly string[]>>; note?: NoteSettings; directions?: Record<string, 'worse' | 'better'>;
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
    const columns = Object.entries(raw.columns).filter((e): e is [string, ColumnRole] => /^[A-Z]{1,3}$/.test(e[0]) && isColumnRole(e[1]));
    if (columns.length > 0) out.columns = textKeyed(columns);
  }
  if (Array.isArray(raw.schoolMerges)) {
    const pairs = raw.schoolMerges.filter((p): p is [string, string] =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string' && p[0].trim() !== '' && p[1].trim() !== '');
    if (pairs.length > 0) out.schoolMerges = pairs.map(([a, b]) => [a.trim(), b.trim()] as const);
  }
  if (isRecord(raw.partners)) {
    const partners: [string, string[]][] = [];
    for (const [school, names] of Object.entries(raw.partners)) {
      const list = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim()) : [];
      if (school.trim() !== '' && list.length > 0) partners.push([school.trim(), list]);
    }
    if (partners.length > 0) out.partners = textKeyed(partners);
  }
  const note = sanitizeNote(raw.note);
  if (note) out.note = note;
  if (isRecord(raw.directions)) {
    const directions: Record<string, 'worse' | 'better'> = {};
    for (const [column, d] of Object.entries(raw.directions)) if (/^[A-Z]{1,3}$/.test(column) && (d === 'worse' || d === 'better')) directions[column] = d;
    if (Object.keys(directions).length > 0) out.directions = directions;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The справка's header and signature fields: non-empty strings of the known keys, trimmed (at most 300 characters). */
export function sanitizeNote(raw: unknown): NoteSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Partial<Record<(typeof NOTE_FIELDS)[number], string>> = {};
  for (const key of NOTE_FIELDS) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim().slice(0, 300);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Saved source settings with anything unreadable dropped (a damaged value never breaks the pane). */
export function sanitizeSourceSettings(raw: unknown): IngestSettings {
  if (!isRecord(raw)) return textKeyed([]);
  const out: [string, SheetSettings][] = [];
  for (const [sheet, value] of Object.entries(raw)) {
    const clean = sanitizeSheet(value);
    if (clean) out.push([sheet, clean]);
  }
  return textKeyed(out);
}

/** The settings with one sheet's entry replaced (removed when undefined or empty). */
export function withSheetSettings(all: IngestSettings, sheet: string, next: SheetSettings | undefined): IngestSettings {
  const clean = sanitizeSheet(next);
  const others = Object.entries(all).filter(([name]) => name !== sheet);
  return textKeyed(clean ? [...others, [sheet, clean] as const] : others);
}
