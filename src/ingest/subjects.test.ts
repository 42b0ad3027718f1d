// Subject codes of ФИС ОКО / ФИОКО: the code table, a code after a grade, unknown codes, and words that are no codes.
import { contextFromText } from './context';
import { recogniseRole } from './headers';
import { canonicalSubject, findSubjects, subjectCode, unknownSubjectCode } from './subjects';

describe('subject codes', () => {
  it.each([
    ['РУ', 'Русский язык'], ['МА', 'Математика'], ['ОМ', 'Окружающий мир'], ['ИС', 'История'], ['ОБ', 'Обществознание'],
    ['ГЕ', 'География'], ['БИ', 'Биология'], ['ФИ', 'Физика'], ['ХИ', 'Химия'], ['ИН', 'Иностранный язык'],
    ['АЯ', 'Английский язык'], ['НЯ', 'Немецкий язык'], ['ФЯ', 'Французский язык'],
  ])('«%s» is %s, alone, in a subject cell and after a grade', (code, subject) => {
    expect(subjectCode(code)).toEqual({ code, subject });
    expect(canonicalSubject(code)).toBe(subject);
    expect(subjectCode(`7 ${code}`)).toEqual({ code, subject, grade: 7 });
    expect(contextFromText(`7 ${code}`)).toMatchObject({ grade: 7, subject });
    // «4 РУ» was read as a mark column («4»): a grade and a code are no mark.
    expect(recogniseRole(`4 ${code}`)).toBeUndefined();
  });

  it.each([
    ['4 РУ', 4, 'Русский язык'], ['5 МА', 5, 'Математика'], ['8 ФИ', 8, 'Физика'], ['4ОМ', 4, 'Окружающий мир'],
    ['6 кл. ГЕ', 6, 'География'], ['11 ХИ', 11, 'Химия'],
  ])('«%s» → grade %i, %s', (text, grade, subject) => {
    expect(contextFromText(text)).toMatchObject({ grade, subject });
  });

  it('reads a code in Latin look-alike letters, and a grade and code inside a sheet name', () => {
    expect(subjectCode('MA')).toEqual({ code: 'МА', subject: 'Математика' });
    expect(contextFromText('ВПР 4 РУ 2024')).toMatchObject({ year: 2024, kind: 'ВПР', grade: 4, subject: 'Русский язык' });
  });

  it('an unknown code is no subject (never another one) and is named for a warning', () => {
    expect(subjectCode('4 ЗЯ')).toEqual({ code: 'ЗЯ', grade: 4 });
    expect(contextFromText('4 ЗЯ').subject).toBeUndefined();
    expect(unknownSubjectCode('4 ЗЯ')).toBe('ЗЯ');
    expect(unknownSubjectCode('ЗЯ')).toBe('ЗЯ');
    expect(unknownSubjectCode('РУ')).toBeUndefined();
  });

  it('leaves header words and capitals in titles alone', () => {
    expect(recogniseRole('ОО')).toBe('school');
    expect(recogniseRole('МО')).toBe('municipality');
    expect(recogniseRole('«2»')).toBe('share2');
    expect(recogniseRole('% «4»')).toBe('share4');
    expect(unknownSubjectCode('ОО')).toBeUndefined();
    expect(findSubjects('ИНФОРМАЦИЯ ОБ ИТОГАХ ВПР 2024 ГОДА')).toEqual([]);
    expect(findSubjects('Результаты ВПР по русскому языку')).toEqual(['Русский язык']);
  });
});
