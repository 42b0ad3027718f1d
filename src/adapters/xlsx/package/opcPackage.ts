// A JSZip-backed OPC package: case-insensitive part lookup, text reads/writes, part paths and free part numbers.
import JSZip from 'jszip';

/** JSZip's StreamHelper as far as streamText uses it. */
interface TextStream {
  on(event: 'data', cb: (chunk: string) => void): TextStream;
  on(event: 'error', cb: (e: Error) => void): TextStream;
  on(event: 'end', cb: () => void): TextStream;
  pause(): TextStream;
  resume(): TextStream;
}

/** Part paths are zip entry names without a leading slash ("xl/workbook.xml"). */
export class OpcPackage {
  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes.slice()));
  }

  /** Opens `bytes` without copying them, for reading only (the caller must not change them while the package lives). */
  static async loadForReading(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes));
  }

  static empty(): OpcPackage {
    return new OpcPackage(new JSZip());
  }

  /**
   * An independent copy to edit: entries are shared until one side writes them (JSZip replaces, never mutates,
   * an entry on write), so a failed edit can be dropped and the original stays as it was.
   */
  snapshot(): OpcPackage {
    const copy = new JSZip();
    copy.files = { ...this.zip.files };
    return new OpcPackage(copy);
  }

  /** The entry name as stored, matching `path` case-insensitively (OPC part names ignore case). */
  entryName(path: string): string | undefined {
    const wanted = stripSlash(path);
    if (this.zip.files[wanted] && !this.zip.files[wanted].dir) return wanted;
    const lower = wanted.toLowerCase();
    return Object.keys(this.zip.files).find((n) => !this.zip.files[n].dir && n.toLowerCase() === lower);
  }

  has(path: string): boolean {
    return this.entryName(path) !== undefined;
  }

  /** A part as text: UTF-8, or UTF-16 when the part starts with its byte-order mark (then re-declared as UTF-8). */
  async readText(path: string): Promise<string | undefined> {
    const bytes = await this.readBytes(path);
    if (bytes === undefined) return undefined;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
      return text.replace(/^(<\?xml[^>]*encoding=)(["'])UTF-16\2/i, '$1$2UTF-8$2');
    }
    return new TextDecoder('utf-8').decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  }

  async readBytes(path: string): Promise<Uint8Array | undefined> {
    const name = this.entryName(path);
    if (name === undefined) return undefined;
    return this.zip.files[name].async('uint8array');
  }

  /**
   * A UTF-8 part as text chunks while it is inflated (a big worksheet never held whole); `onChunk` returns false to
   * stop early. Resolves when the part ends or is stopped.
   */
  async streamText(path: string, onChunk: (chunk: string) => boolean | void): Promise<void> {
    const name = this.entryName(path);
    if (name === undefined) return;
    await new Promise<void>((resolve, reject) => {
      // JSZip streams an entry through its inflate and UTF-8 workers (not in its typings).
      const stream = (this.zip.files[name] as unknown as { internalStream(type: 'string'): TextStream }).internalStream('string');
      stream
        .on('data', (chunk: string) => {
          if (onChunk(chunk) === false) {
            stream.pause();
            resolve();
          }
        })
        .on('error', reject)
        .on('end', () => resolve())
        .resume();
    });
  }

  /** Writes a part (replacing the existing entry under its stored name, so its place in the zip is kept). */
  writeText(path: string, text: string): void {
    this.zip.file(this.entryName(path) ?? stripSlash(path), text, { createFolders: false });
  }

  remove(path: string): void {
    const name = this.entryName(path);
    if (name !== undefined) this.zip.remove(name);
  }

  /** Every part path (folders excluded). */
  paths(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

export function stripSlash(path: string): string {
  return path.replace(/^\/+/, '');
}

/** Folder of a part with a trailing slash ("xl/worksheets/"), "" at the package root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** Normalises "a/b/../c/./d" to "a/c/d". */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of stripSlash(path).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Relative reference from the folder of `fromPart` to `toPart` ("../drawings/drawing1.xml"). */
export function relativePath(fromPart: string, toPart: string): string {
  const from = folderOf(stripSlash(fromPart)).split('/').filter(Boolean);
  const to = stripSlash(toPart).split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * A new part path from `template` ("xl/charts/chart#.xml") whose number is above every number the package
 * already uses for that pattern (as a part, a relationships part, or in `alsoTaken`), so nothing stale can
 * ever point at it.
 */
export function freePartPath(pkg: OpcPackage, template: string, alsoTaken: readonly string[] = []): string {
  const [head, tail] = template.split('#');
  const re = new RegExp(`^${escapeRegExp(head)}(\\d+)${escapeRegExp(tail)}(\\.rels)?$`, 'i');
  const relsRe = new RegExp(
    `^${escapeRegExp(folderOf(head))}_rels/${escapeRegExp(head.slice(folderOf(head).length))}(\\d+)${escapeRegExp(tail)}\\.rels$`,
    'i',
  );
  let max = 0;
  for (const name of [...pkg.paths(), ...alsoTaken.map(stripSlash)]) {
    const m = re.exec(name) ?? relsRe.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${head}${max + 1}${tail}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
