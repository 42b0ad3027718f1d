// Reads a file the user named (input, settings, scales) the way inputs are read: a regular file, of a bounded size.
import fs from 'fs';
import { InputFileError } from '../adapters/files/fileKind';

/** The bytes of `file`; InputFileError (a Russian clause) when it is missing, a folder, a device or bigger than `maxBytes`. */
export function readLocalFile(file: string, maxBytes: number): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputFileError(code === 'ENOENT' ? 'файл не найден' : code === 'EACCES' ? 'нет прав на чтение' : `файл недоступен (${code ?? 'ошибка'})`);
  }
  if (stat.isDirectory()) throw new InputFileError('это папка, а не файл');
  if (!stat.isFile()) throw new InputFileError('это не обычный файл (устройство или канал)');
  if (stat.size > maxBytes) throw new InputFileError(`файл больше ${formatSize(maxBytes)} — это не похоже на файл такого рода`);
  try {
    const buffer = fs.readFileSync(file);
    // A view of the file's own buffer: big protocol files are not copied (readers never write into it).
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (e) {
    throw new InputFileError(`файл не читается (${(e as NodeJS.ErrnoException).code ?? 'ошибка'})`);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} МБ` : `${Math.round(bytes / 1024)} КБ`;
}

/** Where JSON.parse stopped, as «строка N, столбец M», from its message's position; '' when it does not say. */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return `строка ${line}, столбец ${before.length - before.lastIndexOf('\n')}`;
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  return lineColumn ? `строка ${lineColumn[1]}, столбец ${lineColumn[2]}` : '';
}

/** Parses JSON text; throws `fail(place)` with the place of the first error (never the engine's own English text). */
export function parseJsonText(text: string, fail: (place: string) => Error): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw fail(jsonErrorPlace(text.replace(/^\uFEFF/, ''), e));
  }
}
