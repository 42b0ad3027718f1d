// Conflicts between sheets for the terminal: one line per pair of sheets, with a count and the first cells.
import { pluralRu } from '../core/format';
import { Warning } from '../core/model';

/** Cells named per pair of sheets in the conflicts' summary line. */
const CONFLICT_CELLS_SHOWN = 5;

/**
 * Conflicts (two sheets, different numbers for one result) summed up per pair of sheets: «Лист «ВПР 5» расходится с
 * листом «Итоги» в 45 ячейках (D7, D9, …): взяты значения листа «Итоги»». Every cell stays in JSON and on «Параметры».
 */
export function conflictLines(warnings: readonly Warning[]): string[] {
  const pairs = new Map<string, { file: string; sheet: string; with: string; count: number; cells: string[] }>();
  for (const w of warnings) {
    if (w.kind !== 'conflict') continue;
    const other = w.conflictWith ?? '';
    const id = `${w.file}\u0000${w.sheet}\u0000${other}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { file: w.file, sheet: w.sheet, with: other, count: 0, cells: [] }));
    if (w.conflictMore !== undefined) pair.count += w.conflictMore;
    else {
      pair.count += 1;
      if (w.cell && pair.cells.length < CONFLICT_CELLS_SHOWN) pair.cells.push(w.cell);
    }
  }
  return [...pairs.values()].map((p) => {
    const cells = p.cells.length > 0 ? ` (${p.cells.join(', ')}${p.count > p.cells.length ? ', …' : ''})` : '';
    const against = p.with ? ` с листом ${p.with}` : '';
    const taken = p.with ? `взяты значения листа ${p.with}` : 'взяты значения другого листа';
    return `${p.file ? `${p.file}: ` : ''}лист «${p.sheet}» расходится${against} в ${p.count} ${pluralRu(p.count, 'ячейке', 'ячейках', 'ячейках')}${cells}: ${taken} (все расхождения — в JSON и на листе «Параметры»)`;
  });
}
