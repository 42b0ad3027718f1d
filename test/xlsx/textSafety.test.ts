// Text is text: values that look like formulas are written as strings, never as <f> formulas.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { SheetSpec } from '../../src/report/model';
import { entries, loadInto } from './fixtures';

const tricky = ['=HYPERLINK("http://x")', '=SUM(A1)', '+1', '-A1', '@x', ' пробел ', 'a & b < c > "d"', 'tab\tline\nnext'];

const spec: SheetSpec = {
  kind: 'parameters', name: 'Параметры', values: tricky.map((t) => [t]), numberFormats: [], styles: [], merges: [],
  columnWidths: [], conditionalFormats: [], notes: [{ cell: 'A1', text: '=SUM(A1) & <заметка>' }], charts: [],
};

describe('formula-looking text', () => {
  let output: Uint8Array;
  beforeAll(async () => {
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['=SUM(A1)']] }]), 'x.xlsx');
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), { sheets: [spec] }));
    output = await wb.toBytes();
  });

  it('reads back as the same strings with no formula', async () => {
    const book = new ExcelJS.Workbook();
    await loadInto(book, output);
    const ws = book.getWorksheet('Параметры');
    tricky.forEach((text, i) => {
      const cell = ws?.getCell(i + 1, 1);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
    });
    expect(book.getWorksheet('Данные')?.getCell('A1').value).toBe('=SUM(A1)');
    const note = ws?.getCell('A1').note;
    expect(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')).toBe('=SUM(A1) & <заметка>');
  });

  it('escapes a literal "_xHHHH_" run so Excel does not decode it (ECMA-376 ST_Xstring)', async () => {
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['x_x0041_y']] }]), 'x.xlsx');
    const sheet = new TextDecoder().decode((await entries(await wb.toBytes())).get('xl/worksheets/sheet1.xml'));
    expect(sheet).toContain('<t xml:space="preserve">x_x005F_x0041_y</t>');
  });

  it('has no <f> element in any worksheet part', async () => {
    const decoder = new TextDecoder();
    for (const [name, bytes] of await entries(output)) {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) expect(decoder.decode(bytes)).not.toMatch(/<f[\s>]/);
    }
  });
});
