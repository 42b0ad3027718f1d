// What every section of the справка reads: the analysis, the sorted verdicts, schools' municipalities, the user's
// header fields, and the appendices the sections fill (a list of more than LIST_LIMIT names goes to an appendix).
import { Analysis, Verdict } from '../../../core/results';
import { NoteBlock, NoteCell, NoteSettings } from '../model';
import { count } from '../words';

/** Lists longer than this go to an appendix (methodology §4a: «more than about 15 names»). */
export const LIST_LIMIT = 15;

export interface Appendix {
  readonly number: number;
  readonly title: string;
  readonly blocks: readonly NoteBlock[];
}

export interface NoteContext {
  readonly analysis: Analysis;
  /** Verdicts in the ШНОР sheet's order. */
  readonly verdicts: readonly Verdict[];
  readonly y: number;
  readonly prev: number;
  readonly threshold: number;
  readonly stableBand: number;
  readonly settings: NoteSettings;
  readonly generatedAt: Date;
  /** Municipality of a school (by key) when the data names one. */
  municipalityOf(schoolKey: string): string | undefined;
  /** True when the data names more than one municipality (then lists carry a municipality column). */
  readonly multiMunicipal: boolean;
  /** Adds an appendix and returns its number. */
  addAppendix(title: string, blocks: readonly NoteBlock[]): number;
  readonly appendices: readonly Appendix[];
}

export function makeContext(analysis: Analysis, verdicts: readonly Verdict[], settings: NoteSettings, generatedAt: Date): NoteContext {
  const municipalities = new Map<string, string>();
  for (const s of analysis.dataset.schools) if (s.municipality) municipalities.set(s.key, s.municipality);
  const appendices: Appendix[] = [];
  const { targetYear, previousYear, parameters } = analysis.identification;
  return {
    analysis, verdicts, settings, generatedAt,
    y: targetYear, prev: previousYear, threshold: parameters.threshold, stableBand: parameters.stableBand,
    municipalityOf: (key) => municipalities.get(key),
    multiMunicipal: new Set(municipalities.values()).size > 1,
    addAppendix(title, blocks) {
      const number = appendices.length + 1;
      appendices.push({ number, title, blocks });
      return number;
    },
    appendices,
  };
}

const collator = new Intl.Collator('ru', { numeric: true });

/**
 * A table grouped by municipality (the first column names it on the group's first row, with the count), then the
 * given columns; rows of a group keep their order. Without municipalities, the plain table.
 */
export function groupedTable(
  ctx: NoteContext, header: readonly string[], widths: readonly number[],
  items: readonly { readonly schoolKey: string; readonly cells: readonly NoteCell[] }[],
): NoteBlock {
  if (!ctx.multiMunicipal) return { type: 'table', header, widths, rows: items.map((i) => i.cells) };
  const groups = new Map<string, NoteCell[][]>();
  for (const item of items) {
    const m = ctx.municipalityOf(item.schoolKey) ?? 'Муниципалитет не указан';
    const group = groups.get(m) ?? [];
    group.push([...item.cells]);
    groups.set(m, group);
  }
  const rows: NoteCell[][] = [];
  // A «№» column counts the rows as they stand after grouping (1, 2, 3 … down the table), not in the list's order.
  const numbered = header[0] === '№';
  for (const m of [...groups.keys()].sort(collator.compare)) {
    const group = groups.get(m) ?? [];
    group.forEach((cells, i) => rows.push([i === 0 ? `${m} (${group.length})` : null, ...(numbered ? [rows.length + 1, ...cells.slice(1)] : cells)]));
  }
  const total = widths.reduce((s, w) => s + w, 0);
  return { type: 'table', header: ['Муниципалитет', ...header], widths: [Math.round(total * 0.22), ...widths], rows };
}

/**
 * Names in the text when there are at most LIST_LIMIT of them («А, Б и В»), otherwise the count and the appendix
 * that lists them: «41 школа (приложение 2)».
 */
export function namesOrAppendix(names: readonly string[], appendix: () => number): { text: string; inAppendix: boolean } {
  if (names.length <= LIST_LIMIT) return { text: names.join(', '), inAppendix: false };
  return { text: `${count(names.length, 'школа', 'школы', 'школ')} (приложение ${appendix()})`, inAppendix: true };
}
