// Tells what a user's file is from its bytes (not its name): a workbook we can read, or one Russian sentence why not.
import { looksLikeZip, packageEntryProblem, zipDirectory } from './zipDirectory';

/** Families of spreadsheet files the product reads. Only 'xlsx' (incl. .xlsm) can take the output sheets in place. */
export type FileKind = 'xlsx' | 'xlsb' | 'xls' | 'ods' | 'csv';

export interface Sniffed {
  readonly kind: FileKind;
  /** A macro-enabled OOXML workbook (.xlsm): its annotated copy must keep the macro kind. */
  readonly macroEnabled: boolean;
}

/** A file the user gave that cannot be read; the message is a complete Russian sentence for the user. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/** Files above this size are refused before they are read (a region's protocols are 2–30 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Everything a package may inflate to; a zip bomb is refused from its directory, before inflating. */
export const MAX_INFLATED_BYTES = 768 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PROTECTED = 'книга защищена паролем: снимите пароль в Excel («Файл → Сведения → Защитить книгу → Зашифровать паролем», пустой пароль) и сохраните копию';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

/** UTF-16 names of the streams in a compound file's root directory (enough to tell Excel 97 from Word or encryption). */
function cfbStreamNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return [];
  const sectorSize = 1 << view.getUint16(30, true);
  const firstDirSector = view.getUint32(48, true);
  const at = (firstDirSector + 1) * sectorSize;
  const names: string[] = [];
  // The first directory sector holds the root entry and its first children: enough for the streams we look for.
  for (let e = 0; e < sectorSize / 128 && at + (e + 1) * 128 <= bytes.length; e++) {
    const base = at + e * 128;
    const length = view.getUint16(base + 64, true);
    if (length < 2 || length > 64) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(base + i, true));
    names.push(name);
  }
  return names;
}

function sniffZip(bytes: Uint8Array): Sniffed {
  const entries = zipDirectory(bytes);
  if (!entries) throw new InputFileError('файл повреждён или записан не полностью: не найдено оглавление архива .xlsx (откройте его в Excel и сохраните заново)');
  if (entries.some((e) => e.encrypted)) throw new InputFileError('архив защищён паролем: распакуйте его и укажите саму книгу');
  const problem = packageEntryProblem(entries);
  if (problem) throw new InputFileError(problem);
  const inflated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (inflated > MAX_INFLATED_BYTES) {
    throw new InputFileError(`файл распаковывается в ${Math.round(inflated / 1024 / 1024)} МБ — больше допустимых ${MAX_INFLATED_BYTES / 1024 / 1024} МБ; это не похоже на таблицу результатов`);
  }
  const names = new Set(entries.map((e) => e.name.toLowerCase().replace(/^\/+/, '')));
  if (names.has('mimetype') && [...names].some((n) => n === 'content.xml')) return { kind: 'ods', macroEnabled: false };
  if (names.has('word/document.xml')) throw new InputFileError('это документ Word, а не книга Excel: сохраните таблицу в Excel как .xlsx');
  if ([...names].some((n) => n.startsWith('ppt/'))) throw new InputFileError('это презентация PowerPoint, а не книга Excel');
  if (!names.has('[content_types].xml')) throw new InputFileError('это архив ZIP, но не книга Excel (.xlsx)');
  if ([...names].some((n) => n.endsWith('workbook.bin'))) return { kind: 'xlsb', macroEnabled: names.has('xl/vbaproject.bin') };
  const macroEnabled = [...names].some((n) => n.endsWith('vbaproject.bin'));
  return { kind: 'xlsx', macroEnabled };
}

function sniffCfb(bytes: Uint8Array): Sniffed {
  const streams = cfbStreamNames(bytes).map((n) => n.toLowerCase());
  if (streams.includes('encryptedpackage') || streams.includes('encryptioninfo')) throw new InputFileError(PROTECTED);
  if (streams.includes('worddocument')) throw new InputFileError('это документ Word 97–2003, а не книга Excel');
  return { kind: 'xls', macroEnabled: false };
}

/** A plain-text table: no NUL bytes in the first 64 KB, and a separator on the first lines. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.length === 0) return false;
  for (const b of head) if (b === 0) return false;
  return true;
}

/** Classifies a file; throws InputFileError with the reason when it is not a spreadsheet we can read. */
export function sniffFile(bytes: Uint8Array, fileName: string): Sniffed {
  if (bytes.length === 0) throw new InputFileError('файл пуст (0 байт)');
  if (bytes.length > MAX_FILE_BYTES) throw new InputFileError(`файл больше ${MAX_FILE_BYTES / 1024 / 1024} МБ — это не похоже на таблицу результатов`);
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  if (startsWith(bytes, CFB_MAGIC)) return sniffCfb(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new InputFileError('это документ PDF, а не книга Excel: нужна исходная таблица (.xlsx)');
  const ext = extensionOf(fileName);
  if ((ext === 'csv' || ext === 'txt' || ext === 'tsv') && looksLikeText(bytes)) return { kind: 'csv', macroEnabled: false };
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || ext === 'xlsb' || ext === 'ods') {
    throw new InputFileError(`файл назван .${ext}, но не является книгой Excel или LibreOffice (возможно, он повреждён или переименован)`);
  }
  throw new InputFileError('файл не является книгой Excel (.xlsx, .xlsm, .xls, .xlsb), LibreOffice (.ods) или таблицей CSV');
}

export const PROTECTED_MESSAGE = PROTECTED;
