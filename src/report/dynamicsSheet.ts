// Sheet «Динамика»: доля «2» by school × procedure × year, cohorts, and school vs municipality vs region (§4–5).
import { procedureLabel } from '../core/model';
import { Analysis, CohortRow, DynamicsRow } from '../core/results';
import { rangeA1 } from './a1';
import { formatNumber } from './format';
import { DIRECTION_LABELS, STATUS_LABELS, STATUS_ORDER, compareProcedures, compareText, directionLabel, procedureShort } from './labels';
import { ConditionalFormat, OutValue, SheetSpec } from './model';
import {
  BAD_FILL, BAD_FONT, GOOD_FILL, GOOD_FONT, MUTED_FONT, SCALE_HIGH, SCALE_LOW, SCALE_MID, TAB_DYNAMICS,
} from './palette';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';

export const DYNAMICS_SHEET_NAME = 'Динамика';
/** Number format of a change in p.p.: sign always shown. */
export const CHANGE_FORMAT = '+0.0;-0.0;0.0';

/** p.p. of change at which the colour scale is at full strength. */
const CHANGE_SCALE_END = 10;

export function buildDynamicsSheet(analysis: Analysis): SheetSpec {
  const { parameters } = analysis.identification;
  const years = [...analysis.years].sort((a, b) => a - b);
  const sheet = new SheetBuilder();
  const widths: number[] = [];
  const widen = (column: number, width: number): void => {
    widths[column - 1] = Math.max(widths[column - 1] ?? 0, width);
  };

  const span = years.length > 0 ? ` ${years[0]}–${years[years.length - 1]}` : '';
  sheet.addTitle(`Динамика доли «2» по школам и процедурам${span}`);
  sheet.addSubtitle(
    `Изменение — разность долей «2» за два последних года с данными, п.п. (больше «2» — ухудшение); ` +
      `без изменений — в пределах ±${formatNumber(parameters.stableBand)} п.п. или меньше доли одного ученика (при малом числе участников); ` +
      `доля «2» ≥ ${formatNumber(parameters.threshold)} % выделена. Сначала школы из перечня ШНОР, затем зона риска.`,
  );

  // Table 1: school × procedure × year.
  sheet.addSection('Доля «2» по годам');
  const headers1 = ['Образовательная организация', 'Статус', 'Процедура', ...years.map(String), 'Изменение, п.п.', 'Направление'];
  const header1 = sheet.addHeader(headers1);
  const yearColumn = (i: number): number => 4 + i;
  const changeColumn1 = 4 + years.length;
  const directionColumn1 = changeColumn1 + 1;
  const statusOf = new Map(analysis.identification.verdicts.map((v) => [v.schoolKey, v.status]));
  const rank = (key: string): number => {
    const s = statusOf.get(key);
    return s === undefined ? STATUS_ORDER.length : STATUS_ORDER.indexOf(s);
  };
  // ШНОР first, then зона риска, the others; by name inside.
  const rows = [...analysis.dynamics.rows].sort((a, b) => rank(a.schoolKey) - rank(b.schoolKey) || compareDynamicsRows(a, b));
  for (const r of rows) {
    const byYear = new Map(r.values.map((v) => [v.year, v.share2]));
    const status = statusOf.get(r.schoolKey);
    sheet.addRow([r.name, status ? STATUS_LABELS[status] : '', procedureLabel(r.procedure), ...years.map((y) => byYear.get(y) ?? null), r.change ?? null, directionLabel(r.direction)]);
  }
  const last1 = sheet.lastRow;
  if (rows.length > 0) {
    const first = header1 + 1;
    sheet.style(rangeA1(first, 1, last1, headers1.length), { border: 'thin' });
    if (years.length > 0) {
      const shares = rangeA1(first, yearColumn(0), last1, yearColumn(years.length - 1));
      sheet.format(shares, '0.0');
      sheet.conditional(lowRule(shares, parameters.threshold));
    }
    addChangeRules(sheet, rangeA1(first, changeColumn1, last1, changeColumn1), rangeA1(first, directionColumn1, last1, directionColumn1));
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, 2, last1, 2), text: STATUS_LABELS.shnor, style: { fill: BAD_FILL, fontColor: BAD_FONT, bold: true } });
  }
  widen(1, 38);
  widen(2, 12);
  widen(3, 28);
  years.forEach((_, i) => widen(yearColumn(i), 9));
  widen(changeColumn1, 12);
  widen(directionColumn1, 17);

  // Table 2: cohorts.
  sheet.skipRow();
  sheet.addSection('Когорты (один и тот же класс по годам)');
  const cohorts = [...analysis.dynamics.cohorts].sort(compareCohorts);
  if (cohorts.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const steps = cohorts.reduce((m, c) => Math.max(m, c.steps.length), 0);
    const stepHeaders: string[] = [];
    for (let k = 1; k <= steps; k++) stepHeaders.push(`Процедура ${k}`, `Доля «2» ${k}`);
    const headers2 = ['Образовательная организация', 'Предмет', ...stepHeaders, 'Изменение, п.п.', 'Направление'];
    const header2 = sheet.addHeader(headers2);
    const changeColumn2 = 3 + 2 * steps;
    for (const c of cohorts) {
      const cells: OutValue[] = [];
      for (let k = 0; k < steps; k++) {
        const step = c.steps[k];
        cells.push(step ? `${procedureShort(step.procedure)} ${step.year}` : null, step ? step.share2 : null);
      }
      sheet.addRow([c.name, c.subject, ...cells, c.change, directionLabel(c.direction)]);
    }
    const first = header2 + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, headers2.length), { border: 'thin' });
    for (let k = 0; k < steps; k++) {
      const column = 4 + 2 * k;
      const shares = rangeA1(first, column, last, column);
      sheet.format(shares, '0.0');
      sheet.conditional(lowRule(shares, parameters.threshold));
      widen(column - 1, 12);
      widen(column, 10);
    }
    addChangeRules(sheet, rangeA1(first, changeColumn2, last, changeColumn2), rangeA1(first, changeColumn2 + 1, last, changeColumn2 + 1));
    widen(changeColumn2, 12);
    widen(changeColumn2 + 1, 17);
  }

  // Table 3: municipality and region.
  sheet.skipRow();
  sheet.addSection('Школа — муниципалитет — регион');
  const benchmarks = [...analysis.dynamics.benchmarks].sort((a, b) => compareProcedures(a.procedure, b.procedure) || a.year - b.year);
  if (benchmarks.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const header3 = sheet.addHeader(['Процедура', 'Год', 'Муниципалитет, доля «2», %', 'Источник', 'Регион, доля «2», %', 'Школ']);
    for (const b of benchmarks) {
      const origin = b.municipality ? (b.municipality.origin === 'sheet' ? 'из листа' : b.municipality.unweighted ? 'по школам, без весов' : 'по школам, взвешено') : '';
      sheet.addRow([procedureLabel(b.procedure), b.year, b.municipality?.share2 ?? null, origin, b.region?.share2 ?? null, b.schoolCount]);
    }
    const first = header3 + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, 6), { border: 'thin' });
    sheet.format(rangeA1(first, 2, last, 2), '0');
    sheet.style(rangeA1(first, 2, last, 2), { hAlign: 'center' });
    sheet.format(rangeA1(first, 3, last, 3), '0.0');
    sheet.format(rangeA1(first, 5, last, 5), '0.0');
    sheet.format(rangeA1(first, 6, last, 6), '0');
    sheet.conditional(lowRule(rangeA1(first, 3, last, 3), parameters.threshold));
    sheet.conditional(lowRule(rangeA1(first, 5, last, 5), parameters.threshold));
    widen(3, 14);
    widen(4, 12);
    widen(5, 12);
  }

  const columnWidths = Array.from({ length: widths.length }, (_, i) => widths[i] ?? 10);
  return sheet.build({
    kind: 'dynamics',
    name: DYNAMICS_SHEET_NAME,
    columnWidths,
    freeze: { rows: header1, columns: 1 },
    autoFilter: rangeA1(header1, 1, Math.max(header1, last1), headers1.length),
    tabColor: TAB_DYNAMICS,
  });
}

function lowRule(range: string, threshold: number): ConditionalFormat {
  return { type: 'cellIs', range, operator: 'greaterThanOrEqual', values: [threshold], style: { fill: BAD_FILL, fontColor: BAD_FONT } };
}

/** Colour scale on the change (green = fewer «2», red = more) and text colours on the direction. */
function addChangeRules(sheet: SheetBuilder, change: string, direction: string): void {
  sheet.format(change, CHANGE_FORMAT);
  // Fixed ends: a change of ±1 p.p. stays pale, ±CHANGE_SCALE_END p.p. and more is full colour.
  sheet.conditional({
    type: 'colorScale', range: change, colors: [SCALE_LOW, SCALE_MID, SCALE_HIGH], midpoint: 0, min: -CHANGE_SCALE_END, max: CHANGE_SCALE_END,
  });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.worsened, style: { fill: BAD_FILL, fontColor: BAD_FONT } });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.improved, style: { fill: GOOD_FILL, fontColor: GOOD_FONT } });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.stable, style: { fontColor: MUTED_FONT } });
}

function compareDynamicsRows(a: DynamicsRow, b: DynamicsRow): number {
  return compareText(a.name, b.name) || compareText(a.schoolKey, b.schoolKey) || compareProcedures(a.procedure, b.procedure);
}

function compareCohorts(a: CohortRow, b: CohortRow): number {
  return (
    compareText(a.name, b.name) ||
    compareText(a.schoolKey, b.schoolKey) ||
    compareText(a.subject, b.subject) ||
    (a.steps[0]?.year ?? 0) - (b.steps[0]?.year ?? 0) ||
    (a.steps[0]?.procedure.grade ?? 0) - (b.steps[0]?.procedure.grade ?? 0)
  );
}
