// Sheet «Сводка»: chart-ready tables (ШНОР by year, municipal доля «2», statuses) and native charts (§4–5).
import { Procedure, procedureKey, procedureLabel } from '../core/model';
import { Analysis, BenchmarkRow } from '../core/results';
import { cellA1, rangeA1 } from './a1';
import { formatNumber } from './format';
import { STATUS_ORDER, compareProcedures, statusLabel } from './labels';
import { benchmarkLookup } from './lookups';
import { ChartSpec, SheetSpec } from './model';
import { BAD_FILL, BAD_FONT, TAB_SUMMARY } from './palette';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';

export const SUMMARY_SHEET_NAME = 'Сводка';
/** A chart is this many columns wide and rows high, to the right of the tables. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
/** Charts never start left of column I. */
const MIN_CHART_COLUMN = 9;

interface PendingChart {
  readonly anchorRow: number;
  readonly chart: Omit<ChartSpec, 'from' | 'to'>;
}

/** Lines on one chart before it is split (a legend larger than the plot helps nobody). */
const MAX_SERIES = 4;

export function buildSummarySheet(analysis: Analysis): SheetSpec {
  const { targetYear: y, parameters, procedures: counted } = analysis.identification;
  const years = [...analysis.years].sort((a, b) => a - b);
  const sheet = new SheetBuilder();
  const charts: PendingChart[] = [];
  const tableWidths: number[] = [];

  sheet.addTitle(`Сводка: ШНОР и доля «2»${years.length > 0 ? `, ${years[0]}–${years[years.length - 1]}` : ''}`);
  sheet.addSubtitle(`Целевой год ${y}; низкий результат — доля «2» ≥ ${formatNumber(parameters.threshold)} %.`);
  sheet.skipRow();

  // Table 1: counts by year + column chart.
  const section1 = sheet.addSection('ШНОР по годам');
  const headers1 = ['Год', 'ШНОР', 'Зона риска', 'Вошли', 'Вышли', 'Доля школ с положительной динамикой, %'];
  tableWidths.push(headers1.length);
  const counts = [...analysis.dynamics.counts].sort((a, b) => a.year - b.year);
  if (counts.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const header = sheet.addHeader(headers1);
    for (const c of counts) {
      sheet.addRow([
        c.year, c.shnor, c.risk,
        c.comparable ? c.entered : null,
        c.comparable ? c.exited : null,
        c.comparable && c.positiveDynamicsShare !== undefined ? c.positiveDynamicsShare : null,
      ]);
    }
    const first = header + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, headers1.length), { border: 'thin', hAlign: 'center' });
    sheet.format(rangeA1(first, 1, last, 5), '0');
    sheet.format(rangeA1(first, 6, last, 6), '0.0');
    sheet.addHint('Вошли, вышли и положительная динамика — только для лет, у которых есть данные за предыдущий год.');
    charts.push({
      anchorRow: section1,
      chart: {
        type: 'column',
        title: 'Число ШНОР по годам',
        categories: rangeA1(first, 1, last, 1),
        series: [2, 4, 5].map((column) => ({ name: headers1[column - 1], nameRef: cellA1(header, column), values: rangeA1(first, column, last, column) })),
        xTitle: 'Год',
        yTitle: 'Число школ',
      },
    });
  }

  // Table 2: municipal доля «2» by procedure and year + line chart (series = counted procedures).
  sheet.skipRow();
  const section2 = sheet.addSection('Доля «2» по муниципалитету, %');
  tableWidths.push(2 + years.length);
  const benchmark = benchmarkLookup(analysis);
  const hasMunicipality = (p: Procedure): boolean => years.some((yr) => benchmark(p, yr)?.municipality !== undefined);
  const countedKeys = new Set(counted.map(procedureKey));
  const countedRows = counted.filter(hasMunicipality);
  const otherRows = uniqueProcedures(analysis.dynamics.benchmarks.map((b) => b.procedure))
    .filter((p) => !countedKeys.has(procedureKey(p)) && hasMunicipality(p))
    .sort(compareProcedures);
  const shareRows = [...countedRows, ...otherRows];
  if (shareRows.length === 0 || years.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const header = sheet.addHeader(['Процедура', ...years, METHOD_HEADER]);
    sheet.format(rangeA1(header, 2, header, 1 + years.length), '0');
    for (const p of shareRows) {
      const series = years.map((yr) => ({ year: yr, municipality: benchmark(p, yr)?.municipality }));
      sheet.addRow([procedureLabel(p), ...series.map((b) => b.municipality?.share2 ?? null), seriesMethod(series)]);
    }
    const first = header + 1;
    const last = sheet.lastRow;
    const shares = rangeA1(first, 2, last, 1 + years.length);
    sheet.style(rangeA1(first, 1, last, 2 + years.length), { border: 'thin' });
    sheet.style(rangeA1(first, 2 + years.length, last, 2 + years.length), { wrap: true, fontSize: 9 });
    sheet.addHint('Один способ расчёта на весь ряд (методика, §4): строки листа, если они есть за каждый год, иначе по школам за каждый год.');
    sheet.format(shares, '0.0');
    sheet.conditional({ type: 'cellIs', range: shares, operator: 'greaterThanOrEqual', values: [parameters.threshold], style: { fill: BAD_FILL, fontColor: BAD_FONT } });
    if (otherRows.length > 0) {
      sheet.addHint('На диаграмме — только процедуры, по которым выявляются ШНОР.');
    }
    // A chart a person can read: up to four lines; more procedures are split by subject (ВПР русский язык,
    // ВПР математика, …, ОГЭ и ЕГЭ), one small chart each.
    const groups = new Map<string, { p: Procedure; row: number }[]>();
    countedRows.forEach((p, i) => {
      const key = countedRows.length <= MAX_SERIES ? '' : p.kind === 'ОГЭ' || p.kind === 'ЕГЭ' ? 'ОГЭ и ЕГЭ' : `${p.kind}, ${p.subject.toLowerCase()}`;
      groups.set(key, [...(groups.get(key) ?? []), { p, row: first + i }]);
    });
    for (const [key, members] of groups) {
      for (let part = 0; part < members.length; part += MAX_SERIES) {
        const slice = members.slice(part, part + MAX_SERIES);
        charts.push({
          anchorRow: section2,
          chart: {
            type: 'line',
            title: key === '' ? 'Доля «2» в муниципалитете по процедурам и годам' : `Доля «2» в муниципалитете: ${key}`,
            categories: rangeA1(header, 2, header, 1 + years.length),
            series: slice.map(({ p, row }) => ({ name: procedureLabel(p), nameRef: cellA1(row, 1), values: rangeA1(row, 2, row, 1 + years.length) })),
            xTitle: 'Год',
            yTitle: 'Доля «2», %',
          },
        });
      }
    }
  }

  // Table 3: schools by status in Y + bar chart.
  sheet.skipRow();
  const section3 = sheet.addSection(`Школы по статусу, ${y}`);
  tableWidths.push(2);
  const statusHeader = sheet.addHeader(['Статус', 'Число школ']);
  for (const s of STATUS_ORDER) sheet.addRow([statusLabel(s), analysis.identification.verdicts.filter((v) => v.status === s).length]);
  const statusFirst = statusHeader + 1;
  const statusLast = sheet.lastRow;
  sheet.style(rangeA1(statusFirst, 1, statusLast, 2), { border: 'thin' });
  sheet.format(rangeA1(statusFirst, 2, statusLast, 2), '0');
  charts.push({
    anchorRow: section3,
    chart: {
      type: 'bar',
      title: `Школы по статусу ${y}`,
      categories: rangeA1(statusFirst, 1, statusLast, 1),
      series: [{ name: 'Число школ', nameRef: cellA1(statusHeader, 2), values: rangeA1(statusFirst, 2, statusLast, 2) }],
    },
  });

  // Table 4: the school's benchmarks by procedure and year — municipality (with how it was obtained) and region.
  sheet.skipRow();
  sheet.addSection('Муниципалитет и регион: доля «2» по процедурам и годам, %');
  tableWidths.push(6);
  const benchmarks = [...analysis.dynamics.benchmarks].sort((a, b) => compareProcedures(a.procedure, b.procedure) || a.year - b.year);
  if (benchmarks.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const header = sheet.addHeader(['Процедура', 'Год', 'Муниципалитет', 'Способ', 'Регион', 'Школ']);
    for (const b of benchmarks) {
      const origin = b.municipality ? (b.municipality.origin === 'sheet' ? 'строка листа' : b.municipality.unweighted ? 'по школам, без весов' : 'по школам, взвешено') : '';
      sheet.addRow([procedureLabel(b.procedure), b.year, b.municipality?.share2 ?? null, origin, b.region?.share2 ?? null, b.schoolCount]);
    }
    const first = header + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, 6), { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(first, 4, last, 4), { wrap: true });
    sheet.format(rangeA1(first, 2, last, 2), '0');
    sheet.style(rangeA1(first, 2, last, 2), { hAlign: 'center' });
    sheet.format(rangeA1(first, 3, last, 3), '0.0');
    sheet.format(rangeA1(first, 5, last, 5), '0.0');
    sheet.format(rangeA1(first, 6, last, 6), '0');
    for (const column of [3, 5]) {
      sheet.conditional({ type: 'cellIs', range: rangeA1(first, column, last, column), operator: 'greaterThanOrEqual', values: [parameters.threshold], style: { fill: BAD_FILL, fontColor: BAD_FONT } });
    }
  }

  // Charts to the right of every table, stacked without overlapping each other.
  const chartColumn = Math.max(MIN_CHART_COLUMN, tableWidths.reduce((m, w) => Math.max(m, w), 0) + 2);
  let nextFree = 1;
  for (const pending of charts) {
    const top = Math.max(pending.anchorRow, nextFree);
    const bottom = top + CHART_ROWS - 1;
    sheet.chart({ ...pending.chart, from: cellA1(top, chartColumn), to: cellA1(bottom, chartColumn + CHART_COLUMNS - 1) });
    nextFree = bottom + 2;
  }

  // A: year / procedure / status (fits «ВПР-5 русский язык»); then numbers; F: the long «положительная динамика» header.
  // The rating, with its long school names, has its own sheet and widths (ratingSheet.ts).
  const widths = Array.from({ length: tableWidths.reduce((m, w) => Math.max(m, w), 0) }, (_, i) => [22, 10, 14, 12, 10, 18][i] ?? 10);
  // The method column of table 2 (after its years) holds a short phrase.
  const methodColumn = 2 + years.length;
  const columnWidths = widths.map((w, i) => (i + 1 === methodColumn && shareRows.length > 0 ? Math.max(w, 24) : w));
  return sheet.build({ kind: 'summary', name: SUMMARY_SHEET_NAME, columnWidths, tabColor: TAB_SUMMARY });
}

/** Header of the column saying how a district series was obtained. */
export const METHOD_HEADER = 'Способ расчёта';

/** How a procedure's district series was obtained, said once for the row (one method per series; exceptions by year). */
export function seriesMethod(series: readonly { readonly year: number; readonly municipality?: BenchmarkRow['municipality'] }[]): string {
  const given = series.filter((b) => b.municipality !== undefined);
  const fromSheet = given.filter((b) => b.municipality?.origin === 'sheet');
  const computed = given.filter((b) => b.municipality?.origin === 'computed');
  if (computed.length === 0) return fromSheet.length > 0 ? 'строки листа (муниципалитет)' : '';
  const how = computed.some((b) => b.municipality?.unweighted) ? 'по школам, среднее без весов (нет числа участников)' : 'по школам, взвешено по числу участников';
  return fromSheet.length === 0 ? how : `${how}; ${fromSheet.map((b) => b.year).join(', ')} — строка листа (школ нет)`;
}

function uniqueProcedures(procedures: readonly Procedure[]): Procedure[] {
  const seen = new Map<string, Procedure>();
  for (const p of procedures) if (!seen.has(procedureKey(p))) seen.set(procedureKey(p), p);
  return [...seen.values()];
}
