// Workbooks written by another tool (ExcelJS here): its notes, VML and names survive; ours get their own ids.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { entries, loadInto, textOfEntry } from './fixtures';
import { packageProblems } from './packageChecks';
import { sampleReport } from './sampleReport';

async function exceljsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Лист с заметкой');
  ws.getCell('A1').value = 'Школа';
  ws.getCell('A1').note = 'Заметка из другой программы';
  ws.getCell('B2').value = 0.5;
  ws.getCell('B2').numFmt = '0.0%';
  ws.getCell('A1').font = { bold: true, color: { argb: 'FF00B050' } };
  book.definedNames.add("'Лист с заметкой'!$B$2", 'Порог');
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a workbook written by ExcelJS, with a note', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await exceljsWorkbook();
    const wb = await XlsxWorkbook.open(input, 'exceljs.xlsx');
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), sampleReport));
    output = await wb.toBytes();
  });

  it('gives our VML shapes an id block the existing drawing does not use', async () => {
    const names = [...(await entries(output)).keys()].filter((f) => f.endsWith('.vml'));
    expect(names).toHaveLength(2);
    const blocks = await Promise.all(names.map(async (n) => /idmap[^>]*data="([^"]+)"/.exec(await textOfEntry(output, n))?.[1]));
    expect(new Set(blocks).size).toBe(2);
  });

  it('keeps both the foreign and the new notes, and the package is consistent', async () => {
    expect(await packageProblems(output)).toEqual([]);
    const book = new ExcelJS.Workbook();
    await loadInto(book, output);
    const noteText = (n: ExcelJS.Comment | string | undefined): string =>
      typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    expect(noteText(book.getWorksheet('Лист с заметкой')?.getCell('A1').note)).toBe('Заметка из другой программы');
    expect(noteText(book.getWorksheet('ШНОР 2024')?.getCell('B6').note)).toBe('Вошла в список в 2024 году.');
    expect(book.getWorksheet('Лист с заметкой')?.getCell('B2').numFmt).toBe('0.0%');
    expect(book.getWorksheet('Лист с заметкой')?.getCell('A1').font?.color).toEqual({ argb: 'FF00B050' });
    expect(book.definedNames.getRanges('Порог').ranges).toEqual(["'Лист с заметкой'!$B$2"]);
  });
});
