// Words for the objectivity markers (§7): a marker with its evidence, a work's markers, data checks, what data was used.
import { FiokoListing, procedureLabel } from '../core/model';
import { DataCheck, MarkerData, MarkerId, MarkerResult, TASK_REPORT_GAP, WorkObjectivity, markerDefinition } from '../core/objectivity';
import { formatNumber } from './format';
import { procedureAbbrev } from './labels';

const NBSP = '\u00a0';

function pValue(p: number): string {
  return p < 0.001 ? `p${NBSP}<${NBSP}0,001` : `p${NBSP}=${NBSP}${formatNumber(p, 3)}`;
}

function pctText(v: number): string {
  return `${formatNumber(v)}${NBSP}%`;
}

/**
 * The evidence of a marker in a few words: school value, region's, n, p or r. `brief`: for a cell under the marker's
 * own header — «11,6 при 8,8» rather than «средний балл 11,6 при 8,8 по региону».
 */
export function markerEvidence(m: MarkerResult, brief = false): string {
  if (m.state === 'no_data') return m.reason === 'few' ? `мало участников${m.n !== undefined ? ` (${m.n})` : ''}` : 'нет данных';
  const n = m.n !== undefined ? `n${NBSP}=${NBSP}${m.n}` : '';
  const parts: string[] = [];
  switch (m.id) {
    case 'P1':
      parts.push(brief ? `${formatNumber(m.value ?? 0)} при ${formatNumber(m.region ?? 0)}` : `средний балл ${formatNumber(m.value ?? 0)} при ${formatNumber(m.region ?? 0)} по региону`);
      break;
    case 'P2':
      parts.push(m.r !== undefined ? `r${NBSP}=${NBSP}${formatNumber(m.r, 2)}` : 'r не определён');
      break;
    case 'P3':
      parts.push(`K${NBSP}=${NBSP}${formatNumber(m.value ?? 0, 2)} при ${brief ? '' : 'медиане региона '}${formatNumber(m.region ?? 0, 2)}`);
      break;
    case 'P7':
      // From a task report there are no pupils to test with: the gap itself must reach 10 p. p. (§7).
      parts.push(m.data === 'task_report'
        ? `разрыв ${formatNumber(m.value ?? 0)} п.${NBSP}п. ${brief ? '(по отчёту)' : `(по отчёту о выполнении заданий; порог ${formatNumber(TASK_REPORT_GAP * 100)} п.${NBSP}п.)`}`
        : `разрыв ${formatNumber(m.value ?? 0)} п.${NBSP}п., z${NBSP}=${NBSP}${formatNumber(m.z ?? 0, 2)}`);
      break;
    case 'P8':
      parts.push(`${m.value ?? 0} уч. с совпадающими ответами`);
      break;
    default:
      if (m.value !== undefined) parts.push(`${pctText(m.value)} при ${pctText(m.region ?? 0)}${brief ? '' : ' по региону'}`);
  }
  if (n) parts.push(n);
  if (m.p !== undefined && m.id !== 'P7') parts.push(pValue(m.p));
  return parts.join(', ');
}

/** «P5 избыток «5» (ФИОКО 2019)». */
export function markerTitle(m: Pick<MarkerResult, 'id'>): string {
  const d = markerDefinition(m.id);
  return `${d.id} ${d.name} (${d.origin})`;
}

/** The marked markers of a work, each with its evidence: «P5 избыток «5»: 40 % при 12 % по региону, n = 25, p < 0,001». */
export function markedText(w: WorkObjectivity): string {
  return w.markers.filter((m) => m.state === 'marked').map((m) => `${m.id} ${markerDefinition(m.id).name}${m.uncounted ? ' (не в счёт без P5/P6b)' : ''}: ${markerEvidence(m)}`).join('; ');
}

/** The marked marker ids of a work: «P2, P5». */
export function markedIds(w: WorkObjectivity): string {
  return w.markers.filter((m) => m.state === 'marked' && !m.uncounted).map((m) => m.id).join(', ');
}

/** «ВПР русский язык 5 кл. 2024». */
export function workLabel(w: Pick<WorkObjectivity, 'procedure' | 'year'>): string {
  return `${procedureLabel(w.procedure)} ${w.year}`;
}

/** «ВПР-5 рус.» for a work of the year `y` the table is about, «ВПР-5 рус. 2023» for another year. */
export function workShort(w: Pick<WorkObjectivity, 'procedure' | 'year'>, y: number): string {
  return w.year === y ? procedureAbbrev(w.procedure) : `${procedureAbbrev(w.procedure)} ${w.year}`;
}

/** «ВПР-5 русский язык» for a work of the year `y` the text is about, «ВПР-5 русский язык 2023» for another year. */
export function workOfYear(w: Pick<WorkObjectivity, 'procedure' | 'year'>, y: number): string {
  return w.year === y ? procedureLabel(w.procedure) : workLabel(w);
}

/** A data check in words (D «ошибка данных?»). */
export function checkText(c: DataCheck): string {
  switch (c.kind) {
    case 'above_max':
      return `сумма выше максимума у ${c.count} уч.${c.cell ? ` (${c.cell})` : ''}`;
    case 'sum_mismatch':
      return `сумма ≠ сумме баллов за задания у ${c.count} уч.${c.cell ? ` (${c.cell})` : ''}`;
    case 'zero_task':
      return `задание ${c.task}: 0 баллов у всех (${c.count} уч.), в регионе ${pctText(c.regionSuccess ?? 0)}`;
  }
}

/** «ошибка данных?: …» for a work's checks; '' when none. */
export function checksText(w: WorkObjectivity): string {
  return w.checks.length === 0 ? '' : `ошибка данных?: ${w.checks.map(checkText).join('; ')}`;
}

/** The ФИС ОКО reports a statistics-only work can be judged from, in the order they are named. */
const REPORT_NAMES: readonly (readonly [MarkerData, string])[] = [
  ['mark_statistics', '«Статистика по отметкам»'], ['journal_comparison', '«Сравнение с журналом»'],
  ['score_distribution', '«Распределение первичных баллов»'], ['task_report', '«Выполнение заданий»'],
];

/** The ФИС ОКО reports the works' computed markers came from, in the order they are named: «Статистика по отметкам», … */
export function reportNames(works: readonly WorkObjectivity[]): string[] {
  const used = new Set(works.flatMap((w) => w.markers.filter((m) => m.state !== 'no_data').map((m) => m.data)));
  return REPORT_NAMES.filter(([data]) => used.has(data)).map(([, name]) => name);
}

/** Markers none of the works had the data for (P2 and P8 from the reports alone), in the order of §7. */
export function markersWithoutData(works: readonly WorkObjectivity[]): MarkerId[] {
  if (works.length === 0) return [];
  const ids = [...new Set(works.flatMap((w) => w.markers.map((m) => m.id)))];
  return ids.filter((id) => works.every((w) => w.markers.every((m) => m.id !== id || m.state === 'no_data')));
}

/** «маркеры P2, P8 по этим данным не рассчитываются — нет данных» ('' when every marker had data). */
export function withoutDataText(ids: readonly MarkerId[]): string {
  if (ids.length === 0) return '';
  const one = ids.length === 1;
  return `${one ? 'маркер' : 'маркеры'} ${ids.join(', ')} по этим данным не ${one ? 'рассчитывается' : 'рассчитываются'} — нет данных`;
}

/** Which data the work was judged from. */
export function sourceText(w: WorkObjectivity): string {
  if (w.source === 'protocol') return 'протоколы';
  const names = reportNames([w]);
  return names.length > 0 ? names.join(', ') : 'нет данных';
}

const SUBJECT_CODE: Readonly<Record<string, string>> = { 'Русский язык': 'РУ', 'Математика': 'МА' };

/** «в списке ФИОКО (2021: 5 РУ, 5 МА)» for the listings of a school; '' when it is in none. */
export function fiokoText(listings: readonly FiokoListing[]): string {
  if (listings.length === 0) return '';
  const parts = [...listings].sort((a, b) => a.year - b.year).map((l) => {
    const works = l.works.map((w) => `${w.grade}${NBSP}${SUBJECT_CODE[w.subject] ?? w.subject}`).join(', ');
    return `${l.year}${works ? `: ${works}` : ''}`;
  });
  return `в списке ФИОКО (${parts.join('; ')})`;
}
