// Removes one sheet and every part only it used (comments, VML, drawings, charts, …), leaving no orphan behind.
import { updateAppTitles } from './appProps';
import { changeContentTypes } from './contentTypes';
import { OpcPackage } from './opcPackage';
import { reachableParts, readRels, relsPathFor, removeRelationship, workbookPartPath } from './rels';
import { readSheetEntries, removeSheetEntry } from './workbookXml';

/** Removes the sheet named `name`; returns false when the workbook has no such sheet. */
export async function removeSheet(pkg: OpcPackage, name: string): Promise<boolean> {
  const wbPath = await workbookPartPath(pkg);
  const wbXml = await pkg.readText(wbPath);
  if (wbXml === undefined) throw new Error('Файл .xlsx повреждён: нет части книги.');
  const entries = readSheetEntries(wbXml);
  let index = entries.findIndex((e) => e.name === name);
  if (index < 0) index = entries.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
  if (index < 0) return false;
  const entry = entries[index];
  const rel = (await readRels(pkg, wbPath)).find((r) => r.id === entry.relId);
  const used = rel && !rel.external ? await reachableParts(pkg, [rel.part]) : new Set<string>();

  pkg.writeText(wbPath, removeSheetEntry(wbXml, index));
  if (rel) await removeRelationship(pkg, wbPath, rel.id);

  // Parts reachable from the removed sheet that nothing else in the package still reaches are its own.
  const stillUsed = await reachableParts(pkg, ['']);
  const orphans = [...used].filter((p) => !stillUsed.has(p)).map((p) => pkg.entryName(p) ?? p);
  for (const part of orphans) {
    pkg.remove(part);
    pkg.remove(relsPathFor(part));
  }
  await changeContentTypes(pkg, { removeParts: orphans });
  await updateAppTitles(pkg, entries.map((e) => e.name), [entry.name], []);
  return true;
}
