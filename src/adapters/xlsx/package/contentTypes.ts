// [Content_Types].xml: add or remove a part's Override and make sure a Default for an extension exists.
import { OpcPackage, stripSlash } from './opcPackage';
import { appendChildSplice, applySplices, childrenNamed, escapeXml, parseXml, prefixOf, Splice } from './xml';

const PATH = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface ContentTypeChange {
  /** Parts whose Override to set (replacing any Override already naming the part). */
  readonly overrides?: readonly { readonly part: string; readonly contentType: string }[];
  /** Parts whose Override to remove. */
  readonly removeParts?: readonly string[];
  /** Extensions that must have a Default. */
  readonly defaults?: readonly { readonly extension: string; readonly contentType: string }[];
}

/** Applies overrides, removals and defaults in one edit of [Content_Types].xml. */
export async function changeContentTypes(pkg: OpcPackage, change: ContentTypeChange): Promise<void> {
  const xml = await pkg.readText(PATH);
  if (xml === undefined) throw new Error('Файл .xlsx повреждён: нет [Content_Types].xml.');
  const root = parseXml(xml);
  const p = prefixOf(root.name);
  const overrides = childrenNamed(root, 'Override');
  const defaults = childrenNamed(root, 'Default');
  const norm = (part: string): string => `/${stripSlash(part)}`.toLowerCase();
  const dropped = new Set([...(change.removeParts ?? []), ...(change.overrides ?? []).map((o) => o.part)].map(norm));
  const splices: Splice[] = overrides
    .filter((el) => dropped.has((el.attrs.PartName ?? '').toLowerCase()))
    .map((el) => ({ start: el.start, end: el.end, text: '' }));
  let added = '';
  const haveExt = new Set(defaults.map((el) => (el.attrs.Extension ?? '').toLowerCase()));
  for (const d of change.defaults ?? []) {
    if (haveExt.has(d.extension.toLowerCase())) continue;
    haveExt.add(d.extension.toLowerCase());
    added += `<${p}Default Extension="${escapeXml(d.extension)}" ContentType="${escapeXml(d.contentType)}"/>`;
  }
  for (const o of change.overrides ?? []) {
    added += `<${p}Override PartName="/${escapeXml(stripSlash(o.part))}" ContentType="${escapeXml(o.contentType)}"/>`;
  }
  if (splices.length === 0 && added === '') return;
  if (added) splices.push(appendChildSplice(xml, root, added));
  pkg.writeText(PATH, applySplices(xml, splices));
}
