// The small workbook interface both adapters implement (Office.js in Excel, .xlsx files in the CLI).
import { SheetGrid } from '../ingest/grid';
import { OutValue, OutputKind, RangeFormat, SheetSpec } from '../report/model';

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

/** A sheet the add-in wrote, remembered in the workbook so a re-run replaces it and nothing else. */
export interface TrackedSheet {
  readonly name: string;
  readonly kind: OutputKind;
}

/** What to do to the workbook: delete the old output sheets, add the new ones under these names. */
export interface OutputPlan {
  readonly remove: readonly string[];
  readonly add: readonly { readonly name: string; readonly spec: SheetSpec }[];
  /** A written sheet (and cell) to show when the write ends, in its last round trip (Excel; a file has no view to change). */
  readonly show?: { readonly sheet: string; readonly cell: string };
}

/** What a copied source sheet keeps besides its values: number formats (percent!) and merged header cells. */
export interface SourceLayout {
  readonly numberFormats?: readonly RangeFormat[];
  readonly merges?: readonly string[];
  /** Keep the first row and column in view (a table the product made); false for a copy of someone's sheet. */
  readonly freezeHeader?: boolean;
}

export interface WorkbookPort {
  /** Sheets in workbook order. */
  listSheets(): Promise<readonly SheetInfo[]>;
  /** Reads used ranges of the named sheets (values, merges, number formats), in as few round trips as possible. */
  readSheets(names: readonly string[]): Promise<readonly SheetGrid[]>;
  /** Output sheets the add-in wrote earlier (from the workbook's own record). */
  readTracked(): Promise<readonly TrackedSheet[]>;
  /** The sheets and the tracking record together, in one round trip where the host can (Office.js). */
  inventory?(): Promise<{ readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] }>;
  /**
   * Applies the plan and records the new output sheets as tracked. A planned name taken by a sheet the plan does not
   * replace is refused before anything changes (Office.js: WorkbookChangedError — the user may add sheets during a run).
   */
  writeOutput(plan: OutputPlan): Promise<void>;
  /** What the last writeOutput had to tell the user (hand edits in an output sheet); absent or empty when nothing. */
  writeNotices?(): readonly string[];
  /**
   * Adds a plain source sheet (never tracked as output, never replaced by a run); false when the name is taken.
   * Absent where the front end cannot add sheets.
   */
  addSourceSheet?(name: string, values: readonly (readonly OutValue[])[], columnWidths?: readonly number[], layout?: SourceLayout): Promise<boolean>;
  /**
   * Inserts sheets of another workbook file as they are (formats, merges, everything), returning their names in this
   * workbook; undefined when this front end cannot (the caller then copies values with addSourceSheet).
   */
  insertWorkbook?(bytes: Uint8Array, sheets: readonly string[]): Promise<readonly string[] | undefined>;
  /** Shows a sheet and selects a cell (task pane links); absent where there is no UI. */
  activate?(sheet: string, cell?: string): Promise<void>;
}

/**
 * The plan no longer fits the workbook: a sheet with a name the plan wants to add is there and is not one the plan
 * replaces (the user made it while the analysis ran). Thrown by writeOutput before anything is changed.
 */
export class WorkbookChangedError extends Error {
  readonly sheets: readonly string[];
  constructor(sheets: readonly string[]) {
    super(`Пока шёл расчёт, в книге появился лист ${sheets.map((s) => `«${s}»`).join(', ')}: ничего не записано, запустите «Выявить ШНОР» ещё раз.`);
    this.name = 'WorkbookChangedError';
    this.sheets = sheets;
  }
}

/** Names the plan adds that a sheet of the workbook already has and the plan does not replace (case-insensitive, as Excel). */
export function planCollisions(plan: OutputPlan, existing: readonly string[]): string[] {
  const replaced = new Set(plan.remove.map((n) => n.toLowerCase()));
  const taken = new Set(existing.map((n) => n.toLowerCase()).filter((n) => !replaced.has(n)));
  return plan.add.map((a) => a.name).filter((name) => taken.has(name.toLowerCase()));
}
