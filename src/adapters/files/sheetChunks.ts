// A package of many sheets is handed to SheetJS in slices: SheetJS finds every part by a linear search of the zip
// (for each sheet, for each part), so 5 000 sheets cost 48 s read whole; slices of a few hundred sheets, each holding
// the shared parts and only its own sheets (records copied, nothing recompressed), read in linear time overall.
import * as XLSX from '@e965/xlsx';
import { ZipRecord, zipDirectory } from './zipDirectory';
import { localRecordEnds, zipOf } from './zipSlice';

/** Above this many sheets the package is read in slices. */
export const SLICED_ABOVE = 300;
/** Sheets per slice: SheetJS's cost per sheet grows with the parts in its zip, so slices are kept small. */
const SLICE = 50;

interface CfbLibrary {
  read(data: Uint8Array, opts: { type: 'array' }): { FileIndex: { type: number; content?: Uint8Array | number[] }[]; FullPaths: string[] };
}

const CFB = (XLSX as unknown as { CFB: CfbLibrary }).CFB;
const SHEET_ELEMENT = /<(?:[\w-]+:)?sheet\b[^>]*?\/>/g;
const SHEET_PARTS = /(^|\/)(worksheets|chartsheets|dialogsheets|macrosheets)\//i;
const RELATIONSHIP = /<(?:[\w-]+:)?Relationship\b[^>]*>/g;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

function resolvePart(base: string, target: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith('/') ? target : base + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/').toLowerCase();
}

/** How many sheet parts the package's directory lists (cheap: nothing is inflated). */
export function sheetPartCount(names: readonly string[]): number {
  return names.filter((n) => SHEET_PARTS.test(n) && !n.includes('_rels/') && /\.xml$/i.test(n)).length;
}

/** A part's XML split into its repeated elements (each with the part it names) and the text around them. */
interface SplitXml {
  readonly head: string;
  readonly items: readonly { readonly tag: string; readonly part: string | undefined }[];
  readonly tail: string;
}

function splitXml(xml: string, element: RegExp, partOf: (tag: string) => string | undefined): SplitXml {
  const items: { tag: string; part: string | undefined }[] = [];
  let first = -1;
  let last = -1;
  for (const m of xml.matchAll(element)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
    items.push({ tag: m[0], part: partOf(m[0]) });
  }
  if (first < 0) return { head: xml, items: [], tail: '' };
  return { head: xml.slice(0, first), items, tail: xml.slice(last) };
}

/** The split XML with only the elements naming a shared part or one of `own`. */
function joinXml(split: SplitXml, own: ReadonlySet<string>): string {
  return split.head + split.items.filter((i) => i.part === undefined || !SHEET_PARTS.test(i.part) || own.has(i.part)).map((i) => i.tag).join('') + split.tail;
}

/** The text of a few entries, inflated by SheetJS's zip reader from a small zip of just them. */
function texts(bytes: Uint8Array, records: readonly ZipRecord[], ends: ReadonlyMap<number, number>): Map<string, string> {
  const container = CFB.read(zipOf(bytes, records, ends, []), { type: 'array' });
  const root = container.FullPaths[0] ?? '';
  const out = new Map<string, string>();
  container.FullPaths.forEach((full, i) => {
    const content = container.FileIndex[i].content;
    if (container.FileIndex[i].type !== 2 || content === undefined) return;
    out.set(full.slice(root.length).replace(/^\/+/, '').toLowerCase(), new TextDecoder('utf-8').decode(content instanceof Uint8Array ? content : Uint8Array.from(content)));
  });
  return out;
}

/**
 * The package as slices of its sheets, each a zip SheetJS reads quickly; undefined when the package has few sheets
 * (read whole) or a shape this does not handle (ZIP64; read whole, as before).
 */
export function sheetSlices(bytes: Uint8Array): Uint8Array[] | undefined {
  const records = zipDirectory(bytes);
  if (!records || records.some((r) => r.zip64) || sheetPartCount(records.map((r) => r.name)) <= SLICED_ABOVE) return undefined;
  const ends = localRecordEnds(bytes, records);
  if (!ends) return undefined;
  const byName = new Map<string, ZipRecord>();
  for (const r of records) if (!byName.has(r.name.toLowerCase())) byName.set(r.name.toLowerCase(), r);
  const pick = (names: readonly string[]): ZipRecord[] => names.flatMap((n) => byName.get(n) ?? []);

  const rootRels = texts(bytes, pick(['_rels/.rels']), ends).get('_rels/.rels') ?? '';
  const officeDocument = (rootRels.match(RELATIONSHIP) ?? []).find((t) => (attr(t, 'Type') ?? '').endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolvePart('', attr(officeDocument, 'Target') ?? '') : 'xl/workbook.xml';
  const workbookRels = relsOf(workbookPath);
  const read = texts(bytes, pick([workbookPath, workbookRels, '[content_types].xml']), ends);
  const workbookXml = read.get(workbookPath);
  const workbookRecord = byName.get(workbookPath);
  if (workbookXml === undefined || !workbookRecord) return undefined;
  const targets = new Map<string, string>();
  for (const tag of read.get(workbookRels)?.match(RELATIONSHIP) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, resolvePart(folderOf(workbookPath), target));
  }
  const sheetTags = workbookXml.match(SHEET_ELEMENT) ?? [];
  // The content types and the workbook's relationships list every sheet: each slice gets only its own.
  const relsRecord = byName.get(workbookRels);
  const typesRecord = byName.get('[content_types].xml');
  const relsXml = read.get(workbookRels);
  const typesXml = read.get('[content_types].xml');
  if (!relsRecord || !typesRecord || relsXml === undefined || typesXml === undefined) return undefined;
  const relsSplit = splitXml(relsXml, RELATIONSHIP, (tag) => targets.get(attr(tag, 'Id') ?? ''));
  const typesSplit = splitXml(typesXml, /<(?:[\w-]+:)?Override\b[^>]*>/g, (tag) => (attr(tag, 'PartName') ?? '').replace(/^\/+/, '').toLowerCase() || undefined);
  const rewritten = new Set([workbookPath, workbookRels, '[content_types].xml']);
  // Parts every slice carries: everything but the sheets' own parts (and the three parts rewritten per slice).
  const shared = records.filter((r) => !SHEET_PARTS.test(r.name) && !rewritten.has(r.name.toLowerCase()));
  const slices: Uint8Array[] = [];
  for (let start = 0; start < sheetTags.length; start += SLICE) {
    const own: string[] = [];
    for (const tag of sheetTags.slice(start, start + SLICE)) {
      const part = targets.get(attr(tag, '[\\w-]+:id') ?? '');
      if (part) own.push(part, relsOf(part));
    }
    let index = -1;
    const xml = workbookXml.replace(SHEET_ELEMENT, (tag) => {
      index++;
      return index >= start && index < start + SLICE ? tag : '';
    });
    const mine = new Set(own);
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    slices.push(zipOf(bytes, [...shared, ...pick(own)], ends, [
      { name: typesRecord.name, data: encode(joinXml(typesSplit, mine)) },
      { name: workbookRecord.name, data: encode(xml) },
      { name: relsRecord.name, data: encode(joinXml(relsSplit, mine)) },
    ]));
  }
  return slices;
}
