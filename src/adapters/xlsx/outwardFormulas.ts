// Formulas that reach outside the workbook (external links, WEBSERVICE, RTD, DDE): found in a package before its
// sheets are copied into the user's book, so the user is told and the sheets are copied as values.
import { OpcPackage } from './package/opcPackage';
import { readRels, workbookPartPath } from './package/rels';
import { readSheetEntries } from './package/workbookXml';
import { unescapeXml } from './package/xml';

export interface OutwardFormulas {
  readonly sheet: string;
  /** The first few cells holding such a formula. */
  readonly cells: readonly string[];
  readonly count: number;
}

const CELLS_NAMED = 3;
const FORMULA_CELL = /<(?:[\w-]+:)?c\b([^>]*)>(?:(?!<\/(?:[\w-]+:)?c>)[\s\S])*?<(?:[\w-]+:)?f\b[^>]*>([^<]*)<\/(?:[\w-]+:)?f>/g;
/** A reference to another workbook as Excel stores it: «[1]Лист!A1», «'[2]Итоги'!B3», «[1]!Имя». */
const EXTERNAL_LINK = /(?:^|[^\p{L}\p{N}_\]])\[\d+\]/u;
/** Functions that fetch from outside: the web, a real-time server, a DLL. */
const OUTWARD_FUNCTION = /\b(?:WEBSERVICE|RTD|CALL|REGISTER(?:\.ID)?|FILTERXML\s*\(\s*WEBSERVICE)\s*\(/i;
/** DDE: «программа|тема!элемент» («cmd|'/c calc'!A0»), a bar outside string literals. */
const DDE = /\|/;

/** True when the formula text reaches outside the workbook. */
export function reachesOutside(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return EXTERNAL_LINK.test(code) || OUTWARD_FUNCTION.test(code) || DDE.test(code);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

/** The named sheets' formulas that reach outside the workbook, sheet by sheet (empty when there are none). */
export async function outwardFormulas(bytes: Uint8Array, sheets: readonly string[]): Promise<OutwardFormulas[]> {
  const pkg = await OpcPackage.loadForReading(bytes);
  const workbookPath = await workbookPartPath(pkg);
  const xml = await pkg.readText(workbookPath);
  if (xml === undefined) return [];
  const parts = new Map((await readRels(pkg, workbookPath)).map((r) => [r.id, r.part]));
  const wanted = new Set(sheets);
  const out: OutwardFormulas[] = [];
  for (const entry of readSheetEntries(xml)) {
    if (!wanted.has(entry.name)) continue;
    const part = parts.get(entry.relId);
    const sheetXml = part === undefined ? undefined : await pkg.readText(part);
    if (sheetXml === undefined || !/<(?:[\w-]+:)?f\b/.test(sheetXml)) continue;
    const cells: string[] = [];
    let count = 0;
    for (const m of sheetXml.matchAll(FORMULA_CELL)) {
      if (!reachesOutside(unescapeXml(m[2]))) continue;
      count++;
      if (cells.length < CELLS_NAMED) cells.push(attr(m[1], 'r') ?? '?');
    }
    if (count > 0) out.push({ sheet: entry.name, cells, count });
  }
  return out;
}
