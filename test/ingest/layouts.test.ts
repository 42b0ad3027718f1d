// School blocks, grade × subject blocks, wide tables with merged two-row headers, ФИС ОКО pairs, official lists.
import { ingest } from '../../src/ingest/ingest';
import { findResult, resultsOf, sheet } from './helpers';

describe('school blocks', () => {
  const grid = sheet('ВПР 5 кл 2024', [
    ['ВПР 2024, 5 класс: статистика по отметкам (в %)'],
    ['Предметы', 'Количество учащихся', 'Доля учащихся, получивших «2»', 'Доля учащихся, получивших «4» и «5»', 'Доля учащихся, понизивших результат'],
    ['МБОУ «Ивановская СОШ»'],
    ['Русский язык', 13, '7,69', '23,07', '14,51'],
    ['Математика', 4, '25', '0', '32,32'],
    [],
    ['Петровская ООШ'],
    ['рус. яз.', 10, '30', '50', '11,02'],
    ['Ивановский район'],
    ['Русский язык', '', '10', '40', '20'],
  ]);
  it('reads a school row then its subject rows; context from the title', () => {
    const { dataset, sheets } = ingest([grid]);
    expect(sheets[0]).toMatchObject({ layout: 'schoolBlocks', headerRow: 2, context: { year: 2024, kind: 'ВПР', grade: 5 } });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ВПР', 'Математика', 5)).toMatchObject({
      participants: 4, share2: 25, share45: 0, lowered: 32.32, source: { cell: 'C5' },
    });
    expect(findResult(dataset, 'Петровская ООШ', 2024, 'ВПР', 'Русский язык', 5)?.share2).toBe(30);
    expect(dataset.schools.map((s) => s.name)).toEqual(['Ивановская СОШ', 'Петровская ООШ']);
    expect(dataset.aggregates).toEqual([expect.objectContaining({ name: 'Ивановский район', level: 'municipality', share2: 10, lowered: 20 })]);
  });
  it('reads grade rows under a school when the label column holds grades', () => {
    const { dataset } = ingest([sheet('ВПР 2023 математика', [
      ['Класс', 'Участников', '% «2»'],
      ['А СОШ'], [5, 10, 20], ['6 класс', 12, 25],
    ])]);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Математика', 5)?.share2).toBe(20);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Математика', 6)?.share2).toBe(25);
  });
});

describe('grade × subject blocks', () => {
  it('reads grades 5–8 as ВПР, "ОГЭ" as grade 9 and "ЕГЭ" as grade 11, for every block', () => {
    const { dataset, sheets } = ingest([sheet('Доля 2 по ОО 2024', [
      ['Доля учащихся (в %), получивших отметку «2» на ВПР и ОГЭ в 2024 году'],
      ['Ивановская СОШ'],
      ['Класс', 'Русский язык', 'Математика'],
      [5, '11,11', '0'], [6, '14,29', ''], ['ОГЭ', '0', '20'], ['ЕГЭ', '5', null],
      [],
      ['Петровская ООШ'],
      ['Класс', 'Русский язык', 'Математика'],
      ['7', '50', '33,33'],
      ['Ивановский район'],
      ['Класс', 'Русский язык', 'Математика'],
      [5, '9', '8'],
    ])]);
    expect(sheets[0]).toMatchObject({ layout: 'gradeSubjectBlocks', headerRow: 3, context: { year: 2024 } });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ВПР', 'Русский язык', 5)).toMatchObject({ share2: 11.11, source: { cell: 'B4' } });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ВПР', 'Математика', 6)).toBeUndefined();
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ОГЭ', 'Математика', 9)?.share2).toBe(20);
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ЕГЭ', 'Русский язык', 11)?.share2).toBe(5);
    expect(findResult(dataset, 'Петровская ООШ', 2024, 'ВПР', 'Математика', 7)?.share2).toBe(33.33);
    expect(resultsOf(dataset, 'Ивановская СОШ')).toHaveLength(6); // 5 рус, 5 мат, 6 рус, ОГЭ ×2, ЕГЭ рус
    expect(dataset.aggregates.map((a) => [a.name, a.level, a.share2])).toEqual([['Ивановский район', 'municipality', 9], ['Ивановский район', 'municipality', 8]]);
  });
});

describe('wide table', () => {
  it('reads column groups under merged two-row headers; fractions formatted as % become percents', () => {
    const pct = '0.0%';
    const { dataset, sheets } = ingest([sheet('Лист1', [
      ['Результаты ОГЭ 2024 (основной период)'],
      ['№', 'Наименование ОО', 'Русский язык', null, null, 'Математика', null, null],
      [null, null, 'Сдавали', 'Не преодолели мин. порог, %', 'Качество знаний, %', 'Сдавали', 'Не преодолели мин. порог, %', 'Качество знаний, %'],
      [1, 'МБОУ Ивановская СОШ', 11, 0.1818, 0.5, 6, 0.3333, 0],
      [2, 'МБОУ Петровская ООШ', 3, 0, 0.3333, 14, 0.0714, 0.4286],
    ], {
      merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:H2'],
      numberFormats: [[], [], [], [null, null, null, pct, pct, null, pct, pct], [null, null, null, pct, pct, null, pct, pct]],
    })]);
    expect(sheets[0]).toMatchObject({ layout: 'wide', headerRow: 3, context: { year: 2024, kind: 'ОГЭ', grade: 9, subjects: ['Русский язык', 'Математика'] } });
    expect(sheets[0].columns.find((c) => c.column === 'G')).toMatchObject({ role: 'share2', subject: 'Математика', header: 'Математика / Не преодолели мин. порог, %' });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ОГЭ', 'Русский язык', 9)).toMatchObject({ participants: 11, share2: 18.18, share45: 50, source: { cell: 'D4' } });
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ОГЭ', 'Математика', 9)).toMatchObject({ participants: 6, share2: 33.33, share45: 0 });
    expect(findResult(dataset, 'Петровская ООШ', 2024, 'ОГЭ', 'Математика', 9)?.share2).toBe(7.14);
  });
  it('groups by grade and year too (merged group headers above a shared participants column)', () => {
    const { dataset } = ingest([sheet('ВПР матем', [
      ['ОО', '5 класс', null, '6 класс', null],
      [null, '2023', '2024', '2023', '2024'],
      [null, 'Доля «2»', 'Доля «2»', 'Доля «2»', 'Доля «2»'],
      ['А СОШ', 10, 20, 30, 40],
    ], { merges: ['A1:A3', 'B1:C1', 'D1:E1'] })]);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Математика', 5)?.share2).toBe(10);
    expect(findResult(dataset, 'А СОШ', 2024, 'ВПР', 'Математика', 5)?.share2).toBe(20);
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Математика', 6)?.share2).toBe(30);
    expect(findResult(dataset, 'А СОШ', 2024, 'ВПР', 'Математика', 6)?.share2).toBe(40);
  });
});

describe('ФИС ОКО', () => {
  const stats = sheet('Статистика по отметкам', [
    ['Всероссийские проверочные работы 2024 (5 класс)'],
    ['Предмет: Математика'],
    ['Статистика по отметкам'],
    [],
    ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 'Распределение групп баллов в %', null, null, null],
    [null, null, null, '2', '3', '4', '5'],
    ['Вся выборка', 33211, 1372334, 11.24, 38.1, 36.3, 14.36],
    ['Ивановская обл.', 402, 14220, 10.9, 39.8, 36.1, 13.2],
    ['Ивановский муниципальный район', 12, 311, 13.5, 40.1, 34.2, 12.2],
    ['(sch500100) МБОУ "Ивановская СОШ"', 1, 11, 0, 81.82, 9.09, 9.09],
    ['(sch500107) МБОУ "Петровская ООШ"', 1, 5, 20, 60, 0, 20],
  ], { file: 'fis.xlsx', merges: ['D5:G5'] });
  const journal = sheet('Сравнение с журналом', [
    ['Сравнение отметок с отметками по журналу'],
    ['Группы участников', 'Понизили (Отм. < Отм. по журналу) %', 'Подтвердили (Отм. = Отм. по журналу) %', 'Повысили (Отм. > Отм. по журналу) %'],
    ['Ивановский муниципальный район', 20.5, 70, 9.5],
    ['(sch500100) МБОУ "Ивановская СОШ"', 37.4, 56.41, 6.19],
    ['(sch500107) МБОУ "Петровская ООШ"', 6.93, 89.05, 4.02],
    ['(sch500999) МБОУ "Чужая СОШ"', 1, 2, 97],
  ], { file: 'fis.xlsx' });

  it('reads the statistics: aggregates, login codes, share45 = 4 + 5; the companion adds понизили to the same results', () => {
    const { dataset, sheets } = ingest([stats, journal]);
    expect(sheets.map((s) => s.layout)).toEqual(['fisOko', 'fisOko']);
    expect(sheets[0]).toMatchObject({ headerRow: 6, context: { year: 2024, kind: 'ВПР', grade: 5, subjects: ['Математика'] }, resultsRead: 2 });
    const a = findResult(dataset, 'Ивановская СОШ', 2024, 'ВПР', 'Математика', 5);
    expect(a).toMatchObject({ participants: 11, share2: 0, share3: 81.82, share4: 9.09, share5: 9.09, share45: 18.18, lowered: 37.4, confirmed: 56.41, raised: 6.19 });
    expect(dataset.schools.find((s) => s.name === 'Ивановская СОШ')?.code).toBe('sch500100');
    expect(dataset.aggregates.map((x) => [x.name, x.level])).toEqual([
      ['Вся выборка', 'country'], ['Ивановская обл.', 'region'], ['Ивановский муниципальный район', 'municipality'],
    ]);
    expect(dataset.aggregates[2]).toMatchObject({ share2: 13.5, share45: 46.4, lowered: 20.5 });
    expect(sheets[1].resultsRead).toBeGreaterThanOrEqual(2);
    expect(sheets[1].warnings.map((w) => w.cell)).toEqual(['B6']);
    expect(sheets[1].warnings[0].message).toMatch(/Чужая СОШ.*нет результата на листе «Статистика по отметкам»/);
  });
  it('finds the statistics sheet of the same file only', () => {
    const other = { ...journal, file: 'other.xlsx' };
    const { sheets, dataset } = ingest([stats, other]);
    expect(sheets[1].skippedReason).toMatch(/нет листа «Статистика по отметкам» того же файла/);
    expect(findResult(dataset, 'Ивановская СОШ', 2024, 'ВПР', 'Математика', 5)?.lowered).toBeUndefined();
  });
});

describe('official ШНОР list', () => {
  it('reads a list of names with its year and matches them to schools', () => {
    const { dataset, sheets } = ingest([
      sheet('Перечень ШНОР 2023', [['Перечень школ с низкими результатами обучения'], ['№', 'Наименование ОО'], [1, 'МБОУ «Ивановская СОШ»'], [2, 'Петровская ООШ'], ['Примечание: утверждён приказом']]),
      sheet('ВПР 5 кл 2024 рус', [['ОО', 'Доля «2»'], ['Ивановская СОШ', 10]]),
    ]);
    expect(sheets[0]).toMatchObject({ layout: 'officialList', context: { year: 2023 } });
    expect(dataset.officialLists).toHaveLength(1);
    expect(dataset.officialLists[0].year).toBe(2023);
    const names = dataset.officialLists[0].schoolKeys.map((k) => dataset.schools.find((s) => s.key === k)?.name);
    expect(names).toEqual(['Ивановская СОШ', 'Петровская ООШ']);
    expect(dataset.results[0].schoolKey).toBe(dataset.officialLists[0].schoolKeys[0]);
  });
  it('reads a list titled inside the sheet', () => {
    const { dataset } = ingest([sheet('Лист3', [['Список ШНОР 2022 года'], ['А СОШ'], ['Б ООШ']])]);
    expect(dataset.officialLists[0]).toMatchObject({ year: 2022 });
    expect(dataset.officialLists[0].schoolKeys).toHaveLength(2);
  });
});

describe('merged cells in data rows', () => {
  it('ignores a note merged across the row below a table, and reads a year merged down over rows', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5 кл рус', [
      ['Год', 'ОО', 'Доля «2»'],
      [2023, 'А СОШ', 10],
      [null, 'Б СОШ', 20],
      ['Примечание: доли в процентах', null, null],
    ], { merges: ['A2:A3', 'A4:C4'] })]);
    expect(sheets[0].warnings).toEqual([]);
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(20);
    expect(dataset.schools).toHaveLength(2);
  });
  it('reads school-name rows merged across the table and school rows carrying their own totals', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5 кл 2023', [
      ['Предметы', 'Количество учащихся', 'Доля «2»'],
      ['А СОШ', null, null],
      ['Русский язык', 10, 20],
      ['Б СОШ', 25, null],
      ['Математика', 12, 25],
    ], { merges: ['A2:C2'] })]);
    expect(sheets[0].layout).toBe('schoolBlocks');
    expect(findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(20);
    expect(findResult(dataset, 'Б СОШ', 2023, 'ВПР', 'Математика', 5)?.share2).toBe(25);
    expect(dataset.schools.map((s) => s.name)).toEqual(['А СОШ', 'Б СОШ']);
  });
  it('reads grade × subject blocks whose school rows are merged across', () => {
    const { dataset } = ingest([sheet('Доля 2 по ОО 2024', [
      ['А СОШ', null, null],
      ['Класс', 'Русский язык', 'Математика'],
      [5, '10', '20'],
      ['Б СОШ', null, null],
      ['Класс', 'Русский язык', 'Математика'],
      [5, '30', '40'],
    ], { merges: ['A1:C1', 'A4:C4'] })]);
    expect(findResult(dataset, 'Б СОШ', 2024, 'ВПР', 'Математика', 5)?.share2).toBe(40);
    expect(dataset.schools).toHaveLength(2);
  });
});
