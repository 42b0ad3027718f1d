// Writes an output file whole or not at all: a temporary file in the target folder, flushed, then renamed over.
import fs from 'fs';
import path from 'path';

/** A file could not be written; the message is a Russian sentence naming the file and the cause. */
export class WriteError extends Error {}

function cause(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC': return 'на диске не хватает места';
    case 'EDQUOT': return 'превышена квота на диске';
    case 'EACCES':
    case 'EPERM': return 'нет прав на запись';
    case 'EROFS': return 'диск доступен только для чтения';
    case 'EISDIR': return 'по этому пути находится папка';
    case 'ENOENT':
    case 'ENOTDIR': return 'папка не существует';
    case 'ENOTFILE': return 'это не обычный файл';
    case 'EBUSY': return 'файл занят другой программой (закройте его в Excel)';
    default: return `ошибка записи${code ? ` (${code})` : ''}`;
  }
}

/** Longest file name (in UTF-8 bytes) most file systems take. */
const NAME_BYTES = 255;

/** The first characters of `text` that fit in `maxBytes` of UTF-8 (never half of a character). */
export function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

/** The temporary file's name beside `name`: a hidden name that fits the file system whatever the length of `name`. */
export function temporaryName(name: string): string {
  const suffix = `.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`;
  return `.${cutToBytes(name, NAME_BYTES - 1 - Buffer.byteLength(suffix))}${suffix}`;
}

/** Writes `data` to `target` atomically; on any failure the target is as it was and no temporary file is left. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const full = path.resolve(target);
  const dir = path.dirname(full);
  const fail = (code: string | undefined): never => {
    throw new WriteError(`Не удалось записать «${target}»: ${cause(code)}. Файл не создан и не изменён.`);
  };
  const dirStat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) fail('ENOENT');
  else if (!dirStat.isDirectory()) fail('ENOTDIR');
  const existing = fs.statSync(full, { throwIfNoEntry: false });
  if (existing?.isDirectory()) fail('EISDIR');
  // A device or a pipe is never replaced by a rename (as root that would remove /dev/null).
  if (existing && !existing.isFile()) fail('ENOTFILE');
  const tmp = path.join(dir, temporaryName(path.basename(full)));
  let fd: number | undefined;
  try {
    // The replacement keeps the replaced file's permissions (a private 600 output stays private).
    fd = fs.openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, full);
  } catch (e) {
    if (fd !== undefined) {
      try { fs.closeSync(fd); } catch { /* already closed */ }
    }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    fail((e as NodeJS.ErrnoException).code);
  }
}
