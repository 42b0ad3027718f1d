// What conditional formats make a cell look like (for the preview's grid): fills, font colours, bold.
import { CellRect, parseRect } from './a1';
import { FakeConditionalFormat, FakeScalar, FakeSheetSnapshot } from './fakeWorkbook';

export interface CellLook {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

function numberOf(formula: string | null | undefined): number | undefined {
  if (formula === null || formula === undefined) return undefined;
  const n = Number(formula.replace(/^=/, ''));
  return Number.isFinite(n) ? n : undefined;
}

function cellValueMatches(cf: FakeConditionalFormat, value: FakeScalar | null): boolean {
  if (typeof value !== 'number' || !cf.rule?.operator) return false;
  const a = numberOf(cf.rule.formula1);
  const b = numberOf(cf.rule.formula2);
  if (a === undefined) return false;
  switch (cf.rule.operator) {
    case 'GreaterThan': return value > a;
    case 'GreaterThanOrEqual': return value >= a;
    case 'LessThan': return value < a;
    case 'LessThanOrEqual': return value <= a;
    case 'EqualTo': return value === a;
    case 'NotEqualTo': return value !== a;
    case 'Between': return b !== undefined && value >= Math.min(a, b) && value <= Math.max(a, b);
    case 'NotBetween': return b !== undefined && (value < Math.min(a, b) || value > Math.max(a, b));
    default: return false;
  }
}

/** Custom rules of the form =A1="text" (the only custom formula the add-in writes), relative to the range's corner. */
function customMatches(cf: FakeConditionalFormat, value: FakeScalar | null): boolean {
  const m = /^=\$?[A-Z]{1,3}\$?\d+="((?:[^"]|"")*)"$/.exec(cf.rule?.formula ?? '');
  return m !== null && typeof value === 'string' && value.toLowerCase() === m[1].replace(/""/g, '"').toLowerCase();
}

function textMatches(cf: FakeConditionalFormat, value: FakeScalar | null): boolean {
  const text = cf.rule?.text?.toLowerCase();
  if (text === undefined || typeof value !== 'string') return false;
  const v = value.toLowerCase();
  switch (cf.rule?.operator) {
    case 'Contains': return v.includes(text);
    case 'NotContains': return !v.includes(text);
    case 'BeginsWith': return v.startsWith(text);
    case 'EndsWith': return v.endsWith(text);
    default: return false;
  }
}

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number): number => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const part = (i: number): string => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t).toString(16).padStart(2, '0');
  return `#${part(0)}${part(1)}${part(2)}`.toUpperCase();
}

function scaleColor(cf: FakeConditionalFormat, rect: CellRect, snapshot: FakeSheetSnapshot, value: number): string | undefined {
  const { minimum, midpoint, maximum } = cf.criteria ?? {};
  if (!minimum?.color || !maximum?.color) return undefined;
  const numbers: number[] = [];
  for (let r = rect.r1; r <= Math.min(rect.r2, snapshot.rowCount); r++) {
    for (let c = rect.c1; c <= Math.min(rect.c2, snapshot.columnCount); c++) {
      const v = snapshot.values[r - 1][c - 1];
      if (typeof v === 'number') numbers.push(v);
    }
  }
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  if (!(hi > lo)) return minimum.color;
  if (midpoint?.color) {
    const mid = midpoint.type === 'Number' ? numberOf(midpoint.formula) ?? (lo + hi) / 2 : (lo + hi) / 2;
    if (value <= mid) return mix(minimum.color, midpoint.color, mid > lo ? (value - lo) / (mid - lo) : 1);
    return mix(midpoint.color, maximum.color, hi > mid ? (value - mid) / (hi - mid) : 1);
  }
  return mix(minimum.color, maximum.color, (value - lo) / (hi - lo));
}

/** Look of every cell of a snapshot under its conditional formats (later rules win where they overlap). */
export function conditionalLooks(snapshot: FakeSheetSnapshot): (CellLook | null)[][] {
  const looks: (CellLook | null)[][] = snapshot.values.map((row) => row.map(() => null));
  for (const cf of snapshot.conditionalFormats) {
    const rect = parseRect(cf.range);
    if (!rect) continue;
    for (let r = rect.r1; r <= Math.min(rect.r2, snapshot.rowCount); r++) {
      for (let c = rect.c1; c <= Math.min(rect.c2, snapshot.columnCount); c++) {
        const value = snapshot.values[r - 1][c - 1];
        let look: CellLook | undefined;
        if (cf.type === 'ColorScale') {
          const fill = typeof value === 'number' ? scaleColor(cf, rect, snapshot, value) : undefined;
          look = fill ? { fill } : undefined;
        } else {
          const hit = cf.type === 'CellValue' ? cellValueMatches(cf, value) : cf.type === 'Custom' ? customMatches(cf, value) : textMatches(cf, value);
          look = hit ? { fill: cf.format.fill, fontColor: cf.format.fontColor, bold: cf.format.bold } : undefined;
        }
        if (look) looks[r - 1][c - 1] = { ...(looks[r - 1][c - 1] ?? {}), ...Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) };
      }
    }
  }
  return looks;
}
