// Sheet «Когорты»: the same class followed across years (ВПР-4 → 5 → 6, ВПР-8 → ОГЭ), under its own repeated header (§4).
import { Analysis, CohortRow } from '../core/results';
import { rangeA1 } from './a1';
import { formatNumber } from './format';
import { compareText, directionLabel, procedureShort } from './labels';
import { OutValue, SheetSpec } from './model';
import { TAB_DYNAMICS } from './palette';
import { addChangeRules, lowRule, placeColumns } from './dynamicsRules';
import { fitHeaderWords } from './rowHeights';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';
import { schoolPlaces } from './shnorList';

export const COHORTS_SHEET_NAME = 'Когорты';

export function buildCohortsSheet(analysis: Analysis): SheetSpec {
  const { parameters } = analysis.identification;
  const places = schoolPlaces(analysis);
  const place = placeColumns(places);
  const sheet = new SheetBuilder();
  sheet.addTitle('Когорты: один и тот же класс по годам');
  const steps = analysis.dynamics.cohorts.reduce((m, c) => Math.max(m, c.steps.length), 0);
  sheet.addWrappedSubtitle(
    `Класс g в году y → g+1 в году y+1 (ВПР-4 → ВПР-5 → ВПР-6; ВПР-8 → ОГЭ). Изменение — разность долей «2» первого и последнего шага, п.п.; ` +
      `без изменений — в пределах ±${formatNumber(parameters.stableBand)} п.п.; доля «2» ≥ ${formatNumber(parameters.threshold)} % выделена.`,
    1 + place.headers.length + 1 + 2 * steps + 2,
  );
  const cohorts = [...analysis.dynamics.cohorts].sort(compareCohorts);
  const stepHeaders: string[] = [];
  for (let k = 1; k <= steps; k++) stepHeaders.push(`Процедура ${k}`, `Доля «2» ${k}`);
  const headers = ['Образовательная организация', ...place.headers, 'Предмет', ...stepHeaders, 'Изменение, п.п.', 'Направление'];
  const lead = 1 + place.headers.length;
  const header = sheet.addHeader(headers);
  const changeColumn = lead + 2 + 2 * steps;
  if (cohorts.length === 0) {
    sheet.addHint(NO_DATA_TEXT);
  } else {
    for (const c of cohorts) {
      const cells: OutValue[] = [];
      for (let k = 0; k < steps; k++) {
        const step = c.steps[k];
        cells.push(step ? `${procedureShort(step.procedure)} ${step.year}` : null, step ? step.share2 : null);
      }
      sheet.addRow([c.name, ...place.values(c.schoolKey), c.subject, ...cells, c.change, directionLabel(c.direction)]);
    }
    const first = header + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, headers.length), { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(first, 1, last, lead), { wrap: true });
    for (let k = 0; k < steps; k++) {
      const column = lead + 3 + 2 * k;
      const shares = rangeA1(first, column, last, column);
      sheet.format(shares, '0.0');
      sheet.conditional(lowRule(shares, parameters.threshold));
    }
    addChangeRules(sheet, rangeA1(first, changeColumn, last, changeColumn), rangeA1(first, changeColumn + 1, last, changeColumn + 1));
  }
  const widths = [38, ...place.widths, 16, ...stepHeaders.map((_, i) => (i % 2 === 0 ? 12 : 10)), 12, 17];
  return sheet.build({
    kind: 'dynamics',
    name: COHORTS_SHEET_NAME,
    columnWidths: fitHeaderWords(headers, widths),
    freeze: { rows: header, columns: 1 },
    ...(cohorts.length > 0 ? { autoFilter: rangeA1(header, 1, sheet.lastRow, headers.length) } : {}),
    tabColor: TAB_DYNAMICS,
  });
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
