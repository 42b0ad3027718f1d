// The one module that opens an input file, for every front end (CLI, browser version, «Добавить файлы…»): it sniffs
// the bytes (refusing what is not a spreadsheet, with one Russian sentence), streams a package of pupil protocols
// (tallied row by row, its other sheets read as grids) or opens any other file as a workbook.
import { sourceSheets } from '../../app/pipeline';
import { SheetGrid } from '../../ingest/grid';
import { ProtocolTally } from '../../ingest/protocols/tally';
import { pluralRu } from '../../core/format';
import { FileKind, sniffFile } from '../files/fileKind';
import { readSpreadsheet } from '../files/readSpreadsheet';
import { readProtocolPackage } from '../xlsx/protocolPackage';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

export interface OpenedInput {
  readonly label: string;
  readonly kind: FileKind;
  /** The workbook (for a copy or for Excel's insertion); undefined for a streamed package of protocols. */
  readonly workbook?: XlsxWorkbook;
  /** The sheets to analyse: a workbook's source sheets, or a protocol package's other sheets. */
  readonly grids: readonly SheetGrid[];
  /** Protocols tallied while streaming (empty for a workbook). */
  readonly protocols: readonly ProtocolTally[];
  /** Every sheet of the file (to name settings that refer to a sheet no input has). */
  readonly sheetNames: readonly string[];
  /** How the file was read, for the user («протокол «Лист1» — 120 строк учеников, 12 ОО (0,4 с)»). */
  readonly notes: readonly string[];
}

export interface OpenOptions {
  /**
   * Stream a package of pupil protocols instead of opening it as a workbook (the CLI and «Добавить файлы…»: a
   * region's protocols are never held whole); false where the file must be a workbook to write into (browser version).
   */
  readonly streamProtocols: boolean;
  /** Read the workbook's source sheets now (false: only open it, e.g. to copy it). */
  readonly readSources?: boolean;
  /** Milliseconds, for the time a protocol took (default Date.now). */
  readonly clock?: () => number;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1).replace('.', ',');
}

/** Opens one input; throws InputFileError (a Russian sentence) when it is not a file the product can read. */
export async function openInput(bytes: Uint8Array, label: string, options: OpenOptions): Promise<OpenedInput> {
  const clock = options.clock ?? Date.now;
  const kind = sniffFile(bytes, label).kind;
  if (kind === 'xlsx' && options.streamProtocols) {
    const started = clock();
    const protocols = await readProtocolPackage(bytes, label);
    if (protocols) {
      const grids = protocols.otherSheets.length > 0 ? readSpreadsheet(bytes, label, protocols.otherSheets).grids : [];
      const took = seconds(clock() - started);
      return {
        label, kind, grids, protocols: protocols.tallies,
        sheetNames: [...protocols.tallies.map((t) => t.sheet), ...protocols.otherSheets],
        notes: protocols.tallies.map((t) => `протокол «${t.sheet}» — ${t.pupilRows} ${pluralRu(t.pupilRows, 'строка', 'строки', 'строк')} учеников, ${t.schools.length} ОО (${took} с)`),
      };
    }
  }
  const workbook = await XlsxWorkbook.open(bytes, label);
  const sheetNames = (await workbook.listSheets()).map((s) => s.name);
  const grids = options.readSources === false ? [] : await workbook.readSheets((await sourceSheets(workbook)).sources);
  return { label, kind, workbook, grids, protocols: [], sheetNames, notes: [] };
}
