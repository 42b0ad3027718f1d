// Only the product's own sheets are ever replaced: a user's sheet under an old output name is kept, hand edits in an
// output sheet are said before they are replaced, and a macro-enabled workbook keeps its kind.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { OpcPackage } from '../../src/adapters/xlsx/package/opcPackage';
import { addSheet } from '../../src/adapters/xlsx/package/addSheet';
import { removeSheet } from '../../src/adapters/xlsx/package/removeSheet';
import { openStyles, saveStyles } from '../../src/adapters/xlsx/package/stylesPart';
import { main } from '../../src/cli/main';
import { BASE_SHEET, baseWorkbook, edited } from './variants';
import { parts, runOn } from './helpers';

const EMPTY_BODY = { numberFormats: [], styles: [], merges: [], columnWidths: [], conditionalFormats: [], notes: [], charts: [] };

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  return (await (await XlsxWorkbook.open(bytes, 'b.xlsx')).listSheets()).map((s) => s.name);
}

describe('ownership of sheets', () => {
  it('after the user deleted the output (the old record stays) and made a sheet «Сводка», a re-run keeps it', async () => {
    const { output } = await runOn(await baseWorkbook());
    const pkg = await OpcPackage.load(output);
    for (const name of ['ШНОР 2024', 'Динамика', 'Когорты', 'Сводка', 'Рейтинг', 'Параметры', 'Справка']) await removeSheet(pkg, name);
    const styles = await openStyles(pkg);
    await addSheet(pkg, 'Сводка', { ...EMPTY_BODY, values: [['Моя сводка для директора'], [42]] }, styles.book);
    saveStyles(pkg, styles);
    const userBook = await pkg.toBytes();
    expect(await (await JSZip.loadAsync(userBook)).file('docProps/custom.xml')?.async('string')).toContain('ShnorOutputSheets');

    const again = await runOn(userBook);
    expect(await sheetNames(again.output)).toEqual([BASE_SHEET, 'Сводка', 'ШНОР 2024', 'Динамика', 'Когорты', 'Сводка (2)', 'Рейтинг', 'Параметры', 'Справка']);
    const [mine] = await again.workbook.readSheets(['Сводка']);
    expect(mine.values[0][0]).toBe('Моя сводка для директора');
  });

  it('hand edits typed into an output sheet are said before the sheet is replaced; an untouched one is replaced silently', async () => {
    const first = await runOn(await baseWorkbook());
    const untouched = await runOn(first.output);
    expect(untouched.workbook.writeNotices()).toEqual([]);
    const typed = await edited(first.output, async (zip) => {
      const name = Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet1.xml') as string;
      const xml = (await zip.file(name)?.async('string')) ?? '';
      zip.file(name, xml.replace('</sheetData>', '<row r="900"><c r="A900" t="inlineStr"><is><t>Примечание методиста: проверить</t></is></c></row></sheetData>'));
    });
    const second = await runOn(typed);
    expect(second.workbook.writeNotices()).toEqual(['Лист «ШНОР 2024» был изменён вручную после прошлого расчёта: он заменён новым, ручные правки в нём не сохранены.']);
  });

  it('a macro-enabled workbook: the copy is written as .xlsm, with its macros and content type, and the CLI says so', async () => {
    const macro = await edited(await baseWorkbook(), async (zip) => {
      zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
      const ct = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
      zip.file('[Content_Types].xml', ct
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
      const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
      zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-xlsm-'));
    try {
      const input = path.join(dir, 'район.xlsm');
      fs.writeFileSync(input, macro);
      let err = '';
      const code = await main(['analyze', input, '--out', path.join(dir, 'итог.xlsx')], { stdout: () => undefined, stderr: (t) => { err += t; }, now: () => new Date() });
      expect(code).toBe(0);
      expect(err).toContain('«район.xlsm» — книга с макросами: копия записана как «');
      expect(fs.existsSync(path.join(dir, 'итог.xlsx'))).toBe(false);
      const out = new Uint8Array(fs.readFileSync(path.join(dir, 'итог.xlsm')));
      const got = await parts(out);
      expect(Buffer.from(got.get('xl/vbaProject.bin') as Uint8Array).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).toBe(true);
      expect(Buffer.from(got.get('[Content_Types].xml') as Uint8Array).toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
