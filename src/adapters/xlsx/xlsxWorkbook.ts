// WorkbookPort over an .xlsx file: reads through readXlsxGrids, writes output sheets into the original package.
import { OutputPlan, SheetInfo, TrackedSheet, WorkbookPort } from '../../app/workbookPort';
import { SheetGrid } from '../../ingest/grid';
import { OutputKind } from '../../report/model';
import { addSheet, checkSheetName } from './package/addSheet';
import { readCustomProperty, writeCustomProperty } from './package/customProps';
import { OpcPackage } from './package/opcPackage';
import { workbookPartPath } from './package/rels';
import { removeSheet } from './package/removeSheet';
import { openStyles, saveStyles } from './package/stylesPart';
import { readSheetEntries } from './package/workbookXml';
import { readXlsxGrids } from './readGrids';

/** Custom document property holding the add-in's output sheets (JSON array of {name, kind}). */
export const TRACKED_PROPERTY = 'ShnorOutputSheets';

const KINDS: ReadonlySet<string> = new Set<OutputKind>(['shnor', 'dynamics', 'summary', 'parameters']);

/** The tracked list from the property's text; anything malformed gives []. */
export function parseTracked(text: string | undefined): TrackedSheet[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: TrackedSheet[] = [];
  for (const item of data as unknown[]) {
    if (typeof item !== 'object' || item === null) return [];
    const { name, kind } = item as { name?: unknown; kind?: unknown };
    if (typeof name !== 'string' || typeof kind !== 'string' || !KINDS.has(kind)) return [];
    out.push({ name, kind: kind as OutputKind });
  }
  return out;
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
    return parseTracked(await readCustomProperty(this.pkg, TRACKED_PROPERTY));
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
    await writeCustomProperty(work, TRACKED_PROPERTY, JSON.stringify(record));
    this.pkg = work;
    this.dirty = true;
    this.gridsCache = undefined;
  }
}
