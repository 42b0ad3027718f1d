// Russian labels of the written sheets: statuses, list movement, criteria, directions, flags, layouts, procedures.
import { Procedure, ProcedureKind } from '../core/model';
import { Criterion, Direction, Flag, ListChange, Status } from '../core/results';
import { LayoutKind } from '../ingest/types';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  shnor: 'ШНОР',
  risk: 'Зона риска',
  ok: 'Не ШНОР',
  no_data: 'Нет данных',
};

/** Order of the statuses in tables: ШНОР first. */
export const STATUS_ORDER: readonly Status[] = ['shnor', 'risk', 'ok', 'no_data'];

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/** Движение по списку; 'unknown' names the previous year («нет данных за 2023»). */
export function listChangeLabel(change: ListChange, previousYear: number): string {
  switch (change) {
    case 'entered':
      return 'вошла';
    case 'stayed':
      return 'осталась';
    case 'exited':
      return 'вышла';
    case 'none':
      return '—';
    case 'unknown':
      return `нет данных за ${previousYear}`;
  }
}

export const LIST_CHANGE_ENTERED = 'вошла';
export const LIST_CHANGE_EXITED = 'вышла';

export function criterionLabel(criterion: Criterion): string {
  return criterion === 'K1' ? 'К1' : criterion === 'K2' ? 'К2' : 'нижние N %';
}

/** "К1, К2"; empty when no criterion holds. */
export function criteriaLabel(criteria: readonly Criterion[]): string {
  return [...criteria].sort().map(criterionLabel).join(', ');
}

/**
 * Direction of доля «2»: more «2» is worse. «Без изменений» starts with "≈", not "=", so no label of ours
 * can ever be taken for a formula by a spreadsheet.
 */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  worsened: '▲ ухудшение',
  improved: '▼ улучшение',
  stable: '≈ без изменений',
};

export function directionLabel(direction: Direction | undefined): string {
  return direction === undefined ? '' : DIRECTION_LABELS[direction];
}

export const FLAG_LABELS: Readonly<Record<Flag, string>> = {
  small_sample: 'малая выборка',
  objectivity: 'объективность',
  below_min_participants: 'меньше минимума участников',
};

/** Russian names of the input layouts (input-layouts.md). */
export const LAYOUT_LABELS: Readonly<Record<LayoutKind, string>> = {
  long: 'длинная таблица',
  schoolBlocks: 'блоки по школам',
  gradeSubjectBlocks: 'блоки класс × предмет',
  wide: 'широкая таблица',
  fisOko: 'ФИС ОКО',
  officialList: 'перечень ШНОР',
  protocol: 'протокол ФИС ОКО по ученикам',
  loginDirectory: 'справочник логинов ОО',
  scales: 'шкалы перевода баллов',
  fiokoList: 'список ФИОКО (необъективность ВПР)',
  fisOkoScores: 'ФИС ОКО: распределение первичных баллов',
  fisOkoTasks: 'ФИС ОКО: выполнение заданий',
  socialContext: 'социальные показатели школ',
};

/** Natural order of procedure kinds: ВПР and КДР (grades 4–8), then ОГЭ, then ЕГЭ. */
const KIND_ORDER: Readonly<Record<ProcedureKind, number>> = { 'ВПР': 0, 'КДР': 1, 'ОГЭ': 2, 'ЕГЭ': 3 };

/** Sorts procedures by kind, grade, subject. */
export function compareProcedures(a: Procedure, b: Procedure): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.grade - b.grade || compareText(a.subject, b.subject);
}

const RUSSIAN = new Intl.Collator('ru', { numeric: true });

/** Russian alphabetical order with numbers in number order («СОШ № 2» before «СОШ № 10»), the same everywhere in the report. */
export function compareText(a: string, b: string): number {
  return RUSSIAN.compare(a, b);
}

/** Short name of a procedure without the subject: "ВПР-4", "ОГЭ", "ЕГЭ". */
export function procedureShort(p: Procedure): string {
  return p.kind === 'ОГЭ' || p.kind === 'ЕГЭ' ? p.kind : `${p.kind}-${p.grade}`;
}

const SUBJECT_ABBREV: ReadonlyMap<string, string> = new Map([
  ['Русский язык', 'рус.'], ['Математика', 'мат.'], ['Математика (базовая)', 'мат. баз.'], ['Математика (профильная)', 'мат. проф.'],
  ['Окружающий мир', 'окр. мир'], ['История', 'ист.'], ['Обществознание', 'общ.'], ['География', 'геогр.'], ['Биология', 'биол.'],
  ['Физика', 'физ.'], ['Химия', 'хим.'], ['Информатика', 'информ.'], ['Литература', 'лит.'], ['Английский язык', 'англ.'],
  ['Немецкий язык', 'нем.'], ['Французский язык', 'франц.'], ['Иностранный язык', 'ин. яз.'],
]);

/** A procedure in a few characters, for one-line texts: «ВПР-5 рус.», «ОГЭ мат.», «ЕГЭ мат. проф.». */
export function procedureAbbrev(p: Procedure): string {
  return `${procedureShort(p)} ${SUBJECT_ABBREV.get(p.subject) ?? p.subject.toLowerCase()}`;
}
