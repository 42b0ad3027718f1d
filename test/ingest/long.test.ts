// Long tables: header synonyms, title/blank/note lines, text numbers, fractions, context sources, aggregates, bad cells.
import { ingest } from '../../src/ingest/ingest';
import { RawValue } from '../../src/ingest/grid';
import { findResult, resultsOf, sheet } from './helpers';

const HEADER = ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %', 'Доля «4» и «5», %', 'Понизили, %'];

describe('long table', () => {
  it('skips title lines, blank lines and notes; reads text numbers with comma and %', () => {
    const grid = sheet('Результаты', [
      ['Результаты оценочных процедур, Ивановский район'],
      [],
      HEADER,
      [2023, 'МБОУ «Ивановская СОШ»', 'ВПР', 5, 'Русский язык', 12, '33,33', '41,5 %', ' 12 '],
      [],
      ['2022/2023', 'Петровская ООШ', 'ОГЭ', 9, 'Математика', ' 8 ', '12.5', '', '-'],
      [null, null, null, null, null, null, null, null, null],
      ['Примечание: данные без пересдач'],
      ['* источник: ФИС ОКО'],
    ]);
    const { dataset, sheets } = ingest([grid]);
    expect(sheets[0]).toMatchObject({ layout: 'long', headerRow: 3, rowsRead: 2, resultsRead: 2 });
    expect(sheets[0].warnings).toEqual([]);
    const a = findResult(dataset, 'Ивановская СОШ', 2023, 'ВПР', 'Русский язык', 5);
    expect(a).toMatchObject({ share2: 33.33, share45: 41.5, lowered: 12, participants: 12, source: { sheet: 'Результаты', cell: 'G4' } });
    const b = findResult(dataset, 'Петровская ООШ', 2023, 'ОГЭ', 'Математика', 9);
    expect(b).toMatchObject({ share2: 12.5, participants: 8 });
    expect(b?.share45).toBeUndefined();
    expect(b?.lowered).toBeUndefined();
    expect(dataset.schools.map((s) => s.name).sort()).toEqual(['Ивановская СОШ', 'Петровская ООШ']);
  });

  it.each([
    ['ОО'], ['МБОУ'], ['Образовательная организация'], ['Наименование ОО'], ['Школа'],
  ])('school column headed %p', (header) => {
    const grid = sheet('ВПР 5 кл 2023 рус', [[header, 'Участников', '% «2»'], ['Ивановская СОШ', 10, 40]]);
    const { dataset } = ingest([grid]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ВПР', 'Русский язык', 5)).toMatchObject({ share2: 40, participants: 10 });
  });

  it.each([
    ['Кол-во участников'], ['Количество учащихся'], ['Писали'], ['Сдавали'], ['Участников'],
  ])('participants headed %p', (header) => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', header, 'Доля «2»'], ['Ивановская СОШ', 7, 10]])]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ВПР', 'Русский язык', 5)?.participants).toBe(7);
  });

  it.each([
    ['% «2»'], ['Доля «2», %'], ['Доля учащихся, получивших «2»'], ['2'], ['Не преодолели минимальный порог'], ['Не преодолели мин. порог, %'],
  ])('доля «2» headed %p', (header) => {
    const { dataset } = ingest([sheet('ОГЭ-2023 матем', [['ОО', 'Участников', header, '«4» и «5»'], ['Ивановская СОШ', 7, '28,57', 30]])]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ОГЭ', 'Математика', 9)).toMatchObject({ share2: 28.57, share45: 30 });
  });

  it.each([['«4» и «5»'], ['Доля «4» и «5»'], ['Качество знаний']])('доля «4» и «5» headed %p', (header) => {
    const { dataset } = ingest([sheet('ОГЭ-2023 матем', [['ОО', '% «2»', header], ['Ивановская СОШ', 10, 55]])]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ОГЭ', 'Математика', 9)?.share45).toBe(55);
  });

  it.each([['Понизили (Отм. < Отм. по журналу) %'], ['Доля учащихся, понизивших результат'], ['Понизили, %']])('понизили headed %p', (header) => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', '% «2»', header], ['Ивановская СОШ', 10, 31.5]])]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ВПР', 'Русский язык', 5)?.lowered).toBe(31.5);
  });

  it('reads marks 3, 4, 5, a mean score, and sums 4 and 5 when there is no «4» и «5» column', () => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [
      ['ОО', 'Кол-во участников', '2', '3', '4', '5', 'Средний балл'],
      ['Ивановская СОШ', 20, 10, 40, 35, 15, '3,55'],
    ])]);
    expect(findResult(dataset, 'Ивановская СОШ', 2023, 'ВПР', 'Русский язык', 5)).toMatchObject({
      share2: 10, share3: 40, share4: 35, share5: 15, share45: 50, meanScore: 3.55,
    });
  });

  it('never guesses a column whose shares are all at most 1 with nothing to tell percents from fractions: warns, reads no row', () => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 0.25], ['Б СОШ', 0], ['В СОШ', '0,5']])]);
    expect(dataset.results).toEqual([]);
    expect(dataset.warnings.map((w) => [w.cell, w.message])).toEqual([[
      'B2',
      'Лист «ВПР 5 кл 2023 рус»: в столбце B все доли не больше 1 (B2, B4), и нельзя понять, проценты это (0,5 %) или доли от 1 (50 %): строки не учтены. ' +
        'Задайте ячейкам процентный формат, если это доли от 1, или добавьте число участников.',
    ]]);
  });

  it('reads small percents of a good district as percents when the participants say so (0,5 % of 200 = 1 pupil)', () => {
    const rows: RawValue[][] = [['ОО', 'Участников', 'Доля «2»'], ['А СОШ', 200, 0.5], ['Б СОШ', 100, 1], ['В СОШ', 150, 0]];
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', rows)]);
    expect(['А СОШ', 'Б СОШ', 'В СОШ'].map((n) => findResult(dataset, n, 2023, 'ВПР', 'Русский язык', 5)?.share2)).toEqual([0.5, 1, 0]);
    expect(dataset.warnings).toEqual([]);
  });

  it('reads fractions of 1 as percents when the participants say so (0,25 of 8 = 2 pupils)', () => {
    const rows: RawValue[][] = [['ОО', 'Участников', 'Доля «2»'], ['А СОШ', 8, 0.25], ['Б СОШ', 10, '0,5'], ['В СОШ', 12, 0]];
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', rows)]);
    expect(['А СОШ', 'Б СОШ', 'В СОШ'].map((n) => findResult(dataset, n, 2023, 'ВПР', 'Русский язык', 5)?.share2)).toEqual([25, 50, 0]);
  });

  it('reads shares at most 1 as percents when the header says «%», and fractions when they carry 3+ decimals, saying so', () => {
    const byHeader = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2», %'], ['А СОШ', 0.5], ['Б СОШ', 1]])]);
    expect(findResult(byHeader.dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(0.5);
    expect(byHeader.dataset.warnings[0].message).toContain('прочитаны как проценты — по заголовку «Доля «2», %»');
    const byDecimals = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 0.3333], ['Б СОШ', 0.125]])]);
    expect(findResult(byDecimals.dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(12.5);
    expect(byDecimals.dataset.warnings[0].message).toContain('прочитаны как доли от 1 (×100)');
  });

  it('keeps percents as they are when some share is above 1', () => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2», %'], ['А СОШ', 0.5], ['Б СОШ', 12]])]);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(0.5);
  });

  it('catches a fraction typed among percents by the whole-pupil check, reads it as the percent it is, and names cell and school in a doubt', () => {
    const rows: RawValue[][] = [['ОО', 'Участников', 'Доля «2», %'], ['А СОШ', 20, 35], ['Б СОШ', 25, '0,40'], ['В СОШ', 10, 50]];
    const { dataset, doubts } = ingest([sheet('ВПР 5 кл 2023 рус', rows)]);
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(40);
    // A reading that changes a verdict is a doubt (shown first, the run ends orange), not a warning among many.
    expect(dataset.warnings).toEqual([]);
    expect(doubts).toEqual([expect.objectContaining({ kind: 'scale', sheet: 'ВПР 5 кл 2023 рус', cell: 'C', schools: [expect.objectContaining({ name: 'Б СОШ' })] })]);
    expect(doubts[0].decided).toContain('значение C3 прочитано как доля от 1 (×100)');
    expect(doubts[0].decided).toContain('0,4 при 25 участниках — 40 %');
  });

  it('reads a literal percent sign in a number format (0.0" %") as decoration, not as a percent format', () => {
    const values: RawValue[][] = [['ОО', 'Доля «2»'], ['А СОШ', 35], ['Б СОШ', 12.5]];
    const numberFormats = [[null, null], [null, '0.0" %"'], [null, '0.0\\%']];
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', values, { numberFormats })]);
    expect(['А СОШ', 'Б СОШ'].map((n) => findResult(dataset, n, 2023, 'ВПР', 'Русский язык', 5)?.share2)).toEqual([35, 12.5]);
  });

  it('never takes an error value for a school: «#NAME?» in the name column is a warning with its cell', () => {
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2», %'], ['#NAME?', 40], ['#Н/Д', 10], ['А СОШ', 12]])]);
    expect(dataset.results).toHaveLength(1);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(12);
    expect(dataset.warnings.map((w) => w.cell)).toEqual(['A2', 'A3']);
    expect(dataset.warnings[0].message).toContain('ошибка формулы «#NAME?»');
  });

  it('multiplies only the cells formatted as % when the column has such a format', () => {
    const values: RawValue[][] = [['ОО', 'Доля «2»'], ['А СОШ', 0.3333], ['Б СОШ', '40']];
    const numberFormats = [[null, null], [null, '0.0%'], [null, null]];
    const { dataset } = ingest([sheet('ВПР 5 кл 2023 рус', values, { numberFormats })]);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(33.33);
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(40);
  });

  it('takes context from the sheet name, from a title line, or from columns', () => {
    const byName = ingest([sheet('ВПР 6 кл 2022 матем', [['ОО', 'Доля «2»'], ['А СОШ', 10]])]);
    expect(byName.sheets[0].context).toMatchObject({ year: 2022, kind: 'ВПР', grade: 6, subjects: ['Математика'] });
    const byTitle = ingest([sheet('Лист1', [['Результаты ВПР 2023, 5 класс (в %)'], ['Предмет: Математика'], [], ['ОО', 'Доля «2»'], ['А СОШ', 10]])]);
    expect(byTitle.sheets[0].context).toMatchObject({ year: 2023, kind: 'ВПР', grade: 5, subjects: ['Математика'] });
    expect(findResult(byTitle.dataset, 'А СОШ', 2023, 'ВПР', 'Математика', 5)?.source.cell).toBe('B5');
    const byColumns = ingest([sheet('Лист1', [
      ['Учебный год', 'Вид', 'Параллель', 'Предмет', 'ОО', 'Доля «2»'],
      ['2022–23 уч. год', 'ГИА-9', '', 'матем', 'А СОШ', 10],
      ['2023/24', 'ЕГЭ', null, 'математика (профильный уровень)', 'А СОШ', 20],
      ['2024', 'ВПР', '5 класс', 'рус. яз.', 'А СОШ', 30],
    ])]);
    expect(findResult(byColumns.dataset, 'А СОШ', 2023, 'ОГЭ', 'Математика', 9)?.share2).toBe(10);
    expect(findResult(byColumns.dataset, 'А СОШ', 2024, 'ЕГЭ', 'Математика (профильная)', 11)?.share2).toBe(20);
    expect(findResult(byColumns.dataset, 'А СОШ', 2024, 'ВПР', 'Русский язык', 5)?.share2).toBe(30);
  });

  it('keeps aggregate rows of every kind as benchmarks, never as schools', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5 кл 2023 рус', [
      ['ОО', 'Участников', 'Доля «2»'],
      ['Вся выборка', 1000, 11], ['РФ', 1000, 11.5], ['Российская Федерация', 1000, 11.6], ['Ивановская область', 500, 12],
      ['Ивановская обл.', 500, 12.1], ['Краснодарский край', 500, 12.2], ['Республика Алтай', 400, 9],
      ['Ивановский район', 100, 13], ['Ивановский муниципальный округ', 100, 13.1], ['Городской округ Иваново', 90, 8], ['Ивановское МО', 90, 8.1],
      ['А СОШ', 10, 20], ['Итого', 110, 14], ['Всего', 110, 14],
    ])]);
    expect(dataset.schools.map((s) => s.name)).toEqual(['А СОШ']);
    const levels = Object.fromEntries(dataset.aggregates.map((a) => [a.name, a.level]));
    expect(levels).toEqual({
      'Вся выборка': 'country', РФ: 'country', 'Российская Федерация': 'country', 'Ивановская область': 'region', 'Ивановская обл.': 'region',
      'Краснодарский край': 'region', 'Республика Алтай': 'region', 'Ивановский район': 'municipality', 'Ивановский муниципальный округ': 'municipality',
      'Городской округ Иваново': 'municipality', 'Ивановское МО': 'municipality', Итого: 'total', Всего: 'total',
    });
    expect(dataset.aggregates.find((a) => a.name === 'Ивановский район')).toMatchObject({
      share2: 13, participants: 100, year: 2023, procedure: { kind: 'ВПР', subject: 'Русский язык', grade: 5 }, source: { cell: 'C9' },
    });
    expect(sheets[0].aggregates).toContain('Итого');
  });

  it('warns about every unreadable cell with its address and keeps the rest of the row when only a minor value is bad', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5', [
      ['ОО', 'Кол-во участников', 'Класс', 'Доля «2»', 'Доля «4» и «5»'],
      ['А СОШ', 10, 5, '12..5', 30],
      ['Б СОШ', 'десять', 5, 20, 'много'],
      ['В СОШ', 12, 5, '', 40],
      ['Г СОШ', 12.5, 5, 140, 40],
      ['Д СОШ', -3, 5, 10, 40],
    ])], { 'ВПР 5': { context: { year: 2023, subject: 'Русский язык' } } });
    const byCell = Object.fromEntries(sheets[0].warnings.map((w) => [w.cell, w.message]));
    expect(byCell.D2).toBe('Лист «ВПР 5», ячейка D2: «12..5» — не число, строка пропущена');
    expect(byCell.B3).toBe('Лист «ВПР 5», ячейка B3: «десять» — не число, значение не учтено');
    expect(byCell.E3).toBe('Лист «ВПР 5», ячейка E3: «много» — не число, значение не учтено');
    expect(byCell.D4).toMatch(/доля «2» не указана при 12 участниках/);
    expect(byCell.D5).toMatch(/вне пределов 0–100, строка пропущена/);
    expect(byCell.B5).toMatch(/не целое/);
    expect(byCell.B6).toMatch(/не целое/);
    expect(sheets[0].warnings.every((w) => w.sheet === 'ВПР 5' && w.file === 'test.xlsx')).toBe(true);
    expect(resultsOf(dataset, 'А СОШ')).toEqual([]);
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)).toMatchObject({ share2: 20 });
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)?.participants).toBeUndefined();
    expect(resultsOf(dataset, 'Г СОШ')).toEqual([]);
    expect(dataset.warnings).toEqual(expect.arrayContaining(sheets[0].warnings));
  });

  it('warns about a row with numbers but no school name and about an unknown procedure', () => {
    const { sheets } = ingest([sheet('Итоги 2023', [
      ['ОО', 'Процедура', 'Класс', 'Предмет', 'Доля «2»'],
      ['', 'ВПР', 5, 'Математика', 10],
      ['А СОШ', 'НИКО', 5, 'Математика', 10],
      ['А СОШ', 'ВПР', 5, 'Математика', 10],
    ])]);
    const cells = sheets[0].warnings.map((w) => w.cell);
    expect(cells).toEqual(['A2', 'B3']);
    expect(sheets[0].warnings[1].message).toMatch(/«НИКО» — процедура не распознана/);
    expect(sheets[0].resultsRead).toBe(1);
  });

  it('says why a sheet gave nothing', () => {
    const noShare = ingest([sheet('Контингент', [['ОО', 'Кол-во учащихся'], ['А СОШ', 100]])]).sheets[0];
    expect(noShare.skippedReason).toBe('не найдена строка заголовков с колонкой доли «2»: ближе всего строка 1 — «ОО» (A1), «Кол-во учащихся» (B1); ' +
      'нет колонки «Доля «2»», «% «2»», «Не преодолели порог» или «Получили «2», чел.» — укажите роли колонок вручную');
    expect(noShare.layout).toBeUndefined();
    const noYear = ingest([sheet('ВПР 5 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10]])]).sheets[0];
    expect(noYear.skippedReason).toBe('не удалось определить год: укажите его вручную');
    expect(noYear.warnings[0]).toMatchObject({ cell: 'A2' });
    const noKind = ingest([sheet('Итоги 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10]])]).sheets[0];
    expect(noKind.skippedReason).toMatch(/не удалось определить процедуру/);
    const noSubject = ingest([sheet('ВПР 5 кл 2023', [['ОО', 'Доля «2»'], ['А СОШ', 10]])]).sheets[0];
    expect(noSubject.skippedReason).toMatch(/не удалось определить предмет/);
    const empty = ingest([sheet('Пусто', [])]).sheets[0];
    expect(empty.skippedReason).toBe('лист пуст');
  });

  it('reads a long table of 100 000 rows', () => {
    const values: RawValue[][] = [['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %']];
    for (let s = 0; s < 2000; s++) {
      for (let y = 2020; y < 2025; y++) for (let g = 4; g <= 8; g++) for (const subj of ['Математика', 'Русский язык']) values.push([y, `МБОУ «Школа ${s}»`, 'ВПР', g, subj, 10, '12,5']);
    }
    const { dataset, sheets } = ingest([sheet('Все', values)]);
    expect(dataset.results.length).toBe(100000);
    expect(dataset.schools.length).toBe(2000);
    expect(sheets[0].warnings).toEqual([]);
  });
});
