// Sheet «Параметры»: parameters used, time and version, every source sheet read, every warning with its cell (§5).
import { quotedNames } from '../core/format';
import { procedureLabel } from '../core/model';
import { RULE_SETS } from '../core/ruleSets/presets';
import { differenceLabel } from '../core/ruleSets/compare';
import { Analysis } from '../core/results';
import { rangeA1 } from './a1';
import { formatDateTime } from './format';
import { LAYOUT_LABELS } from './labels';
import { OutValue, SheetSpec } from './model';
import { DOUBT_FILL, TAB_PARAMETERS } from './palette';
import { aggregateLines, doubtPlace, doubtsTitle } from '../ingest/doubts';
import { RunInfo } from './runInfo';
import { SheetBuilder } from './sheetBuilder';

/** «Возможно, одна школа»: similar names written per group on the sheet. */
const PARAMETERS_NAMES_SHOWN = 10;

export const PARAMETERS_SHEET_NAME = 'Параметры';

export const SOURCE_HEADERS = [
  'Файл', 'Лист', 'Диапазон', 'Макет', 'Год', 'Процедура', 'Класс', 'Предметы',
  'Строк', 'Результатов', 'Школ', 'Агрегатов', 'Пропущен',
] as const;
export const WARNING_HEADERS = ['Файл', 'Лист', 'Ячейка', 'Сообщение'] as const;
export const DOUBT_HEADERS = ['Где', 'Что решено', 'Зависят выводы о школах', 'Как исправить'] as const;

export function buildParametersSheet(analysis: Analysis, info: RunInfo): SheetSpec {
  const { parameters, procedures, targetYear } = analysis.identification;
  const sheet = new SheetBuilder();
  sheet.addTitle('Параметры расчёта, источники и предупреждения');
  sheet.skipRow();

  // Doubts first: each is a decision of the reader that can change a verdict.
  const doubts = info.doubts ?? [];
  sheet.addSection(doubtsTitle(doubts));
  if (doubts.length === 0) sheet.addHint('Чтение не потребовало решений, от которых зависят выводы о школах.');
  else {
    const header = sheet.addHeader([...DOUBT_HEADERS]);
    for (const d of doubts) sheet.addRow([doubtPlace(d), d.decided, d.schools.map((s) => s.name).join('; '), d.fix]);
    sheet.style(rangeA1(header + 1, 1, sheet.lastRow, DOUBT_HEADERS.length), { border: 'thin', vAlign: 'top', wrap: true, fill: DOUBT_FILL });
  }
  sheet.skipRow();

  // Parameters as a key/value table.
  const labels = procedures.map(procedureLabel).join('; ');
  const rules = RULE_SETS[parameters.ruleSet ?? 'municipal'];
  const comparison = analysis.comparison;
  const entries: readonly (readonly [string, OutValue])[] = [
    ['Правила', `«${rules.name}» — ${rules.source}`],
    ['Минимум участников', parameters.minParticipants ? `${parameters.minParticipants}: результат с меньшим числом участников не считается низким` : 'не задан'],
    ...(comparison ? [['Сравнение с правилами', `«${RULE_SETS[comparison.otherRules].name}» — ${RULE_SETS[comparison.otherRules].source}`] as const] : []),
    ['Порог доли «2», %', parameters.threshold],
    ['Процедуры', parameters.procedures === 'all' ? `все процедуры в данных: ${labels}` : labels],
    ['Целевой год', targetYear],
    ['Малая выборка, участников', parameters.smallSample],
    ['Зона риска, п.п.', parameters.riskMargin],
    ['Порог объективности, %', parameters.objectivityThreshold],
    ['Без изменений в пределах, п.п.', parameters.stableBand],
    ['Сформировано', formatDateTime(info.generatedAt)],
    ['Версия', info.version],
    ...(info.files.length > 0 ? [['Файлы', info.files.join('; ')] as const] : []),
  ];
  const parametersHeader = sheet.addHeader(['Параметр', 'Значение']);
  for (const [key, value] of entries) sheet.addRow([key, value]);
  const parametersLast = sheet.lastRow;
  sheet.style(rangeA1(parametersHeader + 1, 1, parametersLast, 2), { border: 'thin', vAlign: 'top' });
  sheet.style(rangeA1(parametersHeader + 1, 1, parametersLast, 1), { bold: true });
  sheet.style(rangeA1(parametersHeader + 1, 2, parametersLast, 2), { wrap: true, hAlign: 'left' });

  // Sources read.
  sheet.skipRow();
  sheet.addSection('Прочитанные источники');
  const sourcesHeader = sheet.addHeader([...SOURCE_HEADERS]);
  for (const s of info.sources) {
    sheet.addRow([
      s.file, s.sheet, s.range,
      s.layout ? LAYOUT_LABELS[s.layout] : '',
      s.context.year ?? null,
      s.context.kind ?? '',
      s.context.grade ?? null,
      s.context.subjects.join(', '),
      s.rowsRead, s.resultsRead, s.schools.length, s.aggregates.length,
      s.skippedReason ?? '',
    ]);
  }
  if (info.sources.length === 0) sheet.addHint('Источники не переданы.');
  else {
    const first = sourcesHeader + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, SOURCE_HEADERS.length), { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(first, SOURCE_HEADERS.length, last, SOURCE_HEADERS.length), { wrap: true });
    sheet.format(rangeA1(first, 5, last, 5), '0');
    sheet.format(rangeA1(first, 7, last, 7), '0');
    sheet.format(rangeA1(first, 9, last, 12), '0');
  }

  // Rows taken as aggregates (never schools), each with its evidence.
  const aggregates = aggregateLines(info.sources);
  if (aggregates.length > 0) {
    sheet.skipRow();
    sheet.addSection(`Строки, взятые как итоги, а не школы (${aggregates.length}), и почему`);
    for (const line of aggregates) sheet.addRow([line]);
  }

  // Schools in one list and not in the other, when a second rule set was compared.
  if (comparison) {
    sheet.skipRow();
    sheet.addSection(`Сравнение правил: «${rules.name}» и «${RULE_SETS[comparison.otherRules].name}» — различий: ${comparison.differences.length}`);
    const header = sheet.addHeader(['Школа', 'Различие', `Почему по «${rules.name}»`, `Почему по «${RULE_SETS[comparison.otherRules].name}»`]);
    for (const d of comparison.differences) sheet.addRow([d.name, differenceLabel(d, comparison), d.main.explanation, d.other.explanation]);
    if (comparison.differences.length === 0) sheet.addHint('Списки совпадают.');
    else sheet.style(rangeA1(header + 1, 1, sheet.lastRow, 4), { border: 'thin', vAlign: 'top', wrap: true });
  }

  // Names that may be one school, and the pairs the user merged.
  const duplicates = analysis.dataset.possibleDuplicates ?? [];
  const merged = analysis.dataset.mergedSchools ?? [];
  if (duplicates.length > 0 || merged.length > 0) {
    sheet.skipRow();
    sheet.addSection('Возможно, одна школа');
    const header = sheet.addHeader(['Школа', 'Похожая', 'Решение']);
    // One row per group, however many names share the rest (2 000 «Лесная СОШ ООШ …» make one row, not 1 999 000).
    for (const d of duplicates) {
      const similar = d.names.length === 2 ? d.names[1] : quotedNames(d.names.slice(1), PARAMETERS_NAMES_SHOWN);
      sheet.addRow([d.names[0], similar, 'считаются разными; объедините в панели «Источники» или в --settings, если это одна школа']);
    }
    for (const [keep, other] of merged) sheet.addRow([keep, other, 'объединены пользователем']);
    sheet.style(rangeA1(header + 1, 1, sheet.lastRow, 3), { border: 'thin', vAlign: 'top', wrap: true });
  }

  // Every warning with its cell.
  sheet.skipRow();
  const warnings = analysis.dataset.warnings;
  sheet.addSection(`Предупреждения (${warnings.length})`);
  const warningsHeader = sheet.addHeader([...WARNING_HEADERS]);
  for (const w of warnings) sheet.addRow([w.file, w.sheet, w.cell ?? '', w.message]);
  if (warnings.length === 0) sheet.addHint('Предупреждений нет.');
  else {
    const first = warningsHeader + 1;
    const last = sheet.lastRow;
    sheet.style(rangeA1(first, 1, last, WARNING_HEADERS.length), { border: 'thin', vAlign: 'top' });
    sheet.style(rangeA1(first, WARNING_HEADERS.length, last, WARNING_HEADERS.length), { wrap: true });
  }

  // A: parameter / file, B: value / sheet, C: range / cell, D: layout / message, then the source columns.
  const columnWidths = [32, 40, 14, 70, 8, 12, 8, 24, 9, 14, 8, 11, 40];
  return sheet.build({ kind: 'parameters', name: PARAMETERS_SHEET_NAME, columnWidths, tabColor: TAB_PARAMETERS });
}
