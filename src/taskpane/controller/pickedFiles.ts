// Files the user picks with «Добавить файлы…»: pupil protocols are tallied (streamed); other workbooks are copied in.
import { XlsxWorkbook } from '../../adapters/xlsx/xlsxWorkbook';
import { InputFileError } from '../../adapters/files/fileKind';
import { openInput } from '../../adapters/input/openInput';
import { sourceSheets } from '../../app/pipeline';
import { copiedSheet } from '../../app/copySheet';
import { freeSheetName } from '../../app/protocolImport';
import { WorkbookPort } from '../../app/workbookPort';
import { ProtocolTally } from '../../ingest/protocols/tally';
import { OutwardFormulas, outwardFormulas } from '../../adapters/xlsx/outwardFormulas';

/** A picked file: its name and a way to get its bytes (a browser File, or bytes in tests). */
export interface PickedFile {
  readonly name: string;
  bytes(): Promise<Uint8Array>;
}

/** A picked workbook: its bytes (for Excel's own insertion) and the workbook the opener made of them. */
export interface PickedWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly workbook?: XlsxWorkbook;
}

export interface PickedRead {
  readonly tallies: readonly ProtocolTally[];
  /** Workbooks that are not protocols: their sheets are copied into the workbook as sources. */
  readonly workbooks: readonly PickedWorkbook[];
  /** «файл: причина» for each file that could not be read. */
  readonly skipped: readonly string[];
}

/** Reads the files one by one (cancel is checked between them; progress after each). */
export async function readPickedFiles(
  files: readonly PickedFile[], onProgress: (done: number, total: number) => void, isCancelled: () => boolean,
): Promise<PickedRead> {
  const tallies: ProtocolTally[] = [];
  const workbooks: PickedWorkbook[] = [];
  const skipped: string[] = [];
  for (const [i, file] of files.entries()) {
    if (isCancelled()) break;
    try {
      const bytes = await file.bytes();
      // The one opener: protocols streamed, any other file opened as a workbook (copied in below).
      const opened = await openInput(bytes, file.name, { streamProtocols: true, readSources: false });
      if (opened.protocols.length > 0) tallies.push(...opened.protocols);
      else workbooks.push({ name: file.name, bytes, workbook: opened.workbook });
    } catch (error) {
      skipped.push(`«${file.name}»: ${error instanceof InputFileError ? error.message : 'файл не прочитан'}`);
    }
    onProgress(i + 1, files.length);
  }
  return { tallies, workbooks, skipped };
}

export interface CopiedWorkbook {
  /** The names the copied sheets got. */
  readonly added: readonly string[];
  /** Sheets whose formulas reach outside the workbook: the sheets were copied as values (say so to the user). */
  readonly outward: readonly OutwardFormulas[];
}

/** «Лист!C5, C7 и ещё 3» for each sheet: where the formulas that reach outside the workbook are. */
export function outwardText(outward: readonly OutwardFormulas[]): string {
  return outward.map((o) => `«${o.sheet}»: ${o.cells.join(', ')}${o.count > o.cells.length ? ` и ещё ${o.count - o.cells.length}` : ''}`).join('; ');
}

/**
 * Copies a workbook's source sheets into the open one: as they are where Excel can insert a file (ExcelApi 1.13 and a
 * file under the request budget), else values with number formats and merges under free names. Sheets whose formulas
 * reach outside the workbook (external links, WEBSERVICE, DDE) are never inserted with their formulas: values only.
 * The product's own output sheets of that file are not copied.
 */
export async function copyWorkbook(port: WorkbookPort, file: PickedWorkbook, taken: string[]): Promise<CopiedWorkbook> {
  const workbook = file.workbook ?? await XlsxWorkbook.open(file.bytes, file.name);
  const { sources } = await sourceSheets(workbook);
  if (sources.length === 0) return { added: [], outward: [] };
  const outward = workbook.kind === 'xlsx' ? await outwardFormulas(file.bytes, sources) : [];
  if (workbook.kind === 'xlsx' && workbook.rebuilt === undefined && port.insertWorkbook && outward.length === 0) {
    const inserted = await port.insertWorkbook(file.bytes, sources);
    if (inserted) {
      taken.push(...inserted);
      return { added: [...inserted], outward };
    }
  }
  const added: string[] = [];
  for (const grid of await workbook.readSheets(sources)) {
    const name = freeSheetName(grid.sheet, taken);
    const { values, layout } = copiedSheet(grid);
    if (await port.addSourceSheet?.(name, values, [], layout)) {
      added.push(name);
      taken.push(name);
    }
  }
  return { added, outward };
}
