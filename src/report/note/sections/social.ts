// Справка section «Результаты с учётом социальных условий» (methodology §6): ШНСУ, резильентные, ШНОР not explained by conditions.
import { Analysis } from '../../../core/results';
import { SocialAnalysis } from '../../../core/social/types';
import { formatNumber } from '../../format';
import { NoteBlock } from '../model';
import { conclusionText, fitText, GROUP_LABELS, methodText } from '../../social/words';
import { joinNames, pct, schools } from '../words';

/** Names of the schools `keep` selects, in the dataset's order. */
function names(analysis: Analysis, social: SocialAnalysis, keep: (key: string) => boolean): string[] {
  return analysis.dataset.schools.filter((s) => social.schools.has(s.key) && keep(s.key)).map((s) => s.name);
}

/** The section, or nothing when the data has no context sheet. */
export function socialSection(analysis: Analysis): NoteBlock[] {
  const social = analysis.social;
  if (!social) return [];
  const [y1, y] = social.years;
  const of = (key: string) => social.schools.get(key);
  const shnsu = names(analysis, social, (k) => of(k)?.shnsu === true);
  const resilient = names(analysis, social, (k) => of(k)?.resilient === true);
  const notExplained = names(analysis, social, (k) => of(k)?.notExplained === true);
  const shnor = new Set(analysis.identification.verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey));
  const explained = names(analysis, social, (k) => shnor.has(k) && of(k)?.shnsu === true);
  const blocks: NoteBlock[] = [
    { type: 'heading', text: 'Результаты с учётом социальных условий' },
    {
      type: 'paragraph',
      text: `Социальный индекс школ — ${methodText(social)}. Результат школы — доля «2» по учитываемым процедурам ${y1} и ${y} гг., ` +
        `взвешенная по числу участников; ожидаемый результат — по линии связи результата с индексом. ${fitText(social.fit)}`,
    },
    {
      type: 'paragraph',
      text: shnsu.length === 0
        ? 'Школ, функционирующих в неблагоприятных социальных условиях (ШНСУ), не выделено: социальный индекс не рассчитан ни для одной школы.'
        : `К школам, функционирующим в неблагоприятных социальных условиях (ШНСУ, ${social.shnsuPercent} % школ с наибольшим индексом), относятся ${schools(shnsu.length)}: ${joinNames(shnsu)}.`,
    },
    {
      type: 'paragraph',
      text: resilient.length === 0
        ? 'Резильентных школ (ШНСУ с результатами лучше ожидаемого) не выявлено.'
        : `Резильентные школы — ШНСУ с результатами лучше ожидаемого при своих условиях: ${joinNames(resilient)}. Их опыт стоит изучить и распространить; они могут быть школами-кураторами.`,
    },
    {
      type: 'paragraph',
      text: notExplained.length === 0
        ? 'ШНОР вне ШНСУ с результатами хуже ожидаемого нет: низкие результаты ШНОР согласуются с их условиями или отличаются от ожидаемых в пределах погрешности.'
        : `Низкие результаты не объясняются условиями (ШНОР вне ШНСУ с результатами хуже ожидаемого): ${joinNames(notExplained)} — это сигнал для управленческих решений.` +
          (explained.length > 0 ? ` ШНОР, работающие в неблагоприятных условиях: ${joinNames(explained)}.` : ''),
    },
  ];
  const table = analysis.dataset.schools
    .map((s) => ({ s, c: of(s.key) }))
    .filter(({ c }) => c !== undefined && (c.resilient || c.notExplained || (shnor.has(c.schoolKey) && c.group !== undefined)));
  if (table.length > 0) {
    blocks.push({
      type: 'table',
      header: ['Образовательная организация', 'Доля «2»', 'Ожидаемая', 'Группа', 'Вывод'],
      widths: [30, 14, 14, 18, 24],
      rows: table.map(({ s, c }) => [
        s.name, c?.result === undefined ? '—' : `${pct(c.result)} (n = ${formatNumber(c.n ?? 0, 0)})`, c?.expected === undefined ? '—' : pct(c.expected),
        c?.group ? GROUP_LABELS[c.group] : '—', c ? conclusionText(c) || (c.shnsu ? 'ШНСУ' : '') : '',
      ]),
    });
  }
  blocks.push({ type: 'paragraph', text: 'Это пояснение к перечню ШНОР, а не критерий: перечень от него не меняется. Подробно — лист «Контекст».' });
  return blocks;
}
