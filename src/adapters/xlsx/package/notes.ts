// Cell notes as legacy comments: xl/commentsN.xml plus the VML drawing that gives Excel/LibreOffice their markers.
import { CellNote } from '../../../report/model';
import { parseAddress } from '../../../ingest/grid';
import { OpcPackage } from './opcPackage';
import { cellText, escapeXml } from './xml';

/** Author shown on the notes. */
export const NOTE_AUTHOR = 'ШНОР';

/** Shape ids of a VML drawing come in blocks of 1024 (o:idmap); each drawing needs its own blocks. */
const BLOCK = 1024;

interface PlacedNote {
  readonly ref: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

function placed(notes: readonly CellNote[]): PlacedNote[] {
  const seen = new Set<string>();
  const out: PlacedNote[] = [];
  for (const n of notes) {
    const at = parseAddress(n.cell);
    if (!at) throw new Error(`Примечание: неверный адрес ячейки «${n.cell}».`);
    const ref = `${n.cell.replace(/\$/g, '').toUpperCase()}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    out.push({ ref, row: at.row, col: at.col, text: n.text });
  }
  return out;
}

export function commentsXml(notes: readonly CellNote[]): string {
  const list = placed(notes)
    .map(
      (n) =>
        `<comment ref="${n.ref}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>` +
        `<t xml:space="preserve">${cellText(n.text)}</t></r></text></comment>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${list}</commentList></comments>`
  );
}

/** Block numbers already claimed by the package's VML drawings (o:idmap data="1,2"). */
export async function usedVmlBlocks(pkg: OpcPackage): Promise<Set<number>> {
  const used = new Set<number>();
  for (const path of pkg.paths().filter((p) => /\.vml$/i.test(p))) {
    const text = (await pkg.readText(path)) ?? '';
    for (const m of text.matchAll(/idmap[^>]*\sdata\s*=\s*"([^"]*)"/g)) {
      for (const n of m[1].split(',')) if (/^\s*\d+\s*$/.test(n)) used.add(Number(n));
    }
  }
  return used;
}

/** Free consecutive blocks for `count` shapes (and marks them used). */
export function claimBlocks(used: Set<number>, count: number): number[] {
  const need = Math.max(1, Math.ceil(count / BLOCK));
  for (let start = 1; ; start++) {
    const blocks = Array.from({ length: need }, (_, i) => start + i);
    if (blocks.every((b) => !used.has(b))) {
      blocks.forEach((b) => used.add(b));
      return blocks;
    }
  }
}

/** Rows a note box spans, from its text (about 32 characters a line at the default box width). */
function boxRows(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 32)), 0);
  return Math.min(24, Math.max(3, Math.ceil(lines * 0.8) + 1));
}

export function vmlXml(notes: readonly CellNote[], blocks: readonly number[]): string {
  const shapes = placed(notes)
    .map((n, i) => {
      const id = blocks[Math.floor(i / BLOCK)] * BLOCK + (i % BLOCK) + 1;
      const row0 = n.row - 1;
      const col0 = n.col - 1;
      const top = Math.max(0, row0 - 1);
      // Anchor: left col, dx, top row, dy, right col, dx, bottom row, dy (0-based cells, pixel offsets).
      const anchor = `${col0 + 1}, 15, ${top}, 10, ${col0 + 4}, 15, ${top + boxRows(n.text)}, 4`;
      return (
        `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;` +
        `width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
        `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${row0}</x:Row><x:Column>${col0}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes +
    '</xml>'
  );
}
