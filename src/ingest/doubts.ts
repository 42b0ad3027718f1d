// Russian wording of the reader's doubts (decisions that can change a verdict), shared by the CLI, the pane and «Параметры».
import { pluralRu } from '../core/format';
import { AggregateNote, Doubt, SheetReport } from './types';

/** The block's title: «Сомнения (2) — …», or «Сомнений нет». */
export function doubtsTitle(doubts: readonly Doubt[]): string {
  return doubts.length === 0
    ? 'Сомнений нет'
    : `Сомнения (${doubts.length}): ${doubts.length === 1 ? 'решение, от которого зависят' : 'решения, от которых зависят'} выводы о школах, — проверьте`;
}

const NAMES_SHOWN = 5;

/** «СОШ № 1, СОШ № 2 и ещё 3». */
export function schoolList(doubt: Doubt): string {
  const names = doubt.schools.map((s) => s.name);
  const shown = names.slice(0, NAMES_SHOWN).map((n) => `«${n}»`).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} и ещё ${names.length - NAMES_SHOWN}` : shown;
}

/** Where the doubt is: «файл.xlsx, лист «2023», столбец F» / «… ячейка B14». */
export function doubtPlace(doubt: Doubt): string {
  const at = doubt.cell === undefined ? '' : /\d/.test(doubt.cell) ? `, ячейка ${doubt.cell}` : `, столбец ${doubt.cell}`;
  return `${doubt.file ? `${doubt.file}, ` : ''}лист «${doubt.sheet}»${at}`;
}

/** Which schools' verdicts depend on it: «Зависят выводы о 2 школах: «…», «…»». */
export function dependsText(doubt: Doubt): string {
  const n = doubt.schools.length;
  if (n === 0) return '';
  return `Зависят выводы о ${n} ${pluralRu(n, 'школе', 'школах', 'школах')}: ${schoolList(doubt)}.`;
}

/** One line: place, what was decided, which schools depend on it, how to correct it. */
export function doubtLine(doubt: Doubt): string {
  return [`${doubtPlace(doubt)}: ${doubt.decided}.`, dependsText(doubt), doubt.fix].filter(Boolean).join(' ');
}

/** Cells named per line of aggregate rows; the rest are counted. */
const AGGREGATE_CELLS_SHOWN = 6;

/**
 * Aggregate rows of every sheet with their evidence, one line per sheet, label and reason (a long table repeats its
 * district row for every procedure and year): «лист «2023», A8, A40 «ВСЕГО по региону» — итог: подпись …».
 */
export function aggregateLines(sheets: readonly SheetReport[]): string[] {
  const level: Readonly<Record<AggregateNote['level'], string>> = { total: 'итог', region: 'регион', country: 'вся выборка', municipality: 'муниципалитет' };
  return sheets.flatMap((s) => {
    const groups = new Map<string, { readonly note: AggregateNote; readonly cells: Set<string> }>();
    for (const a of s.aggregateRows ?? []) {
      const id = `${a.name}\u0000${a.level}\u0000${a.evidence}`;
      const group = groups.get(id);
      if (group) group.cells.add(a.cell);
      else groups.set(id, { note: a, cells: new Set([a.cell]) });
    }
    return [...groups.values()].map(({ note, cells }) => {
      const list = [...cells];
      const shown = list.slice(0, AGGREGATE_CELLS_SHOWN).join(', ') + (list.length > AGGREGATE_CELLS_SHOWN ? ` и ещё ${list.length - AGGREGATE_CELLS_SHOWN}` : '');
      return `${s.file ? `${s.file}, ` : ''}лист «${s.sheet}», ${shown} «${note.name}» — ${level[note.level]}: ${note.evidence}`;
    });
  });
}
