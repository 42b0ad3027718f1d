// The objectivity paragraph of the справка (§3, §4a item 6): schools whose доля «понизили» is above the benchmark —
// only where a check was possible; without journal marks it says that objectivity was not checked.
import { procedureAbbrev } from '../../labels';
import { Verdict } from '../../../core/results';
import { NoteBlock } from '../model';
import { inYear, pct, schools } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';

/** True when some ВПР result of Y carries доля «понизили» (the comparison with the journal marks). */
export function objectivityCheckable(ctx: NoteContext): boolean {
  return ctx.analysis.dataset.results.some((r) => r.year === ctx.y && r.lowered !== undefined);
}

export function objectivityFlagged(ctx: NoteContext): Verdict[] {
  return ctx.verdicts.filter((v) => v.flags.includes('objectivity'));
}

function detail(v: Verdict): string {
  return v.objectivity.map((o) => `${procedureAbbrev(o.record.procedure)} ${pct(o.record.lowered ?? 0)} (ориентир ${pct(o.benchmark)})`).join('; ');
}

export function objectivityBlocks(ctx: NoteContext): NoteBlock[] {
  if (!objectivityCheckable(ctx)) {
    return [{ type: 'paragraph', text: `Объективность: сведений об отметках по журналу (доля понизивших отметку) ${inYear(ctx.y)} нет — объективность не проверялась.` }];
  }
  const flagged = objectivityFlagged(ctx);
  const benchmark = flagged.some((v) => v.objectivity.some((o) => o.benchmarkSource === 'default')) ? 'ориентира (регион, а где его нет — 30 %)' : 'регионального показателя';
  if (flagged.length === 0) {
    return [{ type: 'paragraph', text: `Объективность: доля понизивших отметку по сравнению с журналом ни в одной школе не выше ${benchmark}.` }];
  }
  if (flagged.length <= LIST_LIMIT) {
    return [{ type: 'paragraph', text: `Вопросы к объективности (доля понизивших отметку выше ${benchmark}) — ${schools(flagged.length)}: ${flagged.map((v) => `${v.name} (${detail(v)})`).join(', ')}.` }];
  }
  const n = ctx.addAppendix('Вопросы к объективности оценивания', [
    { type: 'paragraph', text: `Доля понизивших отметку по сравнению с журналом выше ${benchmark} ${inYear(ctx.y)} — ${schools(flagged.length)}.` },
    groupedTable(ctx, ['Школа', 'Процедуры, доля понизивших отметку'], [30, 48], flagged.map((v) => ({ schoolKey: v.schoolKey, cells: [v.name, detail(v)] }))),
  ]);
  return [{ type: 'paragraph', text: `Вопросы к объективности (доля понизивших отметку выше ${benchmark}) — ${schools(flagged.length)}; перечень — в приложении ${n}.` }];
}
