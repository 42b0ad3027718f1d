// Sheet «ШНОР Y»: one row per school with status, criteria, доля «2» for Y and Y−1, marks and explanation (§5).
import { pluralRu } from '../core/format';
import { Procedure, procedureLabel } from '../core/model';
import { Analysis, BenchmarkRow, Status, Verdict } from '../core/results';
import { rangeA1 } from './a1';
import { formatDate, formatNumber } from './format';
import { markedIds } from './objectivityWords';
import {
  FLAG_LABELS, LIST_CHANGE_ENTERED, LIST_CHANGE_EXITED, STATUS_LABELS, STATUS_ORDER,
  compareText, criteriaLabel, listChangeLabel, statusLabel,
} from './labels';
import { benchmarkLookup, municipalityName, regionName, schoolShareLookup } from './lookups';
import { OutValue, SheetSpec } from './model';
import {
  BAD_FILL, BAD_FONT, BENCHMARK_FILL, BENCHMARK_FONT, GOOD_FILL, GOOD_FONT, MUTED_FILL, MUTED_FONT,
  NEUTRAL_FILL, NEUTRAL_FONT, TAB_SHNOR,
} from './palette';
import { RunInfo } from './runInfo';
import { SheetBuilder } from './sheetBuilder';
import { partnerReasonText } from './partnerText';
import { LINE_HEIGHT, wrappedLines } from './rowHeights';

/** Columns before the procedure columns: №, ОО, Статус, Критерии, Движение по списку. */
const LEAD_COLUMNS = 5;
const NAME_COLUMN = 2;
const STATUS_COLUMN = 3;
const LIST_COLUMN = 5;
/** The risk band ends just below the threshold (the threshold itself is a low result). */
const BELOW_THRESHOLD = 0.0001;

/** Sheet name for the target year. */
export function shnorSheetName(year: number): string {
  return `ШНОР ${year}`;
}

export function buildShnorSheet(analysis: Analysis, info: RunInfo): SheetSpec {
  const { targetYear: y, previousYear: prev, parameters } = analysis.identification;
  const share = schoolShareLookup(analysis);
  const benchmark = benchmarkLookup(analysis);
  const sheet = new SheetBuilder();
  // Counted procedures without any number in Y and Y−1 (no school, no benchmark) get no columns, only a mention.
  const verdicts = sortVerdicts(analysis.identification.verdicts, y);
  const hasData = (p: Procedure): boolean =>
    [y, prev].some((year) => benchmark(p, year) !== undefined || verdicts.some((v) => share(v.schoolKey, p, year) !== undefined));
  const procedures = analysis.identification.procedures.filter(hasData);
  const hidden = analysis.identification.procedures.filter((p) => !hasData(p));

  sheet.addTitle(`ШНОР ${y}: школы с низкими образовательными результатами`);
  sheet.addSubtitle(
    `Правило: доля «2» ≥ ${formatNumber(parameters.threshold)} % (включительно); ` +
      `К1 — не менее 2 процедур в ${y} г.; К2 — хотя бы одна процедура в ${prev} и в ${y} г. ` +
      `Сформировано ${formatDate(info.generatedAt)}.`,
  );
  if (hidden.length > 0) {
    sheet.addHint(`Нет данных за ${prev} и ${y} гг.: ${hidden.map(procedureLabel).join(', ')} — эти процедуры в таблице не показаны.`);
  }

  const procedureHeaders = procedures.flatMap((p) => [`${procedureLabel(p)} ${y}`, `${procedureLabel(p)} ${prev}`]);
  const headers = [
    '№', 'Образовательная организация', 'Статус', 'Критерии', 'Движение по списку',
    ...procedureHeaders,
    `Низких в ${y}`, 'Малая выборка', 'Объективность', EXPLANATION_HEADER,
  ];
  const width = headers.length;
  const firstProcedureColumn = LEAD_COLUMNS + 1;
  const lastProcedureColumn = LEAD_COLUMNS + procedureHeaders.length;
  const lowCountColumn = lastProcedureColumn + 1;
  const explanationColumn = width;
  const headerRow = sheet.addHeader(headers);

  const firstSchoolRow = headerRow + 1;
  // Schools whose numbers differ between sheets: said on their row, with the rule that chose (details on Параметры).
  const conflicts = new Map<string, number>();
  for (const w of analysis.dataset.warnings) if (w.kind === 'conflict' && w.schoolKey) conflicts.set(w.schoolKey, (conflicts.get(w.schoolKey) ?? 0) + 1);
  verdicts.forEach((v, index) => {
    const conflict = conflicts.get(v.schoolKey);
    const conflictText = conflict
      ? ` Числа листов расходятся (${conflict}): взято значение листа с числом участников, иначе прочитанного первым — см. «Параметры».`
      : '';
    const row = sheet.addRow([
      index + 1,
      v.name,
      statusLabel(v.status),
      criteriaLabel(v.criteria),
      listChangeLabel(v.listChange, prev),
      ...procedures.flatMap((p) => [share(v.schoolKey, p, y) ?? null, share(v.schoolKey, p, prev) ?? null]),
      lowCount(v, y),
      smallSampleText(v),
      objectivityText(v),
      shortExplanation(v, y, prev, parameters.threshold) + conflictText,
    ]);
    // The full explanation, with every share and its source cell, is the note on the status cell.
    sheet.note(row, STATUS_COLUMN, v.explanation);
  });
  const lastSchoolRow = sheet.lastRow;
  const hasSchools = verdicts.length > 0;
  const hasProcedures = procedureHeaders.length > 0;

  if (hasSchools) {
    const body = rangeA1(firstSchoolRow, 1, lastSchoolRow, width);
    sheet.style(body, { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(firstSchoolRow, lowCountColumn + 1, lastSchoolRow, explanationColumn), { wrap: true });
    sheet.style(rangeA1(firstSchoolRow, STATUS_COLUMN, lastSchoolRow, LIST_COLUMN), { hAlign: 'center' });
    sheet.format(rangeA1(firstSchoolRow, 1, lastSchoolRow, 1), '0');
    sheet.format(rangeA1(firstSchoolRow, lowCountColumn, lastSchoolRow, lowCountColumn), '0');
    if (hasProcedures) {
      const shares = rangeA1(firstSchoolRow, firstProcedureColumn, lastSchoolRow, lastProcedureColumn);
      sheet.format(shares, '0.0');
      sheet.conditional({
        type: 'cellIs', range: shares, operator: 'greaterThanOrEqual', values: [parameters.threshold],
        style: { fill: BAD_FILL, fontColor: BAD_FONT },
      });
      if (parameters.riskMargin > 0) {
        sheet.conditional({
          type: 'cellIs', range: shares, operator: 'between',
          values: [parameters.threshold - parameters.riskMargin, parameters.threshold - BELOW_THRESHOLD],
          style: { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT },
        });
      }
    }
    const status = rangeA1(firstSchoolRow, STATUS_COLUMN, lastSchoolRow, STATUS_COLUMN);
    const statusStyles: Readonly<Record<Status, { fill: string; fontColor: string; bold?: boolean }>> = {
      shnor: { fill: BAD_FILL, fontColor: BAD_FONT, bold: true },
      risk: { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT },
      ok: { fill: GOOD_FILL, fontColor: GOOD_FONT },
      no_data: { fill: MUTED_FILL, fontColor: MUTED_FONT },
    };
    for (const s of STATUS_ORDER) sheet.conditional({ type: 'textEquals', range: status, text: STATUS_LABELS[s], style: statusStyles[s] });
    const movement = rangeA1(firstSchoolRow, LIST_COLUMN, lastSchoolRow, LIST_COLUMN);
    sheet.conditional({ type: 'textEquals', range: movement, text: LIST_CHANGE_ENTERED, style: { fontColor: BAD_FONT, bold: true } });
    sheet.conditional({ type: 'textEquals', range: movement, text: LIST_CHANGE_EXITED, style: { fontColor: GOOD_FONT, bold: true } });
  }

  // Benchmarks under the schools, after one blank row: municipality and region доля «2» of the same year.
  const benchmarks = analysis.dynamics.benchmarks;
  const levels: { label: string; pick: (b: BenchmarkRow | undefined) => number | undefined }[] = [];
  const municipality = municipalityName(benchmarks);
  if (municipality !== undefined) levels.push({ label: `Муниципалитет (${municipality})`, pick: (b) => b?.municipality?.share2 });
  const region = regionName(benchmarks);
  if (region !== undefined) levels.push({ label: `Регион (${region})`, pick: (b) => b?.region?.share2 });
  if (levels.length > 0) {
    sheet.skipRow();
    const firstBenchmarkRow = sheet.lastRow + 1;
    for (const level of levels) {
      const values: OutValue[] = [null, level.label, null, null, null];
      for (const p of procedures) values.push(level.pick(benchmark(p, y)) ?? null, level.pick(benchmark(p, prev)) ?? null);
      sheet.addRow(values);
    }
    const lastBenchmarkRow = sheet.lastRow;
    sheet.style(rangeA1(firstBenchmarkRow, 1, lastBenchmarkRow, width), {
      italic: true, fill: BENCHMARK_FILL, fontColor: BENCHMARK_FONT, border: 'thin',
    });
    if (hasProcedures) sheet.format(rangeA1(firstBenchmarkRow, firstProcedureColumn, lastBenchmarkRow, lastProcedureColumn), '0.0');
  }

  // A legend of the colours, so that a printed page explains itself.
  if (hasSchools) {
    sheet.skipRow();
    const t = formatNumber(parameters.threshold);
    const legend = sheet.addRow([null, 'Условные обозначения:', STATUS_LABELS.shnor, STATUS_LABELS.risk, STATUS_LABELS.ok,
      `доля «2» ≥ ${t} %`, ...(parameters.riskMargin > 0 ? [`${formatNumber(parameters.threshold - parameters.riskMargin)}–${t} %`] : [])]);
    sheet.style(rangeA1(legend, 2, legend, 2), { italic: true });
    sheet.style(rangeA1(legend, 3, legend, 3), { fill: BAD_FILL, fontColor: BAD_FONT, bold: true, border: 'thin', hAlign: 'center' });
    sheet.style(rangeA1(legend, 4, legend, 4), { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT, border: 'thin', hAlign: 'center' });
    sheet.style(rangeA1(legend, 5, legend, 5), { fill: GOOD_FILL, fontColor: GOOD_FONT, border: 'thin', hAlign: 'center' });
    sheet.style(rangeA1(legend, 6, legend, 6), { fill: BAD_FILL, fontColor: BAD_FONT, border: 'thin', hAlign: 'center' });
    if (parameters.riskMargin > 0) sheet.style(rangeA1(legend, 7, legend, 7), { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT, border: 'thin', hAlign: 'center' });
  }

  // Школы-кураторы (§4a): for each ШНОР, the suggested partners with the reason, for the methodologist to choose.
  const sorted = verdicts;
  /** Rows of the partner block: their reason is wrapped over the merged width, not over one column. */
  const partnerHeights: { row: number; text: string }[] = [];
  const partnerRows = sorted.filter((v) => v.status === 'shnor').flatMap((v) => (analysis.partners?.get(v.schoolKey) ?? []).map((p, i) => ({ v, p, first: i === 0 })));
  const shnorCount = sorted.filter((v) => v.status === 'shnor').length;
  if (shnorCount > 0) {
    sheet.skipRow();
    sheet.addSection('Школы-кураторы: предложение по методике (§4a), выбор — за методистом');
    const header = sheet.addHeader([null, 'Школа из перечня ШНОР', 'Школа-куратор', null, null, 'Почему она']);
    sheet.merge(rangeA1(header, 3, header, 5));
    sheet.merge(rangeA1(header, 6, header, width));
    for (const v of sorted.filter((x) => x.status === 'shnor')) {
      const own = partnerRows.filter((r) => r.v === v);
      if (own.length === 0) {
        const row = sheet.addRow([null, v.name, 'нет подходящей школы', null, null, 'ни одна школа того же уровня и муниципалитета не лучше во всех её низких процедурах при стабильных результатах']);
        sheet.merge(rangeA1(row, 3, row, 5));
        sheet.merge(rangeA1(row, 6, row, width));
        continue;
      }
      for (const { p, first } of own) {
        const reason = partnerReasonText(p.reason, y);
        const row = sheet.addRow([null, first ? v.name : null, p.name, null, null, reason]);
        sheet.merge(rangeA1(row, 3, row, 5));
        sheet.merge(rangeA1(row, 6, row, width));
        sheet.style(rangeA1(row, 1, row, width), { wrap: true, vAlign: 'top', border: 'thin' });
        partnerHeights.push({ row, text: reason });
      }
    }
  }

  const columnWidths = [
    5, 38, 12, 10, 16,
    ...procedureHeaders.map(() => 12),
    9, 34, 40, 70,
  ];
  const built = sheet.build({
    kind: 'shnor',
    name: shnorSheetName(y),
    columnWidths,
    freeze: { rows: headerRow, columns: NAME_COLUMN },
    autoFilter: rangeA1(headerRow, 1, hasSchools ? lastSchoolRow : headerRow, width),
    tabColor: TAB_SHNOR,
  });
  // The builder measures wrapped text by one column; a partner's reason spans the merged block.
  const mergedWidth = columnWidths.slice(5, width).reduce((sum, w) => sum + w, 0);
  const fixed = new Map(partnerHeights.map((h) => [h.row, Math.max(1, Math.min(6, wrappedLines(h.text, mergedWidth))) * LINE_HEIGHT]));
  const heights = [...(built.rowHeights ?? []).filter((h) => !fixed.has(h.row)), ...[...fixed].filter(([, h]) => h > LINE_HEIGHT).map(([row, height]) => ({ row, height }))];
  const { rowHeights: _estimated, ...rest } = built;
  return heights.length > 0 ? { ...rest, rowHeights: heights.sort((a, b) => a.row - b.row) } : rest;
}

/** ШНОР, зона риска, не ШНОР, нет данных; inside a group more low results first, then by name. */
export function sortVerdicts(verdicts: readonly Verdict[], year: number): Verdict[] {
  return [...verdicts].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      lowCount(b, year) - lowCount(a, year) ||
      compareText(a.name, b.name) ||
      compareText(a.schoolKey, b.schoolKey),
  );
}

/** Counted procedures with a low result in the target year. */
/** Header of the last column: the short reason here, the details in the note. */
export const EXPLANATION_HEADER = 'Пояснение (подробно — в примечании к статусу)';

/** One line on why the school has its status; the cells behind it are listed in the note on the status cell. */
export function shortExplanation(v: Verdict, year: number, prev: number, threshold: number): string {
  const now = lowCount(v, year);
  const before = lowCount(v, prev);
  const rule = `доля «2» ≥ ${formatNumber(threshold)} %`;
  switch (v.status) {
    case 'shnor': {
      const parts = [];
      if (v.criteria.includes('K1')) parts.push(`К1: ${rule} в ${now} процедурах ${year} г.`);
      if (v.criteria.includes('K2')) parts.push(`К2: ${rule} и в ${prev} г. (${before}), и в ${year} г. (${now}).`);
      return parts.join(' ');
    }
    case 'risk':
      return now > 0 ? `Зона риска: ${rule} в одной процедуре ${year} г.` : `Зона риска: доля «2» близка к порогу в ${year} г.`;
    case 'ok':
      return `Не ШНОР: в ${year} г. нет процедур с долей «2» ≥ ${formatNumber(threshold)} %.`;
    case 'no_data':
      return `Нет данных за ${year} г. по учитываемым процедурам.`;
  }
}

function lowCount(v: Verdict, year: number): number {
  return v.low.filter((r) => r.year === year).length;
}

/** One entry in full; several as a count and the smallest class (each one is named in the note). */
function smallSampleText(v: Verdict): string {
  if (v.smallSamples.length === 0) return v.flags.includes('small_sample') ? FLAG_LABELS.small_sample : '';
  if (v.smallSamples.length === 1) {
    const [r] = v.smallSamples;
    return `${procedureLabel(r.procedure)} ${r.year}${r.participants !== undefined ? ` — ${r.participants} уч.` : ''}`;
  }
  const sizes = v.smallSamples.map((r) => r.participants).filter((n): n is number => n !== undefined);
  const n = v.smallSamples.length;
  return `${n} ${pluralRu(n, 'процедура', 'процедуры', 'процедур')}${sizes.length > 0 ? `, от ${sizes.reduce((m, s) => Math.min(m, s), Infinity)} уч.` : ''}`;
}

/** The flagged works of Y with their markers («ВПР русский язык 5 кл.: P2, P5»); never changes the verdict. */
function objectivityText(v: Verdict): string {
  const flagged = v.objectivity.filter((w) => w.flagged);
  if (flagged.length === 0) return v.flags.includes('objectivity') ? FLAG_LABELS.objectivity : '';
  return flagged.map((w) => `${procedureLabel(w.procedure)}: ${markedIds(w)}`).join('; ');
}

