// xl/styles.xml: appends fonts, fills, borders, number formats, cell formats and dxfs; existing indexes never move.
import { CellStyle } from '../../../report/model';
import {
  applySplices, childNamed, childrenNamed, escapeXml, localName, parseXml, prefixOf, Splice, withAttrs, XmlElement,
} from './xml';

/** A cell format: style plus number format. */
export interface XfRequest {
  readonly style?: CellStyle;
  readonly numFmt?: string;
}

/** A differential format for a conditional format rule. */
export interface DxfRequest {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';

/** ECMA-376 CT_Stylesheet child order, to place a collection the file lacks. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const BUILTIN_NUM_FMTS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

/** "RRGGBB" (or "#RRGGBB") → "FFRRGGBB"; undefined when not a colour. */
export function argb(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  return undefined;
}

interface CollectionState {
  readonly element?: XmlElement;
  /** Existing children as written, then the added ones. */
  readonly items: string[];
  readonly existing: number;
  readonly index: Map<string, number>;
}

/** Default styles part of a new workbook (Calibri 11, the two reserved fills). */
export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** Children a collection must start with when the file lacks it. */
const SEED: Readonly<Record<Collection, readonly string[]>> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  dxfs: [],
};

const CHILD: Readonly<Record<Collection, string>> = {
  numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf',
};

export class StyleBook {
  private readonly p: string;
  private readonly root: XmlElement;
  private readonly collections = new Map<Collection, CollectionState>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly baseFont: string[];
  private readonly hasStyleXf: boolean;
  private readonly xfMemo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.root = parseXml(xml);
    this.p = prefixOf(this.root.name);
    for (const name of Object.keys(CHILD) as Collection[]) {
      const element = childNamed(this.root, name);
      const items = element
        ? childrenNamed(element, CHILD[name]).map((c) => xml.slice(c.start, c.end))
        : [...SEED[name]].map((s) => this.prefixed(s));
      const index = new Map<string, number>();
      items.forEach((item, i) => {
        if (!index.has(item)) index.set(item, i);
      });
      this.collections.set(name, { element, items, existing: element ? items.length : 0, index });
    }
    const numFmts = childNamed(this.root, 'numFmts');
    for (const nf of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
      const id = Number(nf.attrs.numFmtId ?? 0);
      this.numFmtIds.set(nf.attrs.formatCode ?? '', id);
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
    }
    const fonts = childNamed(this.root, 'fonts');
    const font0 = fonts ? childNamed(fonts, 'font') : undefined;
    this.baseFont = font0 ? font0.children.map((c) => xml.slice(c.start, c.end)) : [];
    const styleXfs = childNamed(this.root, 'cellStyleXfs');
    this.hasStyleXf = styleXfs !== undefined && childrenNamed(styleXfs, 'xf').length > 0;
  }

  /** Cell format index for a style and number format (0, the default, when both are empty). */
  cellXf(req: XfRequest): number {
    const key = JSON.stringify([req.style ?? {}, req.numFmt ?? '']);
    const memo = this.xfMemo.get(key);
    if (memo !== undefined) return memo;
    const s = req.style ?? {};
    const wantsFont = s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || argb(s.fontColor) !== undefined;
    const fontId = wantsFont ? this.font(s) : 0;
    const fill = argb(s.fill);
    const fillId = fill ? this.add('fills', this.fillXml(fill)) : 0;
    const borderId = s.border === 'thin' ? this.add('borders', this.thinBorderXml()) : 0;
    const numFmtId = req.numFmt ? this.numFmt(req.numFmt) : 0;
    const align: string[] = [];
    if (s.hAlign) align.push(`horizontal="${s.hAlign}"`);
    if (s.vAlign) align.push(`vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"`);
    if (s.wrap) align.push('wrapText="1"');
    let id = 0;
    if (fontId || fillId || borderId || numFmtId || align.length) {
      const p = this.p;
      const attrs =
        `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"` +
        (this.hasStyleXf ? ' xfId="0"' : '') +
        (numFmtId ? ' applyNumberFormat="1"' : '') +
        (fontId ? ' applyFont="1"' : '') +
        (fillId ? ' applyFill="1"' : '') +
        (borderId ? ' applyBorder="1"' : '') +
        (align.length ? ' applyAlignment="1"' : '');
      const xf = align.length
        ? `<${p}xf ${attrs}><${p}alignment ${align.join(' ')}/></${p}xf>`
        : `<${p}xf ${attrs}/>`;
      id = this.add('cellXfs', xf);
    }
    this.xfMemo.set(key, id);
    return id;
  }

  /** Differential format index for a conditional format. */
  dxf(req: DxfRequest): number {
    const p = this.p;
    const color = argb(req.fontColor);
    const fill = argb(req.fill);
    let font = '';
    if (req.bold || color) {
      font = `<${p}font>${req.bold ? `<${p}b/>` : ''}${color ? `<${p}color rgb="${color}"/>` : ''}</${p}font>`;
    }
    const fillXml = fill
      ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor rgb="${fill}"/></${p}patternFill></${p}fill>`
      : '';
    return this.add('dxfs', `<${p}dxf>${font}${fillXml}</${p}dxf>`);
  }

  /** The styles part with the additions (unchanged text when nothing was added). */
  toXml(): string {
    const splices: Splice[] = [];
    const missing: { name: Collection; text: string }[] = [];
    for (const [name, c] of this.collections) {
      const added = c.items.slice(c.existing);
      if (c.element) {
        if (added.length === 0) continue;
        splices.push(...this.growSplices(c.element, added.join(''), c.items.length));
      } else if (added.length > 0 && c.items.length > SEED[name].length) {
        const p = this.p;
        missing.push({ name, text: `<${p}${name} count="${c.items.length}">${c.items.join('')}</${p}${name}>` });
      }
    }
    for (const m of missing) {
      const at = this.insertionPoint(m.name);
      splices.push({ start: at, end: at, text: m.text });
    }
    return splices.length ? applySplices(this.xml, splices) : this.xml;
  }

  private growSplices(el: XmlElement, children: string, count: number): Splice[] {
    const tag = withAttrs(this.xml, el, { count: String(count) });
    if (el.selfClosing) {
      return [{ start: el.start, end: el.end, text: `${tag.text.replace(/\s*\/>$/, '>')}${children}</${el.name}>` }];
    }
    return [tag, { start: el.closeStart, end: el.closeStart, text: children }];
  }

  private insertionPoint(name: Collection): number {
    const mine = ORDER.indexOf(name);
    let at = this.root.openEnd;
    for (const child of this.root.children) {
      const pos = ORDER.indexOf(localName(child.name));
      if (pos >= 0 && pos < mine) at = child.end;
    }
    return at;
  }

  private add(name: Collection, item: string): number {
    const c = this.collections.get(name);
    if (!c) throw new Error(`styles: ${name}`);
    const known = c.index.get(item);
    if (known !== undefined) return known;
    c.items.push(item);
    c.index.set(item, c.items.length - 1);
    return c.items.length - 1;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_NUM_FMTS[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.add('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(s: CellStyle): number {
    const p = this.p;
    const color = argb(s.fontColor);
    const drop = new Set<string>();
    if (s.bold !== undefined) drop.add('b');
    if (s.italic !== undefined) drop.add('i');
    if (s.fontSize !== undefined) drop.add('sz');
    if (color) drop.add('color');
    const kept = this.baseFont.filter((child) => !drop.has(localName(/^<([^\s/>]+)/.exec(child)?.[1] ?? '')));
    const own =
      (s.bold ? `<${p}b/>` : '') +
      (s.italic ? `<${p}i/>` : '') +
      (s.fontSize !== undefined ? `<${p}sz val="${s.fontSize}"/>` : '') +
      (color ? `<${p}color rgb="${color}"/>` : '');
    return this.add('fonts', `<${p}font>${own}${kept.join('')}</${p}font>`);
  }

  private fillXml(color: string): string {
    const p = this.p;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private thinBorderXml(): string {
    const p = this.p;
    const side = (n: string): string => `<${p}${n} style="thin"><${p}color indexed="64"/></${p}${n}>`;
    return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
  }

  private prefixed(seed: string): string {
    return this.p ? seed.replace(/<(\/?)([a-zA-Z])/g, `<$1${this.p}$2`) : seed;
  }
}
