// docProps/app.xml: keeps the worksheet titles list (TitlesOfParts/HeadingPairs) in step with added/removed sheets.
import { OpcPackage } from './opcPackage';
import { readRels, isRelType, REL } from './rels';
import { applySplices, childNamed, childrenNamed, escapeXml, parseXml, prefixOf, Splice, textOf, withAttrs, XmlElement } from './xml';

interface Group {
  readonly countEl: XmlElement;
  readonly heading: string;
  readonly start: number;
  readonly count: number;
}

/**
 * Replaces the names of removed sheets by the added ones in the worksheet group of TitlesOfParts. Leaves the part
 * alone when it is absent or laid out in a way it does not recognise (the part is informative only).
 */
export async function updateAppTitles(
  pkg: OpcPackage, sheetsBefore: readonly string[], removed: readonly string[], added: readonly string[],
): Promise<void> {
  const rel = (await readRels(pkg, '')).find((r) => isRelType(r, REL.extendedProperties));
  const path = rel?.part ?? 'docProps/app.xml';
  const xml = await pkg.readText(path);
  if (!xml) return;
  const root = parseXml(xml);
  const pairs = childNamed(root, 'HeadingPairs');
  const titles = childNamed(root, 'TitlesOfParts');
  const pairsVec = pairs && childNamed(pairs, 'vector');
  const titlesVec = titles && childNamed(titles, 'vector');
  if (!pairsVec || !titlesVec) return;
  const variants = childrenNamed(pairsVec, 'variant');
  const titleEls = childrenNamed(titlesVec, 'lpstr');
  const names = titleEls.map((el) => textOf(xml, el));
  const groups: Group[] = [];
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countEl = childNamed(variants[i + 1], 'i4');
    if (!countEl) return;
    const count = Number(textOf(xml, countEl));
    groups.push({ countEl, heading: textOf(xml, variants[i]), start: at, count });
    at += count;
  }
  if (at !== names.length) return;
  const sheetSet = new Set(sheetsBefore);
  const candidates = groups.filter((g) => g.count > 0 && names.slice(g.start, g.start + g.count).every((n) => sheetSet.has(n)));
  const group = candidates.find((g) => /worksheet|лист/i.test(g.heading)) ?? candidates[0];
  if (!group) return;
  const gone = new Set(removed);
  const mine = [...names.slice(group.start, group.start + group.count).filter((n) => !gone.has(n)), ...added];
  const all = [...names.slice(0, group.start), ...mine, ...names.slice(group.start + group.count)];
  const vt = prefixOf(titleEls[0]?.name ?? 'vt:lpstr');
  const i4 = group.countEl;
  const splices: Splice[] = [
    { start: i4.openEnd, end: i4.closeStart, text: String(mine.length) },
    withAttrs(xml, titlesVec, { size: String(all.length) }),
    { start: titlesVec.openEnd, end: titlesVec.closeStart, text: all.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join('') },
  ];
  pkg.writeText(path, applySplices(xml, splices));
}
