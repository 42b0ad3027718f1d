// readSpreadsheet on .xlsx: value kinds (numbers, text, formulas, rich text, links, dates, errors, booleans), merges, formats, guards.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ingest } from '../../src/ingest/ingest';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-readgrids-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function write(workbook: ExcelJS.Workbook, name: string): Promise<Uint8Array> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return new Uint8Array(fs.readFileSync(file));
}

function valueWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ВПР 5 кл 2023');
  ws.getCell('A1').value = 'Результаты ВПР 2023, 5 класс (в %)';
  ws.getCell('A2').value = 'ОО';
  ws.getCell('B2').value = 'Участников';
  ws.getCell('C2').value = 'Доля «2»';
  ws.getCell('D2').value = 'Русский язык';
  ws.mergeCells('D2:E2');
  ws.getCell('A3').value = { richText: [{ text: 'МБОУ «Ивановская ' }, { font: { bold: true }, text: 'СОШ»' }] };
  ws.getCell('B3').value = 12;
  ws.getCell('C3').value = '33,33';
  ws.getCell('D3').value = { formula: 'B3*2', result: 24 };
  ws.getCell('E3').value = 0.3333;
  ws.getCell('E3').numFmt = '0.0%';
  ws.getCell('A4').value = { text: 'Петровская ООШ', hyperlink: 'https://example.invalid/' };
  ws.getCell('B4').value = new Date(Date.UTC(2023, 4, 15));
  ws.getCell('C4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('D4').value = true;
  ws.getCell('E4').value = { formula: 'TEXT(1,"0")', result: '=SUM(A1)' };
  const hidden = wb.addWorksheet('Скрытый');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = 'x';
  return wb;
}

describe('readSpreadsheet (.xlsx)', () => {
  it('reads values as they are: numbers, text numbers, cached formula results, plain text, dates, errors, booleans', async () => {
    const bytes = await write(valueWorkbook(), 'values.xlsx');
    const { sheets, grids } = readSpreadsheet(bytes, 'values.xlsx');
    expect(sheets).toEqual([{ name: 'ВПР 5 кл 2023', state: 'visible' }, { name: 'Скрытый', state: 'hidden' }]);
    const g = grids[0];
    expect(g).toMatchObject({ file: 'values.xlsx', sheet: 'ВПР 5 кл 2023', originRow: 1, originCol: 1, merges: ['D2:E2'] });
    expect(g.values[2]).toEqual(['МБОУ «Ивановская СОШ»', 12, '33,33', 24, 0.3333]);
    // An error value is not data: the cell is empty and the reader names it.
    expect(g.values[3]).toEqual(['Петровская ООШ', '2023-05-15', null, true, '=SUM(A1)']);
    expect(g.notices).toEqual([{ cell: 'C4', message: 'ошибки в формулах (#DIV/0!) в ячейках C4 — эти значения не учтены' }]);
    expect(g.values[1][4]).toBeNull(); // inside the merge, as Excel gives it
    expect(g.numberFormats?.[2]?.[4]).toBe('0.0%');
    expect(g.numberFormats?.[2]?.[2]).toBeNull();
    expect(grids[1].values[1]).toEqual([null, 'x']);
  });

  it('feeds ingest: text numbers and %-formatted fractions both come out as percents', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ОГЭ-2023 матем');
    ws.addRow(['Наименование ОО', 'Сдавали', 'Не преодолели минимальный порог']);
    ws.addRow(['МБОУ «Ивановская СОШ»', 10, '33,33']);
    ws.addRow(['Петровская ООШ', 8, 0.125]);
    ws.getCell('C3').numFmt = '0.00%';
    ws.addRow(['Ивановский район', 18, 25]);
    const bytes = await write(wb, 'oge.xlsx');
    const { grids } = readSpreadsheet(bytes, 'oge.xlsx');
    const { dataset } = ingest(grids);
    expect(dataset.results.map((r) => [r.procedure.kind, r.year, r.share2, r.source.cell])).toEqual([['ОГЭ', 2023, 33.33, 'C2'], ['ОГЭ', 2023, 12.5, 'C3']]);
    expect(dataset.aggregates[0]).toMatchObject({ name: 'Ивановский район', share2: 25 });
  });

  it('reads a file whose drawings crash ExcelJS, leaving the bytes untouched', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Данные');
    ws.getCell('A1').value = 'ОО';
    ws.getCell('A2').value = 'Ивановская СОШ';
    ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'B2:C3');
    const zip = await JSZip.loadAsync(await write(wb, 'with-image.xlsx'));
    const drawing = await zip.file('xl/drawings/drawing1.xml')?.async('string');
    expect(drawing).toContain('<xdr:wsDr');
    // Another tool's drawing: default namespace instead of the xdr: prefix.
    zip.file('xl/drawings/drawing1.xml', (drawing as string).replace(/<(\/?)xdr:/g, '<$1').replace('xmlns:xdr=', 'xmlns='));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)).rejects.toThrow();
    const before = Buffer.from(bytes);
    const { grids } = readSpreadsheet(bytes, 'with-image.xlsx');
    expect(grids[0].values[1][0]).toBe('Ивановская СОШ');
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  it('throws a clear Russian error for a file that is not a workbook', () => {
    expect(() => readSpreadsheet(new Uint8Array([1, 2, 3, 4]), 'broken.xlsx')).toThrow(/^файл назван \.xlsx, но не является книгой Excel/);
  });
});
