// WorkbookPort over an .xlsx file: reads through readXlsxGrids, writes output sheets into the original package.
import { OutputPlan, SheetInfo, TrackedSheet, WorkbookPort } from '../../app/workbookPort';
import { SheetGrid } from '../../ingest/grid';
import { TRACKING_KEY, TrackingRecord, parseTracking, resolveTracked, trackingEntries } from '../../app/tracking';
import { addSheet, checkSheetName } from './package/addSheet';
import { readCustomProperty, writeCustomProperty } from './package/customProps';
import { OpcPackage } from './package/opcPackage';
import { workbookPartPath } from './package/rels';
import { removeSheet } from './package/removeSheet';
import { openStyles, saveStyles } from './package/stylesPart';
import { readSheetEntries } from './package/workbookXml';
import { readXlsxGrids } from './readGrids';

/** Custom document property holding the add-in's output sheets (format in app/tracking). */
export const TRACKED_PROPERTY = TRACKING_KEY;

/** Reads the tracking record, which may be split across ShnorOutputSheets, ShnorOutputSheets.2, … (see app/tracking). */
async function readTrackingRecords(pkg: OpcPackage): Promise<TrackingRecord[]> {
  const parts: { key: string; value: string }[] = [];
  for (let i = 1; ; i++) {
    const key = i === 1 ? TRACKING_KEY : `${TRACKING_KEY}.${i}`;
    const value = await readCustomProperty(pkg, key);
    if (value === undefined) break;
    parts.push({ key, value });
  }
  return parseTracking(parts);
}

/** Writes the record in parts and blanks any longer part left from an earlier record. */
async function writeTrackingRecords(pkg: OpcPackage, records: readonly TrackingRecord[]): Promise<void> {
  const entries = trackingEntries(records);
  for (const e of entries) await writeCustomProperty(pkg, e.key, e.value);
  for (let i = entries.length + 1; (await readCustomProperty(pkg, `${TRACKING_KEY}.${i}`)) !== undefined; i++) {
    await writeCustomProperty(pkg, `${TRACKING_KEY}.${i}`, '');
  }
}

export class XlsxWorkbook implements WorkbookPort {
  private gridsCache: Promise<readonly SheetGrid[]> | undefined;
  private dirty = false;

  private constructor(
    private pkg: OpcPackage,
    private readonly input: Uint8Array,
    readonly fileName: string,
  ) {}

  /** Opens a copy of `bytes` (the caller's array is never changed). */
  static async open(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
    const copy = bytes.slice();
    return new XlsxWorkbook(await OpcPackage.load(copy), copy, fileName);
  }

  /** The package as it is now (after writeOutput, with the output sheets). */
  async toBytes(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const xml = await this.pkg.readText(await workbookPartPath(this.pkg));
    if (xml === undefined) throw new Error(`Файл «${this.fileName}» повреждён: нет части книги xl/workbook.xml.`);
    return readSheetEntries(xml).map((e) => ({ name: e.name, visible: e.state === 'visible' }));
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetGrid[]> {
    if (!this.gridsCache) {
      const bytes = this.dirty ? this.pkg.toBytes() : Promise.resolve(this.input);
      this.gridsCache = bytes.then(async (b) => (await readXlsxGrids(b, this.fileName)).grids);
    }
    const grids = await this.gridsCache;
    return names.map((n) => grids.find((g) => g.sheet === n)).filter((g): g is SheetGrid => g !== undefined);
  }

  async readTracked(): Promise<readonly TrackedSheet[]> {
    // .xlsx parts carry no Worksheet.id, so a record matches its sheet by name here.
    const sheets = await this.listSheets();
    const records = (await readTrackingRecords(this.pkg)).map((r) => ({ name: r.name, kind: r.kind }));
    return resolveTracked(records, sheets.map((s) => ({ name: s.name, id: '' })));
  }

  /**
   * Removes the old output sheets (only sheets the workbook records as the add-in's own), adds the new ones at the
   * end and records them. Works on a snapshot: when anything fails, the workbook stays as it was.
   */
  async writeOutput(plan: OutputPlan): Promise<void> {
    const tracked = new Set((await this.readTracked()).map((t) => t.name.toLowerCase()));
    for (const name of plan.remove) {
      if (!tracked.has(name.toLowerCase())) {
        throw new Error(`Лист «${name}» не создан надстройкой ШНОР — удалять его нельзя.`);
      }
    }
    for (const { name } of plan.add) checkSheetName(name);
    const work = this.pkg.snapshot();
    for (const name of plan.remove) await removeSheet(work, name);
    const styles = await openStyles(work);
    for (const { name, spec } of plan.add) await addSheet(work, name, spec, styles.book);
    saveStyles(work, styles);
    const record = plan.add.map(({ name, spec }) => ({ name, kind: spec.kind }));
    await writeTrackingRecords(work, record);
    this.pkg = work;
    this.dirty = true;
    this.gridsCache = undefined;
  }
}
