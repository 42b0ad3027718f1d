// Evidence for aggregate rows from their numbers (input-layouts.md, «What varies»): a row is a subtotal or a total when
// its participants are the sum of the school rows it covers and every other number is their sum (counts) or their
// participant-weighted mean (shares), within rounding. A formula is no evidence; a school word is none either way.
import { AggregateLevel, Warning } from '../core/model';
import { hasSchoolWord } from './aggregates';
import { DraftRow } from './draft';
import { MetricRole } from './headers';
import { sheetWarning } from './messages';
import { readNumber } from './numbers';
import { Pos, SheetView } from './sheetView';
import { fold } from './text';
import { AggregateNote } from './types';

/** How an aggregate's value relates to the rows it covers: their sum, their weighted mean, or both (zeros). */
export type ColumnFit = 'sum' | 'mean' | 'both';

export interface Cover {
  /** Grid rows (0-based) of the school rows covered. */
  readonly covered: readonly number[];
  /** Per metric column: how the aggregate's value fits. */
  readonly fits: ReadonlyMap<number, ColumnFit>;
}

export interface SumEvidence {
  /** The rows, with the level set on rows whose numbers proved a sum. */
  readonly rows: DraftRow[];
  /** Every aggregate row with its evidence. */
  readonly notes: AggregateNote[];
  /** Aggregate rows (grid row) whose numbers are the sum of the rows they cover. */
  readonly covers: ReadonlyMap<number, Cover>;
  /** Rows with a school word taken as aggregates by their numbers: a doubt each. */
  readonly schoolWorded: readonly AggregateNote[];
  readonly warnings: Warning[];
}

interface LineCell {
  readonly c: number;
  /** The participants column of the cell's group. */
  readonly pc?: number;
  readonly role: MetricRole;
}

interface Line {
  readonly r: number;
  readonly name: string;
  readonly nameCell: Pos;
  readonly labelLevel?: AggregateLevel;
  readonly contextKey: string;
  readonly cells: LineCell[];
  weight: number;
  readable: boolean;
}

type Num = number | undefined | 'bad';

/** Decimal places a number was written with (a float of 15 digits counts as many). */
function decimalsOf(raw: unknown, value: number): number {
  const text = typeof raw === 'string' ? raw.replace(/[^\d.,]/g, '') : String(value);
  if (/e/i.test(text)) return 15;
  const m = /[.,](\d+)$/.exec(text);
  return m ? m[1].length : 0;
}

function contextKey(row: DraftRow): string {
  const x = row.context;
  return `${x.year ?? ''}|${x.kind ?? ''}|${x.grade ?? ''}|${x.subject ?? ''}`;
}

/** The span of sheet rows covered: «12–20». */
function rowSpan(view: SheetView, rows: readonly number[]): string {
  const shown = rows.map((r) => view.sheetRow(r));
  const first = shown[0];
  const last = shown[shown.length - 1];
  return `${first}–${last}`;
}

/** Looks at the numbers of every row: which rows are sums, and how the label-aggregates' numbers fit. */
export function sumEvidence(view: SheetView, rows: readonly DraftRow[], file: string, sheet: string): SumEvidence {
  const lines = linesOf(rows);
  const warnings: Warning[] = [];
  const covers = new Map<number, Cover>();
  const found = new Map<number, { level: AggregateLevel; cover: Cover }>();
  const cache = new Map<number, { n: Num; places: number }>();
  const cell = (r: number, c: number): { n: Num; places: number } => {
    const k = r * (view.cols + 1) + c;
    let got = cache.get(k);
    if (!got) {
      const raw = view.value(r, c);
      const read = readNumber(raw);
      got = read.kind === 'number' ? { n: read.value, places: decimalsOf(raw, read.value) } : { n: read.kind === 'bad' ? 'bad' : undefined, places: 0 };
      cache.set(k, got);
    }
    return got;
  };
  for (const line of lines) {
    const seen = new Set<number>();
    for (const x of line.cells) {
      if (x.pc === undefined || seen.has(x.pc)) continue;
      seen.add(x.pc);
      const p = cell(line.r, x.pc).n;
      if (p === 'bad') line.readable = false;
      else if (p !== undefined) line.weight += p;
    }
  }
  // Numbers prove sums only where every column holds one procedure (a long table of many procedures sums nothing).
  const contextOf = new Map<number, string>();
  let oneContextPerColumn = true;
  for (const line of lines) {
    for (const x of line.cells) {
      const known = contextOf.get(x.c);
      if (known === undefined) contextOf.set(x.c, line.contextKey);
      else if (known !== line.contextKey) oneContextPerColumn = false;
    }
  }
  const isAggregate = (i: number): boolean => lines[i].labelLevel !== undefined || found.has(lines[i].r);

  const verify = (line: Line, covered: readonly number[]): Cover | undefined => {
    const fits = new Map<number, ColumnFit>();
    // A cell that is no number (a warning names it) neither proves nor disproves: its column is left out.
    const unreadable = (c: number): boolean => cell(line.r, c).n === 'bad' || covered.some((r) => cell(r, c).n === 'bad');
    for (const x of line.cells) {
      if (unreadable(x.c)) continue;
      const own = cell(line.r, x.c);
      let sum = 0;
      let weighted = 0;
      let weights = 0;
      let any = false;
      let minPlaces = 15;
      for (const r of covered) {
        const v = cell(r, x.c);
        if (v.n === undefined || v.n === 'bad') continue;
        any = true;
        sum += v.n;
        if (v.n !== 0) minPlaces = Math.min(minPlaces, v.places);
        const p = x.pc === undefined ? undefined : cell(r, x.pc).n;
        if (typeof p === 'number' && p > 0) {
          weighted += v.n * p;
          weights += p;
        }
      }
      if (own.n === 'bad') continue;
      if (own.n === undefined) {
        if (any && sum !== 0) return undefined;
        continue;
      }
      const ownTolerance = 0.5 * 10 ** -own.places + 1e-9 * Math.max(1, Math.abs(own.n));
      const sumFits = Math.abs(sum - own.n) <= ownTolerance;
      const meanFits = x.role !== 'participants' && weights > 0 && Math.abs(weighted / weights - own.n) <= ownTolerance + 0.5 * 10 ** -minPlaces;
      if (!sumFits && !meanFits) return undefined;
      fits.set(x.c, sumFits && meanFits ? 'both' : sumFits ? 'sum' : 'mean');
    }
    return { covered, fits };
  };

  /** Walks from line i in one direction, adding school rows until their participants reach line i's. */
  const walk = (i: number, step: 1 | -1): Cover | undefined => {
    const target = lines[i].weight;
    let total = 0;
    let filled = 0;
    const covered: number[] = [];
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (isAggregate(j)) continue;
      const other = lines[j];
      if (!other.readable) return undefined;
      covered.push(other.r);
      total += other.weight;
      if (other.weight > 0) filled++;
      if (total > target + 1e-9) return undefined;
      if (Math.abs(total - target) <= 1e-9) {
        if (filled < 2) return undefined;
        return verify(lines[i], step === 1 ? covered : [...covered].reverse());
      }
    }
    return undefined;
  };

  if (oneContextPerColumn) {
    // Smaller sums first: subtotals are found before the total that contains them.
    const order = lines.map((_, i) => i).filter((i) => lines[i].weight > 0 && lines[i].readable).sort((a, b) => lines[a].weight - lines[b].weight || a - b);
    let schoolsLeft = lines.filter((_, j) => !isAggregate(j)).length;
    // A row equal to a subtotal (the total of a one-municipality form) is a sum only once that subtotal is known:
    // passes repeat while a pass finds something (as many as the rows nest, in practice two or three).
    let pending = order;
    for (let changed = true; changed && pending.length > 0;) {
      changed = false;
      const next: number[] = [];
      for (const i of pending) {
        const cover = walk(i, 1) ?? walk(i, -1);
        if (!cover) {
          next.push(i);
          continue;
        }
        covers.set(lines[i].r, cover);
        if (lines[i].labelLevel !== undefined) continue;
        schoolsLeft--;
        changed = true;
        found.set(lines[i].r, { level: cover.covered.length >= schoolsLeft ? 'total' : 'municipality', cover });
      }
      pending = next;
    }
  }

  const notes: AggregateNote[] = [];
  const schoolWorded: AggregateNote[] = [];
  const levelOf = new Map<number, AggregateLevel>();
  for (const line of lines) {
    const byNumbers = found.get(line.r);
    const level = line.labelLevel ?? byNumbers?.level;
    if (level === undefined) continue;
    levelOf.set(line.r, level);
    const cover = covers.get(line.r);
    const mean = cover !== undefined && [...cover.fits.values()].includes('mean');
    const numbers = cover ? `числа — ${mean ? 'сумма и средние, взвешенные по участникам,' : 'сумма'} строк ${rowSpan(view, cover.covered)}` : '';
    const label = line.labelLevel !== undefined ? `подпись «${line.name}»` : '';
    const note: AggregateNote = {
      name: line.name, cell: view.address(line.nameCell.r, line.nameCell.c), level,
      by: label && numbers ? 'both' : label ? 'label' : 'numbers', evidence: [label, numbers].filter(Boolean).join('; '),
    };
    notes.push(note);
    if (byNumbers && hasSchoolWord(line.name)) schoolWorded.push(note);
  }
  warnings.push(...repeatedSubtotals(view, lines, levelOf, file, sheet));
  const out = found.size === 0 ? [...rows] : rows.map((row) => {
    const f = found.get(row.r);
    return f && row.level === undefined ? { ...row, level: f.level, municipality: undefined } : row;
  });
  return { rows: out, notes, covers, schoolWorded, warnings };
}

function linesOf(rows: readonly DraftRow[]): Line[] {
  const byRow = new Map<number, { line: Line; columns: Set<number> }>();
  for (const row of rows) {
    let got = byRow.get(row.r);
    if (!got) {
      got = { line: { r: row.r, name: row.name, nameCell: row.nameCell, labelLevel: row.level, contextKey: contextKey(row), cells: [], weight: 0, readable: true }, columns: new Set() };
      byRow.set(row.r, got);
    }
    const pc = row.cells.participants?.c;
    for (const role in row.cells) {
      const pos = row.cells[role as MetricRole] as Pos;
      if (got.columns.has(pos.c)) continue;
      got.columns.add(pos.c);
      got.line.cells.push({ c: pos.c, pc, role: role as MetricRole });
    }
  }
  return [...byRow.values()].map((x) => x.line).sort((a, b) => a.r - b.r);
}

/** A municipality subtotalled on more than one row of one procedure: one of them may be a school. */
function repeatedSubtotals(view: SheetView, lines: readonly Line[], levelOf: ReadonlyMap<number, AggregateLevel>, file: string, sheet: string): Warning[] {
  const seen = new Map<string, { name: string; rows: number[] }>();
  for (const line of lines) {
    if (levelOf.get(line.r) !== 'municipality') continue;
    const key = `${fold(line.name)}|${line.contextKey}`;
    const got = seen.get(key) ?? { name: line.name, rows: [] };
    got.rows.push(line.r);
    seen.set(key, got);
  }
  const out: Warning[] = [];
  for (const { name, rows } of seen.values()) {
    if (rows.length < 2) continue;
    out.push(sheetWarning(file, sheet,
      `муниципалитет «${name}» подытожен в нескольких строках (${rows.map((r) => view.sheetRow(r)).join(', ')}): проверьте, не школа ли одна из них, и при необходимости укажите роли колонок вручную`,
      view.address(rows[0], 0)));
  }
  return out;
}
