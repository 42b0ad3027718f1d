// Entry point of ingest: sheets as departments keep them → one merged Dataset and a report per sheet.
import { SheetGrid } from './grid';
import { readSheet } from './detect';
import { SheetRead } from './draft';
import { attachCompanions } from './layouts/fisOko';
import { mergeReads } from './merge';
import { IngestResult, IngestSettings, SheetReport, SheetSettings, WORKBOOK_SETTINGS_KEY } from './types';

function settingsFor(settings: IngestSettings | undefined, sheet: string): SheetSettings | undefined {
  return settings && Object.prototype.hasOwnProperty.call(settings, sheet) ? settings[sheet] : undefined;
}

function toReport(read: SheetRead): SheetReport {
  const report: SheetReport = {
    file: read.file,
    sheet: read.sheet,
    layout: read.layout,
    context: read.context,
    range: read.range,
    headerRow: read.headerRow,
    columns: read.columns,
    rowsRead: read.rowsRead,
    resultsRead: read.results.length + read.attached,
    schools: read.schoolNames,
    aggregates: read.aggregateNames,
    warnings: read.warnings,
  };
  return read.skippedReason === undefined ? report : { ...report, skippedReason: read.skippedReason };
}

/** Recognises every sheet, reads it, attaches ФИС ОКО companions, merges across sheets and files. */
export function ingest(grids: readonly SheetGrid[], settings?: IngestSettings): IngestResult {
  const reads = grids.map((grid) => readSheet(grid, settingsFor(settings, grid.sheet)));
  attachCompanions(reads);
  const dataset = mergeReads(reads, settings?.[WORKBOOK_SETTINGS_KEY]?.schoolMerges ?? []);
  return { dataset, sheets: reads.map(toReport) };
}
