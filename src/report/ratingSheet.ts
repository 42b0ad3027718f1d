// Sheet «Рейтинг»: the municipal rating of Y in groups of one procedure set (§5), on its own page grid.
import { Analysis } from '../core/results';
import { rangeA1 } from './a1';
import { formatNumber } from './format';
import { SheetSpec } from './model';
import { TAB_SUMMARY } from './palette';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';

export const RATING_SHEET_NAME = 'Рейтинг';

const HEADERS = ['Место в группе', 'Образовательная организация', 'Средняя доля «2», %', 'Средняя доля «4» и «5», %', 'Процедур', 'Группа: одинаковый набор процедур'];

export function buildRatingSheet(analysis: Analysis): SheetSpec {
  const { targetYear: y, parameters } = analysis.identification;
  const sheet = new SheetBuilder();
  sheet.addTitle(`Муниципальный рейтинг ${y}`);
  // Already in groups of one procedure set (larger sets first), the best of each group first.
  const ranking = analysis.dynamics.ranking;
  let header = 0;
  if (ranking.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    sheet.addHint(`Школы сравниваются только с теми, кто писал те же процедуры из учитываемых (результаты не менее чем ${formatNumber(parameters.smallSample)} участников); цвет — место среди всех, не правило ШНОР.`);
    header = sheet.addHeader(HEADERS);
    for (const r of ranking) sheet.addRow([`${r.rank} из ${r.groupSize}`, r.name, r.meanShare2, r.meanShare45 ?? null, r.procedures, r.group]);
    const first = header + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, HEADERS.length), { border: 'thin', wrap: true, vAlign: 'top' });
    sheet.style(rangeA1(first, 1, last, 1), { hAlign: 'center' });
    sheet.format(rangeA1(first, 3, last, 4), '0.0');
    sheet.format(rangeA1(first, 5, last, 5), '0');
    // A neutral scale (white to blue): the rank, not the ШНОР rule's red.
    sheet.conditional({ type: 'colorScale', range: rangeA1(first, 3, last, 3), colors: ['FFFFFF', '9DC3E6'] });
  }
  return sheet.build({
    kind: 'rating',
    name: RATING_SHEET_NAME,
    columnWidths: [10, 40, 12, 12, 10, 36],
    ...(header > 0 ? { freeze: { rows: header, columns: 0 }, autoFilter: rangeA1(header, 1, sheet.lastRow, HEADERS.length) } : {}),
    tabColor: TAB_SUMMARY,
  });
}
