// Shows a cell value the way Excel (Russian locale) would with its number format: decimals, %, signs, sections, dates.
import { RawValue } from '../../ingest/grid';

const DECIMAL = ',';
const GROUP = '\u00a0';

/** The text a cell shows for its value and Excel number format (null or "General" = Общий). */
export function displayValue(value: RawValue, format?: string | null): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const fmt = (format ?? '').trim();
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') return generalNumber(value);
  const sections = splitSections(fmt);
  let section = sections[0];
  let number = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2];
  }
  if (isDateFormat(section)) return formatDate(value, section);
  const negativeWithoutSection = number < 0;
  const text = formatSection(Math.abs(number), section);
  return negativeWithoutSection && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Excel's «Общий»: up to 10 significant digits, no trailing zeros, Russian comma. */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return value.toExponential(5).replace('.', DECIMAL).toUpperCase();
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', DECIMAL);
}

/** Splits "a;b;c" on semicolons outside quotes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[i + 1];
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

interface Token {
  readonly literal: boolean;
  readonly text: string;
}

/** Literal runs (quoted text, escaped chars, signs, %) and pattern runs (0 # ? , .). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (literal: boolean, text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.literal === literal) tokens[tokens.length - 1] = { literal, text: last.text + text };
    else tokens.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      push(true, section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\' && i + 1 < section.length) {
      push(true, section[i + 1]);
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
    } else if (ch === '_' && i + 1 < section.length) {
      push(true, ' ');
      i++;
    } else if (ch === '*' && i + 1 < section.length) {
      i++;
    } else if ('0#?,.'.includes(ch)) {
      push(false, ch);
    } else {
      push(true, ch);
    }
  }
  return tokens;
}

function formatSection(value: number, section: string): string {
  const tokens = tokenize(section);
  const percent = tokens.some((t) => t.literal && t.text.includes('%'));
  const patternIndex = tokens.findIndex((t) => !t.literal);
  if (patternIndex < 0) return tokens.map((t) => t.text).join('');
  const pattern = tokens[patternIndex].text;
  // Trailing commas scale by thousands; commas inside the integer part group digits.
  const trailingCommas = /,+$/.exec(pattern)?.[0].length ?? 0;
  const core = pattern.slice(0, pattern.length - trailingCommas);
  const [intPart, fracPart = ''] = core.split('.');
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',');
  let scaled = value * (percent ? 100 : 1) / 1000 ** trailingCommas;
  scaled = roundHalfAway(scaled, decimals);
  let [intDigits, fracDigits = ''] = scaled.toFixed(decimals).split('.');
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  while (fracDigits.length > minDecimals && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const number = fracDigits.length > 0 ? `${intDigits}${DECIMAL}${fracDigits}` : intDigits;
  const before = tokens.slice(0, patternIndex).map((t) => t.text).join('');
  const after = tokens.slice(patternIndex + 1).map((t) => t.text).join('');
  return before + number + after;
}

/** Rounds half away from zero, as Excel does, without binary-fraction surprises (2.675 → 2.68). */
function roundHalfAway(value: number, decimals: number): number {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Math.round(shifted);
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
}

function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(section: string): boolean {
  return /[dmyhs]/i.test(stripLiterals(section)) && !/[0#?]/.test(stripLiterals(section));
}

/** Excel serial day number → "dd.mm.yyyy hh:mm"-style text by the format's tokens (m after h or before s = minutes). */
function formatDate(serial: number, section: string): string {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const tokens: Token[] = [];
  const source = section.replace(/\[[^\]]*\]/g, '');
  for (let i = 0; i < source.length; ) {
    const run = /^(y+|m+|d+|h+|s+)/i.exec(source.slice(i));
    if (run) {
      tokens.push({ literal: false, text: run[1].toLowerCase() });
      i += run[1].length;
    } else if (source[i] === '"') {
      const end = source.indexOf('"', i + 1);
      const stop = end < 0 ? source.length : end;
      tokens.push({ literal: true, text: source.slice(i + 1, stop) });
      i = stop + 1;
    } else if (source[i] === '\\' && i + 1 < source.length) {
      tokens.push({ literal: true, text: source[i + 1] });
      i += 2;
    } else {
      tokens.push({ literal: true, text: source[i] });
      i += 1;
    }
  }
  const codes = tokens.map((t, index) => ({ ...t, index })).filter((t) => !t.literal);
  return tokens
    .map((token, index) => {
      if (token.literal) return token.text;
      const t = token.text;
      const long = t.length > 1;
      if (t.startsWith('y')) return t.length > 2 ? String(date.getUTCFullYear()) : String(date.getUTCFullYear()).slice(-2);
      if (t.startsWith('d')) return long ? pad(date.getUTCDate()) : String(date.getUTCDate());
      if (t.startsWith('h')) return long ? pad(date.getUTCHours()) : String(date.getUTCHours());
      if (t.startsWith('s')) return pad(date.getUTCSeconds());
      const position = codes.findIndex((c) => c.index === index);
      const minute = codes[position - 1]?.text.startsWith('h') || codes[position + 1]?.text.startsWith('s');
      if (minute) return long ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
      return long ? pad(date.getUTCMonth() + 1) : String(date.getUTCMonth() + 1);
    })
    .join('');
}
