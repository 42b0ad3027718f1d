// «Добавить файлы…» for pupil protocols: the tallies of picked files → the per-school table written as a source sheet.
import { SheetGrid } from '../ingest/grid';
import { ingest } from '../ingest/ingest';
import { ProtocolTally } from '../ingest/protocols/tally';
import { SCALE_NOTE } from '../ingest/protocols/resolve';
import { IngestSettings } from '../ingest/types';
import { PROTOCOL_RESULTS_SHEET, PROTOCOL_RESULTS_WIDTHS, protocolResultsTable } from '../report/protocolResults';
import { WorkbookPort } from './workbookPort';
import { freeName } from './planOutput';

export interface ProtocolImport {
  /** The sheet written, or undefined when no protocol gave a result. */
  readonly sheet?: string;
  /** Results (school × work) written. */
  readonly results: number;
  readonly schools: number;
  /** What the user must hear: works left out (no scale, no context) and data errors, with file, sheet and cell. */
  readonly warnings: readonly string[];
}

/** A sheet name not taken yet, as Excel names copies: «ВПР 5», then «ВПР 5 (2)» (the output planner's rule). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  return freeName(base, new Set(taken.map((n) => n.toLowerCase())));
}

/**
 * Turns tallied protocols into results with the workbook's own scales («Шкалы») and login directory, and writes
 * them as a new source sheet (the workbook then carries the data for its recipients; later runs read it).
 */
export async function importProtocols(port: WorkbookPort, tallies: readonly ProtocolTally[], grids: readonly SheetGrid[], settings?: IngestSettings): Promise<ProtocolImport> {
  if (!port.addSourceSheet) throw new Error('Эта книга не позволяет добавить лист.');
  const ingested = ingest(grids, settings, { protocols: tallies });
  const fromProtocols = new Set(tallies.map((t) => `${t.file}|${t.sheet}`));
  const warnings = ingested.sheets
    .filter((s) => fromProtocols.has(`${s.file}|${s.sheet}`))
    .flatMap((s) => [...s.warnings.filter((w) => !w.message.includes(`: ${SCALE_NOTE} «`)).map((w) => `${s.file}: ${w.message}`), ...(s.skippedReason && !s.warnings.some((w) => w.message.includes(s.skippedReason as string)) ? [`${s.file}: ${s.skippedReason}`] : [])]);
  const table = protocolResultsTable(ingested.dataset, ingested.sheets);
  if (table.length === 0) return { results: 0, schools: 0, warnings };
  const name = freeSheetName(PROTOCOL_RESULTS_SHEET, (await port.listSheets()).map((s) => s.name));
  await port.addSourceSheet(name, table, PROTOCOL_RESULTS_WIDTHS);
  const schools = new Set(table.slice(1).map((row) => row[0])).size;
  return { sheet: name, results: table.length - 1, schools, warnings };
}
