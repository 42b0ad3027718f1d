// Applies an OutputPlan through Office.js: tracking record, old output removed, new sheets written in sized chunks.
import { OutputPlan, WorkbookChangedError, planCollisions } from '../../app/workbookPort';
import { WriteFeatures, WriteOp, WriteTarget, sheetOps } from './sheetOps';
import { packBySize } from './payload';
import { OUTPUT_MARKER, TrackingRecord, markerComment, parseMarkerComment, parseTracking, trackingEntries, trackingPartIndex } from '../../app/tracking';
import { digestCells, tableCells } from '../../app/sheetDigest';
import { OutValue } from '../../report/model';
import { MAX_CELL_TEXT } from './textGuard';
import { localAddress, parseBox } from './a1';

export interface WriteOptions {
  /** Request budget per sync in bytes (Excel on the web refuses more than 5 MB). */
  readonly maxBytes: number;
  readonly features: WriteFeatures;
  readonly customProperties: boolean;
  readonly suspendCalculation: boolean;
}

/** A name for a temporary sheet that none of `taken` has. */
function placeholderName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `ШНОР — временный ${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A free name for an output sheet the user typed into, kept as the user's own: «ШНОР 2024 (правки)». */
function keptName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ' (правки)' : ` (правки ${i})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Digest of what a spec writes, as Excel will read it back (text cut at Excel's limit). */
function writtenDigest(values: readonly (readonly OutValue[])[]): string {
  return digestCells(tableCells(values.map((row) => row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : typeof v === 'string' ? v.slice(0, MAX_CELL_TEXT) : v)))));
}

/** Applies the plan; returns what the user must hear (output sheets with hand edits, kept under another name). */
export async function writeOutputPlan(context: Excel.RequestContext, plan: OutputPlan, options: WriteOptions): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  const customProperties = options.customProperties ? context.workbook.properties.custom.load('items/key,items/value') : undefined;
  // Without custom properties (ExcelApi < 1.7) the sheets' own markers carry kind and digest (Worksheet.names, 1.4).
  const markers = customProperties ? [] : plan.remove.map((name) => context.workbook.worksheets.getItem(name).names.load('items/name,items/comment'));
  // The old output's values, read in the same round trip: a sheet the user typed into is kept, not deleted.
  const oldValues = plan.remove.map((name) => context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).load('values,address'));
  await context.sync();

  const existing = worksheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
  const collisions = planCollisions(plan, existing.map((s) => s.name));
  if (collisions.length > 0) throw new WorkbookChangedError(collisions);
  const oldKeys = customProperties ? customProperties.items.map((p) => p.key).filter((k) => trackingPartIndex(k) !== undefined) : [];
  const oldRecords: TrackingRecord[] = customProperties
    ? parseTracking(customProperties.items.map((p) => ({ key: p.key, value: p.value as unknown })))
    : plan.remove.flatMap((name, i) => {
      const marker = parseMarkerComment(markers[i].items.find((n) => n.name === OUTPUT_MARKER)?.comment);
      return marker ? [{ name, kind: marker.kind, digest: marker.digest }] : [];
    });
  const edited = new Set<string>();
  plan.remove.forEach((name, i) => {
    const record = oldRecords.find((r) => r.name.toLowerCase() === name.toLowerCase());
    const range = oldValues[i];
    if (!record?.digest || !range || range.isNullObject) return;
    const box = parseBox(localAddress(range.address));
    if (!box) return;
    const now = digestCells(tableCells(range.values.map((row) => row.map((v) => (v === '' ? null : (v as string | number | boolean)))), box.r1, box.c1));
    if (now !== record.digest) edited.add(name.toLowerCase());
  });
  const taken = [...existing.map((s) => s.name), ...plan.add.map((a) => a.name)];
  const kept = existing.filter((s) => edited.has(s.name.toLowerCase())).map((s) => {
    const to = keptName(s.name, taken);
    taken.push(to);
    return { from: s.name, to };
  });
  const removeSet = new Set(plan.remove.map((n) => n.toLowerCase()).filter((n) => !edited.has(n)));
  const toRemove = existing.filter((s) => removeSet.has(s.name.toLowerCase())).map((s) => s.name);
  // Excel keeps at least one visible sheet: when only old output sheets are visible, a placeholder holds the place.
  const keepsVisible = existing.some((s) => s.visible && !removeSet.has(s.name.toLowerCase()));
  const placeholder = toRemove.length > 0 && !keepsVisible ? placeholderName([...existing.map((s) => s.name), ...plan.add.map((a) => a.name)]) : undefined;

  const proxies = new Map<string, Excel.Worksheet>();
  const target: WriteTarget = {
    context,
    sheet(name: string): Excel.Worksheet {
      let proxy = proxies.get(name);
      if (!proxy) {
        proxy = context.workbook.worksheets.getItem(name);
        proxies.set(name, proxy);
      }
      return proxy;
    },
    added(name: string, sheet: Excel.Worksheet): void {
      proxies.set(name, sheet);
    },
  };

  const ops: WriteOp[] = [];
  let recordedKeys = oldKeys;
  /** Replaces the tracking record (all its parts) with these records. */
  const record = (records: readonly TrackingRecord[]): void => {
    if (!customProperties) return;
    const entries = trackingEntries(records);
    const properties = context.workbook.properties.custom;
    entries.forEach((e) => properties.add(e.key, e.value));
    recordedKeys.filter((k) => !entries.some((e) => e.key.toLowerCase() === k.toLowerCase())).forEach((k) => properties.getItem(k).delete());
    recordedKeys = entries.map((e) => e.key);
  };
  const digests = new Map(plan.add.map((a) => [a.name, writtenDigest(a.spec.values)]));
  const byName: TrackingRecord[] = plan.add.map((a) => ({ name: a.name, kind: a.spec.kind, digest: digests.get(a.name) }));
  // Recorded first by name: if a later chunk fails, the next run still knows which sheets are the add-in's.
  if (customProperties) ops.push({ bytes: 300 * (byName.length + oldKeys.length + 2) + JSON.stringify(byName).length * 3, apply: () => record(byName) });
  if (placeholder) ops.push({ bytes: 300, apply: (t) => t.added(placeholder, t.context.workbook.worksheets.add(placeholder)) });
  // An output sheet the user typed into keeps its edits under another name, as the user's own sheet.
  kept.forEach(({ from, to }) => ops.push({ bytes: 300, apply: (t) => void (t.sheet(from).name = to) }));
  ops.push({ bytes: 0, apply: () => kept.forEach(({ from }) => proxies.delete(from)) });
  toRemove.forEach((name) => ops.push({ bytes: 300, apply: (t) => t.sheet(name).delete() }));
  // Deleted proxies must not be reused for new sheets of the same name.
  ops.push({ bytes: 0, apply: () => toRemove.forEach((name) => proxies.delete(name)) });
  const perOp = Math.max(10_000, Math.floor(options.maxBytes / 4));
  // Ids of the new sheets arrive with the sync that adds them; they let the record follow renames.
  const ids = new Map<string, Excel.Worksheet>();
  const idLoads = new Set<WriteOp>();
  // Every new sheet is created (and its id asked for) before any is filled: the ids come back with the first content
  // round trip, so the final record can ride in the last one.
  const contents = plan.add.map(({ name, spec }) => {
    const [create, ...fill] = sheetOps(name, spec, options.features, perOp);
    ops.push(create);
    if (customProperties) {
      const load: WriteOp = { bytes: 300, apply: (t) => void ids.set(name, t.sheet(name).load('id')) };
      idLoads.add(load);
      ops.push(load);
    }
    // The marker the CLI (and any later run) recognises the sheet by, hidden from the Name Manager's list.
    return [...fill, { bytes: 400, apply: (t: WriteTarget) => {
      const sheet = t.sheet(name);
      sheet.names.add(OUTPUT_MARKER, sheet.getRange('A1'), markerComment(spec.kind, digests.get(name) ?? '')).visible = false;
    } }];
  });
  contents.forEach((fill) => ops.push(...fill));
  if (placeholder) ops.push({ bytes: 300, apply: (t) => t.sheet(placeholder).delete() });
  const show = plan.show;
  if (show && plan.add.some((a) => a.name === show.sheet)) {
    ops.push({ bytes: 300, apply: (t) => {
      const sheet = t.sheet(show.sheet);
      sheet.activate();
      sheet.getRange(show.cell).select();
    } });
  }

  const chunks = packBySize(ops, (o) => o.bytes, options.maxBytes);
  // The record with the ids rides in the last chunk when every id arrived with an earlier sync and it fits; else it
  // takes a sync of its own.
  const finalRecord = (): void => record(plan.add.map((a) => ({ name: a.name, kind: a.spec.kind, id: ids.get(a.name)?.id, digest: digests.get(a.name) })));
  const recordBytes = 300 * (plan.add.length + oldKeys.length + 2) + JSON.stringify(byName).length * 4;
  const last = chunks[chunks.length - 1] ?? [];
  const idsEarlier = chunks.length > 1 && !last.some((o) => idLoads.has(o));
  const fitsLast = last.reduce((s, o) => s + o.bytes, 0) + recordBytes <= options.maxBytes;
  const recordInLast = customProperties !== undefined && idsEarlier && fitsLast;
  if (recordInLast) last.push({ bytes: recordBytes, apply: finalRecord });
  // One sync per size-budgeted chunk (a handful even for large reports), never one per cell or per range.
  await chunks.reduce(async (previous, chunk) => {
    await previous;
    if (options.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    chunk.forEach((o) => o.apply(target));
    await context.sync();
  }, Promise.resolve());
  if (customProperties && !recordInLast) {
    finalRecord();
    await context.sync();
  }
  return kept.map(({ from, to }) =>
    `На листе «${from}» были правки, сделанные вручную после прошлого расчёта: лист сохранён как «${to}», результаты записаны на новый лист «${from}».`);
}

