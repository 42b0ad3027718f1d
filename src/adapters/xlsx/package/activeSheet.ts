// The tab a workbook opens on: workbook.xml's activeTab and the sheets' tabSelected (one selected tab, never a group).
import { OpcPackage } from './opcPackage';
import { readRels, workbookPartPath } from './rels';
import { readSheetEntries } from './workbookXml';
import { appendChildSplice, applySplices, childNamed, parseXml, prefixOf, withAttrs } from './xml';

/** Start tags of sheetView elements (only the head of the part is searched: sheetViews precede sheetData). */
const SHEET_VIEW = /<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*>/g;

/** tabSelected set to `selected` on every sheetView of a worksheet part's head; the part unchanged when nothing changes. */
export function withTabSelected(xml: string, selected: boolean): string {
  const dataAt = xml.search(/<(?:[A-Za-z_][\w.-]*:)?sheetData\b/);
  const headEnd = dataAt < 0 ? xml.length : dataAt;
  const head = xml.slice(0, headEnd);
  const next = head.replace(SHEET_VIEW, (tag) => {
    const has = /\stabSelected\s*=\s*("[^"]*"|'[^']*')/.test(tag);
    if (!selected) return /\stabSelected\s*=\s*("(1|true)"|'(1|true)')/.test(tag) ? tag.replace(/\stabSelected\s*=\s*("[^"]*"|'[^']*')/, '') : tag;
    return has ? tag.replace(/\stabSelected\s*=\s*("[^"]*"|'[^']*')/, ' tabSelected="1"') : tag.replace(/^(<[^\s/>]+)/, '$1 tabSelected="1"');
  });
  return next === head ? xml : next + xml.slice(headEnd);
}

/** workbook.xml with the tab at `index` active (and shown: firstSheet not past it); a bookViews element added when missing. */
export function withActiveTab(xml: string, index: number): string {
  const root = parseXml(xml);
  const bookViews = childNamed(root, 'bookViews');
  const view = bookViews ? childNamed(bookViews, 'workbookView') : undefined;
  if (view) {
    const firstSheet = Number(view.attrs.firstSheet ?? 0);
    return applySplices(xml, [withAttrs(xml, view, { activeTab: String(index), ...(firstSheet > index ? { firstSheet: String(index) } : {}) })]);
  }
  const p = prefixOf(root.name);
  const element = `<${p}workbookView activeTab="${index}"/>`;
  if (bookViews) return applySplices(xml, [appendChildSplice(xml, bookViews, element)]);
  const sheets = childNamed(root, 'sheets');
  if (!sheets) return xml;
  // bookViews precedes sheets (ECMA-376 CT_Workbook order).
  return applySplices(xml, [{ start: sheets.start, end: sheets.start, text: `<${p}bookViews>${element}</${p}bookViews>` }]);
}

/** Makes the sheet named `name` the one the workbook opens on; false when there is no such visible sheet. */
export async function setActiveSheet(pkg: OpcPackage, name: string): Promise<boolean> {
  const wbPath = await workbookPartPath(pkg);
  const wbXml = await pkg.readText(wbPath);
  if (wbXml === undefined) return false;
  const entries = readSheetEntries(wbXml);
  const index = entries.findIndex((e) => e.name === name);
  if (index < 0 || entries[index].state !== 'visible') return false;
  const rels = await readRels(pkg, wbPath);
  for (const [i, entry] of entries.entries()) {
    const rel = rels.find((r) => r.id === entry.relId);
    if (!rel || rel.external) continue;
    const sheetXml = await pkg.readText(rel.part);
    if (sheetXml === undefined) continue;
    const next = withTabSelected(sheetXml, i === index);
    if (next !== sheetXml) pkg.writeText(rel.part, next);
  }
  pkg.writeText(wbPath, withActiveTab(wbXml, index));
  return true;
}
