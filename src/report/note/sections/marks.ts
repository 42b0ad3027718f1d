// Section «Зона риска, объективность, малые выборки» (§4a item 6): schools at risk, the objectivity paragraph
// (./objectivity), small samples with their participants; long lists go to appendices.
import { procedureLabel } from '../../../core/model';
import { Verdict } from '../../../core/results';
import { NoteBlock } from '../model';
import { inYear, pct, schools, withParticipants, year } from '../words';
import { groupedTable, LIST_LIMIT, NoteContext } from './context';
import { objectivityBlocks } from './objectivity';

export function atRisk(ctx: NoteContext): Verdict[] {
  return ctx.verdicts.filter((v) => v.status === 'risk');
}

export function smallSamples(ctx: NoteContext): Verdict[] {
  return ctx.verdicts.filter((v) => v.flags.includes('small_sample'));
}

/** «ВПР-5 русский язык — 30 % (2024 г.)» for a low result, «… — 27 %» for one near the threshold. */
function riskReason(v: Verdict, y: number): string {
  const low = v.low.filter((r) => r.year === y).map((r) => `${procedureLabel(r.procedure)} — ${pct(r.share2)}`);
  const near = v.nearThreshold.map((r) => `${procedureLabel(r.procedure)} — ${pct(r.share2)}`);
  return [...(low.length > 0 ? [`низкий результат: ${low.join(', ')}`] : []), ...(near.length > 0 ? [`близко к порогу: ${near.join(', ')}`] : [])].join('; ');
}

function smallReason(v: Verdict): string {
  return v.smallSamples.map((r) => `${procedureLabel(r.procedure)} ${year(r.year)}${r.participants !== undefined ? ` ${withParticipants(r.participants)}` : ''}`).join('; ');
}

export function marksSection(ctx: NoteContext): NoteBlock[] {
  const { y, threshold } = ctx;
  const risk = atRisk(ctx);
  const small = smallSamples(ctx);
  const blocks: NoteBlock[] = [{ type: 'heading', text: 'Зона риска, объективность, малые выборки' }];
  const riskRule = `не ШНОР, но один низкий результат или доля «2» близко к порогу ${pct(threshold)}`;
  if (risk.length === 0) blocks.push({ type: 'paragraph', text: `В зоне риска ${inYear(y)} школ нет.` });
  else if (risk.length <= LIST_LIMIT) {
    blocks.push({ type: 'paragraph', text: `В зоне риска (${riskRule}) — ${schools(risk.length)}: ${risk.map((v) => `${v.name} (${riskReason(v, y)})`).join(', ')}.` });
  } else {
    const n = ctx.addAppendix('Школы в зоне риска', [
      { type: 'paragraph', text: `В зоне риска ${inYear(y)} (${riskRule}) — ${schools(risk.length)}.` },
      groupedTable(ctx, ['Школа', 'Почему'], [30, 48], risk.map((v) => ({ schoolKey: v.schoolKey, cells: [v.name, riskReason(v, y)] }))),
    ]);
    blocks.push({ type: 'paragraph', text: `В зоне риска (${riskRule}) — ${schools(risk.length)}; перечень — в приложении ${n}.` });
  }
  blocks.push(...objectivityBlocks(ctx));
  if (small.length === 0) blocks.push({ type: 'paragraph', text: `Малых выборок (менее ${ctx.analysis.identification.parameters.smallSample} участников) нет.` });
  else if (small.length <= LIST_LIMIT) {
    blocks.push({ type: 'paragraph', text: `Малые выборки (решение принято, но на малом числе участников) — ${schools(small.length)}: ${small.map((v) => `${v.name} (${smallReason(v)})`).join(', ')}.` });
  } else {
    const n = ctx.addAppendix('Малые выборки', [
      { type: 'paragraph', text: `Результаты на малом числе участников — ${schools(small.length)}.` },
      groupedTable(ctx, ['Школа', 'Процедуры'], [30, 48], small.map((v) => ({ schoolKey: v.schoolKey, cells: [v.name, smallReason(v)] }))),
    ]);
    blocks.push({ type: 'paragraph', text: `Малые выборки (решение принято, но на малом числе участников) — ${schools(small.length)}; перечень — в приложении ${n}.` });
  }
  return blocks;
}
