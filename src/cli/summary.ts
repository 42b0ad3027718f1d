// A short human summary of a run for the terminal, in Russian or English.
import { Analysis } from '../core/results';
import { Lang } from './args';
import { RULE_SETS } from '../core/ruleSets/presets';
import { differenceLabel } from '../core/ruleSets/compare';
import { doubtLine, doubtsTitle } from '../ingest/doubts';
import { Doubt } from '../ingest/types';
import { listOrder } from '../report/shnorList';

/** The «Сомнения» block that opens the summary: what the reader decided that can change a verdict, or that there is none. */
function doubtsBlock(doubts: readonly Doubt[], lang: Lang): string[] {
  if (lang === 'en') {
    return doubts.length === 0 ? ['No doubts.'] : [`DOUBTS (${doubts.length}) — decisions that can change verdicts, check them:`, ...doubts.map((d) => `  ! ${doubtLine(d)}`)];
  }
  return doubts.length === 0 ? [`${doubtsTitle(doubts)}.`] : [`${doubtsTitle(doubts)}:`, ...doubts.map((d) => `  ! ${doubtLine(d)}`)];
}

/** One line on the objectivity markers of Y (§7): schools flagged, works judged and from which data; '' when no ВПР work of Y. */
function objectivityLine(analysis: Analysis, lang: Lang): string[] {
  const y = analysis.identification.targetYear;
  const verdicts = analysis.identification.verdicts;
  const works = verdicts.flatMap((v) => v.objectivity);
  if (works.length === 0) return [];
  const judged = works.filter((w) => w.markers.some((m) => m.state !== 'no_data'));
  const flaggedSchools = verdicts.filter((v) => v.flags.includes('objectivity')).length;
  const flaggedWorks = works.filter((w) => w.flagged).length;
  const fromProtocols = judged.filter((w) => w.source === 'protocol').length;
  const fromReports = judged.length - fromProtocols;
  if (lang === 'en') {
    return judged.length === 0
      ? [`Objectivity markers (§7) for ${y}: not computed — too few pupils or no data they need.`]
      : [`Objectivity markers (§7) for ${y}: ${flaggedSchools} schools flagged (${flaggedWorks} of ${judged.length} works; from protocols ${fromProtocols}, from ФИС ОКО school reports ${fromReports}).`];
  }
  const from = [fromProtocols > 0 ? `по протоколам — ${fromProtocols}` : '', fromReports > 0 ? `по отчётам ФИС ОКО о школах — ${fromReports}` : ''].filter(Boolean).join(', ');
  return judged.length === 0
    ? [`Маркеры необъективности ВПР ${y} г. не рассчитаны: мало участников или нет нужных данных.`]
    : [`Признаки необъективности ВПР ${y} г. (маркеры §7): у ${flaggedSchools} ${flaggedSchools % 10 === 1 && flaggedSchools % 100 !== 11 ? 'школы' : 'школ'}; работ с признаками — ${flaggedWorks} из ${judged.length} (${from}).`];
}

export function summaryText(analysis: Analysis, lang: Lang, doubts: readonly Doubt[] = []): string {
  const id = analysis.identification;
  const count = (pred: (s: string) => boolean): number => id.verdicts.filter((v) => pred(v.status)).length;
  // The sheet's order (and the pane's, and the JSON's).
  const shnor = listOrder(analysis).filter((v) => v.status === 'shnor');
  const unknownPrevious = id.verdicts.length > 0 && id.verdicts.every((v) => v.listChange === 'unknown');
  const entered = id.verdicts.filter((v) => v.listChange === 'entered').length;
  const exited = id.verdicts.filter((v) => v.listChange === 'exited').length;
  const risk = count((s) => s === 'risk');
  const ok = count((s) => s === 'ok');
  const noData = count((s) => s === 'no_data');
  const criterion = (c: string): string => (c === 'BOTTOM' ? (lang === 'ru' ? 'нижние %' : 'bottom %') : lang === 'ru' ? c.replace('K', 'К') : c);
  const names = shnor.map((v) => `  • ${v.name} (${v.criteria.map(criterion).join(', ')})`);
  const c = analysis.comparison;
  const compared = c
    ? [
        lang === 'ru'
          ? `Сравнение «${RULE_SETS[c.mainRules].name}» и «${RULE_SETS[c.otherRules].name}»: различий — ${c.differences.length}.`
          : `Compared with ${c.otherRules}: ${c.differences.length} schools differ.`,
        ...c.differences.map((d) => `  • ${d.name}: ${lang === 'ru' ? differenceLabel(d, c) : d.main.status === 'shnor' ? `only under ${c.mainRules}` : `only under ${c.otherRules}`}`),
      ]
    : [];
  const first = doubtsBlock(doubts, lang);
  if (lang === 'en') {
    return [
      ...first,
      `Target year ${id.targetYear}: ${shnor.length} low-performing schools (ШНОР), ${unknownPrevious ? `no data for ${id.previousYear}` : `entered ${entered}, exited ${exited}`}; watch list ${risk}; ok ${ok}; no data ${noData}.`,
      ...names,
      ...objectivityLine(analysis, lang),
      ...compared,
      `Schools: ${id.verdicts.length}; results read: ${analysis.dataset.results.length}; warnings: ${analysis.dataset.warnings.length}.`,
    ].join('\n');
  }
  return [
    ...first,
    `Целевой год ${id.targetYear}: ШНОР — ${shnor.length} (${unknownPrevious ? `нет данных за ${id.previousYear} г.: вошли/вышли и К2 не проверяются` : `вошли ${entered}, вышли ${exited}`}); зона риска — ${risk}; не ШНОР — ${ok}; нет данных — ${noData}.`,
    ...names,
    ...objectivityLine(analysis, lang),
    ...compared,
    `Школ: ${id.verdicts.length}; прочитано результатов: ${analysis.dataset.results.length}; предупреждений: ${analysis.dataset.warnings.length}.`,
  ].join('\n');
}
