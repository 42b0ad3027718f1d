// Turns an analysis and the run's info into the output sheets: ШНОР Y, Динамика, Когорты, Сводка, Рейтинг, Контекст,
// Параметры, Справка (§5).
import { Analysis } from '../core/results';
import { buildCohortsSheet } from './cohortsSheet';
import { buildDynamicsSheet } from './dynamicsSheet';
import { ReportModel, SheetSpec } from './model';
import { withPrint } from './printSetup';
import { buildNote } from './note/buildNote';
import { buildNoteSheet } from './note/noteSheet';
import { formatDate } from './format';
import { buildParametersSheet } from './parametersSheet';
import { RunInfo } from './runInfo';
import { buildShnorSheet } from './shnorSheet';
import { buildSummarySheet } from './summarySheet';
import { buildRatingSheet } from './ratingSheet';
import { buildObjectivitySheet } from './objectivitySheet';
import { buildContextSheet } from './social/contextSheet';

/** Pure and deterministic: the same analysis and info give the same model (time comes from info.generatedAt). */
export function buildReport(analysis: Analysis, info: RunInfo): ReportModel {
  const date = formatDate(info.generatedAt);
  const note = buildNote(analysis, info.generatedAt, info.note);
  const y = analysis.identification.targetYear;
  const titled: readonly [SheetSpec, string][] = [
    [buildShnorSheet(analysis, info), `Перечень ШНОР на ${y} г.`],
    [buildDynamicsSheet(analysis), 'Динамика доли «2» по школам и процедурам'],
    [buildCohortsSheet(analysis), 'Когорты: один и тот же класс по годам'],
    [buildSummarySheet(analysis), 'Сводка по муниципалитету'],
    [buildRatingSheet(analysis), `Муниципальный рейтинг ${y} г.`],
    // Only when some ВПР work of Y could be judged (a workbook of ОГЭ/ЕГЭ alone gets no empty sheet).
    ...(analysis.identification.verdicts.some((v) => v.objectivity.length > 0)
      ? [[buildObjectivitySheet(analysis), `Признаки необъективности ВПР ${y} г.`] as [SheetSpec, string]] : []),
    ...(analysis.social ? [[buildContextSheet(analysis, analysis.social), 'Результаты с учётом социальных условий'] as [SheetSpec, string]] : []),
    [buildParametersSheet(analysis, info), 'Параметры расчёта и прочитанные листы'],
    [buildNoteSheet(note), `Аналитическая справка, ШНОР ${y} г.`],
  ];
  return { sheets: titled.map(([spec, title]) => withPrint(spec, title, date)), note };
}
