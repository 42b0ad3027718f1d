// Builds a zip from some entries of another, copying their records byte for byte (nothing inflated or recompressed),
// plus entries given as text (stored): the way to hand a reader only the parts it needs.
import { ZipRecord, centralDirectoryOffset } from './zipDirectory';

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where each entry's local record (header, data, data descriptor) ends: the next record, or the central directory. */
export function localRecordEnds(bytes: Uint8Array, records: readonly ZipRecord[]): Map<number, number> | undefined {
  const central = centralDirectoryOffset(bytes);
  if (central === undefined) return undefined;
  const starts = [...new Set(records.map((r) => r.localOffset))].sort((a, b) => a - b);
  const ends = new Map<number, number>();
  starts.forEach((start, i) => ends.set(start, i + 1 < starts.length ? starts[i + 1] : central));
  return ends;
}

/** A zip holding `copied` (records of `bytes`, copied as they are) and `stored` (new entries, not compressed). */
export function zipOf(bytes: Uint8Array, copied: readonly ZipRecord[], ends: ReadonlyMap<number, number>, stored: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const r of copied) {
    const end = ends.get(r.localOffset) ?? r.localOffset;
    chunks.push(bytes.subarray(r.localOffset, end));
    const central = bytes.slice(r.centralAt, r.centralAt + r.centralLength);
    new DataView(central.buffer).setUint32(42, offset, true);
    centrals.push(central);
    offset += end - r.localOffset;
  }
  for (const entry of stored) {
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    chunks.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const c of [...chunks, ...centrals, eocd]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
