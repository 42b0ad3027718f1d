// Russian wording of the context layer (methodology §6): method, fit, groups — shared by the sheet, the справка, the pane.
import { SchoolSocial, SocialAnalysis, SocialFit, SocialGroup } from '../../core/social/types';
import { formatNumber } from '../format';

export const GROUP_LABELS: Readonly<Record<SocialGroup, string>> = {
  worse: 'хуже ожидаемого',
  better: 'лучше ожидаемого',
  expected: 'как ожидается',
};

/** What a school is called in the layer's terms (the strongest statement first). */
export function conclusionText(s: SchoolSocial): string {
  if (s.resilient) return 'резильентная';
  if (s.notExplained) return 'низкие результаты не объясняются условиями';
  return '';
}

/** «среднее z-оценок 4 показателей» / «первая главная компонента …» / «готовый индекс «ИСБШ»». */
export function methodText(social: SocialAnalysis): string {
  const n = social.used.length;
  const of = `${n} ${n === 1 ? 'показателя' : 'показателей'} листа «${social.source.sheet}»`;
  if (social.method === 'given') {
    const index = social.used[0];
    return index
      ? `готовый индекс «${index.header}» (${index.direction === 'better' ? 'взят с обратным знаком: больше — неблагоприятнее' : 'больше — неблагоприятнее'})`
      : `готового индекса на листе «${social.source.sheet}» нет`;
  }
  const what = social.method === 'pca' ? 'первая главная компонента z-оценок' : 'среднее z-оценок с равными весами';
  return `${what} ${of} (больше — неблагоприятнее; школа учитывается, если у неё есть не меньше половины показателей)`;
}

function signed(v: number, decimals: number): string {
  return `${v < 0 ? '− ' : '+ '}${formatNumber(Math.abs(v), decimals)}`;
}

/** The line stated, or why there is none. */
export function fitText(fit: SocialFit): string {
  if (fit.intercept !== undefined && fit.slope !== undefined) {
    const line = `ожидаемая доля «2» = ${formatNumber(fit.intercept, 2)} ${signed(fit.slope, 2)} × индекс`;
    if (fit.kind === 'regional') return `Линия региона (введена пользователем): ${line}; школ с индексом и результатом — ${fit.n}.`;
    return `Линия по методу наименьших квадратов по ${fit.n} школам: ${line}, R² = ${formatNumber(fit.r2 ?? 0, 2)}.`;
  }
  const mean = fit.mean === undefined ? '' : ` Школы сравниваются со средней долей «2» всех школ (${formatNumber(fit.mean)} %): квадранты «ШНСУ / не ШНСУ» × «выше / ниже средней».`;
  if (fit.reason === 'few_schools') return `Линия не построена: школ с индексом и результатом ${fit.n}, нужно не меньше 15 (можно ввести линию региона).${mean}`;
  if (fit.reason === 'no_spread') return `Линия не построена: социальный индекс одинаков у всех школ.${mean}`;
  return `Линия не используется (выбрано «без линии»).${mean}`;
}

/** How a school is judged, and what the layer is not: two sentences. */
export const INTERVAL_TEXT: readonly string[] = [
  'Школа «хуже» или «лучше ожидаемого», только если весь интервал результата (доля «2» ± 1,96·√(p(1 − p)/n), p — ожидаемая доля, n — участники) ' +
    'выше или ниже ожидаемой доли; у малых школ интервал широкий.',
  'Это пояснение к перечню ШНОР, а не критерий: перечень не меняется. Линия описывает связь в этих данных, а не причину; у края шкалы ожидаемая доля близка к 0.',
];
