// Section «Выводы и предложения» (§4a item 8): numbered conclusions drawn from the other sections' findings — who is
// included and why, who left, who is at risk, where to check objectivity, which procedures and cohorts worsened,
// curators — each with its numbers.
import { NoteBlock } from '../model';
import { capital, fromCohorts, inSchools, inYear, ofSchools, schools, year } from '../words';
import { NoteContext } from './context';
import { cohortCounts } from './cohorts';
import { curatorCounts } from './curators';
import { moved, shnorOf } from './list';
import { atRisk } from './marks';
import { objectivityCheckable, objectivityFlagged } from './objectivity';
import { procedureChanges } from './procedures';

export function conclusionsSection(ctx: NoteContext): NoteBlock[] {
  const { y, prev } = ctx;
  const shnor = shnorOf(ctx);
  const items: string[] = [];
  const k1 = shnor.filter((v) => v.criteria.includes('K1')).length;
  const k2 = shnor.filter((v) => v.criteria.includes('K2')).length;
  items.push(shnor.length === 0
    ? `${capital(inYear(y))} школ с низкими образовательными результатами не выявлено (0 ШНОР).`
    : `${capital(inYear(y))} к ШНОР отнесено ${schools(shnor.length)}: по критерию К1 (низкие результаты по двум и более процедурам) — ${k1}, по критерию К2 (низкие результаты ${inYear(prev)} и ${inYear(y)}) — ${k2}. Включить их в программу повышения качества образования.`);
  if (ctx.verdicts.some((v) => v.listChange !== 'unknown')) {
    const [entered, stayed, exited] = (['entered', 'stayed', 'exited'] as const).map((c) => moved(ctx, c).length);
    items.push(`По сравнению с ${year(prev)} в перечень вошли ${entered}, остались ${stayed}, вышли ${exited}${exited > 0 ? ': опыт вышедших школ рекомендуется обобщить' : ''}.`);
  }
  const risk = atRisk(ctx).length;
  if (risk > 0) items.push(`В зоне риска — ${schools(risk)}: включить в мониторинг, чтобы не допустить перехода в ШНОР.`);
  if (!objectivityCheckable(ctx)) items.push(`Объективность ${inYear(y)} не проверялась (0 школ с данными об отметках по журналу): запросить у школ сравнение отметок ВПР с отметками по журналу.`);
  else {
    const flagged = objectivityFlagged(ctx).length;
    items.push(flagged > 0 ? `Вопросы к объективности оценивания — ${ofSchools(flagged)}: провести проверку объективности (перепроверка работ, наблюдатели).`
      : 'Признаков завышения отметок по сравнению с журналом не выявлено (0 школ выше ориентира).');
  }
  const changes = [...procedureChanges(ctx).values()].flat();
  const rose = new Set(changes.filter((c) => c.rose).map((c) => c.schoolKey)).size;
  const fell = new Set(changes.filter((c) => !c.rose).map((c) => c.schoolKey)).size;
  if (changes.length > 0) items.push(`По считаемым процедурам доля «2» выросла хотя бы по одной процедуре ${inSchools(rose)}, снизилась ${inSchools(fell)} по сравнению с ${year(prev)}: разобрать причины роста с руководителями школ.`);
  const cohorts = cohortCounts(ctx.analysis.dynamics.cohorts);
  if (cohorts.total > 0) items.push(`Из ${fromCohorts(cohorts.total)} доля «2» выросла в ${cohorts.worsened}, снизилась в ${cohorts.improved}: для классов с ухудшением предусмотреть адресную работу учителей-предметников.`);
  if (shnor.length > 0) {
    const { withCurator, without, curators } = curatorCounts(ctx);
    items.push(`Закрепить за ШНОР школы-кураторы: предложены для ${withCurator} из ${shnor.length} ШНОР (${schools(curators)})${without.length > 0 ? `; для ${without.length} куратор не найден — подобрать в другом муниципалитете или на уровне региона` : ''}.`);
  }
  return [
    { type: 'heading', text: 'Выводы и предложения' },
    { type: 'list', numbered: true, items: items.map((t, i) => `${i + 1}. ${t}`) },
  ];
}
