// Section «Динамика по процедурам» (§4a item 4): for each counted procedure, the schools whose доля «2» rose or fell
// by more than the stable band, with years and values, «остаётся высокой — 75 %» where still at or above the
// threshold; a ШНОР is never shown as improving without it. Long lists go to an appendix with counts in the text.
import { Procedure, procedureKey, procedureLabel } from '../../../core/model';
import { changeBand, directionOf } from '../../../core/rules';
import { procedureAbbrev } from '../../labels';
import { NoteBlock } from '../model';
import { count, fromTo, yearsSpan, inSchools, pct, points, year } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';

const collator = new Intl.Collator('ru');

export interface ProcedureChange {
  readonly schoolKey: string;
  readonly name: string;
  readonly procedure: Procedure;
  readonly fromYear: number;
  readonly from: number;
  readonly to: number;
  readonly rose: boolean;
  /** Still at or above the threshold after the change. */
  readonly stillHigh: boolean;
  readonly shnor: boolean;
}

/** Changes of доля «2» beyond the stable band between the year before Y (the latest present) and Y, by procedure. */
export function procedureChanges(ctx: NoteContext): Map<string, ProcedureChange[]> {
  const { analysis, y, threshold, stableBand } = ctx;
  const counted = new Set(analysis.identification.procedures.map(procedureKey));
  const shnor = new Set(ctx.verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey));
  const out = new Map<string, ProcedureChange[]>(analysis.identification.procedures.map((p) => [procedureKey(p), []]));
  for (const row of analysis.dynamics.rows) {
    const key = procedureKey(row.procedure);
    if (!counted.has(key)) continue;
    const now = row.values.find((v) => v.year === y);
    const before = row.values.filter((v) => v.year < y).pop();
    if (!now || !before || before.year !== y - 1) continue;
    const change = now.share2 - before.share2;
    const direction = directionOf(change, changeBand(stableBand, now.participants, before.participants));
    if (direction === 'stable') continue;
    out.get(key)?.push({
      schoolKey: row.schoolKey, name: row.name, procedure: row.procedure, fromYear: before.year, from: before.share2, to: now.share2,
      rose: direction === 'worsened', stillHigh: now.share2 >= threshold, shnor: shnor.has(row.schoolKey),
    });
  }
  for (const list of out.values()) list.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || collator.compare(a.name, b.name));
  return out;
}

/** «но остаётся высокой — 75 %», or for a ШНОР below the threshold here, that it stays high elsewhere. */
export function stillHighText(c: ProcedureChange): string {
  if (c.rose) return '';
  if (c.stillHigh) return `, но остаётся высокой — ${pct(c.to)}`;
  return c.shnor ? ', но остаётся высокой по другим процедурам (школа в перечне ШНОР)' : '';
}

function item(c: ProcedureChange, y: number): string {
  return `${c.name} (${fromTo(c.from, c.fromYear, c.to, y)}${stillHighText(c)})`;
}

export function proceduresSection(ctx: NoteContext): NoteBlock[] {
  const { analysis, y, prev, stableBand } = ctx;
  const changes = procedureChanges(ctx);
  const all = [...changes.values()].flat();
  if (all.length === 0 && !analysis.dynamics.rows.some((r) => r.values.some((v) => v.year === prev))) return [];
  const blocks: NoteBlock[] = [
    { type: 'heading', text: `Динамика по сравнению с ${year(prev)}: школы по процедурам` },
    { type: 'paragraph', text: `Отмечены школы, где доля «2» изменилась больше чем на ${points(stableBand)} (при малом числе участников — больше чем на одного ученика).` },
  ];
  if (all.length === 0) {
    blocks.push({ type: 'paragraph', text: `Ни в одной школе доля «2» по считаемым процедурам не изменилась больше чем на ${points(stableBand)}.` });
    return blocks;
  }
  const long = [...changes.values()].some((list) => list.length > LIST_LIMIT);
  const items: string[] = [];
  let appendix: number | undefined;
  if (long) {
    // The rises, and the falls that leave доля «2» high (or the school a ШНОР); a fall below the threshold is good news, counted in the text.
    const listed = all.filter((c) => c.rose || c.stillHigh || c.shnor);
    const rows = listed.map((c) => ({
      schoolKey: c.schoolKey,
      cells: [c.name, procedureAbbrev(c.procedure), Math.round(c.from * 10) / 10, Math.round(c.to * 10) / 10, `${c.rose ? '+' : '−'}${points(c.to - c.from)}${c.rose ? '' : c.stillHigh ? ', остаётся высокой' : ', ШНОР'}`],
    }));
    appendix = ctx.addAppendix(`Изменение доли «2» по процедурам, ${yearsSpan([prev, y])}`, [
      {
        type: 'paragraph',
        text: `Школы, где доля «2» выросла больше чем на ${points(stableBand)} или снизилась, но остаётся высокой: ${count(listed.length, 'строка', 'строки', 'строк')}` +
          ` (снижение ниже порога ${pct(ctx.threshold)} — ещё ${count(all.length - listed.length, 'строка', 'строки', 'строк')}, их число — в тексте справки).`,
      },
      groupedTable(ctx, ['Школа', 'Процедура', `${prev}, %`, `${y}, %`, 'Изменение'], [34, 16, 9, 9, 20], rows),
    ]);
  }
  for (const p of analysis.identification.procedures) {
    const list = changes.get(procedureKey(p)) ?? [];
    if (list.length === 0) continue;
    const rose = list.filter((c) => c.rose);
    const fell = list.filter((c) => !c.rose);
    if (appendix !== undefined) {
      const high = fell.filter((c) => c.stillHigh).length;
      const parts = [
        ...(rose.length > 0 ? [`выросла ${inSchools(rose.length)}`] : []),
        ...(fell.length > 0 ? [`снизилась ${inSchools(fell.length)}${high > 0 ? ` (из них остаётся высокой ${inSchools(high)})` : ''}`] : []),
      ];
      items.push(`${procedureLabel(p)}: доля «2» ${parts.join(', ')}.`);
    } else {
      const parts = [
        ...(rose.length > 0 ? [`выросла: ${rose.map((c) => item(c, y)).join('; ')}`] : []),
        ...(fell.length > 0 ? [`снизилась: ${fell.map((c) => item(c, y)).join('; ')}`] : []),
      ];
      items.push(`${procedureLabel(p)}: доля «2» ${parts.join('; ')}.`);
    }
  }
  blocks.push({ type: 'list', items });
  if (appendix !== undefined) blocks.push({ type: 'paragraph', text: `Школы с ростом доли «2» и школы, где она остаётся высокой, с годами и значениями — в приложении ${appendix}.` });
  return blocks;
}
