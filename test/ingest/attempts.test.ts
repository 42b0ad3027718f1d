// Methodology §1: ОГЭ/ЕГЭ count first attempts of this year's graduates; retakes and ВПЛ are left out, and said so.
import { isNotFirstAttempt } from '../../src/ingest/attempts';
import { ingest } from '../../src/ingest/ingest';
import { findResult, sheet } from './helpers';

describe('isNotFirstAttempt', () => {
  it.each([
    'пересдача', 'Пересдачи', 'дополнительный период', 'Доп. период', 'ВПЛ', 'выпускники прошлых лет', 'повторная сдача',
  ])('marks «%s»', (text) => expect(isNotFirstAttempt(text)).toBe(true));
  it.each([
    'основной период', 'Результаты ОГЭ 2024 (основной период, выпускники текущего года)', 'досрочный период', 'ВПР 5 кл 2024', 'Выпускники текущего года', '',
  ])('leaves «%s»', (text) => expect(isNotFirstAttempt(text)).toBe(false));
});

describe('a long table that separates the periods', () => {
  const grid = sheet('ГИА 2024', [
    ['Год', 'ОО', 'Процедура', 'Предмет', 'Период', 'Участников', 'Не преодолели минимальный порог, %'],
    [2024, 'Ивановская СОШ', 'ОГЭ', 'Математика', 'основной', 20, 10],
    [2024, 'Ивановская СОШ', 'ОГЭ', 'Математика', 'дополнительный период (пересдача)', 6, 50],
    [2024, 'Ивановская СОШ', 'ЕГЭ', 'Русский язык', 'ВПЛ', 3, 66.67],
    [2024, 'Ивановская СОШ', 'ЕГЭ', 'Русский язык', 'основной', 15, 0],
  ]);
  const { dataset, sheets } = ingest([grid]);

  it('reads only the main-period rows of current-year graduates', () => {
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ОГЭ', 'Математика', 9)).toMatchObject({ share2: 10, participants: 20, source: { cell: 'G2' } });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ЕГЭ', 'Русский язык', 11)).toMatchObject({ share2: 0, participants: 15, source: { cell: 'G5' } });
    expect(dataset.results).toHaveLength(2);
    expect(sheets[0].columns.find((c) => c.column === 'E')?.role).toBe('category');
  });

  it('says how many rows were left out and where the first one is, not silently', () => {
    expect(dataset.warnings).toEqual([
      expect.objectContaining({ sheet: 'ГИА 2024', cell: 'E3', message: expect.stringContaining('2 строки пересдач или выпускников прошлых лет не учтены') }),
    ]);
  });
});

describe('a sheet that holds only retakes or past-year graduates', () => {
  it.each([
    ['ОГЭ 2024 пересдача', ['Результаты ОГЭ 2024']],
    ['ОГЭ 2024', ['Результаты ОГЭ 2024 (дополнительный период)']],
    ['ЕГЭ 2024', ['ЕГЭ 2024: выпускники прошлых лет']],
  ])('skips «%s» with the reason', (name, titles) => {
    const grid = sheet(name, [
      ...titles.map((t) => [t]),
      ['ОО', 'Предмет', 'Участников', 'Не преодолели минимальный порог, %'],
      ['Ивановская СОШ', 'Математика', 5, 40],
    ]);
    const { dataset, sheets } = ingest([grid]);
    expect(dataset.results).toEqual([]);
    expect(sheets[0].skippedReason).toMatch(/пересдач.*выпускников прошлых лет не учитываются/);
  });

  it('still reads the main-period sheet next to it', () => {
    const grid = sheet('ОГЭ 2024', [
      ['Результаты ОГЭ 2024 (основной период, выпускники текущего года)'],
      ['ОО', 'Предмет', 'Участников', 'Не преодолели минимальный порог, %'],
      ['Ивановская СОШ', 'Математика', 5, 40],
    ]);
    const { dataset } = ingest([grid]);
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ОГЭ', 'Математика', 9)).toMatchObject({ share2: 40 });
  });
});
