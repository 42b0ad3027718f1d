// Section «Школы-кураторы» (§4a item 7): the curator assigned to each ШНОР with its one-line reason, and the ШНОР
// without one with why; more than LIST_LIMIT ШНОР go to an appendix grouped by municipality.
import { Verdict } from '../../../core/results';
import { DEFAULT_CURATOR_LOAD } from '../../../core/parameters';
import { curatorGapText, partnerReasonText } from '../../partnerText';
import { NoteBlock, NoteCell } from '../model';
import { schools } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';
import { shnorOf } from './list';

/** Why no curator: the engine's reason, else the rule a candidate must meet (§4a). */
function noCurator(ctx: NoteContext, v: Verdict): string {
  const gap = ctx.analysis.curatorGaps?.get(v.schoolKey);
  if (gap) return curatorGapText(gap, ctx.analysis.identification.parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD);
  return 'нет стабильной школы того же уровня и муниципалитета, лучшей во всех её низких процедурах';
}

export function curatorCounts(ctx: NoteContext): { withCurator: number; without: Verdict[]; curators: number } {
  const shnor = shnorOf(ctx);
  const without = shnor.filter((v) => (ctx.analysis.partners?.get(v.schoolKey) ?? []).length === 0);
  const curators = new Set(shnor.flatMap((v) => (ctx.analysis.partners?.get(v.schoolKey) ?? []).map((p) => p.name)));
  return { withCurator: shnor.length - without.length, without, curators: curators.size };
}

export function curatorsSection(ctx: NoteContext): NoteBlock[] {
  const shnor = shnorOf(ctx);
  if (shnor.length === 0) return [];
  const items: { schoolKey: string; cells: NoteCell[] }[] = shnor.flatMap((v) => {
    const partners = ctx.analysis.partners?.get(v.schoolKey) ?? [];
    if (partners.length === 0) return [{ schoolKey: v.schoolKey, cells: [v.name, 'не найдена', noCurator(ctx, v)] }];
    return partners.map((p, i) => ({ schoolKey: v.schoolKey, cells: [i === 0 ? v.name : null, p.name, partnerReasonText(p.reason, ctx.y)] }));
  });
  const { withCurator, without, curators } = curatorCounts(ctx);
  const blocks: NoteBlock[] = [
    { type: 'heading', text: 'Школы-кураторы (предложение)' },
    {
      type: 'paragraph',
      text: `Для ${withCurator} из ${shnor.length} ШНОР предложены кураторы (${schools(curators)}, не более ${ctx.analysis.identification.parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD} ШНОР на куратора) со стабильными результатами, лучшие в низких процедурах своей ШНОР; выбор — за методистом.` +
        (without.length > 0 ? ` Без куратора — ${without.length}: ${without.length <= LIST_LIMIT ? without.map((v) => `${v.name} (${noCurator(ctx, v)})`).join(', ') : 'см. таблицу'}.` : ''),
    },
  ];
  const table = groupedTable(ctx, ['ШНОР', 'Школа-куратор', 'Почему'], [22, 20, 36], items);
  if (shnor.length <= LIST_LIMIT) blocks.push(table);
  else {
    const n = ctx.addAppendix('Школы-кураторы', [{ type: 'paragraph', text: `Кураторы предложены для ${withCurator} из ${shnor.length} ШНОР.` }, table]);
    blocks.push({ type: 'paragraph', text: `Пары «ШНОР — куратор» с причинами — в приложении ${n}.` });
  }
  return blocks;
}
