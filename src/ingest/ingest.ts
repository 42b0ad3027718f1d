// Entry point of ingest: sheets as departments keep them → one merged Dataset and a report per sheet.
import { SheetGrid, cellAddress } from './grid';
import { noticeWarnings, readSheet } from './detect';
import { SheetRead } from './draft';
import { attachCompanions } from './layouts/fisOko';
import { mergeReads } from './merge';
import { DirectoryEntry } from './protocols/directory';
import { directoryOfGrid, scalesOfGrid, tallyGrid } from './protocols/fromGrid';
import { resolveProtocol } from './protocols/resolve';
import { fiokoListOfGrid } from './layouts/fiokoList';
import { reportNames, statisticsReportOfGrid } from './layouts/fisOkoReports';
import { attachStatistics } from './attachStatistics';
import { TextContext } from './context';
import { SKIP } from './messages';
import { sheetSettingsOf } from './settings';
import { readSocialSheet } from './socialSheet';
import { MarkScale, ScaleTable } from './protocols/scales';
import { ProtocolTally } from './protocols/tally';
import { Dataset } from '../core/model';
import { displayName, schoolKey } from './schoolNames';
import { Doubt, IngestResult, IngestSettings, LayoutKind, SheetReport, SheetSettings, WORKBOOK_SETTINGS_KEY } from './types';

/** What the CLI reads outside the grids: protocols tallied as a stream, scales from --scales. */
export interface IngestExtras {
  readonly protocols?: readonly ProtocolTally[];
  readonly scales?: readonly MarkScale[];
}

/** A sheet's settings: «файл|лист» (protocols often share a sheet name) before the sheet name alone. */
function settingsFor(settings: IngestSettings | undefined, file: string, sheet: string): SheetSettings | undefined {
  return (file ? sheetSettingsOf(settings, `${file}|${sheet}`) : undefined) ?? sheetSettingsOf(settings, sheet);
}

/** The user's context override of a sheet. */
function overrideOf(own: SheetSettings | undefined): TextContext {
  const o = own?.context;
  return o ? { year: o.year, kind: o.kind, grade: o.grade, subject: o.subject } : {};
}

/** The doubts of every sheet, with the schools they touch under their merged keys and names. */
function resolveDoubts(reads: readonly SheetRead[], dataset: Dataset): Doubt[] {
  const nameOf = new Map(dataset.schools.map((s) => [s.key, s.name]));
  const out: Doubt[] = [];
  for (const read of reads) {
    for (const d of read.doubts ?? []) {
      const schools = new Map<string, string>();
      for (const res of d.results) if (!schools.has(res.key)) schools.set(res.key, nameOf.get(res.key) ?? displayName(res.name));
      for (const name of d.names) {
        const key = schoolKey(name);
        if (!schools.has(key)) schools.set(key, displayName(name) || name);
      }
      const { results: _results, names: _names, ...rest } = d;
      out.push({ ...rest, schools: [...schools].map(([key, name]) => ({ key, name })) });
    }
  }
  return out;
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
    ...(read.aggregateRows ? { aggregateRows: read.aggregateRows } : {}),
    ...(read.social ? { indicators: read.social.indicators } : {}),
    ...(read.unmatched && read.unmatched.length > 0 ? { unmatched: read.unmatched } : {}),
  };
  return read.skippedReason === undefined ? report : { ...report, skippedReason: read.skippedReason };
}

function gridRange(grid: SheetGrid): string {
  const rows = grid.values.length;
  const cols = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
  return rows === 0 || cols === 0 ? '' : `${cellAddress(grid.originRow, grid.originCol)}:${cellAddress(grid.originRow + rows - 1, grid.originCol + cols - 1)}`;
}

/** A sheet that serves the reading of others (login directory, scales): reported, no results. */
function helperRead(grid: SheetGrid, layout: LayoutKind, rowsRead: number, warnings: SheetRead['warnings'] = []): SheetRead {
  return {
    file: grid.file, sheet: grid.sheet, layout, context: { subjects: [] }, range: gridRange(grid), columns: [], rowsRead,
    results: [], aggregates: [], attachments: [], warnings: [...warnings], schoolNames: [], aggregateNames: [], attached: 0,
  };
}

/**
 * Recognises every sheet, reads it, attaches ФИС ОКО companions, merges across sheets and files. Pupil protocols are
 * tallied per school and turned into results with the scales known (shipped, a «Шкалы» sheet, --scales) and the
 * names of a login directory sheet.
 */
export function ingest(grids: readonly SheetGrid[], settings?: IngestSettings, extras: IngestExtras = {}): IngestResult {
  const userScales: MarkScale[] = [...(extras.scales ?? [])];
  const directory = new Map<string, DirectoryEntry>();
  type Slot = { read: SheetRead } | { tally: ProtocolTally };
  const slots: Slot[] = [];
  for (const grid of grids) {
    const own = settingsFor(settings, grid.file, grid.sheet);
    if (own?.excluded || own?.columns || grid.tooLarge !== undefined) {
      slots.push({ read: readSheet(grid, own) });
      continue;
    }
    const tally = tallyGrid(grid);
    if (tally) {
      slots.push({ tally });
      continue;
    }
    const scales = scalesOfGrid(grid);
    if (scales) {
      userScales.push(...scales.scales);
      slots.push({ read: helperRead(grid, 'scales', scales.scales.length, scales.warnings) });
      continue;
    }
    const fioko = fiokoListOfGrid(grid);
    if (fioko) {
      slots.push({ read: { ...helperRead(grid, 'fiokoList', fioko.entries.length, fioko.warnings), fioko: fioko.entries } });
      continue;
    }
    const report = statisticsReportOfGrid(grid, overrideOf(own));
    if (report) {
      const names = reportNames(report);
      const read = helperRead(grid, report.kind === 'scores' ? 'fisOkoScores' : 'fisOkoTasks', report.rowsRead, [...noticeWarnings(grid), ...report.warnings]);
      read.schoolNames.push(...names.schools);
      read.aggregateNames.push(...names.aggregates);
      slots.push({
        read: {
          ...read, statisticsRows: report.rows, headerRow: report.headerRow, columns: report.columns.map((c, i) => ({ ...c, role: i === 0 ? 'school' : i === 1 ? 'participants' : 'ignore' })),
          context: { ...report.context, subjects: report.context.subject ? [report.context.subject] : [] },
          ...(report.skippedReason ? { skippedReason: report.skippedReason } : {}),
        },
      });
      continue;
    }
    const social = readSocialSheet(grid, own?.directions);
    if (social) {
      const read = helperRead(grid, 'socialContext', social.rowsRead, [...noticeWarnings(grid), ...social.warnings]);
      const [school] = social.columns;
      read.schoolNames.push(...social.social.rows.map((row) => displayName(row.name) || row.name));
      slots.push({ read: { ...read, social: social.social, headerRow: social.headerRow, columns: [{ ...school, role: 'school' }] } });
      continue;
    }
    const entries = directoryOfGrid(grid);
    if (entries) {
      for (const [code, e] of entries) if (!directory.has(code)) directory.set(code, e);
      slots.push({ read: helperRead(grid, 'loginDirectory', entries.size) });
      continue;
    }
    slots.push({ read: readSheet(grid, own) });
  }
  const table = new ScaleTable(userScales);
  const protocolRead = (tally: ProtocolTally): SheetRead => {
    const own = settingsFor(settings, tally.file, tally.sheet);
    const o = own?.context;
    return resolveProtocol(tally, { scales: table, directory, override: o ? { year: o.year, grade: o.grade, subject: o.subject } : undefined });
  };
  const reads = slots.map((s) => ('read' in s ? s.read : protocolRead(s.tally)));
  for (const tally of extras.protocols ?? []) {
    const own = settingsFor(settings, tally.file, tally.sheet);
    // An excluded protocol is still listed, with the user's own reason, like any excluded sheet.
    reads.push(own?.excluded ? { ...resolveProtocol(tally, { scales: table, directory }), results: [], schoolNames: [], warnings: [], skippedReason: SKIP.excluded } : protocolRead(tally));
  }
  attachCompanions(reads);
  attachStatistics(reads, table);
  const dataset = mergeReads(reads, sheetSettingsOf(settings, WORKBOOK_SETTINGS_KEY)?.schoolMerges ?? []);
  return { dataset, sheets: reads.map(toReport), doubts: resolveDoubts(reads, dataset) };
}
