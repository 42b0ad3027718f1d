// newWorkbookBytes: a minimal valid package whose values read back through ExcelJS and the xlsx port.
import ExcelJS from 'exceljs';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { packageProblems } from './packageChecks';
import { loadInto } from './fixtures';

describe('newWorkbookBytes', () => {
  it('writes the sheets in order with their typed values', async () => {
    const values = [['Школа', 'Доля', 'Да'], ['СОШ № 1', 0.25, true], [null, -3, false], ['=1+1', null, '']];
    const bytes = await newWorkbookBytes([{ name: 'Первый', values }, { name: 'Второй', values: [[1]] }]);
    expect(await packageProblems(bytes)).toEqual([]);
    const book = new ExcelJS.Workbook();
    await loadInto(book, bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Первый', 'Второй']);
    const ws = book.getWorksheet('Первый');
    values.forEach((row, r) =>
      row.forEach((v, c) => expect(ws?.getCell(r + 1, c + 1).value ?? null).toEqual(v === '' ? null : v)),
    );
    expect(book.getWorksheet('Второй')?.getCell('A1').value).toBe(1);
  });

  it('writes one empty sheet when given none, and lists it through the port', async () => {
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([]), 'new.xlsx');
    expect(await wb.listSheets()).toEqual([{ name: 'Лист1', visible: true }]);
    expect(await wb.readTracked()).toEqual([]);
  });

  it('rejects names Excel does not allow', async () => {
    await expect(newWorkbookBytes([{ name: 'a/b', values: [] }])).rejects.toThrow(/Недопустимое имя листа/);
    await expect(newWorkbookBytes([{ name: 'x'.repeat(32), values: [] }])).rejects.toThrow(/Недопустимое имя листа/);
  });
});

describe('XlsxWorkbook.readSheets', () => {
  it('reads the requested sheets in the requested order, also after writing', async () => {
    const bytes = await newWorkbookBytes([
      { name: 'А', values: [['a', 1]] },
      { name: 'Б', values: [['b', 2]] },
    ]);
    const wb = await XlsxWorkbook.open(bytes, 'ab.xlsx');
    const grids = await wb.readSheets(['Б', 'А', 'нет такого']);
    expect(grids.map((g) => [g.sheet, g.file, g.values[0]])).toEqual([
      ['Б', 'ab.xlsx', ['b', 2]],
      ['А', 'ab.xlsx', ['a', 1]],
    ]);
    await wb.writeOutput({
      remove: [],
      add: [{ name: 'В', spec: {
        kind: 'parameters', name: 'В', values: [['c']], numberFormats: [], styles: [], merges: [], columnWidths: [],
        conditionalFormats: [], notes: [], charts: [],
      } }],
    });
    expect((await wb.readSheets(['В'])).map((g) => g.values[0])).toEqual([['c']]);
  });
});
