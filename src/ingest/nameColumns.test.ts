// The school column chosen by its contents when several headers name the schools.
import { findHeaderBlock } from './headerRows';
import { chooseSchoolColumn } from './nameColumns';
import { SheetView } from './sheetView';
import { RawValue } from './grid';

function view(values: RawValue[][]): SheetView {
  return new SheetView({ file: 'f.xlsx', sheet: 'Лист', values, originRow: 1, originCol: 1, merges: [] });
}

function choose(values: RawValue[][]): ReturnType<typeof chooseSchoolColumn> {
  const v = view(values);
  const block = findHeaderBlock(v);
  if (!block) throw new Error('no header');
  return chooseSchoolColumn(v, block);
}

const roles = (got: ReturnType<typeof chooseSchoolColumn>): (string | undefined)[] => got.block.columns.slice(0, 2).map((c) => c.role);

describe('chooseSchoolColumn', () => {
  it('takes the schools, not the department repeated on every row, and makes the department the municipality', () => {
    const got = choose([
      ['Наименование', 'Наименование ОО', 'Доля «2», %'],
      ['Отдел образования администрации Энского района', 'МБОУ «Энская СОШ»', 10],
      ['Отдел образования администрации Энского района', 'МКОУ «Васильевская ООШ»', 20],
      ['Комитет образования администрации города Энска', 'МАОУ «Гимназия № 1»', 5],
    ]);
    expect(roles(got)).toEqual(['municipality', 'school']);
    expect(got.decided?.school).toMatchObject({ c: 1, texts: 3, schoolWords: 3, distinct: 3 });
    expect(got.decided?.others).toEqual([{ c: 0, texts: 3, schoolWords: 0, departments: 3, distinct: 2 }]);
  });

  it('keeps the first of two school columns (logins, then names) and says nothing: headers alone gave that', () => {
    const got = choose([
      ['ОО', 'Наименование ОО', 'Доля «2», %'],
      ['sch220001', 'МБОУ «Энская СОШ»', 10],
      ['sch220002', 'МКОУ «Васильевская ООШ»', 20],
    ]);
    expect(roles(got)).toEqual(['school', 'ignore']);
    expect(got.decided).toBeUndefined();
  });

  it('leaves a single school column beside a municipality column as it is', () => {
    const got = choose([
      ['Муниципальное образование', 'ОО', 'Доля «2», %'],
      ['Энский район', 'МБОУ «Энская СОШ»', 10],
      ['Энский район', 'МКОУ «Васильевская ООШ»', 20],
    ]);
    expect(roles(got)).toEqual(['municipality', 'school']);
    expect(got.decided).toBeUndefined();
  });
});
