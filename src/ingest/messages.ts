// Russian texts of ingest warnings and skip reasons, in one place.
import { Warning } from '../core/model';

export function cellWarning(file: string, sheet: string, cell: string, text: string): Warning {
  return { file, sheet, cell, message: `Лист «${sheet}», ячейка ${cell}: ${text}` };
}

export function sheetWarning(file: string, sheet: string, text: string, cell?: string): Warning {
  return cell === undefined ? { file, sheet, message: `Лист «${sheet}»: ${text}` } : { file, sheet, cell, message: `Лист «${sheet}»: ${text}` };
}

/** "«12..5» — не число". */
export function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `«${short}»`;
}

export const SKIP = {
  excluded: 'Исключён пользователем',
  empty: 'лист пуст',
  tooLarge: 'лист слишком велик для чтения',
  noHeader: 'не найдена строка заголовков с колонкой доли «2»',
  noSchoolColumn: 'не найдена колонка с названиями ОО',
  protocol: 'похоже на протокол ФИС ОКО по ученикам, но нет колонки логина школы («user», «Логин школы», «Пользователь») или суммы баллов («sum», «Всего баллов», «Итого баллов») — без них отметки не посчитать',
  classList: 'список классов выгрузки ФИС ОКО: результатов в нём нет (результаты учеников — на листе протокола)',
  applications: 'лист заявлений на участие (по одному числу на предмет): результатов экзамена в нём нет',
  noYear: 'не удалось определить год: укажите его вручную',
  noKind: 'не удалось определить процедуру (ВПР, ОГЭ, ЕГЭ или КДР): укажите её вручную',
  noGrade: 'не удалось определить класс: укажите его вручную',
  noSubject: 'не удалось определить предмет: укажите его вручную',
  noRows: 'в таблице нет строк с результатами ОО',
  allBad: 'ни одна строка не прочитана: см. предупреждения по ячейкам',
  listNoYear: 'не удалось определить год перечня ШНОР: укажите его вручную',
  listEmpty: 'в перечне ШНОР не найдено ни одного названия ОО',
  notFirstAttempt: 'результаты пересдач, дополнительного периода или выпускников прошлых лет не учитываются (методика: первая попытка, выпускники текущего года)',
  noStatistics: 'нет листа «Статистика по отметкам» того же файла, к результатам которого можно отнести эти значения',
} as const;
