// Tiny XML toolkit for package parts: escaping, and a position-keeping parser so edits splice the original text.
import { xmlSafeText } from '../../../report/sanitize/xmlText';

/** Escapes text for element content or a double-quoted attribute value (dropping characters XML cannot hold). */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/** Removes characters XML 1.0 cannot hold (the one XML sanitiser, src/report/sanitize/xmlText). */
export function stripInvalidXmlChars(text: string): string {
  return xmlSafeText(text);
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, ref: string) => {
    if (ref === 'amp') return '&';
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** One element with its place in the source text. */
export interface XmlElement {
  /** Qualified name as written ("x:sheet"). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Index of "<" of the start tag. */
  readonly start: number;
  /** Index just after the start tag's ">". */
  readonly openEnd: number;
  /** Index of "</" of the end tag (equals openEnd for an empty element written "<a/>"). */
  readonly closeStart: number;
  /** Index just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly children: readonly XmlElement[];
}

interface MutableElement {
  name: string;
  attrs: Record<string, string>;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: MutableElement[];
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(text: string): Record<string, string> {
  const attrs = Object.create(null) as Record<string, string>; // attribute names come from the package: no prototype
  for (const m of text.matchAll(ATTR)) attrs[m[1]] = unescapeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

/** Finds the ">" closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  throw new Error('XML: незакрытый тег');
}

/** Index just after the next `marker` at or after `from`. */
function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Error('XML: документ оборван');
  return at + marker.length;
}

/** Parses a document and returns its root element (positions refer to `xml`). */
export function parseXml(xml: string): XmlElement {
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<?', i)) {
      i = after(xml, '?>', i);
    } else if (xml.startsWith('<!--', i)) {
      i = after(xml, '-->', i);
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = after(xml, ']]>', i);
    } else if (xml.startsWith('<!', i)) {
      i = tagEnd(xml, i) + 1;
    } else if (xml.startsWith('</', i)) {
      const close = tagEnd(xml, i);
      const el = stack.pop();
      if (!el) throw new Error('XML: лишний закрывающий тег');
      el.closeStart = i;
      el.end = close + 1;
      i = close + 1;
    } else {
      const close = tagEnd(xml, i);
      const selfClosing = xml[close - 1] === '/';
      const body = xml.slice(i + 1, selfClosing ? close - 1 : close);
      const nameMatch = /^[^\s/>]+/.exec(body);
      if (!nameMatch) throw new Error('XML: тег без имени');
      const el: MutableElement = {
        name: nameMatch[0],
        attrs: parseAttrs(body.slice(nameMatch[0].length)),
        start: i,
        openEnd: close + 1,
        closeStart: close + 1,
        end: close + 1,
        selfClosing,
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (!root) root = el;
      if (!selfClosing) stack.push(el);
      i = close + 1;
    }
    i = xml.indexOf('<', i);
  }
  if (!root || stack.length > 0) throw new Error('XML: документ повреждён');
  return root;
}

/** Name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix with its colon ("x:") of a qualified name, or "". */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** Direct children with the given local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => localName(c.name) === local);
}

export function childNamed(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => localName(c.name) === local);
}

/** Attribute by local name (any prefix): attrByLocal(el, 'id') finds "r:id". */
export function attrByLocal(el: XmlElement, local: string): string | undefined {
  for (const [key, value] of Object.entries(el.attrs)) if (localName(key) === local && key !== local) return value;
  return el.attrs[local];
}

/** The element's inner text (entities decoded, CDATA unwrapped, markup dropped). */
export function textOf(xml: string, el: XmlElement): string {
  const inner = xml.slice(el.openEnd, el.closeStart);
  const parts: string[] = [];
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>|([^<]+)/g;
  for (const m of inner.matchAll(re)) {
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(unescapeXml(m[2]));
  }
  return parts.join('');
}

/** One replacement of text[start, end) by `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices (any order; at one position insertions go first, in their given order). */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const width = (s: Splice): number => (s.end > s.start ? 1 : 0);
  const ordered = splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || width(a.s) - width(b.s) || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { s } of ordered) {
    if (s.start < pos) throw new Error('XML: пересекающиеся правки');
    out += source.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + source.slice(pos);
}

/** Splice that puts `text` as the last content of `el`, opening a self-closed element when needed. */
export function appendChildSplice(source: string, el: XmlElement, text: string): Splice {
  if (!el.selfClosing) return { start: el.closeStart, end: el.closeStart, text };
  const open = source.slice(el.start, el.end).replace(/\s*\/>$/, '>');
  return { start: el.start, end: el.end, text: `${open}${text}</${el.name}>` };
}

/** Start tag of `el` with the given attributes set (added or replaced), as one splice. */
export function withAttrs(source: string, el: XmlElement, values: Readonly<Record<string, string>>): Splice {
  let tag = source.slice(el.start, el.openEnd);
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const escaped = `"${escapeXml(value)}"`;
    tag = re.test(tag)
      ? tag.replace(re, (_m, lead: string) => `${lead}${escaped}`)
      : tag.replace(/(\s*\/?>)$/, ` ${name}=${escaped}$1`);
  }
  return { start: el.start, end: el.openEnd, text: tag };
}

/**
 * Text for a cell, shared string or comment: characters XML cannot carry and literal "_xHHHH_" runs are written
 * in Excel's _xHHHH_ escape so the reader gets back exactly the same string.
 */
export function cellText(text: string): string {
  const escaped = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(escaped);
}

/** XML declaration every written part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
