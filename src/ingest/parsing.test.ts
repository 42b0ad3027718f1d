// Unit tests of the small parsers: numbers, years, kinds/grades/subjects, header synonyms, aggregates.
import { aggregateLevel } from './aggregates';
import { contextFromText, parseGradeCell, parseKind } from './context';
import { recogniseRole } from './headers';
import { readNumber } from './numbers';
import { canonicalSubject, findSubjects } from './subjects';
import { parseYear } from './years';

describe('readNumber', () => {
  it.each([
    [12, 12], ['33,33', 33.33], ['33,33 %', 33.33], [' 12 ', 12], ['12.5', 12.5], ['1 372 334', 1372334], ['0', 0], ['-3,5', -3.5],
  ])('%p → %p', (raw, value) => {
    const n = readNumber(raw);
    expect(n).toMatchObject({ kind: 'number', value });
  });
  it('remembers a % sign written in the text', () => {
    expect(readNumber('33,33 %')).toMatchObject({ percentSign: true });
    expect(readNumber('33,33')).toMatchObject({ percentSign: false });
  });
  it.each([[null], [''], ['-'], ['—'], ['н/д'], ['Нет данных'], ['  ']])('%p is missing', (raw) => {
    expect(readNumber(raw).kind).toBe('missing');
  });
  it.each([['12..5'], ['abc'], ['#DIV/0!'], [true], ['1,2,3']])('%p is not a number', (raw) => {
    expect(readNumber(raw).kind).toBe('bad');
  });
});

describe('parseYear', () => {
  it.each([
    [2023, 2023], ['2023', 2023], ['2022/2023', 2023], ['2022-2023', 2023], ['2022–23 уч. год', 2023], ['2022/23', 2023],
    ['ВПР 5 кл 2023', 2023], ['ОГЭ-2023 матем', 2023], ['Доля 2 по ОО 2024', 2024],
  ])('%p → %p', (raw, year) => expect(parseYear(raw)).toBe(year));
  it.each([['нет'], [12], ['Максимальный первичный балл: 20'], [null]])('%p → undefined', (raw) => expect(parseYear(raw)).toBeUndefined());
});

describe('context from text', () => {
  it.each([
    ['ВПР 5 кл 2023', { kind: 'ВПР', grade: 5, year: 2023 }],
    ['ОГЭ-2023 матем', { kind: 'ОГЭ', grade: 9, year: 2023, subject: 'Математика' }],
    ['Результаты ВПР 2023, 5 класс (в %)', { kind: 'ВПР', grade: 5, year: 2023 }],
    ['Всероссийские проверочные работы 2024 (5 класс)', { kind: 'ВПР', grade: 5, year: 2024 }],
    ['Предмет: Математика', { subject: 'Математика' }],
    ['Результаты ОГЭ 2024 (основной период)', { kind: 'ОГЭ', grade: 9, year: 2024 }],
    ['ЕГЭ 2023 русский язык', { kind: 'ЕГЭ', grade: 11, year: 2023, subject: 'Русский язык' }],
    ['ГИА-9 2022', { kind: 'ОГЭ', grade: 9, year: 2022 }],
    ['ГИА-11', { kind: 'ЕГЭ', grade: 11 }],
    ['Краевые диагностические работы, 7 класс', { kind: 'КДР', grade: 7 }],
    ['Региональные диагностические работы 2024', { kind: 'КДР', year: 2024 }],
    ['КДР 8 кл', { kind: 'КДР', grade: 8 }],
  ])('%p', (text, expected) => expect(contextFromText(text)).toMatchObject(expected));
  it('names no kind when a text names two', () => {
    expect(parseKind('Доля «2» на ВПР и ОГЭ в 2024 году')).toBeUndefined();
  });
  it.each([[5, 5], ['5', 5], ['5 класс', 5], ['5А', 5], ['11 кл.', 11], ['ОГЭ', undefined], [14, undefined]])('grade cell %p → %p', (raw, g) => {
    expect(parseGradeCell(raw)).toBe(g);
  });
});

describe('subjects', () => {
  it.each([
    ['русский', 'Русский язык'], ['рус. яз.', 'Русский язык'], ['Русский язык', 'Русский язык'], ['математика', 'Математика'],
    ['матем', 'Математика'], ['Математика (профильный уровень)', 'Математика (профильная)'], ['математика профиль', 'Математика (профильная)'],
    ['профильная математика', 'Математика (профильная)'], ['Математика (базовый уровень)', 'Математика (базовая)'], ['базовая математика', 'Математика (базовая)'],
    ['  физика ', 'Физика'], ['окружающий мир', 'Окружающий мир'], ['  технология ', 'Технология'],
  ])('%p → %p', (raw, name) => expect(canonicalSubject(raw)).toBe(name));
  it('finds every subject of a title', () => {
    expect(findSubjects('ВПР по русскому языку и математике')).toEqual(expect.arrayContaining(['Русский язык', 'Математика']));
  });
});

describe('header synonyms', () => {
  it.each([
    ['ОО', 'school'], ['МБОУ', 'school'], ['Образовательная организация', 'school'], ['Наименование ОО', 'school'],
    ['Группы участников', 'school'], ['Школа', 'school'],
    ['Кол-во участников', 'participants'], ['Количество учащихся', 'participants'], ['Писали', 'participants'],
    ['Сдавали', 'participants'], ['Участников', 'participants'],
    ['% «2»', 'share2'], ['Доля «2», %', 'share2'], ['Доля учащихся, получивших «2»', 'share2'], ['2', 'share2'],
    ['Не преодолели минимальный порог', 'share2'], ['Не преодолели мин. порог, %', 'share2'], ['доля "2"', 'share2'],
    ['«4» и «5»', 'share45'], ['Доля «4» и «5»', 'share45'], ['Качество знаний', 'share45'], ['КАЧЕСТВО ЗНАНИЙ, %', 'share45'],
    ['3', 'share3'], ['«4»', 'share4'], ['5', 'share5'],
    ['Понизили (Отм. < Отм. по журналу) %', 'lowered'], ['Доля учащихся, понизивших результат', 'lowered'], ['Понизили, %', 'lowered'],
    ['Подтвердили (Отм. = Отм. по журналу) %', 'confirmed'], ['Повысили (Отм. > Отм. по журналу) %', 'raised'],
    ['Средний балл', 'meanScore'], ['Год', 'year'], ['Учебный год', 'year'], ['Процедура', 'kind'], ['Вид', 'kind'],
    ['Класс', 'grade'], ['Параллель', 'grade'], ['Предмет', 'subject'], ['№', 'ignore'], ['Кол-во ОО', 'ignore'],
  ])('%p → %p', (text, role) => expect(recogniseRole(text)).toBe(role));
  it.each([['5 класс'], ['2023'], ['Распределение групп баллов в %'], ['Русский язык'], ['Максимальный первичный балл: 20']])('%p has no role', (text) => {
    expect(recogniseRole(text)).toBeUndefined();
  });
});

describe('aggregateLevel', () => {
  it.each([
    ['Итого', 'total'], ['Всего', 'total'], ['Северо-Озёрский район', 'municipality'], ['Ивановский муниципальный округ', 'municipality'],
    ['Ивановский муниципальный район', 'municipality'], ['Городской округ Иваново', 'municipality'], ['Ивановское МО', 'municipality'],
    ['Краснодарский край', 'region'], ['Ивановская область', 'region'], ['Ивановская обл.', 'region'], ['Республика Алтай', 'region'],
    ['Вся выборка', 'country'], ['РФ', 'country'], ['Российская Федерация', 'country'],
  ])('%p → %p', (label, level) => expect(aggregateLevel(label)).toBe(level));
  it.each([['Берёзовская СОШ'], ['СОШ № 1 Ивановского района'], ['Гимназия № 2'], ['Центр образования № 3'], ['Лицей № 5']])('%p is a school', (label) => {
    expect(aggregateLevel(label)).toBeUndefined();
  });
});
