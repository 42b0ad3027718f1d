// Finds (or creates) the workbook's styles part and opens it as a StyleBook; saves it back only when it changed.
import { changeContentTypes, CONTENT_TYPE } from './contentTypes';
import { folderOf, OpcPackage } from './opcPackage';
import { addRelationship, readRels, isRelType, REL, workbookPartPath } from './rels';
import { DEFAULT_STYLES_XML, StyleBook } from './styles';

export interface StylesPart {
  readonly path: string;
  readonly book: StyleBook;
  readonly original: string;
}

export async function openStyles(pkg: OpcPackage): Promise<StylesPart> {
  const wb = await workbookPartPath(pkg);
  const rel = (await readRels(pkg, wb)).find((r) => isRelType(r, REL.styles));
  const existing = rel ? await pkg.readText(rel.part) : undefined;
  if (rel && existing !== undefined) return { path: rel.part, book: new StyleBook(existing), original: existing };
  // No styles part (or a relationship to a missing one): start from the default styles.
  let path = rel?.part ?? `${folderOf(wb)}styles.xml`;
  if (!rel && pkg.has(path)) path = `${folderOf(wb)}styles-shnor.xml`;
  pkg.writeText(path, DEFAULT_STYLES_XML);
  if (!rel) await addRelationship(pkg, wb, REL.styles, path);
  await changeContentTypes(pkg, { overrides: [{ part: path, contentType: CONTENT_TYPE.styles }] });
  return { path, book: new StyleBook(DEFAULT_STYLES_XML), original: DEFAULT_STYLES_XML };
}

export function saveStyles(pkg: OpcPackage, styles: StylesPart): void {
  const xml = styles.book.toXml();
  if (xml !== styles.original) pkg.writeText(styles.path, xml);
}
