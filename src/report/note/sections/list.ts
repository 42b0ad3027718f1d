// Section «Перечень ШНОР» (§4a item 2): the count by К1/К2, the movement against last year with true counts, and
// each ШНОР with the results that make its criteria (both years for К2); more than LIST_LIMIT go to an appendix.
import { Criterion, ListChange, Verdict } from '../../../core/results';
import { procedureAbbrev } from '../../labels';
import { NoteBlock, NoteCell } from '../model';
import { capital, count, inYear, pct, schools, year } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';

const collator = new Intl.Collator('ru');
const CRITERIA: Readonly<Record<Criterion, string>> = { K1: 'К1', K2: 'К2', BOTTOM: 'нижние %' };
const MOVES: Readonly<Record<ListChange, string>> = { entered: 'вошла', stayed: 'осталась', exited: 'вышла', none: '—', unknown: 'нет данных' };

/**
 * «2024 г.: ВПР-5 рус. 33,3 %, ОГЭ мат. 40 %; 2023 г.: ВПР-6 мат. 30 %» — the low results of Y, and of Y−1 when К2
 * holds (they make it), each year named.
 */
export function lowText(v: Verdict, y: number): string {
  const years = v.criteria.includes('K2') ? [y, y - 1] : [y];
  const shown = v.low.filter((r) => years.includes(r.year));
  const list = shown.length > 0 ? shown : v.low;
  const byYear = new Map<number, string[]>();
  for (const r of list) byYear.set(r.year, [...(byYear.get(r.year) ?? []), `${procedureAbbrev(r.procedure)} ${pct(r.share2)}`]);
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([yr, items]) => `${year(yr)}: ${items.join(', ')}`).join('; ');
}

export function shnorOf(ctx: NoteContext): Verdict[] {
  return ctx.verdicts.filter((v) => v.status === 'shnor');
}

/** Names of the verdicts with a list movement (entered, stayed, exited), in the sheet's order. */
export function moved(ctx: NoteContext, change: 'entered' | 'stayed' | 'exited'): Verdict[] {
  return ctx.verdicts.filter((v) => v.listChange === change);
}

function row(v: Verdict, i: number, y: number): NoteCell[] {
  return [i + 1, v.name, v.criteria.map((c) => CRITERIA[c]).join(', '), MOVES[v.listChange], lowText(v, y)];
}

const HEADER = ['№', 'Образовательная организация', 'Критерии', 'Движение', 'Низкие результаты (доля «2»)'];
/** «№» wide enough for three digits (a region lists hundreds). */
const WIDTHS = [8, 30, 11, 12, 39];

export function listSection(ctx: NoteContext): NoteBlock[] {
  const { y, prev, threshold } = ctx;
  const shnor = shnorOf(ctx);
  const k1 = shnor.filter((v) => v.criteria.includes('K1')).length;
  const k2 = shnor.filter((v) => v.criteria.includes('K2')).length;
  const blocks: NoteBlock[] = [{ type: 'heading', text: `Перечень ШНОР ${inYear(y)}` }];
  const rule = `доля «2» не ниже ${pct(threshold)}`;
  blocks.push({
    type: 'paragraph',
    text: shnor.length === 0
      ? `${capital(inYear(y))} школ с низкими образовательными результатами не выявлено (правило: ${rule}).`
      : `${capital(inYear(y))} выявлено ${schools(shnor.length)} с низкими образовательными результатами (${rule}): по критерию К1 — ${k1}, по критерию К2 — ${k2}.`,
  });
  const known = ctx.verdicts.some((v) => v.listChange !== 'unknown');
  if (!known) {
    blocks.push({ type: 'paragraph', text: `Нет данных за ${year(prev)}: движение по перечню и критерий К2 проверить нельзя.` });
  } else {
    const parts: string[] = [];
    for (const [change, what] of [['entered', 'вошли в перечень'], ['stayed', 'остались'], ['exited', 'вышли из перечня']] as const) {
      const list = moved(ctx, change);
      if (list.length === 0) continue;
      parts.push(list.length <= LIST_LIMIT ? `${what} — ${list.length}: ${list.map((v) => v.name).join(', ')}` : `${what} — ${schools(list.length)}`);
    }
    blocks.push({ type: 'paragraph', text: parts.length > 0 ? `По сравнению с ${year(prev)} ${parts.join('; ')}.` : `Перечень не изменился по сравнению с ${year(prev)}` });
    const exited = moved(ctx, 'exited');
    if (exited.length > LIST_LIMIT) {
      const n = ctx.addAppendix('Школы, вышедшие из перечня ШНОР', [
        { type: 'paragraph', text: `Вышли из перечня по сравнению с ${year(prev)}: ${schools(exited.length)}.` },
        groupedTable(ctx, ['Образовательная организация'], [78], exited.map((v) => ({ schoolKey: v.schoolKey, cells: [v.name] }))),
      ]);
      blocks.push({ type: 'paragraph', text: `Вышедшие из перечня школы — в приложении ${n}.` });
    }
  }
  if (shnor.length === 0) return blocks;
  const items = shnor.map((v, i) => ({ schoolKey: v.schoolKey, cells: row(v, i, y) }));
  if (shnor.length <= LIST_LIMIT) {
    blocks.push(groupedTable(ctx, HEADER, WIDTHS, items));
    return blocks;
  }
  const municipalities = new Map<string, number>();
  for (const v of shnor) {
    const m = ctx.municipalityOf(v.schoolKey);
    if (m) municipalities.set(m, (municipalities.get(m) ?? 0) + 1);
  }
  const n = ctx.addAppendix(`Перечень ШНОР ${inYear(y)}`, [
    { type: 'paragraph', text: `${capital(inYear(y))} — ${schools(shnor.length)}${municipalities.size > 1 ? ` в ${count(municipalities.size, 'муниципалитете', 'муниципалитетах', 'муниципалитетах')}` : ''}.` },
    groupedTable(ctx, HEADER, WIDTHS, items),
  ]);
  const per = [...municipalities.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  blocks.push({
    type: 'paragraph',
    text: `Перечень ШНОР с критериями и низкими результатами — в приложении ${n}.${per.length > 1
      ? ` Больше всего ШНОР: ${per.slice(0, 5).map(([m, c]) => `${m} — ${c}`).join(', ')}${per.length > 5 ? `; всего ШНОР есть в ${count(per.length, 'муниципалитете', 'муниципалитетах', 'муниципалитетах')}` : ''}.` : ''}`,
  });
  return blocks;
}
