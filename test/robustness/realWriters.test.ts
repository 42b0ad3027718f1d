// Workbooks real tools write, hostile packages and other formats: read or said exactly why, written back intact.
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { ingest } from '../../src/ingest/ingest';
import * as XLSX from '@e965/xlsx';
import { BASE_ROWS, HOSTILE, REAL_WRITERS, baseWorkbook, edited, BASE_SHEET } from './variants';
import { parts, preservationProblems, runOn } from './helpers';
import { packageProblems } from '../xlsx/packageChecks';

const FIXTURES = path.resolve(__dirname, '../fixtures/writers');

async function shares(bytes: Uint8Array, name = 'book.xlsx'): Promise<{ shares: number[]; warnings: string[]; skipped: (string | undefined)[] }> {
  const wb = await XlsxWorkbook.open(bytes, name);
  const grids = await wb.readSheets((await wb.listSheets()).map((s) => s.name));
  const { dataset, sheets } = ingest(grids);
  return { shares: dataset.results.map((r) => r.share2), warnings: dataset.warnings.map((w) => w.message), skipped: sheets.map((s) => s.skippedReason) };
}

describe('valid packages other tools write are read and extended in place', () => {
  it.each(Object.entries(REAL_WRITERS))('%s', async (_name, edit) => {
    const input = await edited(await baseWorkbook(), edit);
    const original = Buffer.from(input);
    expect(await shares(input)).toEqual({ shares: [35, 50, 5], warnings: [], skipped: [undefined] });
    const { workbook, output, result } = await runOn(input);
    expect(workbook.rebuilt).toBeUndefined();
    expect(result.analysis.identification.verdicts.map((v) => [v.name, v.status])).toEqual([['Ивановская СОШ', 'risk'], ['Петровская ООШ', 'risk'], ['Сидоровская СОШ', 'ok']]);
    expect(Buffer.from(input).equals(original)).toBe(true);
    expect(await preservationProblems(input, output)).toEqual([]);
    // The output is read back, knows its own sheets, and a re-run replaces exactly them.
    const again = await runOn(output);
    expect((await again.workbook.listSheets()).map((s) => s.name)).toEqual([BASE_SHEET, 'ШНОР 2024', 'Динамика', 'Когорты', 'Сводка', 'Рейтинг', 'Параметры', 'Справка']);
  });
});

describe('hostile or broken packages: the cell or part named, the intact data kept, no library text', () => {
  const expected: Record<string, { shares: number[]; message: RegExp }> = {
    'a shared-string index out of range': { shares: [], message: /ячейка A5: ссылка на строку № 999 общего списка строк, а в нём 0 — лист не прочитан/ },
    'a cell reference beyond XFD': { shares: [35, 50], message: /ячейка XFZ6: ячейки XFZ6 за пределами листа \(после столбца XFD\) — не учтены/ },
    'a truncated sheet': { shares: [], message: /лист в файле оборван \(файл записан не полностью, начато 5 строк\) — лист не прочитан/ },
    'an XML entity bomb': { shares: [35, 50, 5], message: /^$/ },
    'a dangling sheet relationship': { shares: [35, 50, 5], message: /Лист «Потерянный»: данные листа не найдены в файле \(повреждённая ссылка на xl\/worksheets\/sheet2\.xml\) — лист не прочитан/ },
  };
  it.each(Object.entries(HOSTILE))('%s', async (name, edit) => {
    const input = await edited(await baseWorkbook(), edit);
    const got = await shares(input);
    expect(got.shares).toEqual(expected[name].shares);
    expect(got.warnings.join('\n')).toMatch(expected[name].message);
    for (const w of got.warnings) expect(w).not.toMatch(/Cannot|undefined|TypeError|Error:/);
  });

  it('a dangling relationship is never reused for a new part: the output stays consistent', async () => {
    const input = await edited(await baseWorkbook(), HOSTILE['a dangling sheet relationship']);
    const { output } = await runOn(input);
    const wbRels = await (await JSZip.loadAsync(output)).file('xl/_rels/workbook.xml.rels')?.async('string');
    // rId77 still points at the missing sheet2.xml; the new sheets took other part names.
    expect(wbRels).toContain('Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect([...(await parts(output)).keys()].filter((p) => p === 'xl/worksheets/sheet2.xml')).toEqual([]);
  });

  it('an entity bomb is not expanded (the text stays as written, bounded)', async () => {
    const input = await edited(await baseWorkbook(), HOSTILE['an XML entity bomb']);
    const wb = await XlsxWorkbook.open(input, 'bomb.xlsx');
    const [grid] = await wb.readSheets([BASE_SHEET]);
    expect(String(grid.values[4][0]).length).toBeLessThan(100);
  });
});

describe('files written by openpyxl and LibreOffice, and other formats', () => {
  const read = (file: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));

  it.each([
    ['openpyxl-district.xlsx', undefined],
    ['libreoffice-district.xls', 'исходный файл — книга Excel 97–2003 (.xls)'],
    ['libreoffice-district.ods', 'исходный файл — таблица LibreOffice/МойОфис (.ods)'],
    ['libreoffice-district-utf8.csv', 'исходный файл — таблица CSV'],
    ['excel-district-1251.csv', 'исходный файл — таблица CSV'],
  ])('%s: read as the same district; the output is an .xlsx package (rebuilt: %s)', async (file, rebuilt) => {
    const got = await shares(read(file), file);
    expect(got.shares).toEqual([35, 50, 5]);
    expect(got.warnings).toEqual([]);
    const { workbook, output } = await runOn(read(file), file);
    expect(workbook.rebuilt).toBe(rebuilt);
    const names = (await (await XlsxWorkbook.open(output, 'out.xlsx')).listSheets()).map((s) => s.name);
    expect(names.slice(-7)).toEqual(['ШНОР 2024', 'Динамика', 'Когорты', 'Сводка', 'Рейтинг', 'Параметры', 'Справка']);
    if (rebuilt) {
      // The source values travel into the new workbook, on a sheet of the source's name.
      const again = await shares(output, 'out.xlsx');
      expect(again.shares).toEqual([35, 50, 5]);
    } else {
      expect(await preservationProblems(read(file), output)).toEqual([]);
    }
  });

  it('a binary workbook (.xlsb, written here by SheetJS) is read and gets a new .xlsx with its values', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(BASE_ROWS), BASE_SHEET);
    const xlsb = new Uint8Array(XLSX.write(book, { bookType: 'xlsb', type: 'array' }) as ArrayBuffer);
    expect((await shares(xlsb, 'район.xlsb')).shares).toEqual([35, 50, 5]);
    const { workbook } = await runOn(xlsb, 'район.xlsb');
    expect(workbook.rebuilt).toBe('исходный файл — двоичная книга Excel (.xlsb)');
  });

  it('the product\'s own output re-saved by openpyxl is still known: a re-run replaces its sheets, adds no copies', async () => {
    const input = read('openpyxl-resaved-output.xlsx');
    const wb = await XlsxWorkbook.open(input, 'resaved.xlsx');
    // Written before the справка and the rating sheet existed: four sheets, and the re-run adds the other two.
    expect((await wb.readTracked()).map((t) => t.name)).toEqual(['ШНОР 2024', 'Динамика', 'Сводка', 'Параметры']);
    const { output } = await runOn(input);
    const names = (await (await XlsxWorkbook.open(output, 'out.xlsx')).listSheets()).map((s) => s.name);
    expect(names).toEqual([BASE_SHEET, 'ШНОР 2024', 'Динамика', 'Когорты', 'Сводка', 'Рейтинг', 'Параметры', 'Справка']);
    expect(await packageProblems(output)).toEqual([]);
    // The source sheet's part is untouched; only the old output's parts were replaced.
    expect(Buffer.from((await parts(output)).get('xl/worksheets/sheet1.xml') as Uint8Array).equals(Buffer.from((await parts(input)).get('xl/worksheets/sheet1.xml') as Uint8Array))).toBe(true);
  });
});
