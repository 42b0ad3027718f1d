// Evaluates conditional formats (cell value, text, colour scale) cell by cell for the preview's display, as Excel would.
import { RawValue } from '../../ingest/grid';
import { RangePosition, parseRange } from '../../report/a1';
import { CellIsOperator, PreviewConditionalFormat, RuleStyle, ScalePoint, TextOperator } from './sheetModel';

/** What conditional formatting adds to a cell. */
export type ConditionalLook = RuleStyle;

type Values = readonly (readonly RawValue[])[];

/** Boxes of a range that may list several areas ("A1:B2 D4", "A1:B2,D4"); sheet prefixes and $ ignored. */
function boxes(range: string): RangePosition[] {
  return range
    .split(/[ ,]+/)
    .map((area) => parseRange(area.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase()))
    .filter((b): b is RangePosition => b !== undefined);
}

/**
 * Looks for every cell (key "row,column", 0-based) from the rules; the first rule in the list wins a property
 * (Excel's priority order: the earlier rule is the higher one).
 */
export function evaluateConditionalFormats(values: Values, rules: readonly PreviewConditionalFormat[]): Map<string, ConditionalLook> {
  const looks = new Map<string, ConditionalLook>();
  const merge = (key: string, look: ConditionalLook): void => {
    const old = looks.get(key) ?? {};
    looks.set(key, { fill: old.fill ?? look.fill, fontColor: old.fontColor ?? look.fontColor, bold: old.bold ?? look.bold });
  };
  for (const rule of rules) {
    const areas = boxes(rule.range);
    if (rule.type === 'colorScale') {
      for (const [key, fill] of colorScaleLooks(values, areas, rule.points)) merge(key, { fill });
      continue;
    }
    for (const box of areas) {
      for (let row = box.top; row <= box.bottom; row++) {
        for (let column = box.left; column <= box.right; column++) {
          const value = values[row - 1]?.[column - 1] ?? null;
          const hit = rule.type === 'cellIs' ? cellIsMatches(value, rule.operator, rule.values) : textMatches(value, rule.operator, rule.text);
          if (hit) merge(`${row - 1},${column - 1}`, rule.style);
        }
      }
    }
  }
  return looks;
}

/**
 * Excel's «Значение ячейки» comparison: a blank counts as 0, text sorts above every number (so text cells match
 * «больше»), booleans above text.
 */
export function cellIsMatches(value: RawValue, operator: CellIsOperator, limits: readonly number[]): boolean {
  const a = limits[0];
  if (a === undefined) return false;
  const numeric = value === null || value === '' || typeof value === 'number';
  const cmp = (limit: number): number => {
    if (value === null || value === '') return Math.sign(0 - limit);
    if (typeof value === 'number') return Math.sign(value - limit);
    return 1;
  };
  const b = limits[1] ?? a;
  const inside = cmp(Math.min(a, b)) >= 0 && cmp(Math.max(a, b)) <= 0;
  switch (operator) {
    case 'greaterThan':
      return cmp(a) > 0;
    case 'greaterThanOrEqual':
      return cmp(a) >= 0;
    case 'lessThan':
      return cmp(a) < 0;
    case 'lessThanOrEqual':
      return cmp(a) <= 0;
    case 'equal':
      return numeric && cmp(a) === 0;
    case 'notEqual':
      return !numeric || cmp(a) !== 0;
    case 'between':
      return inside;
    case 'notBetween':
      return !inside;
  }
}

/** Text rules, case-insensitive like Excel; an empty cell never matches. */
export function textMatches(value: RawValue, operator: TextOperator, text: string): boolean {
  if (value === null || value === '') return false;
  const cell = String(value).toLowerCase();
  const wanted = text.toLowerCase();
  switch (operator) {
    case 'equals':
      return cell.trim() === wanted.trim();
    case 'contains':
      return cell.includes(wanted);
    case 'notContains':
      return !cell.includes(wanted);
    case 'beginsWith':
      return cell.startsWith(wanted);
    case 'endsWith':
      return cell.endsWith(wanted);
  }
}

/** Colour of every number in the areas: linear between the scale's points (2 or 3), clamped at the ends. */
function colorScaleLooks(values: Values, areas: readonly RangePosition[], points: readonly ScalePoint[]): Map<string, string> {
  const cells: { key: string; value: number }[] = [];
  for (const box of areas) {
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        const value = values[row - 1]?.[column - 1];
        if (typeof value === 'number' && Number.isFinite(value)) cells.push({ key: `${row - 1},${column - 1}`, value });
      }
    }
  }
  const out = new Map<string, string>();
  if (cells.length === 0 || points.length < 2) return out;
  const sorted = cells.map((c) => c.value).sort((x, y) => x - y);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const at = (p: ScalePoint): number => {
    switch (p.type) {
      case 'lowest':
        return min;
      case 'highest':
        return max;
      case 'number':
        return p.value ?? 0;
      case 'percent':
        return min + ((max - min) * (p.value ?? 50)) / 100;
      case 'percentile':
        return percentile(sorted, (p.value ?? 50) / 100);
    }
  };
  const stops = points.map((p) => ({ at: at(p), color: p.color.replace('#', '').toUpperCase() }));
  for (const cell of cells) out.set(cell.key, colorAt(stops, cell.value));
  return out;
}

function colorAt(stops: readonly { at: number; color: string }[], value: number): string {
  if (value <= stops[0].at) return stops[0].color;
  for (let i = 1; i < stops.length; i++) {
    const low = stops[i - 1];
    const high = stops[i];
    if (value <= high.at) return high.at > low.at ? mix(low.color, high.color, (value - low.at) / (high.at - low.at)) : high.color;
  }
  return stops[stops.length - 1].color;
}

/** Excel's percentile (inclusive, linear interpolation). */
function percentile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Linear blend of two "RRGGBB" colours. */
export function mix(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return [0, 1, 2]
    .map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t))
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
