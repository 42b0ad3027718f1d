// WorkbookPort over a spreadsheet file: reads any format we know, writes output sheets into the original .xlsx package
// (or, for other formats and packages we cannot safely extend, into a new .xlsx holding the source sheets' values).
import { OutputPlan, SheetInfo, SourceLayout, TrackedSheet, WorkbookPort } from '../../app/workbookPort';
import { digestCells, tableCells } from '../../app/sheetDigest';
import { valuesAtOrigin } from '../../app/copySheet';
import { OUTPUT_MARKER, TRACKING_KEY, parseMarkerComment, TrackingRecord, markerComment, trackingEntries, trackingPartIndex } from '../../app/tracking';
import { SheetGrid } from '../../ingest/grid';
import { OutValue, OutputKind } from '../../report/model';
import { FileKind } from '../files/fileKind';
import { readSpreadsheet } from '../files/readSpreadsheet';
import { SheetState, SpreadsheetRead } from '../files/spreadsheet';
import { newWorkbookBytes } from './newWorkbook';
import { setActiveSheet } from './package/activeSheet';
import { addSheet, checkSheetName } from './package/addSheet';
import { removeCustomProperties, writeCustomProperty } from './package/customProps';
import { OpcPackage } from './package/opcPackage';
import { quoteSheet } from './package/ranges';
import { workbookPartPath } from './package/rels';
import { removeSheet } from './package/removeSheet';
import { openStyles, saveStyles } from './package/stylesPart';
import { addDefinedName, readDefinedNames, readSheetEntries } from './package/workbookXml';
import { stripInvalidXmlChars } from './package/xml';

/** Custom document property holding the add-in's output sheets (format in app/tracking). */
export const TRACKED_PROPERTY = TRACKING_KEY;
/**
 * Writes the record of the sheets written (read by the Office.js adapter, which matches it with sheet ids) after
 * removing every part of an earlier record in one pass, however many parts it had.
 */
async function writeTrackingRecords(pkg: OpcPackage, records: readonly TrackingRecord[]): Promise<void> {
  await removeCustomProperties(pkg, (name) => trackingPartIndex(name) !== undefined);
  for (const e of trackingEntries(records)) await writeCustomProperty(pkg, e.key, e.value);
}

const REBUILD_REASON: Readonly<Record<Exclude<FileKind, 'xlsx'>, string>> = {
  xlsb: 'исходный файл — двоичная книга Excel (.xlsb)',
  xls: 'исходный файл — книга Excel 97–2003 (.xls)',
  ods: 'исходный файл — таблица LibreOffice/МойОфис (.ods)',
  csv: 'исходный файл — таблица CSV',
};

export class XlsxWorkbook implements WorkbookPort {
  private read: SpreadsheetRead;
  private dirty = false;
  /** Said once per write: output sheets a user had typed into (their edits are replaced in this copy). */
  private notices: string[] = [];

  private constructor(
    private pkg: OpcPackage,
    initial: SpreadsheetRead,
    readonly fileName: string,
    readonly kind: FileKind,
    readonly macroEnabled: boolean,
    /** Why the output is a new workbook with the source values rather than the original package; undefined when it is the original. */
    readonly rebuilt: string | undefined,
  ) {
    this.read = initial;
  }

  /** Opens a copy of `bytes` (the caller's array is never changed); throws InputFileError for a file we cannot read. */
  static async open(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
    const copy = bytes.slice();
    const file = readSpreadsheet(copy, fileName);
    if (file.kind === 'xlsx') {
      const pkg = await editablePackage(copy, file);
      if (pkg) return new XlsxWorkbook(pkg, file, fileName, 'xlsx', file.macroEnabled, undefined);
    }
    const reason = file.kind === 'xlsx' ? 'структуру исходного файла нельзя дополнить без риска его повредить' : REBUILD_REASON[file.kind];
    const rebuiltBytes = await newWorkbookBytes(file.grids.map((g) => ({ name: g.sheet, values: valuesAtOrigin(g) })));
    return new XlsxWorkbook(await OpcPackage.load(rebuiltBytes), file, fileName, file.kind, false, reason);
  }

  /** The package as it is now (after writeOutput, with the output sheets). */
  async toBytes(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  /** What the last writeOutput had to say (edited output sheets replaced); empty when nothing. */
  writeNotices(): readonly string[] {
    return this.notices;
  }

  private async workbookXml(): Promise<{ path: string; xml: string }> {
    const path = await workbookPartPath(this.pkg);
    const xml = await this.pkg.readText(path);
    if (xml === undefined) throw new Error(`Файл «${this.fileName}» повреждён: нет части книги.`);
    return { path, xml };
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return readSheetEntries((await this.workbookXml()).xml).map((e) => ({ name: e.name, visible: e.state === 'visible' }));
  }

  private async current(): Promise<SpreadsheetRead> {
    if (this.dirty) {
      this.read = readSpreadsheet(await this.pkg.toBytes(), this.fileName);
      this.dirty = false;
    }
    return this.read;
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetGrid[]> {
    const read = await this.current();
    const out: SheetGrid[] = [];
    // Maps built once: a lookup per sheet asked for, not a search of every sheet.
    const grids = new Map<string, SheetGrid>();
    for (const g of read.grids) if (!grids.has(g.sheet)) grids.set(g.sheet, g);
    const states = new Map<string, SheetState>();
    for (const s of read.sheets) if (!states.has(s.name)) states.set(s.name, s.state);
    for (const name of names) {
      const grid = grids.get(name);
      if (!grid) continue;
      const state = states.get(name) ?? 'visible';
      out.push(state === 'visible' ? grid : { ...grid, hidden: state });
    }
    return out;
  }

  /** The sheets carrying the product's marker, with the marker's kind and digest. */
  private async markedSheets(): Promise<Map<string, { kind: OutputKind; digest: string }>> {
    const xml = (await this.workbookXml()).xml;
    const entries = readSheetEntries(xml);
    const out = new Map<string, { kind: OutputKind; digest: string }>();
    for (const n of readDefinedNames(xml)) {
      if (n.name !== OUTPUT_MARKER || n.localSheetId === undefined) continue;
      const sheet = entries[n.localSheetId];
      const marker = parseMarkerComment(n.comment);
      if (sheet && marker) out.set(sheet.name, marker);
    }
    return out;
  }

  /**
   * Adds a plain source sheet (not an output: never replaced or removed by a later run); false when a sheet of that
   * name exists — the user's sheet is never touched.
   */
  async addSourceSheet(name: string, values: readonly (readonly OutValue[])[], columnWidths: readonly number[] = [], layout: SourceLayout = {}): Promise<boolean> {
    checkSheetName(name);
    if ((await this.listSheets()).some((s) => s.name.toLowerCase() === name.toLowerCase())) return false;
    const work = this.pkg.snapshot();
    const styles = await openStyles(work);
    await addSheet(work, name, {
      values, numberFormats: layout.numberFormats ?? [], styles: [], merges: layout.merges ?? [], columnWidths, conditionalFormats: [], notes: [], charts: [],
      ...(layout.freezeHeader === false ? {} : { freeze: { rows: 1, columns: 1 } }),
    }, styles.book);
    saveStyles(work, styles);
    this.pkg = work;
    this.dirty = true;
    return true;
  }

  async readTracked(): Promise<readonly TrackedSheet[]> {
    return [...(await this.markedSheets())].map(([name, m]) => ({ name, kind: m.kind }));
  }

  /**
   * Removes the old output sheets (only sheets carrying the product's marker), adds the new ones at the end with the
   * marker. Works on a snapshot: when anything fails, the workbook stays as it was.
   */
  async writeOutput(plan: OutputPlan): Promise<void> {
    const marked = await this.markedSheets();
    this.notices = [];
    for (const name of plan.remove) {
      if (!marked.has(name)) throw new Error(`Лист «${name}» не создан надстройкой ШНОР — удалять его нельзя.`);
    }
    for (const { name } of plan.add) checkSheetName(name);
    if (plan.remove.length > 0) {
      const grids = await this.readSheets(plan.remove);
      for (const grid of grids) {
        const marker = marked.get(grid.sheet);
        if (marker && marker.digest !== '' && marker.digest !== digestCells(tableCells(grid.values, grid.originRow, grid.originCol))) {
          this.notices.push(`Лист «${grid.sheet}» был изменён вручную после прошлого расчёта: он заменён новым, ручные правки в нём не сохранены.`);
        }
      }
    }
    const work = this.pkg.snapshot();
    for (const name of plan.remove) await removeSheet(work, name);
    const styles = await openStyles(work);
    for (const { name, spec } of plan.add) await addSheet(work, name, spec, styles.book);
    saveStyles(work, styles);
    const wbPath = await workbookPartPath(work);
    let xml = (await work.readText(wbPath)) as string;
    const entries = readSheetEntries(xml);
    for (const { name, spec } of plan.add) {
      const index = entries.findIndex((e) => e.name === name);
      const digest = digestCells(tableCells(spec.values.map((line) => line.map((v) => (typeof v === 'string' ? stripInvalidXmlChars(v) : v)))));
      xml = addDefinedName(xml, OUTPUT_MARKER, index, `${quoteSheet(name)}!$A$1`, true, markerComment(spec.kind, digest));
    }
    work.writeText(wbPath, xml);
    // The workbook opens on the list (the sheet asked to be shown, else the ШНОР sheet), as Excel's pane shows it.
    const shown = plan.show?.sheet ?? plan.add.find((a) => a.spec.kind === 'shnor')?.name;
    if (shown !== undefined && plan.add.some((a) => a.name === shown)) await setActiveSheet(work, shown);
    await writeTrackingRecords(work, plan.add.map(({ name, spec }) => ({ name, kind: spec.kind })));
    this.pkg = work;
    this.dirty = true;
  }
}

/** The original package when our writer can extend it safely (its sheet list is the one the reader saw). */
async function editablePackage(bytes: Uint8Array, file: SpreadsheetRead): Promise<OpcPackage | undefined> {
  try {
    const pkg = await OpcPackage.load(bytes);
    const xml = await pkg.readText(await workbookPartPath(pkg));
    if (xml === undefined) return undefined;
    const names = readSheetEntries(xml).map((e) => e.name);
    const seen = file.sheets.map((s) => s.name);
    return names.length === seen.length && names.every((n, i) => n === seen[i]) ? pkg : undefined;
  } catch {
    return undefined;
  }
}
