// Reads a zip's central directory (names, sizes, encryption) without inflating anything: the guard before any unzip.

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly encrypted: boolean;
}

/** Where an entry's records lie in the archive (for copying entries without inflating them). */
export interface ZipRecord extends ZipEntry {
  /** Offset of the local file header. */
  readonly localOffset: number;
  /** The central directory record: offset and length (with name, extra field and comment). */
  readonly centralAt: number;
  readonly centralLength: number;
  /** Sizes or offsets needed the ZIP64 extension. */
  readonly zip64: boolean;
}

/** Offset of the central directory (where local records end); undefined when it cannot be found. */
export function centralDirectoryOffset(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  return eocd < 0 ? undefined : view.getUint32(eocd + 16, true);
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;

/** True when the bytes start like a zip (local file header "PK\x03\x04" or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

function bigToNumber(view: DataView, at: number): number {
  const n = view.getBigUint64(at, true);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** The entries of the central directory; undefined when the directory cannot be found or is cut short. */
export function zipDirectory(bytes: Uint8Array): ZipRecord[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((offset === 0xffffffff || count === 0xffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    const z64 = bigToNumber(view, locator + 8);
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== ZIP64_EOCD_SIGNATURE) return undefined;
    count = bigToNumber(view, z64 + 32);
    offset = bigToNumber(view, z64 + 48);
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipRecord[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const flags = view.getUint16(at + 8, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const zip64 = compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extra field: the real sizes when the 32-bit ones are saturated.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let p = extra + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= extraEnd) { uncompressedSize = bigToNumber(view, p); p += 8; }
        if (compressedSize === 0xffffffff && p + 8 <= extraEnd) { compressedSize = bigToNumber(view, p); p += 8; }
        if (localOffset === 0xffffffff && p + 8 <= extraEnd) localOffset = bigToNumber(view, p);
      }
      extra += 4 + size;
    }
    const centralLength = 46 + nameLength + extraLength + commentLength;
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) === 1, localOffset, centralAt: at, centralLength, zip64 });
    at += centralLength;
  }
  return entries;
}

/** Entry names a package may not hold: outside its root (absolute, a drive, «..»), with backslashes, or empty. */
function outsideRoot(name: string): boolean {
  return name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.split('/').some((seg) => seg === '..' || seg === '.');
}

/**
 * Why a package cannot be read consistently, as a Russian clause; undefined when its entries are sound. Two entries
 * of one name (part names ignore case) are read differently by different readers — the analysis could take one and
 * the written copy the other — and an entry outside the package root could be carried into an output.
 */
export function packageEntryProblem(entries: readonly ZipEntry[]): string | undefined {
  const seen = new Set<string>();
  for (const e of entries) {
    if (outsideRoot(e.name)) {
      return `в архиве книги есть часть с недопустимым именем «${e.name.slice(0, 80)}» (вне папки книги) — такой файл не читается; откройте его в Excel и сохраните заново`;
    }
    const key = e.name.toLowerCase();
    if (seen.has(key)) {
      return `в архиве книги две части с одним именем «${e.name.slice(0, 80)}» — неясно, какая из них настоящая; откройте файл в Excel и сохраните заново`;
    }
    seen.add(key);
  }
  return undefined;
}
