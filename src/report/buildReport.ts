// Turns an analysis and the run's info into the four output sheets: ШНОР Y, Динамика, Сводка, Параметры (§5).
import { Analysis } from '../core/results';
import { buildDynamicsSheet } from './dynamicsSheet';
import { ReportModel } from './model';
import { buildParametersSheet } from './parametersSheet';
import { RunInfo } from './runInfo';
import { buildShnorSheet } from './shnorSheet';
import { buildSummarySheet } from './summarySheet';

/** Pure and deterministic: the same analysis and info give the same model (time comes from info.generatedAt). */
export function buildReport(analysis: Analysis, info: RunInfo): ReportModel {
  return {
    sheets: [
      buildShnorSheet(analysis, info),
      buildDynamicsSheet(analysis),
      buildSummarySheet(analysis),
      buildParametersSheet(analysis, info),
    ],
  };
}
