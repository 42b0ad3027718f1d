// --out never replaces a file that is not the product's own earlier output, unless --force says so.
import fs from 'fs';
import { isProductOutput } from '../adapters/xlsx/productOutput';
import { MAX_FILE_BYTES } from '../adapters/files/fileKind';
import { UsageError } from './args';

/** Reads an existing regular file of a sane size; undefined when there is nothing to look at. */
function existingBytes(file: string): Uint8Array | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Refuses (exit 1) to replace an existing file at `out` that is not a workbook the product wrote: `--out 2023.xlsx
 * 2024.xlsx` must not destroy the department's 2023 workbook. `force` lets the user replace it knowingly.
 */
export async function checkReplaceable(out: string, force: boolean): Promise<void> {
  const stat = fs.statSync(out, { throwIfNoEntry: false });
  // Nothing there, or a folder or device (the writer refuses those with its own sentence).
  if (force || !stat?.isFile()) return;
  const bytes = existingBytes(out);
  if (bytes !== undefined && (await isProductOutput(bytes))) return;
  throw new UsageError(
    `--out «${out}»: такой файл уже есть, и это не книга с результатами ШНОР — он не будет заменён. ` +
      'Укажите другое имя файла или добавьте --force, если его действительно нужно заменить.',
  );
}
