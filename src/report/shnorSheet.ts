// Sheet «ШНОР Y»: the compact list that prints (status, criterion, movement, low results, curators; grouped by
// municipality at regional scale), then for the screen доля «2» for Y and Y−1, marks and explanation (§5).
import { pluralRu } from '../core/format';
import { Procedure, procedureLabel } from '../core/model';
import { DEFAULT_CURATOR_LOAD } from '../core/parameters';
import { Analysis, BenchmarkRow, Status, Verdict } from '../core/results';
import { rangeA1 } from './a1';
import { formatDate, formatNumber } from './format';
import { markedIds } from './objectivityWords';
import {
  FLAG_LABELS, LIST_CHANGE_ENTERED, LIST_CHANGE_EXITED, STATUS_LABELS, STATUS_ORDER,
  criteriaLabel, listChangeLabel, statusLabel,
} from './labels';
import { benchmarkLookup, municipalityName, regionName, schoolShareLookup } from './lookups';
import { OutValue, SheetSpec } from './model';
import {
  BAD_FILL, BAD_FONT, BENCHMARK_FILL, HEADER_FILL, BENCHMARK_FONT, GOOD_FILL, GOOD_FONT, MUTED_FILL, MUTED_FONT,
  NEUTRAL_FILL, NEUTRAL_FONT, TAB_SHNOR,
} from './palette';
import { RunInfo } from './runInfo';
import { SheetBuilder } from './sheetBuilder';
import { curatorGapText, partnerReasonText } from './partnerText';
import { LINE_HEIGHT, fitHeaderWords, wrappedLines } from './rowHeights';
import { curatorsText, groupCaption, listGroups, lowResultsText, procedureAbbreviation, schoolPlaces } from './shnorList';
import { lowCount } from './shnorOrder';

/** The name column (frozen with № on the screen). */
const NAME_COLUMN = 2;
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
  const places = schoolPlaces(analysis);
  const groups = listGroups(analysis, places);
  const verdicts = groups.flatMap((g) => g.verdicts);
  // Counted procedures without any number in Y and Y−1 (no school, no benchmark) get no columns, only a mention.
  const hasData = (p: Procedure): boolean =>
    [y, prev].some((year) => benchmark(p, year) !== undefined || verdicts.some((v) => share(v.schoolKey, p, year) !== undefined));
  const procedures = analysis.identification.procedures.filter(hasData);
  const hidden = analysis.identification.procedures.filter((p) => !hasData(p));

  // The compact form (printed): №, school, [municipality, code], status, criterion, movement, low results, curators;
  // then, for the screen, the procedure matrix and the marks.
  const placeHeaders = places.several ? ['Муниципалитет', ...(places.codes ? ['Логин / код'] : [])] : [];
  const compactHeaders = ['№', 'Образовательная организация', ...placeHeaders, 'Статус', 'Критерии', 'Движение по списку', 'Низкие результаты', 'Кураторы'];
  const statusColumn = 3 + placeHeaders.length;
  const criteriaColumn = statusColumn + 1;
  const listColumn = statusColumn + 2;
  const lowTextColumn = statusColumn + 3;
  const curatorsColumn = statusColumn + 4;
  const printColumns = curatorsColumn;
  const procedureHeaders = procedures.flatMap((p) => [`${procedureLabel(p)} ${y}`, `${procedureLabel(p)} ${prev}`]);
  const headers = [...compactHeaders, ...procedureHeaders, `Низких в ${y}`, 'Малая выборка', 'Объективность', EXPLANATION_HEADER];
  const width = headers.length;
  const firstProcedureColumn = printColumns + 1;
  const lastProcedureColumn = printColumns + procedureHeaders.length;
  const lowCountColumn = lastProcedureColumn + 1;
  const explanationColumn = width;
  // Narrower text columns when the municipality (and code) columns share the page: the scale stays legible.
  const columnWidths = fitHeaderWords(headers, [
    ...(places.several ? [5, 32, 18, ...(places.codes ? [11] : []), 11, 10, 11, places.codes ? 34 : 38, places.codes ? 24 : 26] : [5, 36, 11, 10, 11, 42, 30]),
    ...procedureHeaders.map(() => 12),
    9, 34, 40, 70,
  ]);
  /** Rows whose text spans merged columns: their height is measured over the merged width. */
  const spanned: { row: number; text: string; width: number; maxLines: number }[] = [];
  const spanRow = (row: number, text: string, from: number, to: number, maxLines = 8): void => {
    sheet.merge(rangeA1(row, from, row, to));
    spanned.push({ row, text, width: columnWidths.slice(from - 1, to).reduce((sum, w) => sum + w, 0), maxLines });
  };

  sheet.addTitle(`ШНОР ${y}: школы с низкими образовательными результатами`);
  const subtitle =
    `Правило: доля «2» ≥ ${formatNumber(parameters.threshold)} % (включительно); ` +
    `К1 — не менее 2 процедур в ${y} г.; К2 — хотя бы одна процедура в ${prev} и в ${y} г. ` +
    `Сформировано ${formatDate(info.generatedAt)}.`;
  const subtitleRow = sheet.addSubtitle(subtitle);
  sheet.style(rangeA1(subtitleRow, 1, subtitleRow, 1), { wrap: true, vAlign: 'top' });
  spanRow(subtitleRow, subtitle, 1, printColumns, 3);
  if (hidden.length > 0) {
    const hint = `Нет данных за ${prev} и ${y} гг.: ${hidden.map(procedureLabel).join(', ')} — эти процедуры в таблице не показаны.`;
    const hintRow = sheet.addHint(hint);
    sheet.style(rangeA1(hintRow, 1, hintRow, 1), { wrap: true, vAlign: 'top' });
    spanRow(hintRow, hint, 1, printColumns, 3);
  }

  const headerRow = sheet.addHeader(headers);
  const firstSchoolRow = headerRow + 1;
  // Schools whose numbers differ between sheets: said on their row, with the rule that chose (details on Параметры).
  const conflicts = new Map<string, number>();
  for (const w of analysis.dataset.warnings) if (w.kind === 'conflict' && w.schoolKey) conflicts.set(w.schoolKey, (conflicts.get(w.schoolKey) ?? 0) + 1);
  const groupRows: number[] = [];
  let number = 0;
  for (const group of groups) {
    if (group.municipality !== undefined) {
      const row = sheet.addRow([null, groupCaption(group)]);
      spanRow(row, groupCaption(group), 2, printColumns, 2);
      groupRows.push(row);
    }
    for (const v of group.verdicts) {
      number += 1;
      const conflict = conflicts.get(v.schoolKey);
      const conflictText = conflict
        ? ` Числа листов расходятся (${conflict}): взято значение листа с числом участников, иначе прочитанного первым — см. «Параметры».`
        : '';
      const place = places.of.get(v.schoolKey);
      const row = sheet.addRow([
        number,
        v.name,
        ...(places.several ? [place?.municipality ?? '', ...(places.codes ? [place?.code ?? ''] : [])] : []),
        statusLabel(v.status),
        criteriaLabel(v.criteria),
        listChangeLabel(v.listChange, prev),
        lowResultsText(v),
        curatorsText(analysis, v),
        ...procedures.flatMap((p) => [share(v.schoolKey, p, y) ?? null, share(v.schoolKey, p, prev) ?? null]),
        lowCount(v, y),
        smallSampleText(v),
        objectivityText(v),
        shortExplanation(v, y, prev, parameters.threshold) + conflictText,
      ]);
      // The full explanation, with every share and its source cell, is the note on the status cell.
      sheet.note(row, statusColumn, v.explanation);
    }
  }
  const lastSchoolRow = sheet.lastRow;
  const hasSchools = verdicts.length > 0;
  const hasProcedures = procedureHeaders.length > 0;

  if (hasSchools) {
    const body = rangeA1(firstSchoolRow, 1, lastSchoolRow, width);
    sheet.style(body, { border: 'thin', vAlign: 'top' });
    // Names, places, status, criteria, the move («нет данных за 2020»), low results and curators wrap (never cut on
    // paper); so do the marks and the explanation.
    sheet.style(rangeA1(firstSchoolRow, 2, lastSchoolRow, curatorsColumn), { wrap: true });
    sheet.style(rangeA1(firstSchoolRow, lowCountColumn + 1, lastSchoolRow, explanationColumn), { wrap: true });
    sheet.style(rangeA1(firstSchoolRow, statusColumn, lastSchoolRow, listColumn), { hAlign: 'center' });
    sheet.format(rangeA1(firstSchoolRow, 1, lastSchoolRow, 1), '0');
    sheet.format(rangeA1(firstSchoolRow, lowCountColumn, lastSchoolRow, lowCountColumn), '0');
    for (const row of groupRows) sheet.style(rangeA1(row, 1, row, width), { bold: true, fill: HEADER_FILL, wrap: true, vAlign: 'middle', hAlign: 'left' });
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
    const status = rangeA1(firstSchoolRow, statusColumn, lastSchoolRow, statusColumn);
    for (const s of STATUS_ORDER) sheet.conditional({ type: 'textEquals', range: status, text: STATUS_LABELS[s], style: STATUS_STYLES[s] });
    const movement = rangeA1(firstSchoolRow, listColumn, lastSchoolRow, listColumn);
    sheet.conditional({ type: 'textEquals', range: movement, text: LIST_CHANGE_ENTERED, style: { fontColor: BAD_FONT, bold: true } });
    sheet.conditional({ type: 'textEquals', range: movement, text: LIST_CHANGE_EXITED, style: { fontColor: GOOD_FONT, bold: true } });
  }

  // Benchmarks under the schools, after one blank row: municipality and region доля «2» of the same year (the low
  // ones also in words, for the printed list).
  const benchmarks = analysis.dynamics.benchmarks;
  const levels: { label: string; pick: (b: BenchmarkRow | undefined) => number | undefined }[] = [];
  const municipality = municipalityName(benchmarks);
  if (municipality !== undefined) {
    levels.push({ label: places.several ? 'Все школы списка (рассчитано)' : `Муниципалитет (${municipality})`, pick: (b) => b?.municipality?.share2 });
  }
  const region = regionName(benchmarks);
  if (region !== undefined) levels.push({ label: `Регион (${region})`, pick: (b) => b?.region?.share2 });
  if (levels.length > 0) {
    sheet.skipRow();
    const firstBenchmarkRow = sheet.lastRow + 1;
    for (const level of levels) {
      const low = procedures.flatMap((p) => [y, prev].flatMap((year) => {
        const value = level.pick(benchmark(p, year));
        return value !== undefined && value >= parameters.threshold ? [`${procedureAbbreviation(p)} ${formatNumber(value)}\u00A0% (${year})`] : [];
      }));
      const values: OutValue[] = [null, level.label, ...new Array<OutValue>(printColumns - 2).fill(null)];
      values[lowTextColumn - 1] = low.length > 0 ? low.join('; ') : `нет процедур с долей «2» ≥ ${formatNumber(parameters.threshold)}\u00A0%`;
      for (const p of procedures) values.push(level.pick(benchmark(p, y)) ?? null, level.pick(benchmark(p, prev)) ?? null);
      sheet.addRow(values);
    }
    const lastBenchmarkRow = sheet.lastRow;
    sheet.style(rangeA1(firstBenchmarkRow, 1, lastBenchmarkRow, width), {
      italic: true, fill: BENCHMARK_FILL, fontColor: BENCHMARK_FONT, border: 'thin', wrap: true, vAlign: 'top',
    });
    if (hasProcedures) sheet.format(rangeA1(firstBenchmarkRow, firstProcedureColumn, lastBenchmarkRow, lastProcedureColumn), '0.0');
  }

  // A legend of the colours, one line each, so that a printed page explains itself (the share colours are for the
  // procedure columns on the screen).
  if (hasSchools) {
    sheet.skipRow();
    const t = formatNumber(parameters.threshold);
    const title = sheet.addRow([null, 'Условные обозначения:']);
    sheet.style(rangeA1(title, 2, title, 2), { italic: true });
    const entries: { status: Status; text: string; share?: string }[] = [
      { status: 'shnor', text: `школа с низкими образовательными результатами (К1 или К2)`, share: `доля «2» ≥ ${t} %` },
      {
        status: 'risk', text: `одна процедура с долей «2» ≥ ${t} % или доля близка к порогу`,
        ...(parameters.riskMargin > 0 ? { share: `${formatNumber(parameters.threshold - parameters.riskMargin)}–${t} %` } : {}),
      },
      { status: 'ok', text: `нет процедур с долей «2» ≥ ${t} % в ${y} г.` },
    ];
    for (const e of entries) {
      const values: OutValue[] = new Array<OutValue>(Math.max(printColumns, e.share ? firstProcedureColumn : 0)).fill(null);
      values[statusColumn - 1] = STATUS_LABELS[e.status];
      values[criteriaColumn - 1] = e.text;
      if (e.share && hasProcedures) values[firstProcedureColumn - 1] = e.share;
      const row = sheet.addRow(values);
      sheet.style(rangeA1(row, statusColumn, row, statusColumn), { ...STATUS_STYLES[e.status], border: 'thin', hAlign: 'center' });
      spanRow(row, e.text, criteriaColumn, printColumns, 2);
      if (e.share && hasProcedures) {
        const style = e.status === 'shnor' ? { fill: BAD_FILL, fontColor: BAD_FONT } : { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT };
        sheet.style(rangeA1(row, firstProcedureColumn, row, firstProcedureColumn), { ...style, border: 'thin', hAlign: 'center' });
      }
    }
  }

  // Школы-кураторы (§4a): for each ШНОР, the curators with the reason, inside the printed width.
  const shnorVerdicts = verdicts.filter((v) => v.status === 'shnor');
  if (shnorVerdicts.length > 0) {
    sheet.skipRow();
    sheet.addSection('Школы-кураторы: предложение по методике (§4a), выбор — за методистом');
    const header = sheet.addHeader([null, 'Школа из перечня ШНОР', 'Школа-куратор', ...new Array<OutValue>(lowTextColumn - 4).fill(null), 'Почему она']);
    sheet.merge(rangeA1(header, 3, header, lowTextColumn - 1));
    sheet.merge(rangeA1(header, lowTextColumn, header, printColumns));
    const partnerRow = (name: string | null, curator: string, reason: string): void => {
      const values: OutValue[] = new Array<OutValue>(printColumns).fill(null);
      values[1] = name;
      values[2] = curator;
      values[lowTextColumn - 1] = reason;
      const row = sheet.addRow(values);
      sheet.style(rangeA1(row, 1, row, printColumns), { wrap: true, vAlign: 'top', border: 'thin' });
      sheet.merge(rangeA1(row, 3, row, lowTextColumn - 1));
      spanRow(row, reason, lowTextColumn, printColumns);
    };
    for (const v of shnorVerdicts) {
      const own = analysis.partners?.get(v.schoolKey) ?? [];
      if (own.length === 0) {
        const gap = analysis.curatorGaps?.get(v.schoolKey);
        const load = parameters.curatorLoad ?? DEFAULT_CURATOR_LOAD;
        partnerRow(v.name, 'нет куратора', gap ? curatorGapText(gap, load) : 'ни одна школа того же уровня и муниципалитета не лучше во всех её низких процедурах при стабильных результатах');
        continue;
      }
      own.forEach((p, i) => partnerRow(i === 0 ? v.name : null, p.name, partnerReasonText(p.reason, y)));
    }
  }

  const built = sheet.build({
    kind: 'shnor',
    name: shnorSheetName(y),
    columnWidths,
    freeze: { rows: headerRow, columns: NAME_COLUMN },
    autoFilter: rangeA1(headerRow, 1, hasSchools ? lastSchoolRow : headerRow, width),
    tabColor: TAB_SHNOR,
  });
  // The builder measures wrapped text by one column; merged text is measured over its merged width (and the name
  // beside it, in column B, over its own).
  const fixed = new Map<number, number>();
  for (const h of spanned) {
    const name = built.values[h.row - 1]?.[NAME_COLUMN - 1];
    const nameLines = typeof name === 'string' && !spanned.some((o) => o.row === h.row && o.text === name) ? wrappedLines(name, columnWidths[NAME_COLUMN - 1]) : 1;
    const lines = Math.max(nameLines, Math.min(h.maxLines, wrappedLines(h.text, h.width)));
    fixed.set(h.row, Math.max(fixed.get(h.row) ?? 0, lines * LINE_HEIGHT));
  }
  const heights = [
    ...(built.rowHeights ?? []).filter((h) => !fixed.has(h.row)),
    ...[...fixed].filter(([, h]) => h > LINE_HEIGHT).map(([row, height]) => ({ row, height })),
  ];
  const { rowHeights: _estimated, ...rest } = built;
  return { ...rest, printColumns, ...(heights.length > 0 ? { rowHeights: heights.sort((a, b) => a.row - b.row) } : {}) };
}

const STATUS_STYLES: Readonly<Record<Status, { fill: string; fontColor: string; bold?: boolean }>> = {
  shnor: { fill: BAD_FILL, fontColor: BAD_FONT, bold: true },
  risk: { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT },
  ok: { fill: GOOD_FILL, fontColor: GOOD_FONT },
  no_data: { fill: MUTED_FILL, fontColor: MUTED_FONT },
};

export { sortVerdicts } from './shnorOrder';

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

