// ФИС ОКО / ФИОКО subject codes in every layout that names subjects: group headers «4 РУ», title-metric columns,
// grade × subject headers, school-block rows and subject cells of long tables; an unknown code is a warning with its
// cell and never another subject.
import { ingest } from '../../src/ingest/ingest';
import { sheet } from './helpers';

type Read = [string | undefined, number | undefined, number | undefined, string];
const readOf = (got: ReturnType<typeof ingest>): Read[] =>
  got.dataset.results.map((r) => [r.procedure.subject, r.procedure.grade, r.share2, r.source.cell]);

describe('subject codes', () => {
  it('a wide table headed «4 РУ | 4 МА | 4 ОМ» is read by grade and subject, never as marks «4»', () => {
    const got = ingest([sheet('ВПР 2024', [
      ['ОО', '4 РУ', null, '4 МА', null, '4 ОМ', null],
      [null, 'Кол-во участников', 'Доля «2», %', 'Кол-во участников', 'Доля «2», %', 'Кол-во участников', 'Доля «2», %'],
      ['МБОУ СОШ № 1', 20, 10, 20, 35, 18, 0],
    ], { merges: ['B1:C1', 'D1:E1', 'F1:G1'] })]);
    expect(readOf(got)).toEqual([['Русский язык', 4, 10, 'C3'], ['Математика', 4, 35, 'E3'], ['Окружающий мир', 4, 0, 'G3']]);
  });

  it('a title-metric table «5 ИС | 5 ГЕ | 5 ЗЯ»: the unknown code\'s column is left out with a warning, not read as the title\'s subject', () => {
    const got = ingest([sheet('ВПР 2024', [
      ['Доля «2» в % по истории, ВПР 2024'],
      ['ОО', '5 ИС', '5 ГЕ', '5 ЗЯ'],
      ['МБОУ СОШ № 1', 20, 10, 40],
    ])]);
    expect(readOf(got)).toEqual([['История', 5, 20, 'B3'], ['География', 5, 10, 'C3']]);
    expect(got.sheets[0].warnings.map((w) => [w.cell, w.message])).toContainEqual(['D2', expect.stringContaining('«5 ЗЯ» — код предмета «ЗЯ» не известен')]);
  });

  it('a grade × subject block headed «Класс | РУ | МА | ЗЯ»', () => {
    const got = ingest([sheet('ВПР 2024', [
      ['МБОУ СОШ № 1'],
      ['Класс', 'РУ', 'МА', 'ЗЯ'],
      [5, 12.5, 30, 7],
      [6, 10, 20, 8],
    ])]);
    expect(readOf(got)).toEqual([['Русский язык', 5, 12.5, 'B3'], ['Математика', 5, 30, 'C3'], ['Русский язык', 6, 10, 'B4'], ['Математика', 6, 20, 'C4']]);
    expect(got.sheets[0].warnings.map((w) => w.cell)).toEqual(['D2']);
  });

  it('school blocks with rows «РУ», «4 МА», «ЗЯ»', () => {
    const got = ingest([sheet('ВПР 4 класс 2024', [
      ['Предметы', 'Количество учащихся', 'Доля «2»'],
      ['МБОУ СОШ № 2', null, null],
      ['РУ', 20, 15],
      ['4 МА', 20, 35],
      ['ЗЯ', 20, 50],
    ])]);
    expect(readOf(got)).toEqual([['Русский язык', 4, 15, 'C3'], ['Математика', 4, 35, 'C4']]);
    expect(got.sheets[0].warnings.map((w) => [w.cell, w.message])).toEqual([['A5', expect.stringContaining('«ЗЯ» — код предмета «ЗЯ» не известен (известны РУ, МА, ОМ')]]);
  });

  it('a long table with codes in the subject column', () => {
    const got = ingest([sheet('ВПР 2024', [
      ['ОО', 'Класс', 'Предмет', 'Кол-во участников', 'Доля «2»'],
      ['МБОУ СОШ № 1', 4, 'РУ', 20, 10],
      ['МБОУ СОШ № 1', 4, 'ОМ', 20, 5],
      ['МБОУ СОШ № 1', 8, 'ФИ', 20, 25],
      ['МБОУ СОШ № 1', 4, 'ЗЯ', 20, 40],
    ])]);
    expect(readOf(got)).toEqual([['Русский язык', 4, 10, 'E2'], ['Окружающий мир', 4, 5, 'E3'], ['Физика', 8, 25, 'E4']]);
    expect(got.sheets[0].warnings.map((w) => [w.cell, w.message])).toEqual([['C5', expect.stringContaining('«ЗЯ» — код предмета «ЗЯ» не известен')]]);
  });
});
