// Relationship parts (_rels/*.rels): read, resolve targets, add and remove single relationships by splicing.
import { folderOf, normalizePath, OpcPackage, relativePath, stripSlash } from './opcPackage';
import {
  appendChildSplice, applySplices, childrenNamed, escapeXml, parseXml, prefixOf, XML_HEADER,
} from './xml';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types the writer uses. */
export const REL = {
  officeDocument: `${DOC_REL}/officeDocument`,
  worksheet: `${DOC_REL}/worksheet`,
  styles: `${DOC_REL}/styles`,
  sharedStrings: `${DOC_REL}/sharedStrings`,
  drawing: `${DOC_REL}/drawing`,
  chart: `${DOC_REL}/chart`,
  comments: `${DOC_REL}/comments`,
  vmlDrawing: `${DOC_REL}/vmlDrawing`,
  customProperties: `${DOC_REL}/custom-properties`,
  extendedProperties: `${DOC_REL}/extended-properties`,
} as const;

/**
 * True when a relationship has the given type, compared by its last segment so Strict OOXML
 * (purl.oclc.org) types match the transitional ones.
 */
export function isRelType(rel: { readonly type: string }, type: string): boolean {
  return rel.type === type || rel.type.slice(rel.type.lastIndexOf('/')) === type.slice(type.lastIndexOf('/'));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Target as written. */
  readonly target: string;
  readonly external: boolean;
  /** Resolved part path for internal targets. */
  readonly part: string;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels". */
export function relsPathFor(part: string): string {
  const p = stripSlash(part);
  const folder = folderOf(p);
  return `${folder}_rels/${p.slice(folder.length)}.rels`;
}

/** Resolves a relationship target written in the rels of `sourcePart` to a part path. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep the raw target when it is not valid percent-encoding
  }
  if (t.startsWith('/')) return normalizePath(t);
  return normalizePath(folderOf(stripSlash(sourcePart)) + t);
}

export async function readRels(pkg: OpcPackage, sourcePart: string): Promise<Relationship[]> {
  const xml = await pkg.readText(relsPathFor(sourcePart));
  if (xml === undefined) return [];
  const root = parseXml(xml);
  return childrenNamed(root, 'Relationship').map((el) => {
    const target = el.attrs.Target ?? '';
    const external = (el.attrs.TargetMode ?? '').toLowerCase() === 'external';
    return {
      id: el.attrs.Id ?? '',
      type: el.attrs.Type ?? '',
      target,
      external,
      part: external ? '' : resolveTarget(sourcePart, target),
    };
  });
}

/** Adds a relationship from `sourcePart` to `targetPart` and returns its new Id. */
export async function addRelationship(pkg: OpcPackage, sourcePart: string, type: string, targetPart: string): Promise<string> {
  const relsPath = relsPathFor(sourcePart);
  const xml = (await pkg.readText(relsPath)) ?? `${XML_HEADER}<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const root = parseXml(xml);
  const ids = new Set(childrenNamed(root, 'Relationship').map((el) => el.attrs.Id ?? ''));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const target = stripSlash(sourcePart) === '' ? stripSlash(targetPart) : relativePath(sourcePart, targetPart);
  const el = `<${prefixOf(root.name)}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  pkg.writeText(relsPath, applySplices(xml, [appendChildSplice(xml, root, el)]));
  return id;
}

/** Removes the relationship with this Id (the rels part is deleted when it becomes empty). */
export async function removeRelationship(pkg: OpcPackage, sourcePart: string, id: string): Promise<void> {
  const relsPath = relsPathFor(sourcePart);
  const xml = await pkg.readText(relsPath);
  if (xml === undefined) return;
  const root = parseXml(xml);
  const all = childrenNamed(root, 'Relationship');
  const gone = all.filter((el) => el.attrs.Id === id);
  if (gone.length === 0) return;
  pkg.writeText(relsPath, applySplices(xml, gone.map((el) => ({ start: el.start, end: el.end, text: '' }))));
}

/** Writes a fresh rels part for a part the writer created. */
export function writeNewRels(pkg: OpcPackage, sourcePart: string, rels: readonly { id: string; type: string; target: string }[]): void {
  if (rels.length === 0) return;
  const body = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${escapeXml(r.type)}" Target="${escapeXml(relativePath(sourcePart, r.target))}"/>`)
    .join('');
  pkg.writeText(relsPathFor(sourcePart), `${XML_HEADER}<Relationships xmlns="${RELS_NS}">${body}</Relationships>`);
}

/** The main workbook part, from the package's root relationships. */
export async function workbookPartPath(pkg: OpcPackage): Promise<string> {
  const rels = await readRels(pkg, '');
  const main = rels.find((r) => isRelType(r, REL.officeDocument));
  return main?.part ?? 'xl/workbook.xml';
}

/** Every part reachable from `start` through internal relationships (including `start`). */
export async function reachableParts(pkg: OpcPackage, starts: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop() ?? '';
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const rel of await readRels(pkg, part)) if (!rel.external && rel.part) queue.push(rel.part);
  }
  return seen;
}

/**
 * Every internal target any relationships part names, present or not: a new part must not take the path of a
 * dangling relationship, or that old relationship would suddenly point at it.
 */
export async function allRelationshipTargets(pkg: OpcPackage): Promise<string[]> {
  const out: string[] = [];
  for (const relsPath of pkg.paths().filter((p) => /(^|\/)_rels\/[^/]*\.rels$/i.test(p))) {
    const source = relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, '$1$2');
    for (const rel of await readRels(pkg, source)) if (!rel.external) out.push(rel.part);
  }
  return out;
}
