// The social index (methodology §6): indicators standardised (z, direction applied), equal-weight mean, first principal component, or a ready index.
import { SocialIndicator, SocialMethod, SocialRow } from './types';

/** z-scores of one indicator across the rows that have it (population SD); undefined when there is no spread. */
export function standardise(values: readonly (number | undefined)[], direction: SocialIndicator['direction']): (number | undefined)[] | undefined {
  let n = 0;
  let sum = 0;
  for (const v of values) if (v !== undefined) { n++; sum += v; }
  if (n < 2) return undefined;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) if (v !== undefined) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / n);
  if (!(sd > 1e-12 * (Math.abs(mean) + 1))) return undefined;
  const sign = direction === 'worse' ? 1 : -1;
  return values.map((v) => (v === undefined ? undefined : (sign * (v - mean)) / sd));
}

export interface IndexResult {
  /** Index by row position (undefined: fewer than half of the indicators, or no index value). */
  readonly index: readonly (number | undefined)[];
  readonly used: readonly SocialIndicator[];
}

/** Oriented z columns of the usable indicators (kind 'indicator'). */
function zColumns(indicators: readonly SocialIndicator[], rows: readonly SocialRow[]): { used: SocialIndicator[]; columns: (number | undefined)[][] } {
  const used: SocialIndicator[] = [];
  const columns: (number | undefined)[][] = [];
  indicators.forEach((ind, i) => {
    if (ind.kind !== 'indicator') return;
    const z = standardise(rows.map((r) => r.values[i]), ind.direction);
    if (!z) return;
    used.push(ind);
    columns.push(z);
  });
  return { used, columns };
}

/** A row counts when it has at least half of the indicators. */
function hasHalf(columns: readonly (readonly (number | undefined)[])[], r: number): boolean {
  let have = 0;
  for (const c of columns) if (c[r] !== undefined) have++;
  return have > 0 && have * 2 >= columns.length;
}

function meanIndex(columns: readonly (readonly (number | undefined)[])[], rows: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let r = 0; r < rows; r++) {
    if (!hasHalf(columns, r)) { out.push(undefined); continue; }
    let sum = 0;
    let n = 0;
    for (const c of columns) { const v = c[r]; if (v !== undefined) { sum += v; n++; } }
    out.push(sum / n);
  }
  return out;
}

/** First eigenvector of a symmetric matrix by power iteration, oriented so that its loadings sum to ≥ 0. */
export function firstComponent(matrix: readonly (readonly number[])[]): number[] {
  const k = matrix.length;
  let v = new Array<number>(k).fill(1 / Math.sqrt(k));
  for (let iter = 0; iter < 500; iter++) {
    const next = matrix.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm === 0) break;
    const unit = next.map((x) => x / norm);
    const delta = unit.reduce((s, x, j) => s + Math.abs(x - v[j]), 0);
    v = unit;
    if (delta < 1e-13) break;
  }
  const sum = v.reduce((s, x) => s + x, 0);
  return sum < 0 ? v.map((x) => -x) : v;
}

/** PCA on the z columns (missing z = 0, the mean, for rows with at least half): score on the first component. */
function pcaIndex(columns: readonly (readonly (number | undefined)[])[], rows: number): (number | undefined)[] {
  const k = columns.length;
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) if (hasHalf(columns, r)) kept.push(r);
  const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const r of kept) {
    for (let a = 0; a < k; a++) {
      const za = columns[a][r] ?? 0;
      for (let b = a; b < k; b++) cov[a][b] += za * (columns[b][r] ?? 0);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) cov[a][b] = cov[b][a];
  const v = firstComponent(cov);
  const out: (number | undefined)[] = new Array<number | undefined>(rows).fill(undefined);
  for (const r of kept) out[r] = columns.reduce((s, c, a) => s + (c[r] ?? 0) * v[a], 0);
  return out;
}

/** The ready index column (the first one), oriented so that higher = more disadvantaged. */
function givenIndex(indicators: readonly SocialIndicator[], rows: readonly SocialRow[]): IndexResult {
  const at = indicators.findIndex((i) => i.kind === 'index');
  if (at < 0) return { index: rows.map(() => undefined), used: [] };
  const sign = indicators[at].direction === 'worse' ? 1 : -1;
  return { index: rows.map((r) => (r.values[at] === undefined ? undefined : sign * (r.values[at] as number))), used: [indicators[at]] };
}

/** The method actually used: the one asked for when the sheet allows it, else the ready index or the mean. */
export function effectiveMethod(asked: SocialMethod | undefined, indicators: readonly SocialIndicator[]): SocialMethod {
  const hasIndex = indicators.some((i) => i.kind === 'index');
  const hasIndicators = indicators.some((i) => i.kind === 'indicator');
  if (asked === 'given') return hasIndex || !hasIndicators ? 'given' : 'mean';
  if (asked === 'mean' || asked === 'pca') return hasIndicators ? asked : 'given';
  return hasIndex ? 'given' : 'mean';
}

/** The social index of every row by the method. */
export function socialIndex(method: SocialMethod, indicators: readonly SocialIndicator[], rows: readonly SocialRow[]): IndexResult {
  if (method === 'given') return givenIndex(indicators, rows);
  const { used, columns } = zColumns(indicators, rows);
  if (columns.length === 0) return { index: rows.map(() => undefined), used };
  return { index: method === 'pca' ? pcaIndex(columns, rows.length) : meanIndex(columns, rows.length), used };
}
