// The справка's objectivity section (§7): flagged schools with their markers in a table (an appendix when long),
// what could not be checked, and the official ФИОКО list beside the computed markers.
import { pluralRu } from '../../../core/format';
import { Analysis, Verdict } from '../../../core/results';
import { municipalityOf } from '../../objectivitySheet';
import { checksText, markedText, workLabel } from '../../objectivityWords';
import { NoteBlock } from '../model';
import { inYear, schoolsWord } from '../words';

/** «у 1 школы», «у 3 школ», «у 21 школы» (genitive after «у»). */
function atSchools(n: number): string {
  return `у ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'школы' : 'школ'}`;
}

/** More flagged works than this go to an appendix. */
const IN_TEXT = 12;

export interface ObjectivityNote {
  readonly body: readonly NoteBlock[];
  /** The long table, at the end of the справка («Приложение»). */
  readonly appendix: readonly NoteBlock[];
}

export function objectivityNote(analysis: Analysis, verdicts: readonly Verdict[]): ObjectivityNote {
  const y = analysis.identification.targetYear;
  const judged = verdicts.filter((v) => v.objectivity.length > 0);
  const works = judged.flatMap((v) => v.objectivity);
  const body: NoteBlock[] = [];
  if (works.length === 0) {
    body.push({ type: 'paragraph', text: `Признаки необъективности ${inYear(y)} не проверялись: в данных нет результатов ВПР ${y} г. (нужны протоколы ФИС ОКО или отчёты «Статистика по отметкам» и «Сравнение отметок с отметками по журналу»).` });
    return { body, appendix: [] };
  }
  const fromProtocols = works.filter((w) => w.source === 'protocol').length;
  const checkable = works.filter((w) => w.markers.some((m) => m.state !== 'no_data'));
  const unchecked = judged.filter((v) => v.objectivity.every((w) => w.markers.every((m) => m.state === 'no_data')));
  const flagged = judged.filter((v) => v.objectivity.some((w) => w.flagged));
  body.push({
    type: 'paragraph',
    text: `Маркеры необъективности (методика §7: показатели ФИОКО 2019 и методики программы, сравнение каждой школы с регионом) рассчитаны по ${checkable.length} ${checkable.length % 10 === 1 && checkable.length % 100 !== 11 ? 'работе' : 'работам'} ВПР ${y} г.` +
      `${fromProtocols > 0 ? `, из них по протоколам — ${fromProtocols}` : ', только по статистике школ (без протоколов: маркеры P1–P4, P7, P8 — нет данных)'}. ` +
      (flagged.length === 0 ? 'Школ с признаками необъективности (два маркера или один сильный) не выявлено.'
        : `Признаки необъективности (два маркера или один сильный: P2, P3, P8 по русскому языку) — ${atSchools(flagged.length)}. Один маркер не означает необъективность; вердикт ШНОР не меняется.`),
  });
  if (unchecked.length > 0) {
    body.push({ type: 'paragraph', text: `Проверка невозможна (мало участников или нет нужных данных) — ${unchecked.length} ${schoolsWord(unchecked.length)}.` });
  }
  const rows = flagged.flatMap((v) => v.objectivity.filter((w) => w.flagged).map((w) => [
    v.name, municipalityOf(analysis, v.schoolKey) ?? '', workLabel(w), [checksText(w), markedText(w)].filter(Boolean).join('; '),
  ]));
  const table: NoteBlock = { type: 'table', header: ['Школа', 'Муниципалитет', 'Работа', 'Маркеры и их основания'], rows, widths: [24, 16, 16, 44] };
  if (rows.length === 0) return { body, appendix: [] };
  if (rows.length <= IN_TEXT) return { body: [...body, table], appendix: [] };
  body.push({ type: 'paragraph', text: `Перечень (${rows.length} ${pluralRu(rows.length, 'работа', 'работы', 'работ')}) — в приложении «Признаки необъективности».` });
  return { body, appendix: [{ type: 'heading', text: `Приложение. Признаки необъективности ${inYear(y)}` }, table] };
}
