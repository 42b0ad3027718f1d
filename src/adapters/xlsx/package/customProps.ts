// docProps/custom.xml: read one text property, and create or update it (with its content type and root rel).
import { changeContentTypes, CONTENT_TYPE } from './contentTypes';
import { OpcPackage } from './opcPackage';
import { addRelationship, readRels, isRelType, REL } from './rels';
import {
  appendChildSplice, applySplices, childrenNamed, escapeXml, parseXml, prefixOf, textOf, XML_HEADER,
} from './xml';

const PROPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** FMTID every user-defined property carries (ECMA-376 Part 1, 22.3.2.2). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const DEFAULT_PATH = 'docProps/custom.xml';

async function customPropsPath(pkg: OpcPackage): Promise<string | undefined> {
  const rel = (await readRels(pkg, '')).find((r) => isRelType(r, REL.customProperties));
  return rel?.part;
}

/** Text of the named custom property, or undefined when absent. */
export async function readCustomProperty(pkg: OpcPackage, name: string): Promise<string | undefined> {
  const path = await customPropsPath(pkg);
  const xml = path ? await pkg.readText(path) : undefined;
  if (!xml) return undefined;
  const root = parseXml(xml);
  const prop = childrenNamed(root, 'property').find((p) => (p.attrs.name ?? '').toLowerCase() === name.toLowerCase());
  return prop ? textOf(xml, prop) : undefined;
}

/** Sets a text (vt:lpwstr) custom property, creating docProps/custom.xml when the package has none. */
export async function writeCustomProperty(pkg: OpcPackage, name: string, value: string): Promise<void> {
  const existingPath = await customPropsPath(pkg);
  const xml = existingPath ? await pkg.readText(existingPath) : undefined;
  if (!existingPath || xml === undefined) {
    // An unreferenced docProps/custom.xml left by another tool is not ours to overwrite.
    const path = pkg.has(DEFAULT_PATH) ? 'docProps/custom-shnor.xml' : DEFAULT_PATH;
    pkg.writeText(
      path,
      `${XML_HEADER}<Properties xmlns="${PROPS_NS}" xmlns:vt="${VT_NS}">` +
        `<property fmtid="${FMTID}" pid="2" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>` +
        '</Properties>',
    );
    await addRelationship(pkg, '', REL.customProperties, path);
    await changeContentTypes(pkg, { overrides: [{ part: path, contentType: CONTENT_TYPE.customProperties }] });
    return;
  }
  const root = parseXml(xml);
  const p = prefixOf(root.name);
  const vt = Object.entries(root.attrs).find(([k, v]) => v === VT_NS && k.startsWith('xmlns:'))?.[0].slice(6);
  const props = childrenNamed(root, 'property');
  const prop = props.find((el) => (el.attrs.name ?? '').toLowerCase() === name.toLowerCase());
  const valueXml = vt
    ? `<${vt}:lpwstr>${escapeXml(value)}</${vt}:lpwstr>`
    : `<vt:lpwstr xmlns:vt="${VT_NS}">${escapeXml(value)}</vt:lpwstr>`;
  if (prop) {
    const splice = prop.selfClosing
      ? { start: prop.start, end: prop.end, text: `${xml.slice(prop.start, prop.end).replace(/\s*\/>$/, '>')}${valueXml}</${prop.name}>` }
      : { start: prop.openEnd, end: prop.closeStart, text: valueXml };
    pkg.writeText(existingPath, applySplices(xml, [splice]));
    return;
  }
  const pid = props.map((el) => Number(el.attrs.pid ?? 0)).filter(Number.isFinite).reduce((m, n) => Math.max(m, n), 1) + 1;
  const el = `<${p}property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}">${valueXml}</${p}property>`;
  pkg.writeText(existingPath, applySplices(xml, [appendChildSplice(xml, root, el)]));
}

/** Removes, in one pass, every custom property whose name `matches` (e.g. all parts of an old tracking record). */
export async function removeCustomProperties(pkg: OpcPackage, matches: (name: string) => boolean): Promise<void> {
  const path = await customPropsPath(pkg);
  const xml = path ? await pkg.readText(path) : undefined;
  if (!path || xml === undefined) return;
  const root = parseXml(xml);
  const gone = childrenNamed(root, 'property').filter((p) => matches(p.attrs.name ?? ''));
  if (gone.length > 0) pkg.writeText(path, applySplices(xml, gone.map((p) => ({ start: p.start, end: p.end, text: '' }))));
}
