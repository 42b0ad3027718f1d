// The context sheet reader: header variants, directions (defaulted and the user's), matching to schools, unmatched rows named.
import { ingest } from '../../src/ingest/ingest';
import { indicatorOfHeader } from '../../src/ingest/socialSheet';
import { sanitizeSourceSettings } from '../../src/ingest/settings';
import { schoolKey } from '../../src/ingest/schoolNames';
import { sheet } from './helpers';

const results = sheet('ВПР 2024', [
  ['Год', 'ОО', 'Муниципалитет', 'Процедура', 'Класс', 'Предмет', 'Кол-во участников', 'Доля «2», %'],
  [2024, 'МБОУ «Ивановская СОШ»', 'Ивановский район', 'ВПР', 5, 'Математика', 40, 20],
  [2024, 'МБОУ «Петровская ООШ»', 'Ивановский район', 'ВПР', 5, 'Математика', 12, 50],
  [2024, 'Гимназия № 1', 'город Озёрск', 'ВПР', 5, 'Математика', 90, 5],
]);

describe('header words', () => {
  test.each([
    ['Доля детей из малообеспеченных семей, %', 'worse', 'indicator'],
    ['Многодетные семьи', 'worse', 'indicator'],
    ['Обучающиеся с ОВЗ', 'worse', 'indicator'],
    ['Дети, состоящие на учёте (ВШУ, ПДН, КДН)', 'worse', 'indicator'],
    ['Для кого русский язык не является родным', 'worse', 'indicator'],
    ['Родители с высшим образованием, %', 'better', 'indicator'],
    ['Родители без высшего образования', 'worse', 'indicator'],
    ['Сельская школа', 'worse', 'indicator'],
    ['Численность обучающихся', 'better', 'indicator'],
    ['ИСБШ', 'better', 'index'],
    ['Индекс социального благополучия школы', 'better', 'index'],
    ['КИАСУО', 'worse', 'index'],
    ['Региональный индекс', 'worse', 'index'],
  ])('«%s» → %s (%s)', (header, direction, kind) => {
    expect(indicatorOfHeader(header)).toEqual({ direction, kind });
  });
  test('result headers are not indicators', () => {
    expect(indicatorOfHeader('Доля «2», %')).toBeUndefined();
    expect(indicatorOfHeader('Наименование ОО')).toBeUndefined();
  });
});

describe('the context sheet', () => {
  const context = sheet('Социальный паспорт', [
    ['Социальный паспорт школ, 2024'],
    [],
    ['№', 'Наименование ОО', 'Муниципалитет', 'Малообеспеченные, %', 'ОВЗ, %', 'Родители с высшим образованием, %', 'Сельская'],
    [1, 'Ивановская СОШ', 'Ивановский район', '31,5', 12, 18, 'да'],
    [2, 'МБОУ "Петровская ООШ"', 'Ивановский район', 40, 'н/д', 10, 'да'],
    [3, 'Гимназия №1', 'город Озёрск', 8, 2, 'много', 'нет'],
    [4, 'Сидоровская СОШ', 'Ивановский район', 25, 5, 20, 'да'],
  ]);
  const { dataset, sheets } = ingest([results, context]);
  const report = sheets.find((s) => s.sheet === 'Социальный паспорт');

  test('is recognised, with each indicator and its direction', () => {
    expect(report?.layout).toBe('socialContext');
    expect(report?.indicators?.map((i) => [i.column, i.direction, i.kind])).toEqual([
      ['D', 'worse', 'indicator'], ['E', 'worse', 'indicator'], ['F', 'better', 'indicator'], ['G', 'worse', 'indicator'],
    ]);
    expect(report?.headerRow).toBe(3);
    expect(dataset.social?.source.sheet).toBe('Социальный паспорт');
  });
  test('rows are matched by the identity rules (legal form, quotes, «№1»)', () => {
    const keys = dataset.social?.rows.map((r) => r.schoolKey);
    expect(keys).toEqual([schoolKey('Ивановская СОШ'), schoolKey('Петровская ООШ'), schoolKey('Гимназия № 1')]);
    expect(dataset.social?.rows[0].values).toEqual([31.5, 12, 18, 1]);
    expect(dataset.social?.rows[2].values[3]).toBe(0);
  });
  test('an unmatched row is named with its cell; a bad value is named and left out, н/д is missing', () => {
    expect(report?.unmatched).toEqual(['Сидоровская СОШ']);
    expect(dataset.warnings.some((w) => w.cell === 'B7' && w.message.includes('Сидоровская СОШ') && w.message.includes('нет среди школ'))).toBe(true);
    expect(dataset.warnings.some((w) => w.cell === 'F6' && w.message.includes('«много» — не число'))).toBe(true);
    expect(dataset.social?.rows[1].values[1]).toBeUndefined();
    expect(dataset.social?.rows[2].values[2]).toBeUndefined();
  });
  test('the source data is the same without the context sheet (the results never change)', () => {
    expect(ingest([results]).dataset.results).toEqual(dataset.results);
  });
  test('the user\'s direction for a column replaces the default, and is kept by the saved settings', () => {
    const saved = sanitizeSourceSettings({ 'Социальный паспорт': { directions: { F: 'worse', G: 'sideways', zz: 'worse' } } });
    expect(saved['Социальный паспорт'].directions).toEqual({ F: 'worse' });
    const again = ingest([results, context], saved);
    expect(again.dataset.social?.indicators.map((i) => i.direction)).toEqual(['worse', 'worse', 'worse', 'worse']);
  });
});

describe('header variants', () => {
  test('a ready index in another file, matched by login and by municipality', () => {
    const fis = sheet('Результаты', [
      ['Логин', 'ОО', 'Муниципалитет', 'Год', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2»'],
      ['sch100001', 'СОШ № 7', 'город Озёрск', 2024, 'ВПР', 5, 'Математика', 30, 10],
      ['sch100002', 'СОШ № 7', 'Ивановский район', 2024, 'ВПР', 5, 'Математика', 20, 40],
    ]);
    const index = sheet('ИСБШ', [
      ['Муниципальное образование', 'Образовательная организация', 'ИСБШ'],
      ['Ивановский район', 'МБОУ СОШ № 7', 0.31],
      ['город Озёрск', 'МАОУ СОШ №7', 0.82],
    ], { file: 'индекс.xlsx' });
    const { dataset, sheets } = ingest([fis, index]);
    const r = sheets.find((s) => s.sheet === 'ИСБШ');
    expect(r?.layout).toBe('socialContext');
    expect(r?.indicators).toEqual([{ column: 'C', header: 'ИСБШ', direction: 'better', kind: 'index' }]);
    const byKey = new Map(dataset.schools.map((s) => [s.key, s.municipality]));
    const rows = dataset.social?.rows ?? [];
    expect(rows.map((row) => [byKey.get(row.schoolKey), row.values[0]])).toEqual([['Ивановский район', 0.31], ['город Озёрск', 0.82]]);
    expect(r?.unmatched).toBeUndefined();
  });
  test('a results sheet with a «доля» header is never taken for a context sheet', () => {
    const { sheets } = ingest([results]);
    expect(sheets[0].layout).toBe('long');
  });
});

describe('what the file adapter noticed', () => {
  test('a formula error on the context sheet is named with its cell', () => {
    const context = { ...sheet('Паспорт', [['ОО', 'ОВЗ, %'], ['Ивановская СОШ', null]]), notices: [{ cell: 'B2', message: 'Лист «Паспорт», ячейка B2: ошибка формулы #N/A — значение не учтено' }] };
    const { dataset } = ingest([results, context]);
    expect(dataset.warnings.some((w) => w.sheet === 'Паспорт' && w.cell === 'B2')).toBe(true);
  });
});
