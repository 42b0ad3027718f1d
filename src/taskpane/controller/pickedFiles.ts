// Files the user picks with «Добавить файлы…»: each read as pupil protocols (streamed), or named with why it was not.
import { readProtocolPackage } from '../../adapters/xlsx/protocolPackage';
import { InputFileError, sniffFile } from '../../adapters/files/fileKind';
import { ProtocolTally } from '../../ingest/protocols/tally';

/** A picked file: its name and a way to get its bytes (a browser File, or bytes in tests). */
export interface PickedFile {
  readonly name: string;
  bytes(): Promise<Uint8Array>;
}

export interface PickedRead {
  readonly tallies: readonly ProtocolTally[];
  /** «файл: причина» for each file that gave no protocol. */
  readonly skipped: readonly string[];
}

/** Reads the files one by one (cancel is checked between them; progress after each). */
export async function readPickedFiles(
  files: readonly PickedFile[], onProgress: (done: number, total: number) => void, isCancelled: () => boolean,
): Promise<PickedRead> {
  const tallies: ProtocolTally[] = [];
  const skipped: string[] = [];
  for (const [i, file] of files.entries()) {
    if (isCancelled()) break;
    try {
      const bytes = await file.bytes();
      const kind = sniffFile(bytes, file.name).kind;
      const read = kind === 'xlsx' ? await readProtocolPackage(bytes, file.name) : undefined;
      if (read) tallies.push(...read.tallies);
      else skipped.push(`«${file.name}»: не протокол ФИС ОКО по ученикам (нет колонок логина школы и суммы баллов) — такие файлы откройте в Excel и скопируйте их листы в книгу`);
    } catch (error) {
      skipped.push(`«${file.name}»: ${error instanceof InputFileError ? error.message : 'файл не прочитан'}`);
    }
    onProgress(i + 1, files.length);
  }
  return { tallies, skipped };
}
