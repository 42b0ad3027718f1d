// Office.js errors turned into clear Russian sentences that say what happened and what to do.

const PAYLOAD =
  'Слишком большой объём данных для одного обращения к Excel. Повторите запуск; если ошибка повторится, уменьшите число листов-источников или откройте книгу в настольном Excel.';

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Завершите редактирование ячейки (Esc или Enter) и повторите.',
  RequestPayloadSizeLimitExceeded: PAYLOAD,
  ResponsePayloadSizeLimitExceeded: PAYLOAD,
  PayloadTooLarge: PAYLOAD,
  RangeExceedsLimit:
    'Диапазон слишком велик для одного обращения к Excel. Удалите лишние пустые строки и столбцы в конце листов (используемый диапазон) и повторите.',
  ItemAlreadyExists: 'Лист с таким именем уже есть в книге. Переименуйте или удалите его и повторите.',
  ItemNotFound: 'Лист или диапазон не найден: возможно, его переименовали или удалили. Обновите список листов и повторите.',
  AccessDenied: 'Лист защищён или книга открыта только для чтения. Снимите защиту (Рецензирование → Снять защиту листа) или откройте книгу для редактирования и повторите.',
  ProtectedSheet: 'Лист защищён. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
  ProtectedStructure: 'Структура книги защищена: листы нельзя добавлять и удалять. Снимите защиту книги (Рецензирование → Защитить книгу) и повторите.',
  GeneralException: 'Excel сообщил о внутренней ошибке. Сохраните книгу, закройте и снова откройте её, затем повторите.',
  InvalidArgument: 'Excel не принял записываемые данные. Повторите запуск; если ошибка повторится, сообщите разработчикам текст ошибки.',
  InvalidOperation: 'Excel не может выполнить это действие в текущем состоянии книги. Закройте открытые диалоги, выйдите из режима редактирования и повторите.',
  ApiNotFound: 'Эта версия Excel не поддерживает нужную функцию. Обновите Office или откройте книгу в Excel в Интернете.',
  ActivityLimitReached: 'Excel временно ограничил число операций. Подождите минуту и повторите.',
  Conflict: 'Книгу одновременно изменяет кто-то ещё. Подождите, пока изменения сохранятся, и повторите.',
  InsertDeleteConflict: 'Вставка или удаление ячеек конфликтует с другими данными листа. Проверьте лист и повторите.',
  MergedRangeConflict: 'Действие конфликтует с объединёнными ячейками. Проверьте объединения на листе и повторите.',
  UnsupportedOperation: 'Эта операция не поддерживается в данной версии Excel. Обновите Office или откройте книгу в Excel в Интернете.',
  NotImplemented: 'Эта операция не поддерживается в данной версии Excel. Обновите Office или откройте книгу в Excel в Интернете.',
  ConnectionFailure: 'Связь с Excel прервалась. Проверьте подключение, дождитесь сохранения книги и повторите.',
  RequestAborted: 'Запрос к Excel был прерван. Повторите.',
  Timeout: 'Excel не ответил вовремя. Повторите; для очень больших книг закройте другие программы.',
  PropertyNotLoaded: 'Внутренняя ошибка надстройки при чтении книги. Повторите запуск и сообщите разработчикам, если ошибка повторится.',
  ValueNotLoaded: 'Внутренняя ошибка надстройки при чтении книги. Повторите запуск и сообщите разработчикам, если ошибка повторится.',
  InvalidObjectPath: 'Внутренняя ошибка надстройки при обращении к книге. Повторите запуск и сообщите разработчикам, если ошибка повторится.',
  InvalidRequestContext: 'Внутренняя ошибка надстройки при обращении к книге. Повторите запуск и сообщите разработчикам, если ошибка повторится.',
};

import { WorkbookChangedError } from '../../app/workbookPort';

/** An Office.js failure with the Russian text the user sees; the original error stays as cause. */
export class ExcelOperationError extends Error {
  readonly code: string;
  readonly cause: unknown;
  constructor(message: string, code: string, cause: unknown) {
    super(message);
    this.name = 'ExcelOperationError';
    this.code = code;
    this.cause = cause;
  }
}

/** The error code of an OfficeExtension.Error (or anything shaped like one). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const inner = (error as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return typeof inner === 'string' && inner !== '' ? inner : undefined;
}

function isProtection(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /protect|защищ/i.test(message);
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

export function toRussianMessage(error: unknown): string {
  if (error instanceof ExcelOperationError) return error.message;
  const code = officeErrorCode(error);
  if (code === 'AccessDenied' || code === 'InvalidOperation') {
    const message = error instanceof Error ? error.message : '';
    if (/structure|структур/i.test(message)) return MESSAGES.ProtectedStructure;
    if (isProtection(error)) return MESSAGES.ProtectedSheet;
  }
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (/[А-Яа-яЁё]/.test(message)) return message;
  if (code) return `Excel сообщил об ошибке (${code}${message ? `: ${message}` : ''}). Повторите; если ошибка повторится, сохраните и снова откройте книгу.`;
  if (message) return `Не удалось выполнить действие в Excel: ${message}. Повторите; если ошибка повторится, сохраните и снова откройте книгу.`;
  return 'Не удалось выполнить действие в Excel. Повторите; если ошибка повторится, сохраните и снова откройте книгу.';
}

/** Wraps any failure into an ExcelOperationError carrying the Russian message. */
export function asExcelOperationError(error: unknown): ExcelOperationError | WorkbookChangedError {
  if (error instanceof ExcelOperationError || error instanceof WorkbookChangedError) return error;
  return new ExcelOperationError(toRussianMessage(error), officeErrorCode(error) ?? 'Unknown', error);
}
