// The справка's objectivity paragraph (§7, §4a item 6): schools flagged by the markers with each marker's evidence in
// a table (an appendix when long), what could not be checked; one marker is never called «необъективность».
import { pluralRu } from '../../../core/format';
import { Verdict } from '../../../core/results';
import { compareProcedures, compareText } from '../../labels';
import { checksText, markedText, markersWithoutData, reportNames, withoutDataText, workOfYear } from '../../objectivityWords';
import { NoteBlock } from '../model';
import { inYear, schoolsWord } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';

/** «у 1 школы», «у 3 школ», «у 21 школы» (genitive after «у»). */
function atSchools(n: number): string {
  return `у ${n} ${pluralRu(n, 'школы', 'школ', 'школ')}`;
}

/** «; маркер …» after the sources, nothing when every marker had data. */
function prefixed(text: string): string {
  return text ? `; ${text}` : '';
}

/** True when some ВПР work of Y could be judged by at least one marker. */
export function objectivityCheckable(ctx: NoteContext): boolean {
  return ctx.verdicts.some((v) => v.objectivity.some((w) => w.markers.some((m) => m.state !== 'no_data')));
}

/** Schools whose ВПР work of Y has the headline of §7 (two markers or one strong). */
export function objectivityFlagged(ctx: NoteContext): Verdict[] {
  return ctx.verdicts.filter((v) => v.flags.includes('objectivity'));
}

export function objectivityBlocks(ctx: NoteContext): NoteBlock[] {
  const y = ctx.y;
  const judged = ctx.verdicts.filter((v) => v.objectivity.length > 0);
  const works = judged.flatMap((v) => v.objectivity);
  const checkable = works.filter((w) => w.markers.some((m) => m.state !== 'no_data'));
  if (checkable.length === 0) {
    return [{ type: 'paragraph', text: `Признаки необъективности ${inYear(y)} не проверялись: в данных нет результатов ВПР ${y} г., по которым можно рассчитать маркеры (нужны протоколы ФИС ОКО или её отчёты «Статистика по отметкам», «Сравнение отметок с отметками по журналу», «Распределение первичных баллов», «Выполнение заданий»).` }];
  }
  const fromProtocols = works.filter((w) => w.source === 'protocol').length;
  const unchecked = judged.filter((v) => v.objectivity.every((w) => w.markers.every((m) => m.state === 'no_data')));
  const flagged = objectivityFlagged(ctx);
  const blocks: NoteBlock[] = [{
    type: 'paragraph',
    text: `Маркеры необъективности (методика §7: показатели ФИОКО 2019 и методики программы, сравнение каждой школы с регионом) рассчитаны по ${checkable.length} ${checkable.length % 10 === 1 && checkable.length % 100 !== 11 ? 'работе' : 'работам'} ВПР ${y} г.` +
      `${fromProtocols > 0 ? `, из них по протоколам — ${fromProtocols}` : `, только по отчётам ФИС ОКО о школах (${reportNames(checkable).join(', ')})${prefixed(withoutDataText(markersWithoutData(checkable)))}`}. ` +
      (flagged.length === 0 ? 'Школ с признаками необъективности (два маркера или один сильный) не выявлено.'
        : `Признаки необъективности (два маркера или один сильный: P2, P3, P8 по русскому языку) — ${atSchools(flagged.length)}. Один маркер не означает необъективность; вердикт ШНОР не меняется.`),
  }];
  if (unchecked.length > 0) {
    blocks.push({ type: 'paragraph', text: `Проверка невозможна (мало участников или нет нужных данных) — ${unchecked.length} ${schoolsWord(unchecked.length)}.` });
  }
  // Works with a data check first (their markers may be an error of input), then by school and work.
  const ordered = flagged.flatMap((v) => v.objectivity.filter((w) => w.flagged).map((w) => ({ v, w })))
    .sort((a, b) => Number(b.w.checks.length > 0) - Number(a.w.checks.length > 0) || compareText(a.v.name, b.v.name) || compareProcedures(a.w.procedure, b.w.procedure));
  const items = ordered.map(({ v, w }) => ({
    schoolKey: v.schoolKey, cells: [v.name, workOfYear(w, y), [checksText(w), markedText(w)].filter(Boolean).join('; ')],
  }));
  if (items.length === 0) return blocks;
  const table = groupedTable(ctx, ['Школа', 'Работа', 'Маркеры и их основания'], [17, 19, 48], items);
  if (items.length <= LIST_LIMIT) return [...blocks, table];
  const n = ctx.addAppendix(`Признаки необъективности ${inYear(y)}`, [table]);
  blocks.push({ type: 'paragraph', text: `Перечень (${items.length} ${pluralRu(items.length, 'работа', 'работы', 'работ')}) — в приложении ${n}.` });
  return blocks;
}
