// The one workflow both the task pane and the CLI run: read sheets → ingest → analyse → report → write.
import { analyze } from '../core/analyze';
import { Parameters } from '../core/parameters';
import { Analysis } from '../core/results';
import { SheetGrid } from '../ingest/grid';
import { ingest } from '../ingest/ingest';
import { sheetSettingsOf } from '../ingest/settings';
import { IngestResult, IngestSettings, NoteSettings, WORKBOOK_SETTINGS_KEY } from '../ingest/types';
import { buildReport } from '../report/buildReport';
import { ReportModel } from '../report/model';
import { planOutput } from './planOutput';
import { OutputPlan, SheetInfo, TrackedSheet, WorkbookChangedError, WorkbookPort } from './workbookPort';

export type Stage = 'read' | 'analyze' | 'write';

export interface RunOptions {
  readonly parameters: Parameters;
  readonly settings?: IngestSettings;
  readonly now: Date;
  readonly version: string;
  /** Source file names, for the Параметры sheet (empty inside Excel). */
  readonly files?: readonly string[];
  /** The справка's header and signature fields (else those saved under "*" in settings). */
  readonly note?: NoteSettings;
  readonly onStage?: (stage: Stage) => void;
  /** Checked between stages; a cancelled run writes nothing. */
  readonly isCancelled?: () => boolean;
}

export interface Inspection {
  readonly grids: readonly SheetGrid[];
  readonly ingest: IngestResult;
  /** Sheets the add-in wrote earlier (never read as sources). */
  readonly outputSheets: readonly string[];
  /** The listing the sheets were read from (the write is planned on it). */
  readonly listing: { readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] };
}

export interface RunResult {
  readonly analysis: Analysis;
  readonly report: ReportModel;
  readonly plan: OutputPlan;
  readonly ingest: IngestResult;
}

export class CancelledError extends Error {
  constructor() {
    super('Операция отменена пользователем.');
    this.name = 'CancelledError';
  }
}

/** The sheets and the tracking record: one round trip where the port can, else two calls. */
export async function inventory(port: WorkbookPort): Promise<{ readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] }> {
  if (port.inventory) return port.inventory();
  const [sheets, tracked] = await Promise.all([port.listSheets(), port.readTracked()]);
  return { sheets, tracked };
}

/** Which sheets are sources: every sheet but the add-in's own output (which is never read as data); with the listing. */
export async function sourceSheets(port: WorkbookPort): Promise<{
  readonly sources: readonly string[];
  readonly outputSheets: readonly string[];
  readonly sheets: readonly SheetInfo[];
  readonly tracked: readonly TrackedSheet[];
}> {
  const { sheets, tracked } = await inventory(port);
  // Sets built once: a workbook of 5 000 sheets is looked up 5 000 times, never 5 000 × 5 000.
  const present = new Set(sheets.map((s) => s.name));
  const outputSheets = tracked.map((t) => t.name).filter((name) => present.has(name));
  const outputs = new Set(outputSheets);
  const sources = sheets.map((s) => s.name).filter((name) => !outputs.has(name));
  return { sources, outputSheets, sheets, tracked };
}

/**
 * Writes the report planned on a listing made before the analysis (no round trip for a new one); if the user added a
 * sheet with a planned name meanwhile, lists again and plans once more. Returns the plan written.
 */
export async function writePlanned(
  port: WorkbookPort,
  listing: { readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] },
  report: ReportModel,
  decorate: (plan: OutputPlan) => OutputPlan = (plan) => plan,
): Promise<OutputPlan> {
  const first = decorate(planOutput(listing.sheets, listing.tracked, report));
  try {
    await port.writeOutput(first);
    return first;
  } catch (error) {
    if (!(error instanceof WorkbookChangedError)) throw error;
    const fresh = await inventory(port);
    const again = decorate(planOutput(fresh.sheets, fresh.tracked, report));
    await port.writeOutput(again);
    return again;
  }
}

/** Reads every source sheet and says what was recognised. */
export async function inspectWorkbook(port: WorkbookPort, settings?: IngestSettings): Promise<Inspection> {
  const { sources, outputSheets, sheets, tracked } = await sourceSheets(port);
  const grids = await port.readSheets(sources);
  return { grids, ingest: ingest(grids, settings), outputSheets, listing: { sheets, tracked } };
}

/** Replaces the add-in's old output sheets with the report's (a user's sheet is never touched); returns the plan. */
export async function writeReport(port: WorkbookPort, report: ReportModel): Promise<OutputPlan> {
  return writePlanned(port, await inventory(port), report);
}

/** Analyses already-ingested data and builds the report (no I/O). */
export function analyzeAndReport(ingested: IngestResult, options: RunOptions): { analysis: Analysis; report: ReportModel } {
  const analysis = analyze(ingested.dataset, options.parameters);
  const report = buildReport(analysis, {
    generatedAt: options.now,
    version: options.version,
    files: options.files ?? [],
    sources: ingested.sheets,
    doubts: ingested.doubts,
    note: options.note ?? sheetSettingsOf(options.settings, WORKBOOK_SETTINGS_KEY)?.note,
  });
  return { analysis, report };
}

/** The full run: inspect, analyse, write the output sheets (replacing only the tracked ones). */
export async function runAnalysis(port: WorkbookPort, options: RunOptions): Promise<RunResult> {
  const check = (): void => {
    if (options.isCancelled?.()) throw new CancelledError();
  };
  options.onStage?.('read');
  const inspection = await inspectWorkbook(port, options.settings);
  check();
  options.onStage?.('analyze');
  const { analysis, report } = analyzeAndReport(inspection.ingest, options);
  check();
  options.onStage?.('write');
  const plan = await writePlanned(port, inspection.listing, report);
  return { analysis, report, plan, ingest: inspection.ingest };
}
