// xl/workbook.xml: the sheet list, adding and removing a sheet entry, sheet-local defined names and the tab view.
import {
  appendChildSplice, applySplices, attrByLocal, childNamed, childrenNamed, escapeXml, parseXml, prefixOf, Splice,
  withAttrs, XmlElement,
} from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

function sheetsElement(root: XmlElement): XmlElement {
  const sheets = childNamed(root, 'sheets');
  if (!sheets) throw new Error('Файл .xlsx повреждён: в книге нет списка листов.');
  return sheets;
}

export function readSheetEntries(xml: string): WorkbookSheetEntry[] {
  const root = parseXml(xml);
  return childrenNamed(sheetsElement(root), 'sheet').map((el) => {
    const state = el.attrs.state;
    return {
      name: el.attrs.name ?? '',
      sheetId: Number(el.attrs.sheetId ?? 0),
      relId: attrByLocal(el, 'id') ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    };
  });
}

/** The prefix (with colon) the root binds to the relationships namespace, declaring "r:" when there is none. */
function relPrefix(xml: string, root: XmlElement): { prefix: string; declare?: Splice } {
  for (const [key, value] of Object.entries(root.attrs)) {
    if (value === REL_NS && key.startsWith('xmlns:')) return { prefix: `${key.slice(6)}:` };
  }
  let prefix = 'r';
  while (root.attrs[`xmlns:${prefix}`] !== undefined) prefix += 'r';
  return { prefix: `${prefix}:`, declare: withAttrs(xml, root, { [`xmlns:${prefix}`]: REL_NS }) };
}

/** Appends a sheet entry; returns the new XML. */
export function addSheetEntry(xml: string, name: string, relId: string): string {
  const root = parseXml(xml);
  const p = prefixOf(root.name);
  const sheets = sheetsElement(root);
  const ids = childrenNamed(sheets, 'sheet').map((el) => Number(el.attrs.sheetId ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const rel = relPrefix(xml, root);
  const el = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rel.prefix}id="${escapeXml(relId)}"/>`;
  const splices = [appendChildSplice(xml, sheets, el)];
  if (rel.declare) splices.push(rel.declare);
  return applySplices(xml, splices);
}

/**
 * Removes the sheet at `index`: its entry, names local to it, and renumbers later sheets' localSheetId; keeps
 * the active and first visible tab on a sheet that still exists.
 */
export function removeSheetEntry(xml: string, index: number): string {
  const root = parseXml(xml);
  const sheetEls = childrenNamed(sheetsElement(root), 'sheet');
  const target = sheetEls[index];
  if (!target) return xml;
  const splices: Splice[] = [{ start: target.start, end: target.end, text: '' }];
  const definedNames = childNamed(root, 'definedNames');
  if (definedNames) {
    const names = childrenNamed(definedNames, 'definedName');
    const kept = names.filter((n) => Number(n.attrs.localSheetId ?? -1) !== index);
    if (kept.length === 0) splices.push({ start: definedNames.start, end: definedNames.end, text: '' });
    for (const n of names) {
      const local = n.attrs.localSheetId;
      if (local === undefined) continue;
      const at = Number(local);
      if (at === index) {
        if (kept.length > 0) splices.push({ start: n.start, end: n.end, text: '' });
      } else if (at > index) splices.push(withAttrs(xml, n, { localSheetId: String(at - 1) }));
    }
  }
  const remaining = sheetEls.filter((_, i) => i !== index);
  const firstVisible = Math.max(0, remaining.findIndex((el) => (el.attrs.state ?? 'visible') === 'visible'));
  const bookViews = childNamed(root, 'bookViews');
  for (const view of bookViews ? childrenNamed(bookViews, 'workbookView') : []) {
    const changed: Record<string, string> = {};
    for (const attr of ['activeTab', 'firstSheet']) {
      const raw = view.attrs[attr];
      if (raw === undefined) continue;
      let at = Number(raw);
      if (at > index) at -= 1;
      else if (at === index) at = firstVisible;
      if (at >= remaining.length || (remaining[at]?.attrs.state ?? 'visible') !== 'visible') at = firstVisible;
      if (at !== Number(raw)) changed[attr] = String(at);
    }
    if (Object.keys(changed).length > 0) splices.push(withAttrs(xml, view, changed));
  }
  return applySplices(xml, splices);
}

/** Adds a defined name (e.g. _xlnm._FilterDatabase) local to the sheet at `localSheetId`. */
export function addDefinedName(xml: string, name: string, localSheetId: number, formula: string, hidden: boolean, comment?: string): string {
  const root = parseXml(xml);
  const p = prefixOf(root.name);
  const el =
    `<${p}definedName name="${escapeXml(name)}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ''}` +
    `${comment === undefined ? '' : ` comment="${escapeXml(comment)}"`}>` +
    `${escapeXml(formula)}</${p}definedName>`;
  const existing = childNamed(root, 'definedNames');
  if (existing) {
    const clash = childrenNamed(existing, 'definedName').find(
      (n) => n.attrs.name === name && Number(n.attrs.localSheetId ?? -1) === localSheetId,
    );
    if (clash) return applySplices(xml, [{ start: clash.start, end: clash.end, text: el }]);
    return applySplices(xml, [appendChildSplice(xml, existing, el)]);
  }
  // definedNames follows sheets, functionGroups and externalReferences (ECMA-376 CT_Workbook order).
  const before = ['externalReferences', 'functionGroups', 'sheets']
    .map((n) => childNamed(root, n))
    .find((e): e is XmlElement => e !== undefined);
  const at = before ? before.end : root.closeStart;
  return applySplices(xml, [{ start: at, end: at, text: `<${p}definedNames>${el}</${p}definedNames>` }]);
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  readonly comment?: string;
}

/** The workbook's defined names (global and sheet-local). */
export function readDefinedNames(xml: string): DefinedName[] {
  const defined = childNamed(parseXml(xml), 'definedNames');
  if (!defined) return [];
  return childrenNamed(defined, 'definedName').map((n) => ({
    name: n.attrs.name ?? '',
    ...(n.attrs.localSheetId === undefined ? {} : { localSheetId: Number(n.attrs.localSheetId) }),
    ...(n.attrs.comment === undefined ? {} : { comment: n.attrs.comment }),
  }));
}
