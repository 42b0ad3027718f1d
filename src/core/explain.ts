// The Russian explanation of a verdict: criterion, procedures, shares and source cells (methodology.md §2).
import { ResultRecord, SourceRef, procedureLabel } from './model';
import { SchoolYearEvaluation } from './evaluate';
import { WorkObjectivity } from './objectivity/results';
import { formatNumber, formatPercent, pluralRu } from './format';

/** What the rules said about the school in Y (evaluate.ts), plus the year and the marks. */
export interface ExplainInput extends SchoolYearEvaluation {
  readonly year: number;
  readonly smallSamples: readonly ResultRecord[];
  readonly objectivity: readonly WorkObjectivity[];
}

export interface ExplainOptions {
  readonly threshold: number;
  readonly riskMargin: number;
  /** Prefix the file name to cells when the sources span several files. */
  readonly multiFile: boolean;
}

/** "ОГЭ 2024!G9", or "long.xlsx: Результаты!G14" when several files were read. */
export function sourceLabel(ref: SourceRef, multiFile: boolean): string {
  const cell = `${ref.sheet}!${ref.cell}`;
  return multiFile && ref.file ? `${ref.file}: ${cell}` : cell;
}

/**
 * "ВПР-5 русский язык — 41,7 % (ВПР 5 кл 2024!C19)"; from a count: "ЕГЭ русский язык — 2 из 3 = 66,7 % (2023!F12, 2023!E12)".
 */
export function describeShare(r: ResultRecord, multiFile: boolean): string {
  if (r.count2 !== undefined && r.participants !== undefined) {
    const participants = r.participantsCell ? `, ${sourceLabel({ ...r.source, cell: r.participantsCell }, multiFile)}` : '';
    return `${procedureLabel(r.procedure)} — ${r.count2} из ${r.participants} = ${formatPercent(r.share2)} (${sourceLabel(r.source, multiFile)}${participants})`;
  }
  return `${procedureLabel(r.procedure)} — ${formatPercent(r.share2)} (${sourceLabel(r.source, multiFile)})`;
}

function listShares(records: readonly ResultRecord[], multiFile: boolean): string {
  return records.map((r) => describeShare(r, multiFile)).join(', ');
}

function inProcedures(n: number): string {
  return `в ${n} ${pluralRu(n, 'процедуре', 'процедурах', 'процедурах')}`;
}

function shnorSentence(input: ExplainInput, o: ExplainOptions): string {
  if (input.criteria.includes('BOTTOM')) return bottomSentence(input);
  const t = formatNumber(o.threshold);
  const y = input.year;
  const current = listShares(input.lowCurrent, o.multiFile);
  const previous = listShares(input.lowPrevious, o.multiFile);
  const k1 = input.criteria.includes('K1');
  const k2 = input.criteria.includes('K2');
  if (k1 && k2) {
    return `ШНОР по критериям К1 и К2: доля «2» ≥ ${t} % ${inProcedures(input.lowCurrent.length)} ${y} г.: ${current}; а также в ${y - 1} г.: ${previous}.`;
  }
  if (k1) return `ШНОР по критерию К1: доля «2» ≥ ${t} % ${inProcedures(input.lowCurrent.length)} ${y} г.: ${current}.`;
  if (input.ruleSet.sameProcedureK2) {
    const keys = new Set(input.lowPrevious.map((r) => procedureLabel(r.procedure)));
    const same = input.lowCurrent.filter((r) => keys.has(procedureLabel(r.procedure)));
    return `ШНОР по критерию К2 (одна и та же процедура): доля «2» ≥ ${t} % и в ${y - 1} г., и в ${y} г.: ${listShares(same, o.multiFile)}.`;
  }
  return `ШНОР по критерию К2: доля «2» ≥ ${t} % и в ${y - 1} г.: ${previous}, и в ${y} г.: ${current}.`;
}

function riskSentence(input: ExplainInput, o: ExplainOptions): string {
  const parts: string[] = [];
  if (input.lowCurrent.length === 1) {
    parts.push(
      `одна низкая процедура в ${input.year} г.: ${listShares(input.lowCurrent, o.multiFile)}, ` +
        `в ${input.year - 1} г. низких результатов нет`,
    );
  }
  if (input.near.length > 0) {
    parts.push(
      `доля «2» не более чем на ${formatNumber(o.riskMargin)} п. п. ниже порога ${formatNumber(o.threshold)} %: ` +
        listShares(input.near, o.multiFile),
    );
  }
  return `Не ШНОР, зона риска: ${parts.join('; ')}.`;
}

function okSentence(input: ExplainInput, o: ExplainOptions): string {
  const bound = formatNumber(o.threshold - Math.max(o.riskMargin, 0));
  const n = input.counted.length;
  return `Не ШНОР: в ${input.year} г. доля «2» ниже ${bound} % во всех учитываемых процедурах (${n}).`;
}

function noDataSentence(input: ExplainInput, o: ExplainOptions): string {
  const base = `Нет данных за ${input.year} г. по учитываемым процедурам.`;
  if (input.lowPrevious.length === 0) return base;
  return `${base} В ${input.year - 1} г. доля «2» ≥ ${formatNumber(o.threshold)} %: ${listShares(input.lowPrevious, o.multiFile)}.`;
}

function smallSampleSentence(input: ExplainInput, o: ExplainOptions): string {
  const items = input.smallSamples.map((r) => {
    const n = r.participants ?? 0;
    const who = pluralRu(n, 'участник', 'участника', 'участников');
    return `${procedureLabel(r.procedure)} ${r.year} г. — ${n} ${who} (${sourceLabel(r.source, o.multiFile)})`;
  });
  return `Малая выборка: ${items.join(', ')}; вердикт не меняется.`;
}

function objectivitySentence(input: ExplainInput): string {
  const items = input.objectivity.filter((w) => w.flagged).map((w) => {
    const ids = w.markers.filter((m) => m.state === 'marked' && !m.uncounted).map((m) => m.id);
    return `${procedureLabel(w.procedure)} — ${ids.join(', ')}`;
  });
  return `Признаки необъективности (маркеры §7, вердикт не меняется): ${items.join('; ')}.`;
}

/** One or two sentences on the verdict, then the small-sample and objectivity marks when present. */
export function explainVerdict(input: ExplainInput, options: ExplainOptions): string {
  const sentences: string[] = [];
  switch (input.status) {
    case 'shnor':
      sentences.push(shnorSentence(input, options));
      break;
    case 'risk':
      sentences.push(riskSentence(input, options));
      break;
    case 'ok':
      sentences.push(okSentence(input, options));
      break;
    case 'no_data':
      sentences.push(noDataSentence(input, options));
      break;
  }
  if (input.belowMinimum.length > 0) sentences.push(belowMinimumSentence(input, options));
  if (input.smallSamples.length > 0) sentences.push(smallSampleSentence(input, options));
  if (input.objectivity.some((w) => w.flagged)) sentences.push(objectivitySentence(input));
  sentences.push(`Правило «${input.ruleSet.name}».`);
  return sentences.join(' ');
}

function belowMinimumSentence(input: ExplainInput, o: ExplainOptions): string {
  const items = input.belowMinimum.map((r) => `${describeShare(r, o.multiFile)} — ${r.participants} уч.`);
  return `Не считаются низкими (меньше минимума участников): ${items.join(', ')}.`;
}

function bottomSentence(input: ExplainInput): string {
  const rank = input.rank;
  if (!rank) return 'ШНОР по рейтингу.';
  const years = rank.firstYear === input.year ? `${input.year} г.` : `${rank.firstYear}–${input.year} гг.`;
  return `ШНОР по правилу «${input.ruleSet.name}»: средняя доля «2» ${formatPercent(rank.mean)} за ${years} ` +
    `(${rank.results.length} ${pluralRu(rank.results.length, 'результат', 'результата', 'результатов')}, от ${rank.minParticipants} участников) — ` +
    `${rank.position}-е место с конца из ${rank.of}; в нижние ${input.ruleSet.bottomPercent} % входят ${rank.cutoff}.`;
}
