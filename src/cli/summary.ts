// A short human summary of a run for the terminal, in Russian or English.
import { Analysis } from '../core/results';
import { Lang } from './args';

export function summaryText(analysis: Analysis, lang: Lang): string {
  const id = analysis.identification;
  const count = (pred: (s: string) => boolean): number => id.verdicts.filter((v) => pred(v.status)).length;
  const shnor = id.verdicts.filter((v) => v.status === 'shnor');
  const entered = id.verdicts.filter((v) => v.listChange === 'entered').length;
  const exited = id.verdicts.filter((v) => v.listChange === 'exited').length;
  const risk = count((s) => s === 'risk');
  const ok = count((s) => s === 'ok');
  const noData = count((s) => s === 'no_data');
  const names = shnor.map((v) => `  • ${v.name} (${v.criteria.map((c) => (lang === 'ru' ? c.replace('K', 'К') : c)).join(', ')})`);
  if (lang === 'en') {
    return [
      `Target year ${id.targetYear}: ${shnor.length} low-performing schools (ШНОР), entered ${entered}, exited ${exited}; watch list ${risk}; ok ${ok}; no data ${noData}.`,
      ...names,
      `Schools: ${id.verdicts.length}; results read: ${analysis.dataset.results.length}; warnings: ${analysis.dataset.warnings.length}.`,
    ].join('\n');
  }
  return [
    `Целевой год ${id.targetYear}: ШНОР — ${shnor.length} (вошли ${entered}, вышли ${exited}); зона риска — ${risk}; не ШНОР — ${ok}; нет данных — ${noData}.`,
    ...names,
    `Школ: ${id.verdicts.length}; прочитано результатов: ${analysis.dataset.results.length}; предупреждений: ${analysis.dataset.warnings.length}.`,
  ].join('\n');
}
