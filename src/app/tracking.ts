// The workbook's own record of the sheets the add-in wrote (custom property ShnorOutputSheets, JSON), shared by both adapters.
import { TrackedSheet } from './workbookPort';
import { OutputKind } from '../report/model';

export const TRACKING_KEY = 'ShnorOutputSheets';

/**
 * The mark only the product's own sheets carry, written by both adapters: a hidden sheet-local defined name whose
 * comment is "<kind>;<digest of the values written>". A user's sheet never has it, whatever its name.
 */
export const OUTPUT_MARKER = '_ShnorOutput';

/** The marker's comment for a sheet of this kind and digest. */
export function markerComment(kind: OutputKind, digest: string): string {
  return `${kind};${digest}`;
}

/** The marker's comment read back: kind and digest; undefined when it is not one of ours. */
export function parseMarkerComment(comment: string | undefined): { readonly kind: OutputKind; readonly digest: string } | undefined {
  const [kind, digest] = (comment ?? '').split(';');
  return (KINDS as readonly string[]).includes(kind) ? { kind: kind as OutputKind, digest: digest ?? '' } : undefined;
}

/** Desktop Excel trims a custom property value to 255 characters: longer JSON goes into numbered parts. */
const PART_LENGTH = 255;

/** Every kind of output sheet the product writes. */
export const OUTPUT_KINDS: readonly OutputKind[] = ['shnor', 'dynamics', 'summary', 'rating', 'objectivity', 'parameters', 'note', 'context'];
const KINDS = OUTPUT_KINDS;

/** One written sheet as recorded: its name at write time and, once known, its Worksheet.id (stable across renames). */
export interface TrackingRecord {
  readonly name: string;
  readonly kind: OutputKind;
  readonly id?: string;
  /** Fingerprint of the values written (app/sheetDigest): a different one later means the user typed into the sheet. */
  readonly digest?: string;
}

/** Index of a tracking key: 1 for "ShnorOutputSheets", n for "ShnorOutputSheets.n"; undefined for other keys. */
export function trackingPartIndex(key: string): number | undefined {
  const m = new RegExp(`^${TRACKING_KEY}(?:\\.(\\d+))?$`, 'i').exec(key);
  if (!m) return undefined;
  return m[1] === undefined ? 1 : Number(m[1]);
}

/** Property entries (key → value) that hold the records. */
export function trackingEntries(records: readonly TrackingRecord[]): { key: string; value: string }[] {
  const json = JSON.stringify(records.map((r) => ({ name: r.name, kind: r.kind, ...(r.id ? { id: r.id } : {}), ...(r.digest ? { digest: r.digest } : {}) })));
  const entries: { key: string; value: string }[] = [];
  for (let i = 0; i === 0 || i * PART_LENGTH < json.length; i++) {
    entries.push({ key: i === 0 ? TRACKING_KEY : `${TRACKING_KEY}.${i + 1}`, value: json.slice(i * PART_LENGTH, (i + 1) * PART_LENGTH) });
  }
  return entries;
}

function isRecord(item: unknown): item is TrackingRecord {
  if (typeof item !== 'object' || item === null) return false;
  const { name, kind, id, digest } = item as { name?: unknown; kind?: unknown; id?: unknown; digest?: unknown };
  return typeof name === 'string' && KINDS.includes(kind as OutputKind) && (id === undefined || typeof id === 'string') &&
    (digest === undefined || typeof digest === 'string');
}

/** The records from the custom properties; [] when absent or broken. */
export function parseTracking(properties: readonly { key: string; value: unknown }[]): TrackingRecord[] {
  const parts = properties
    .map((p) => ({ index: trackingPartIndex(p.key), value: p.value }))
    .filter((p): p is { index: number; value: unknown } => p.index !== undefined)
    .sort((a, b) => a.index - b.index);
  let json = '';
  for (let i = 0; i < parts.length && parts[i].index === i + 1; i++) json += typeof parts[i].value === 'string' ? parts[i].value : '';
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter(isRecord) : [];
  } catch {
    return [];
  }
}

/**
 * Tracked sheets that are still ours: the name must match and, when the record has the sheet's id, so must the id.
 * A user's new sheet under an old output name (other id) is never taken for ours, and an output sheet the user
 * renamed is left alone as theirs.
 */
export function resolveTracked(records: readonly TrackingRecord[], sheets: readonly { name: string; id: string }[]): TrackedSheet[] {
  const out: TrackedSheet[] = [];
  // Sheets by lower-case name, built once (Excel's names are unique ignoring case): one lookup per record.
  const byName = new Map<string, { name: string; id: string }[]>();
  for (const s of sheets) {
    const key = s.name.toLowerCase();
    const list = byName.get(key);
    if (list) list.push(s);
    else byName.set(key, [s]);
  }
  const taken = new Set<string>();
  for (const record of records) {
    const sheet = byName.get(record.name.toLowerCase())?.find((s) => record.id === undefined || s.id === record.id);
    if (sheet && !taken.has(sheet.name)) {
      taken.add(sheet.name);
      out.push({ name: sheet.name, kind: record.kind });
    }
  }
  return out;
}
