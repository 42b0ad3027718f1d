// Section «Когорты» (§4a item 5): how many classes were followed across years, worsened and improved — the counts of
// the «Динамика» sheet — and the notable ones ending in Y with their years; long lists go to an appendix.
import { CohortRow } from '../../../core/results';
import { procedureShort } from '../../labels';
import { NoteBlock } from '../model';
import { capital, changeText, cohorts as cohortsWord, fromCohorts, inCohorts, inYear, pct, points } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';

/** The cohort counts as the «Динамика» sheet shows them (every cohort, by its direction). */
export function cohortCounts(rows: readonly CohortRow[]): { total: number; worsened: number; improved: number; stable: number } {
  const worsened = rows.filter((c) => c.direction === 'worsened').length;
  const improved = rows.filter((c) => c.direction === 'improved').length;
  return { total: rows.length, worsened, improved, stable: rows.length - worsened - improved };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

function path(c: CohortRow): string {
  return c.steps.map((s) => `${procedureShort(s.procedure)} ${s.year}`).join(' → ');
}

function sentence(c: CohortRow, band: number): string {
  const first = c.steps[0];
  const last = c.steps[c.steps.length - 1];
  return `${c.name} (${c.subject.toLowerCase()}, ${c.steps.map((s) => procedureShort(s.procedure)).join(' → ')}): доля «2» ${changeText(first.share2, first.year, last.share2, last.year, band)}.`;
}

export function cohortsSection(ctx: NoteContext): NoteBlock[] {
  const { analysis, y, stableBand } = ctx;
  const all = analysis.dynamics.cohorts;
  if (all.length === 0) return [];
  const counts = cohortCounts(all);
  const ending = all.filter((c) => c.steps[c.steps.length - 1]?.year === y);
  const worse = ending.filter((c) => c.direction === 'worsened').sort((a, b) => b.change - a.change);
  const better = ending.filter((c) => c.direction === 'improved').sort((a, b) => a.change - b.change);
  const blocks: NoteBlock[] = [
    { type: 'heading', text: 'Когорты: тот же класс через годы' },
    {
      type: 'paragraph',
      text: `Прослежено ${cohortsWord(counts.total)} (класс, переходящий из года в год, например ВПР-4 → ВПР-5 → ВПР-6 или ВПР-8 → ОГЭ; все они — на листе «Динамика»). ` +
        `Доля «2» выросла ${inCohorts(counts.worsened)}, снизилась ${inCohorts(counts.improved)}, почти не изменилась ${inCohorts(counts.stable)}. ` +
        `Завершаются ${inYear(y)}: ${cohortsWord(ending.length)}; ухудшение — ${worse.length}, улучшение — ${better.length}.`,
    },
  ];
  if (worse.length + better.length === 0) return blocks;
  if (worse.length <= LIST_LIMIT && better.length <= LIST_LIMIT) {
    if (worse.length > 0) blocks.push({ type: 'paragraph', text: 'Доля «2» выросла:' }, { type: 'list', items: worse.map((c) => sentence(c, stableBand)) });
    if (better.length > 0) blocks.push({ type: 'paragraph', text: 'Доля «2» снизилась:' }, { type: 'list', items: better.map((c) => sentence(c, stableBand)) });
    return blocks;
  }
  // In the appendix: the classes whose доля «2» rose to a low result (at or above the threshold) — the ones to act on.
  const reached = worse.filter((c) => c.steps[c.steps.length - 1].share2 >= ctx.threshold);
  const rows = reached.map((c) => ({
    schoolKey: c.schoolKey,
    cells: [c.name, c.subject, path(c), round1(c.steps[0].share2), round1(c.steps[c.steps.length - 1].share2), `${c.direction === 'worsened' ? 'выросла' : 'снизилась'} на ${points(c.change)}`],
  }));
  const n = reached.length === 0 ? undefined : ctx.addAppendix(`Когорты, где доля «2» выросла и ${inYear(y)} не ниже ${pct(ctx.threshold)}`, [
    { type: 'paragraph', text: `${capital(cohortsWord(reached.length))} из ${fromCohorts(worse.length)} с ростом доли «2», по убыванию изменения; все когорты — на листе «Динамика».` },
    groupedTable(ctx, ['Школа', 'Предмет', 'Процедуры', 'Доля «2» в начале, %', 'Доля «2» в конце, %', 'Изменение'], [22, 12, 24, 9, 9, 18], rows),
  ]);
  if (worse.length > 0) blocks.push({ type: 'paragraph', text: 'Наибольший рост доли «2»:' }, { type: 'list', items: worse.slice(0, 5).map((c) => sentence(c, stableBand)) });
  if (better.length > 0) blocks.push({ type: 'paragraph', text: 'Наибольшее снижение доли «2»:' }, { type: 'list', items: better.slice(0, 5).map((c) => sentence(c, stableBand)) });
  blocks.push({ type: 'paragraph', text: `${n !== undefined ? `Когорты, где доля «2» выросла и ${inYear(y)} не ниже ${pct(ctx.threshold)} (${reached.length}), — в приложении ${n}; в` : 'В'}се когорты — на листе «Динамика».` });
  return blocks;
}
