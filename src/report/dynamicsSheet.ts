// Sheet «Динамика»: доля «2» by school × procedure × year, the change and its direction (§4–5); one table under one
// repeated header (the cohorts have their own sheet, the municipality and region their table on «Сводка»).
import { procedureLabel } from '../core/model';
import { Analysis, DynamicsRow } from '../core/results';
import { rangeA1 } from './a1';
import { formatNumber } from './format';
import { STATUS_LABELS, STATUS_ORDER, compareProcedures, compareText, directionLabel } from './labels';
import { SheetSpec } from './model';
import { BAD_FILL, BAD_FONT, MUTED_FONT, TAB_DYNAMICS } from './palette';
import { addChangeRules, lowRule, placeColumns } from './dynamicsRules';
import { fitHeaderWords } from './rowHeights';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';
import { schoolPlaces } from './shnorList';

export { CHANGE_FORMAT } from './dynamicsRules';
export const DYNAMICS_SHEET_NAME = 'Динамика';

/** Direction cell of a row with no result in the target year: its last change is not the current one. */
export function noCurrentYearLabel(year: number): string {
  return `нет данных за ${year} г.`;
}

export function buildDynamicsSheet(analysis: Analysis): SheetSpec {
  const { parameters, targetYear: y } = analysis.identification;
  const years = [...analysis.years].sort((a, b) => a - b);
  const places = schoolPlaces(analysis);
  const place = placeColumns(places);
  const sheet = new SheetBuilder();

  const span = years.length > 0 ? ` ${years[0]}–${years[years.length - 1]}` : '';
  sheet.addTitle(`Динамика доли «2» по школам и процедурам${span}`);
  const width = place.headers.length + years.length + 5;
  sheet.addWrappedSubtitle(
    `Изменение — разность долей «2» за два последних года с данными, п.п. (больше «2» — ухудшение); ` +
      `без изменений — в пределах ±${formatNumber(parameters.stableBand)} п.п. или меньше доли одного ученика (при малом числе участников); ` +
      `доля «2» ≥ ${formatNumber(parameters.threshold)} % выделена. Сначала школы из перечня ШНОР, затем зона риска. ` +
      `Когорты — на листе «Когорты», муниципалитет и регион — на листе «Сводка».`,
    width,
  );

  sheet.addSection('Доля «2» по годам');
  const headers = ['Образовательная организация', ...place.headers, 'Статус', 'Процедура', ...years.map(String), 'Изменение, п.п.', 'Направление'];
  const lead = 1 + place.headers.length;
  const statusColumn = lead + 1;
  const yearColumn = (i: number): number => lead + 3 + i;
  const changeColumn = lead + 3 + years.length;
  const directionColumn = changeColumn + 1;
  const header = sheet.addHeader(headers);
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
    // A row without the target year keeps its shares but shows no change as if it were the current one.
    const current = byYear.has(y) || r.change === undefined;
    sheet.addRow([
      r.name, ...place.values(r.schoolKey), status ? STATUS_LABELS[status] : '', procedureLabel(r.procedure),
      ...years.map((yr) => byYear.get(yr) ?? null),
      current ? r.change ?? null : null,
      current ? directionLabel(r.direction) : noCurrentYearLabel(y),
    ]);
  }
  const last = sheet.lastRow;
  if (rows.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    const first = header + 1;
    sheet.style(rangeA1(first, 1, last, headers.length), { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(first, 1, last, lead), { wrap: true });
    if (years.length > 0) {
      const shares = rangeA1(first, yearColumn(0), last, yearColumn(years.length - 1));
      sheet.format(shares, '0.0');
      sheet.conditional(lowRule(shares, parameters.threshold));
    }
    const direction = rangeA1(first, directionColumn, last, directionColumn);
    addChangeRules(sheet, rangeA1(first, changeColumn, last, changeColumn), direction);
    sheet.conditional({ type: 'textEquals', range: direction, text: noCurrentYearLabel(y), style: { fontColor: MUTED_FONT } });
    sheet.conditional({ type: 'textEquals', range: rangeA1(first, statusColumn, last, statusColumn), text: STATUS_LABELS.shnor, style: { fill: BAD_FILL, fontColor: BAD_FONT, bold: true } });
  }
  const widths = [38, ...place.widths, 12, 28, ...years.map(() => 9), 12, 21];
  return sheet.build({
    kind: 'dynamics',
    name: DYNAMICS_SHEET_NAME,
    columnWidths: fitHeaderWords(headers, widths),
    freeze: { rows: header, columns: 1 },
    autoFilter: rangeA1(header, 1, Math.max(header, last), headers.length),
    tabColor: TAB_DYNAMICS,
  });
}

function compareDynamicsRows(a: DynamicsRow, b: DynamicsRow): number {
  return compareText(a.name, b.name) || compareText(a.schoolKey, b.schoolKey) || compareProcedures(a.procedure, b.procedure);
}
