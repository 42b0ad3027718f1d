// Sheet «Контекст» (methodology §6): each school in its social context, the line stated, and a native scatter chart.
import { SchoolSocial, SocialAnalysis } from '../../core/social/types';
import { Analysis, Status } from '../../core/results';
import { rangeA1 } from '../a1';
import { ChartSeries, OutValue, SheetSpec } from '../model';
import { BAD_FILL, BAD_FONT, GOOD_FILL, GOOD_FONT, TAB_CONTEXT } from '../palette';
import { HEADER_STYLE, SheetBuilder } from '../sheetBuilder';
import { GROUP_LABELS, INTERVAL_TEXT, conclusionText, fitText, methodText } from './words';

export const CONTEXT_SHEET_NAME = 'Контекст';

const HEADERS = [
  'Образовательная организация', 'Муниципалитет', 'Статус', 'Социальный индекс', 'Четверть (4 — самая неблагоприятная)',
  'Доля «2», % (два года)', 'Участников (n)', 'Ожидаемая доля «2», %', 'Интервал: от, %', 'Интервал: до, %', 'Группа', 'ШНСУ',
  'Вывод', 'Та же группа оба года', 'Подпись на диаграмме', 'Ряд диаграммы',
];
const WIDTHS = [34, 18, 10, 10, 12, 10, 10, 11, 9, 9, 16, 7, 26, 10, 16, 16];
const STATUS: Readonly<Record<Status, string>> = { shnor: 'ШНОР', risk: 'зона риска', ok: '—', no_data: 'нет данных' };
/** Rows of the chart frame (the chart sits above the table, under the method lines). */
const CHART_ROWS = 26;

/** The chart's groups, disjoint, in the table's order: each a contiguous block of rows and one series. */
type Band = 'worse' | 'resilient' | 'better' | 'expected' | 'none';
const BANDS: readonly { readonly band: Band; readonly name: string; readonly marker: ChartSeries['marker']; readonly color: string }[] = [
  { band: 'worse', name: 'Хуже ожидаемого', marker: 'triangle', color: 'C00000' },
  { band: 'resilient', name: 'Резильентные (ШНСУ лучше ожидаемого)', marker: 'diamond', color: '00B050' },
  { band: 'better', name: 'Лучше ожидаемого', marker: 'circle', color: '70AD47' },
  { band: 'expected', name: 'Как ожидается', marker: 'circle', color: '7F7F7F' },
];

function bandOf(s: SchoolSocial | undefined): Band {
  if (!s?.group) return 'none';
  if (s.resilient) return 'resilient';
  return s.group;
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '—' : value ? 'да' : 'нет';
}

export function buildContextSheet(analysis: Analysis, social: SocialAnalysis): SheetSpec {
  const [y1, y] = social.years;
  const sheet = new SheetBuilder();
  const all = [...social.schools.values()];
  sheet.addTitle(`Результаты с учётом социальных условий, ${y1}–${y} гг.`);
  const hint = (text: string): void => {
    sheet.addHint(text);
  };
  hint(`Социальный индекс: ${methodText(social)}.`);
  hint(`ШНСУ — ${social.shnsuPercent} % школ с наибольшим индексом. Доля «2» — по учитываемым процедурам ${y1} и ${y} гг., взвешенная по участникам.`);
  hint(fitText(social.fit));
  for (const sentence of INTERVAL_TEXT) hint(sentence);
  hint(
    `ШНСУ — ${all.filter((s) => s.shnsu).length}; резильентные — ${social.resilientKeys.size}; ШНОР, чьи низкие результаты не объясняются условиями, — ` +
    `${all.filter((s) => s.notExplained).length}; хуже ожидаемого — ${all.filter((s) => s.group === 'worse').length}; лучше ожидаемого — ${all.filter((s) => s.group === 'better').length}.`,
  );
  sheet.skipRow();
  const chartTop = sheet.lastRow + 1;
  for (let i = 0; i < CHART_ROWS; i++) sheet.skipRow();
  const chartBottom = sheet.lastRow;
  sheet.skipRow();

  const status = new Map(analysis.identification.verdicts.map((v) => [v.schoolKey, v.status]));
  const names = new Map(analysis.dataset.schools.map((s) => [s.key, s]));
  const byBand = new Map<Band, SchoolSocial[]>();
  for (const s of all) {
    const b = bandOf(s);
    if (b === 'none' && s.socialIndex === undefined) continue;
    const list = byBand.get(b) ?? [];
    list.push(s);
    byBand.set(b, list);
  }
  const header = sheet.addHeader(HEADERS);
  const blocks = new Map<Band, { first: number; last: number }>();
  for (const band of [...BANDS.map((b) => b.band), 'none' as const]) {
    const list = (byBand.get(band) ?? []).sort((a, b) => (b.socialIndex ?? -Infinity) - (a.socialIndex ?? -Infinity));
    if (list.length === 0) continue;
    const first = sheet.lastRow + 1;
    const seriesName = BANDS.find((b) => b.band === band)?.name ?? '';
    for (const s of list) {
      const school = names.get(s.schoolKey);
      const st = status.get(s.schoolKey) ?? 'no_data';
      const row: OutValue[] = [
        school?.name ?? s.schoolKey, school?.municipality ?? '', STATUS[st], s.socialIndex ?? null, s.quarter ?? null,
        s.result ?? null, s.n ?? null, s.expected ?? null, s.low === undefined ? null : Math.max(0, s.low), s.high === undefined ? null : Math.min(100, s.high),
        s.group ? GROUP_LABELS[s.group] : 'нет результата', s.shnsu ? 'да' : '', conclusionText(s), yesNo(s.stable), st === 'shnor' || s.resilient ? school?.name ?? '' : '',
        sheet.lastRow + 1 === first ? seriesName : '',
      ];
      sheet.addRow(row);
    }
    blocks.set(band, { first, last: sheet.lastRow });
  }
  const first = header + 1;
  const last = sheet.lastRow;
  if (last >= first) {
    sheet.style(rangeA1(first, 1, last, HEADERS.length), { border: 'thin', vAlign: 'top', wrap: true });
    sheet.format(rangeA1(first, 4, last, 4), '0.00');
    sheet.format(rangeA1(first, 5, last, 5), '0');
    sheet.format(rangeA1(first, 6, last, 6), '0.0');
    sheet.format(rangeA1(first, 7, last, 7), '0');
    sheet.format(rangeA1(first, 8, last, 10), '0.0');
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, 11, last, 11), text: GROUP_LABELS.worse, style: { fill: BAD_FILL, fontColor: BAD_FONT } });
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, 11, last, 11), text: GROUP_LABELS.better, style: { fill: GOOD_FILL, fontColor: GOOD_FONT } });
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, 13, last, 13), text: 'резильентная', style: { fill: GOOD_FILL, fontColor: GOOD_FONT, bold: true } });
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, 13, last, 13), text: 'низкие результаты не объясняются условиями', style: { fill: BAD_FILL, fontColor: BAD_FONT, bold: true } });
  }

  // The line and the ШНСУ boundary as two-point series, in a small block under the table (the chart refers to it).
  const points = all.filter((s) => s.socialIndex !== undefined && s.result !== undefined);
  const series: ChartSeries[] = [];
  for (const b of BANDS) {
    const block = blocks.get(b.band);
    if (!block) continue;
    series.push({
      name: b.name, nameRef: `P${block.first}`, xValues: rangeA1(block.first, 4, block.last, 4), values: rangeA1(block.first, 6, block.last, 6),
      marker: b.marker, color: b.color, labels: rangeA1(block.first, 15, block.last, 15),
    });
  }
  if (points.length > 0) {
    const xs = points.map((s) => s.socialIndex as number);
    const xMin = Math.min(...xs);
    const xMax = Math.max(...xs);
    const yTop = Math.max(...points.map((s) => s.result as number), 1);
    const f = social.fit;
    const lineAt = (x: number): number => (f.intercept !== undefined && f.slope !== undefined ? Math.min(100, Math.max(0, f.intercept + f.slope * x)) : f.mean ?? 0);
    sheet.skipRow();
    sheet.addSection('Данные диаграммы: линия и граница ШНСУ');
    const h = sheet.addRow(['Ряд', 'Социальный индекс', 'Доля «2», %']);
    sheet.style(rangeA1(h, 1, h, 3), HEADER_STYLE);
    const lineName = f.intercept !== undefined ? 'Ожидаемая доля «2» (линия)' : 'Средняя доля «2» всех школ';
    const l1 = sheet.addRow([lineName, xMin, lineAt(xMin)]);
    sheet.addRow(['', xMax, lineAt(xMax)]);
    series.push({ name: lineName, nameRef: `A${l1}`, xValues: rangeA1(l1, 2, l1 + 1, 2), values: rangeA1(l1, 3, l1 + 1, 3), marker: 'none', color: '1F4E79', line: 'solid' });
    const shnsuIndex = all.filter((s) => s.shnsu && s.socialIndex !== undefined).map((s) => s.socialIndex as number);
    if (shnsuIndex.length > 0) {
      const at = Math.min(...shnsuIndex);
      const boundary = `Граница ШНСУ (${social.shnsuPercent} % с наибольшим индексом)`;
      const b1 = sheet.addRow([boundary, at, 0]);
      sheet.addRow(['', at, Math.ceil(yTop / 10) * 10]);
      series.push({ name: boundary, nameRef: `A${b1}`, xValues: rangeA1(b1, 2, b1 + 1, 2), values: rangeA1(b1, 3, b1 + 1, 3), marker: 'none', color: '7030A0', line: 'dash' });
    }
    sheet.style(rangeA1(l1, 1, sheet.lastRow, 3), { border: 'thin' });
    sheet.format(rangeA1(l1, 2, sheet.lastRow, 3), '0.00');
  }
  if (series.some((s) => s.marker !== 'none')) {
    sheet.chart({
      type: 'scatter', title: `Доля «2» и социальный индекс школ, ${y1}–${y} гг. (подписаны ШНОР и резильентные школы)`, categories: series[0].xValues as string, series,
      from: `A${chartTop}`, to: `M${chartBottom}`, xTitle: 'Социальный индекс (больше — неблагоприятнее условия)', yTitle: 'Доля «2», %', yMin: 0,
    });
  }
  return sheet.build({ kind: 'context', name: CONTEXT_SHEET_NAME, columnWidths: WIDTHS, tabColor: TAB_CONTEXT });
}
