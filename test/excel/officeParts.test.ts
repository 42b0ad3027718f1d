// Russian error messages, document settings over Office.Settings, requirement-set texts, text guarding, tracking parts.
import { ExcelOperationError, toRussianMessage } from '../../src/adapters/excel/officeErrors';
import { officeSettingsStore } from '../../src/adapters/excel/officeSettings';
import { featureSupport, noteMode, unavailableFeaturesText } from '../../src/adapters/excel/requirements';
import { needsTextGuard, toCellInput } from '../../src/adapters/excel/textGuard';
import { parseTracking, trackingEntries } from '../../src/app/tracking';
import { FakeOfficeError } from '../../src/preview/fakeExcel/fakeErrors';

describe('toRussianMessage', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'Завершите редактирование ячейки (Esc или Enter) и повторите.'],
    ['RequestPayloadSizeLimitExceeded', /Слишком большой объём данных/],
    ['PayloadTooLarge', /Слишком большой объём данных/],
    ['RangeExceedsLimit', /Диапазон слишком велик/],
    ['ItemAlreadyExists', /уже есть/],
    ['ItemNotFound', /не найден/],
    ['AccessDenied', /только для чтения/],
    ['GeneralException', /внутренней ошибке/],
    ['InvalidArgument', /не принял/],
  ])('%s', (code, expected) => {
    const message = toRussianMessage(new FakeOfficeError(code, 'english text'));
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('says the sheet is protected, keeps Russian messages, and explains unknown codes and non-errors', () => {
    expect(toRussianMessage(new FakeOfficeError('AccessDenied', 'The sheet is protected.'))).toMatch(/^Лист защищён/);
    expect(toRussianMessage({ code: 'ProtectedSheet' })).toMatch(/^Лист защищён/);
    expect(toRussianMessage(new Error('Операция отменена пользователем.'))).toBe('Операция отменена пользователем.');
    expect(toRussianMessage(new FakeOfficeError('Weird', 'boom'))).toMatch(/^Excel сообщил об ошибке \(Weird: boom\)\. Повторите/);
    expect(toRussianMessage(new Error('socket closed'))).toMatch(/^Не удалось выполнить действие в Excel: socket closed\. Повторите/);
    expect(toRussianMessage(undefined)).toMatch(/^Не удалось выполнить действие в Excel\. Повторите/);
    expect(toRussianMessage(new ExcelOperationError('готовый текст', 'X', null))).toBe('готовый текст');
  });
});

describe('officeSettingsStore', () => {
  function fakeSettings(fail = false): { settings: Office.Settings; data: Map<string, unknown>; saves: number[] } {
    const data = new Map<string, unknown>();
    const saves: number[] = [];
    const settings = {
      get: (key: string): unknown => data.get(key) ?? null,
      set: (key: string, value: unknown): void => void data.set(key, value),
      remove: (key: string): void => void data.delete(key),
      saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void): void => {
        saves.push(data.size);
        callback(fail ? { status: 'failed', error: { message: 'read-only' } } : { status: 'succeeded' });
      },
    };
    return { settings: settings as unknown as Office.Settings, data, saves };
  }

  it('stores values as JSON text and saves them into the document', async () => {
    const { settings, data, saves } = fakeSettings();
    const store = officeSettingsStore(settings);
    await store.save('shnor.rules.v1', { threshold: 0.3, keys: ['ВПР'] });
    expect(data.get('shnor.rules.v1')).toBe('{"threshold":0.3,"keys":["ВПР"]}');
    expect(saves).toEqual([1]);
    expect(store.load<{ threshold: number }>('shnor.rules.v1')).toEqual({ threshold: 0.3, keys: ['ВПР'] });
    expect(store.load('absent')).toBeUndefined();
    data.set('broken', '{not json');
    expect(store.load('broken')).toBeUndefined();
  });

  it('rejects with a Russian message when saving fails', async () => {
    const store = officeSettingsStore(fakeSettings(true).settings);
    await expect(store.save('k', 1)).rejects.toThrow(/Не удалось сохранить настройки в книге: read-only/);
  });
});

describe('requirements', () => {
  const upTo = (minor: number) => (_n: string, v: string): boolean => Number(v.split('.')[1]) <= minor;
  it('picks notes, then comments, then nothing, and names what is missing in Russian', () => {
    expect(noteMode(featureSupport(upTo(18)))).toBe('notes');
    expect(noteMode(featureSupport(upTo(12)))).toBe('comments');
    expect(noteMode(featureSupport(upTo(9)))).toBe('none');
    expect(unavailableFeaturesText(upTo(20))).toEqual([]);
    const old = unavailableFeaturesText(upTo(6)).join('\n');
    expect(old).toMatch(/не запомнит листы надстройки.*ExcelApi 1\.7/);
    expect(old).toMatch(/фильтры.*ExcelApi 1\.9/);
    expect(old).toMatch(/объединённые ячейки.*ExcelApi 1\.13/);
    expect(old).not.toMatch(/условное форматирование/);
  });
});

describe('text guard', () => {
  it('guards strings Excel would turn into formulas, numbers, dates, booleans or errors', () => {
    for (const text of ['=SUM(A1)', '+7', '-', '@x', "'x", '#N/A', '0012', '1,5', '12:30', '1/2', 'TRUE', 'ложь', ' 5', '2024-05-31']) {
      expect([text, needsTextGuard(text)]).toEqual([text, true]);
    }
    for (const text of ['МБОУ СОШ №1', 'ВПР 5 математика', '5А', 'доля «2»', '']) expect([text, needsTextGuard(text)]).toEqual([text, false]);
    expect(toCellInput('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(toCellInput(null)).toBe('');
    expect(toCellInput(Number.NaN)).toBe('');
    expect(toCellInput(0.5)).toBe(0.5);
  });
});

describe('tracking record', () => {
  it('splits long records into parts of at most 255 characters and joins them back', () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ name: `Лист вывода номер ${i}`, kind: 'summary' as const, id: `{id-${i}}` }));
    const entries = trackingEntries(records);
    expect(entries.length).toBeGreaterThan(2);
    expect(entries.every((e) => e.value.length <= 255)).toBe(true);
    expect(parseTracking([...entries].reverse())).toEqual(records);
    expect(parseTracking(entries.slice(0, -1))).toEqual([]);
    expect(parseTracking([{ key: 'ShnorOutputSheets', value: '[{"name":"X","kind":"bogus"},{"name":"Y","kind":"shnor"}]' }])).toEqual([{ name: 'Y', kind: 'shnor' }]);
  });
});
