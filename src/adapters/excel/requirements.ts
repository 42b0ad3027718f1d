// Which Excel requirement sets each feature of the add-in needs, and what to tell the user when one is missing.

export type IsSetSupported = (name: string, version: string) => boolean;

export type ExcelFeature =
  | 'core'
  | 'suspendCalculation'
  | 'conditionalFormats'
  | 'charts'
  | 'chartSeries'
  | 'chartLabels'
  | 'customProperties'
  | 'freezePanes'
  | 'tabColor'
  | 'autoFilter'
  | 'pageLayout'
  | 'comments'
  | 'mergedAreas'
  | 'insertWorksheets'
  | 'notes';

interface FeatureRequirement {
  readonly version: string;
  /** What the user loses without it, in Russian. */
  readonly missing: string;
}

/** ExcelApi version each feature needs (Office.js reference, "Api set" remarks). */
export const FEATURE_REQUIREMENTS: Readonly<Record<ExcelFeature, FeatureRequirement>> = {
  core: { version: '1.4', missing: 'эта версия Excel слишком старая для надстройки (нужен ExcelApi 1.4): обновите Office' },
  charts: { version: '1.1', missing: 'диаграммы на листе «Сводка» не будут построены' },
  suspendCalculation: { version: '1.6', missing: 'пересчёт формул не приостанавливается во время записи: запись может идти медленнее' },
  conditionalFormats: { version: '1.6', missing: 'цветовые выделения (условное форматирование) не будут добавлены' },
  chartSeries: { version: '1.7', missing: 'ряды диаграмм будут взяты из прямоугольного блока таблицы, диаграмма листа «Контекст» не будет построена' },
  chartLabels: { version: '1.8', missing: 'на диаграмме листа «Контекст» ШНОР не будут подписаны' },
  customProperties: { version: '1.7', missing: 'книга не запомнит листы надстройки: при повторном запуске появятся листы с номерами «(2)»' },
  freezePanes: { version: '1.7', missing: 'строки заголовков не будут закреплены' },
  tabColor: { version: '1.7', missing: 'ярлыки листов не будут окрашены' },
  autoFilter: { version: '1.9', missing: 'фильтры в заголовках таблиц не будут включены' },
  pageLayout: { version: '1.9', missing: 'параметры печати (ориентация, по ширине страницы, повтор заголовков, колонтитулы) не будут заданы' },
  comments: { version: '1.10', missing: 'комментарии к ячейкам недоступны' },
  mergedAreas: { version: '1.13', missing: 'объединённые ячейки исходных листов не будут учтены при разборе заголовков' },
  insertWorksheets: { version: '1.13', missing: 'листы файлов, добавленных кнопкой «Добавить файлы…», копируются значениями, форматами чисел и объединениями, без прочего оформления' },
  notes: { version: '1.18', missing: 'примечания к ячейкам недоступны' },
};

export type FeatureSupport = Readonly<Record<ExcelFeature, boolean>>;

/** isSetSupported of the running Office, or "everything" outside Office (tests give their own). */
export function officeIsSetSupported(): IsSetSupported {
  if (typeof Office !== 'undefined' && Office.context?.requirements) {
    return (name, version) => Office.context.requirements.isSetSupported(name, version);
  }
  return () => true;
}

export function featureSupport(isSetSupported: IsSetSupported): FeatureSupport {
  const entries = (Object.keys(FEATURE_REQUIREMENTS) as ExcelFeature[]).map((f) => [f, isSetSupported('ExcelApi', FEATURE_REQUIREMENTS[f].version)] as const);
  return Object.fromEntries(entries) as Record<ExcelFeature, boolean>;
}

/** How explanations per school reach the cells: notes (ExcelApi 1.18), else threaded comments (1.10), else nowhere. */
export function noteMode(support: FeatureSupport): 'notes' | 'comments' | 'none' {
  return support.notes ? 'notes' : support.comments ? 'comments' : 'none';
}

/** Russian sentences about what this Excel cannot do (empty when everything is available). */
export function unavailableFeaturesText(isSetSupported: IsSetSupported): string[] {
  const support = featureSupport(isSetSupported);
  const lines: string[] = [];
  (Object.keys(FEATURE_REQUIREMENTS) as ExcelFeature[]).forEach((feature) => {
    if (support[feature] || feature === 'notes' || feature === 'comments') return;
    lines.push(`В этой версии Excel ${FEATURE_REQUIREMENTS[feature].missing} (нужен ExcelApi ${FEATURE_REQUIREMENTS[feature].version}).`);
  });
  const mode = noteMode(support);
  if (mode === 'comments') lines.push('Пояснения по школам будут добавлены как комментарии, а не примечания (примечания требуют ExcelApi 1.18).');
  if (mode === 'none') lines.push('Пояснения по школам не будут добавлены к ячейкам: эта версия Excel не поддерживает ни примечания, ни комментарии (нужен ExcelApi 1.10).');
  return lines;
}
