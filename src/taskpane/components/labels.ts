// Russian labels the task pane shows for layouts, column roles, stages, criteria and list movement.
import { Stage } from '../../app/pipeline';
import { ProcedureKind } from '../../core/model';
import { Criterion, Flag, ListChange } from '../../core/results';
import { ColumnRole, LayoutKind, SheetContext, SheetReport } from '../../ingest/types';

export const LAYOUT_LABELS: Readonly<Record<LayoutKind, string>> = {
  long: 'Длинная таблица: строка = школа × процедура',
  schoolBlocks: 'Блоки по школам: предметы под названием школы',
  gradeSubjectBlocks: 'Блоки по школам: классы × предметы',
  wide: 'Широкая таблица: группы столбцов по предметам',
  fisOko: 'Выгрузка ФИС ОКО «Статистика по отметкам»',
  officialList: 'Список ШНОР прошлого года',
  protocol: 'Протокол ФИС ОКО: строка = ученик, отметки по шкале работы',
  loginDirectory: 'Справочник логинов ОО: имена и муниципалитеты',
  scales: 'Шкалы перевода баллов ВПР в отметки',
  fiokoList: 'Список ФИОКО: школы с признаками необъективности ВПР',
  fisOkoScores: 'Выгрузка ФИС ОКО «Распределение первичных баллов» (для маркеров объективности)',
  fisOkoTasks: 'Выгрузка ФИС ОКО «Выполнение заданий» (для маркеров объективности)',
  socialContext: 'Социальные показатели школ (социальный паспорт, индекс)',
};

export function layoutLabel(layout: LayoutKind | undefined): string {
  return layout ? LAYOUT_LABELS[layout] : 'Результатов не найдено';
}

const SHARE_ROLES: readonly ColumnRole[] = ['share2', 'share3', 'share4', 'share5', 'share45', 'count2'];
const JOURNAL_ROLES: readonly ColumnRole[] = ['lowered', 'confirmed', 'raised'];

/** A ФИС ОКО «Сравнение отметок с отметками по журналу» sheet: понизили / подтвердили / повысили, no shares of marks. */
export function isJournalComparison(report: Pick<SheetReport, 'layout' | 'columns'>): boolean {
  return report.layout === 'fisOko' && report.columns.some((c) => JOURNAL_ROLES.includes(c.role)) && !report.columns.some((c) => SHARE_ROLES.includes(c.role));
}

/** The card's line on what the sheet is: a journal comparison is named as such, not as «Статистика по отметкам». */
export function sheetLayoutLabel(report: Pick<SheetReport, 'layout' | 'columns'>): string {
  return isJournalComparison(report)
    ? 'Выгрузка ФИС ОКО «Сравнение отметок с отметками по журналу» (понизили / подтвердили / повысили — к результатам «Статистики по отметкам»)'
    : layoutLabel(report.layout);
}

/** Column roles in the order the mapping dropdown lists them. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  school: 'Школа (ОО)',
  municipality: 'Муниципалитет / орган управления образованием',
  year: 'Год',
  kind: 'Вид процедуры',
  grade: 'Класс',
  subject: 'Предмет',
  participants: 'Число участников',
  share2: 'Доля «2»',
  count2: 'Число «2» (не преодолели порог), чел.',
  share3: 'Доля «3»',
  share4: 'Доля «4»',
  share5: 'Доля «5»',
  share45: 'Доля «4» и «5»',
  lowered: 'Понизили',
  confirmed: 'Подтвердили',
  raised: 'Повысили',
  meanScore: 'Средний балл',
  category: 'Период / категория участников',
  ignore: 'Не использовать',
};

export const PROCEDURE_KINDS: readonly ProcedureKind[] = ['ВПР', 'ОГЭ', 'ЕГЭ', 'КДР'];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  read: 'Чтение…',
  analyze: 'Анализ…',
  write: 'Запись…',
};

export const CRITERION_LABELS: Readonly<Record<Criterion, string>> = {
  K1: 'К1 — низкие результаты в двух и более процедурах года',
  K2: 'К2 — низкие результаты два года подряд',
  BOTTOM: 'в нижних N % школ по средней доле «2»',
};

export const LIST_CHANGE_LABELS: Readonly<Record<ListChange, string>> = {
  entered: 'вошла',
  stayed: 'осталась',
  exited: 'вышла',
  none: '',
  unknown: '',
};

export const FLAG_LABELS: Readonly<Record<Flag, string>> = {
  small_sample: 'малая выборка',
  objectivity: 'объективность',
  below_min_participants: 'меньше минимума участников',
};

/** "2024 · ВПР · 5 класс · Русский язык, Математика" (parts that are unknown are left out). */
export function contextLabel(context: SheetContext): string {
  const parts = [
    context.year === undefined ? undefined : String(context.year),
    context.kind,
    context.grade === undefined ? undefined : `${context.grade} класс`,
    context.subjects.length > 0 ? context.subjects.join(', ') : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : 'контекст не определён';
}

/** Russian plural by number: «1 школа», «3 школы», «5 школ» (the one rule of core/format). */
export { pluralRu as plural } from '../../core/format';
