// The аналитическая справка (methodology.md §4a) from the analysis: the list with criteria and movement, the district's
// доля «2» by procedure and year against the region, cohorts, dynamics, risk zone, objectivity, small samples,
// partner schools. Every number comes from the analysis; the words from ./words.
import { procedureKey, procedureLabel } from '../../core/model';
import { Analysis, Verdict } from '../../core/results';
import { formatDate } from '../format';
import { municipalityName, regionName } from '../lookups';
import { partnerReasonText } from '../partnerText';
import { sortVerdicts } from '../shnorSheet';
import { NoteBlock, NoteDoc } from './model';
import { socialSection } from './sections/social';
import { changeText, inYear, joinNames, pct, schools, schoolsWord } from './words';

const CRITERIA: Readonly<Record<string, string>> = { K1: 'К1', K2: 'К2', BOTTOM: 'нижние %' };
const MOVES: Readonly<Record<string, string>> = { entered: 'вошла', stayed: 'осталась', exited: 'вышла', none: '—', unknown: 'нет данных' };
const LISTED = 8;

function lowText(v: Verdict, y: number): string {
  const ofYear = v.low.filter((r) => r.year === y);
  const list = ofYear.length > 0 ? ofYear : v.low;
  return list.map((r) => `${procedureLabel(r.procedure)} ${r.year !== y ? `(${r.year}) ` : ''}— ${pct(r.share2)}`).join('; ');
}

function listSection(analysis: Analysis, verdicts: readonly Verdict[]): NoteBlock[] {
  const { targetYear: y, previousYear: prev, parameters } = analysis.identification;
  const shnor = verdicts.filter((v) => v.status === 'shnor');
  const k1 = shnor.filter((v) => v.criteria.includes('K1')).length;
  const k2 = shnor.filter((v) => v.criteria.includes('K2')).length;
  const known = verdicts.some((v) => v.listChange !== 'unknown');
  const names = (change: string): string[] => verdicts.filter((v) => v.listChange === change).map((v) => v.name);
  const blocks: NoteBlock[] = [{ type: 'heading', text: `1. Перечень ШНОР ${inYear(y)}` }];
  const rule = `доля «2» не ниже ${parameters.threshold} %`;
  if (shnor.length === 0) {
    blocks.push({ type: 'paragraph', text: `${inYear(y).replace(/^в/, 'В')} школ с низкими образовательными результатами не выявлено (правило: ${rule}).` });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `${inYear(y).replace(/^в/, 'В')} выявлено ${schools(shnor.length)} с низкими образовательными результатами (${rule}): ` +
        `по критерию К1 — ${k1}, по критерию К2 — ${k2}.`,
    });
  }
  if (!known) {
    blocks.push({ type: 'paragraph', text: `Нет данных за ${prev} г.: движение по перечню и критерий К2 проверить нельзя.` });
  } else {
    const moves = [['вошли в перечень', names('entered')], ['остались', names('stayed')], ['вышли из перечня', names('exited')]] as const;
    const parts = moves.filter(([, n]) => n.length > 0).map(([what, n]) => `${what} — ${joinNames(n)}`);
    blocks.push({ type: 'paragraph', text: parts.length > 0 ? `По сравнению с ${prev} г. ${parts.join('; ')}.` : `Перечень не изменился по сравнению с ${prev} г.` });
  }
  if (shnor.length > 0) {
    blocks.push({
      type: 'table', header: ['№', 'Образовательная организация', 'Критерии', 'Движение', 'Низкие результаты (доля «2»)'], widths: [5, 30, 11, 13, 41],
      rows: shnor.map((v, i) => [i + 1, v.name, v.criteria.map((c) => CRITERIA[c] ?? c).join(', '), MOVES[v.listChange] ?? '', lowText(v, y)]),
    });
  }
  return blocks;
}

function districtSection(analysis: Analysis): NoteBlock[] {
  const { targetYear: y, procedures } = analysis.identification;
  const benchmarks = analysis.dynamics.benchmarks;
  const years = analysis.years.filter((yr) => yr <= y).slice(-3);
  const muni = municipalityName(benchmarks);
  const region = regionName(benchmarks);
  const of = (p: (typeof procedures)[number], year: number) => benchmarks.find((b) => b.year === year && procedureKey(b.procedure) === procedureKey(p));
  const rows = procedures
    .map((p) => [procedureLabel(p), ...years.map((yr) => of(p, yr)?.municipality?.share2 ?? null), of(p, y)?.region?.share2 ?? null] as (string | number | null)[])
    .filter((r) => r.slice(1).some((v) => v !== null));
  if (rows.length === 0) return [];
  const blocks: NoteBlock[] = [
    { type: 'heading', text: `2. Доля «2» ${muni ? `(${muni})` : 'в муниципалитете'} по процедурам и годам` },
    {
      type: 'table', header: ['Процедура', ...years.map((yr) => `${yr}`), region ? `Регион, ${y}` : `Регион, ${y} (нет данных)`], widths: [30, ...years.map(() => 12), 16],
      rows: rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))),
    },
  ];
  const sentences: string[] = [];
  const stableBand = analysis.identification.parameters.stableBand;
  for (const p of procedures) {
    const now = of(p, y)?.municipality?.share2;
    const before = of(p, y - 1)?.municipality?.share2;
    const reg = of(p, y)?.region?.share2;
    if (now === undefined) continue;
    let s = `${procedureLabel(p)}: доля «2» ${before !== undefined ? changeText(before, now, stableBand) : `составила ${pct(now)}`}`;
    if (reg !== undefined) s += `, ${now > reg ? 'выше' : now < reg ? 'ниже' : 'на уровне'} регионального показателя (${pct(reg)})`;
    sentences.push(`${s}.`);
  }
  if (sentences.length > 0) blocks.push({ type: 'list', items: sentences });
  return blocks;
}

function cohortSection(analysis: Analysis): NoteBlock[] {
  const y = analysis.identification.targetYear;
  const cohorts = analysis.dynamics.cohorts.filter((c) => c.steps[c.steps.length - 1]?.year === y && c.steps.length >= 2);
  if (cohorts.length === 0) return [];
  const sentence = (c: (typeof cohorts)[number]): string => {
    const first = c.steps[0];
    const last = c.steps[c.steps.length - 1];
    const path = c.steps.map((s) => procedureLabel(s.procedure).replace(/ .*/, '')).join(' → ');
    return `${c.name} (${c.subject.toLowerCase()}, ${path}): доля «2» ${changeText(first.share2, last.share2, analysis.identification.parameters.stableBand)}.`;
  };
  const worse = cohorts.filter((c) => c.direction === 'worsened').sort((a, b) => b.change - a.change).slice(0, LISTED);
  const better = cohorts.filter((c) => c.direction === 'improved').sort((a, b) => a.change - b.change).slice(0, LISTED);
  const blocks: NoteBlock[] = [{ type: 'heading', text: '3. Когорты: тот же класс через годы' }];
  blocks.push({ type: 'paragraph', text: `Прослежено ${cohorts.length} ${cohorts.length % 10 === 1 && cohorts.length % 100 !== 11 ? 'когорта' : 'когорт'} (класс, переходящий из года в год, например ВПР-8 → ОГЭ). Ухудшение — ${worse.length}, улучшение — ${better.length}.` });
  if (worse.length > 0) blocks.push({ type: 'paragraph', text: 'Доля «2» выросла:' }, { type: 'list', items: worse.map(sentence) });
  if (better.length > 0) blocks.push({ type: 'paragraph', text: 'Доля «2» снизилась:' }, { type: 'list', items: better.map(sentence) });
  return blocks;
}

function dynamicsSection(analysis: Analysis): NoteBlock[] {
  const y = analysis.identification.targetYear;
  const band = analysis.identification.parameters.stableBand;
  const bySchool = new Map<string, { name: string; changes: number[] }>();
  for (const r of analysis.dynamics.rows) {
    if (r.change === undefined || r.values[r.values.length - 1]?.year !== y) continue;
    const e = bySchool.get(r.schoolKey) ?? { name: r.name, changes: [] };
    e.changes.push(r.change);
    bySchool.set(r.schoolKey, e);
  }
  const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const rows = [...bySchool.values()].map((e) => ({ name: e.name, change: mean(e.changes) }));
  const positive = rows.filter((r) => r.change < -band).sort((a, b) => a.change - b.change);
  const negative = rows.filter((r) => r.change > band).sort((a, b) => b.change - a.change);
  if (rows.length === 0) return [];
  const line = (r: { name: string; change: number }): string => `${r.name} (${r.change > 0 ? '+' : '−'}${pct(Math.abs(r.change)).replace(' %', ' п. п.')})`;
  return [
    { type: 'heading', text: `4. Динамика по сравнению с ${y - 1} г.` },
    { type: 'paragraph', text: `Положительная динамика (доля «2» в среднем по процедурам снизилась больше чем на ${band} п. п.) — у ${positive.length} ${schoolsWord(positive.length) === 'школа' ? 'школы' : 'школ'} из ${rows.length}; отрицательная — у ${negative.length}.` },
    ...(positive.length > 0 ? [{ type: 'paragraph' as const, text: `Положительная динамика: ${positive.slice(0, LISTED * 2).map(line).join(', ')}.` }] : []),
    ...(negative.length > 0 ? [{ type: 'paragraph' as const, text: `Отрицательная динамика: ${negative.slice(0, LISTED * 2).map(line).join(', ')}.` }] : []),
  ];
}

function marksSection(analysis: Analysis, verdicts: readonly Verdict[]): NoteBlock[] {
  const y = analysis.identification.targetYear;
  const risk = verdicts.filter((v) => v.status === 'risk');
  const objectivity = verdicts.filter((v) => v.flags.includes('objectivity'));
  const small = verdicts.filter((v) => v.flags.includes('small_sample'));
  const blocks: NoteBlock[] = [{ type: 'heading', text: '5. Зона риска, объективность, малые выборки' }];
  blocks.push({
    type: 'paragraph',
    text: risk.length === 0 ? `В зоне риска ${inYear(y)} школ нет.` : `В зоне риска (не ШНОР, но один низкий результат или доля «2» близко к порогу) — ${schools(risk.length)}: ${joinNames(risk.map((v) => v.name))}.`,
  });
  blocks.push({
    type: 'paragraph',
    text: objectivity.length === 0 ? 'Признаков необъективности (высокой доли понизивших отметку по сравнению с журналом) не отмечено.'
      : `Вопросы к объективности (доля понизивших отметку выше ориентира): ${joinNames(objectivity.map((v) => `${v.name} (${v.objectivity.map((o) => `${procedureLabel(o.record.procedure)} — ${pct(o.record.lowered ?? 0)}`).join(', ')})`))}.`,
  });
  blocks.push({
    type: 'paragraph',
    text: small.length === 0 ? 'Малых выборок (менее 5 участников) нет.' : `Малые выборки (решение принято, но на малом числе участников): ${joinNames(small.map((v) => v.name))}.`,
  });
  return blocks;
}

function partnersSection(analysis: Analysis, verdicts: readonly Verdict[]): NoteBlock[] {
  const y = analysis.identification.targetYear;
  const shnor = verdicts.filter((v) => v.status === 'shnor');
  if (shnor.length === 0) return [];
  const rows = shnor.flatMap((v) => {
    const partners = analysis.partners?.get(v.schoolKey) ?? [];
    if (partners.length === 0) return [[v.name, 'не найдена', 'нет школы того же уровня и муниципалитета, лучшей во всех её низких процедурах']];
    return partners.map((p, i) => [i === 0 ? v.name : '', p.name, partnerReasonText(p.reason, y)]);
  });
  return [
    { type: 'heading', text: '6. Школы-кураторы (предложение)' },
    { type: 'paragraph', text: 'Для каждой ШНОР предложены школы со стабильными результатами, лучшие в её низких процедурах; выбор — за методистом.' },
    { type: 'table', header: ['ШНОР', 'Школа-куратор', 'Почему'], rows, widths: [24, 22, 54] },
  ];
}

/** Section numbers in order, whatever sections the data left out. */
function numbered(blocks: readonly NoteBlock[]): NoteBlock[] {
  let n = 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, text: `${++n}. ${b.text.replace(/^\d+\.\s*/, '')}` } : b));
}

/** The справка of the analysis; `generatedAt` dates it. */
export function buildNote(analysis: Analysis, generatedAt: Date): NoteDoc {
  const y = analysis.identification.targetYear;
  const verdicts = sortVerdicts(analysis.identification.verdicts, y);
  const place = [municipalityName(analysis.dynamics.benchmarks), regionName(analysis.dynamics.benchmarks)].filter(Boolean).join(', ');
  return {
    title: `Аналитическая справка по результатам выявления школ с низкими образовательными результатами (ШНОР) ${inYear(y)}`,
    subtitle: `${place ? `${place.replace(/\.$/, '')}. ` : ''}Составлена ${formatDate(generatedAt)} по данным оценочных процедур ${analysis.years.filter((yr) => yr <= y).join(', ')} гг.`,
    blocks: numbered([
      ...listSection(analysis, verdicts),
      ...districtSection(analysis),
      ...cohortSection(analysis),
      ...dynamicsSection(analysis),
      ...marksSection(analysis, verdicts),
      ...partnersSection(analysis, verdicts),
      ...socialSection(analysis),
    ]),
  };
}
