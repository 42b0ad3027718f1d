// Issue 21 (C2): a package with duplicate entry names or entries outside its root is refused with one Russian
// sentence by every reader (sniffing guards the CLI, the browser version and the pane alike), never half-read.
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { InputFileError } from '../../src/adapters/files/fileKind';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { packageEntryProblem } from '../../src/adapters/files/zipDirectory';

jest.setTimeout(60000);

const BOOK = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../fixtures/writers/openpyxl-district.xlsx')));

/** Renames an entry in place (local header and central directory), the new name of the same byte length. */
function renamed(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = Buffer.from(from, 'utf8');
  const b = Buffer.from(to, 'utf8');
  if (a.length !== b.length) throw new Error('names of different lengths');
  const out = Buffer.from(bytes);
  let at = out.indexOf(a);
  let count = 0;
  while (at >= 0) {
    b.copy(out, at);
    count++;
    at = out.indexOf(a, at + a.length);
  }
  if (count < 2) throw new Error(`entry ${from} not found in both headers`);
  return new Uint8Array(out);
}

/** The book with one more entry (a second copy of the first sheet with other content), under a placeholder name. */
async function withExtra(placeholder: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(BOOK);
  const sheet = zip.file('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('no sheet1');
  zip.file(placeholder, (await sheet.async('string')).replace(/<v>\d+<\/v>/g, '<v>99</v>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('packages read consistently or refused', () => {
  it.each([
    ['two entries of the same name', 'xl/worksheets/sheetA.xml', 'xl/worksheets/sheet1.xml', 'две части с одним именем «xl/worksheets/sheet1.xml»'],
    ['two entries differing in case', 'xl/worksheets/sheetA.xml', 'xl/worksheets/SHEET1.xml', 'две части с одним именем'],
    ['an absolute entry', 'xl/worksheets/sheetA.xml', '/l/worksheets/sheet1.xml', 'недопустимым именем «/l/worksheets/sheet1.xml»'],
    ['an entry above the root', 'xl/worksheets/sheetA.xml', '../worksheets/sheet1.xml', 'недопустимым именем «../worksheets/sheet1.xml»'],
    ['a backslash entry', 'xl/worksheets/sheetA.xml', 'xl\\worksheets\\sheet1.xml', 'недопустимым именем'],
  ])('%s → one Russian sentence from every reader, no library text', async (_case, placeholder, name, expected) => {
    const bytes = renamed(await withExtra(placeholder), placeholder, name);
    const before = Buffer.from(bytes);
    expect(() => readSpreadsheet(bytes, 'book.xlsx')).toThrow(InputFileError);
    expect(() => readSpreadsheet(bytes, 'book.xlsx')).toThrow(expected);
    await expect(XlsxWorkbook.open(bytes, 'book.xlsx')).rejects.toThrow(expected);
    expect(Buffer.compare(Buffer.from(bytes), before)).toBe(0);
  });

  it('a sound package has no problem (directory entries and ordinary part names pass)', () => {
    const entry = (name: string): { name: string; compressedSize: number; uncompressedSize: number; encrypted: boolean } => ({ name, compressedSize: 0, uncompressedSize: 0, encrypted: false });
    expect(packageEntryProblem(['[Content_Types].xml', 'xl/', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].map(entry))).toBeUndefined();
    expect(() => readSpreadsheet(BOOK, 'book.xlsx')).not.toThrow();
  });
});
