// Big and degenerate sheets: bounded time and memory, the strays named, the table read.
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { sniffFile } from '../../src/adapters/files/fileKind';
import { ingest } from '../../src/ingest/ingest';
import { BASE_SHEET, baseWorkbook, edited } from './variants';
import { NOW, runOn } from './helpers';
import { analyzeAndReport } from '../../src/app/pipeline';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { worksheetXml } from '../../src/adapters/xlsx/package/worksheetXml';
import { DEFAULT_STYLES_XML, StyleBook } from '../../src/adapters/xlsx/package/styles';


const SHEET = 'xl/worksheets/sheet1.xml';

async function rewriteSheet(change: (xml: string) => string): Promise<Uint8Array> {
  return edited(await baseWorkbook(), async (zip) => {
    zip.file(SHEET, change((await zip.file(SHEET)?.async('string')) ?? ''));
  });
}

async function read(bytes: Uint8Array): Promise<{ shares: number[]; warnings: string[] }> {
  const wb = await XlsxWorkbook.open(bytes, 'big.xlsx');
  const { dataset } = ingest(await wb.readSheets([BASE_SHEET]));
  return { shares: dataset.results.map((r) => r.share2), warnings: dataset.warnings.map((w) => w.message) };
}

describe('degenerate sheets', () => {
  it('a stray value in XFD1048576: the table is read, the stray named, the grid stays the table\'s size', async () => {
    const bytes = await rewriteSheet((x) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    const wb = await XlsxWorkbook.open(bytes, 'stray.xlsx');
    const [grid] = await wb.readSheets([BASE_SHEET]);
    expect(grid.values.length).toBeLessThan(10);
    expect(await read(bytes)).toEqual({
      shares: [35, 50, 5],
      warnings: ['Лист «ВПР 5 кл 2024 рус», ячейка XFD1048576: значения далеко за пределами таблицы не учтены (XFD1048576); таблица — A1:C7'],
    });
  });

  it('a merge of the whole sheet is a warning, not a loop, and does not smear the title over the table', async () => {
    const bytes = await rewriteSheet((x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(await read(bytes)).toEqual({
      shares: [35, 50, 5],
      warnings: ['Лист «ВПР 5 кл 2024 рус», ячейка A1: объединение A1:XFD1048576 слишком велико для заголовка или названия — не учтено'],
    });
  });

  it('100 000 merges and data validation over whole columns are read in bounded time', async () => {
    const merges = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="E${i + 10}:F${i + 10}"/>`).join('');
    const bytes = await rewriteSheet((x) => x.replace('</sheetData>',
      `</sheetData><mergeCells count="100000">${merges}</mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A1:C1048576"><formula1>0</formula1></dataValidation></dataValidations>`));
    expect((await read(bytes)).shares).toEqual([35, 50, 5]);
  });

  it('a tracking record split into 20 000 properties is replaced in one pass', async () => {
    const props = Array.from({ length: 20_000 }, (_, i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="ShnorOutputSheets${i === 0 ? '' : `.${i + 1}`}"><vt:lpwstr>x</vt:lpwstr></property>`).join('');
    const bytes = await edited(await baseWorkbook(), async (zip) => {
      zip.file('docProps/custom.xml', `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`);
      const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
      zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
      const ct = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
      zip.file('[Content_Types].xml', ct.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
    });
    const { output } = await runOn(bytes);
    const custom = (await (await JSZip.loadAsync(output)).file('docProps/custom.xml')?.async('string')) ?? '';
    expect((custom.match(/<property /g) ?? []).length).toBeLessThan(10);
  });

  it('125 000 rows (past the ~120 000 arguments a spread takes): read, analysed and reported with no stack overflow', async () => {
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>ОО</t></is></c><c r="B1" t="inlineStr"><is><t>Участников</t></is></c><c r="C1" t="inlineStr"><is><t>Доля «2», %</t></is></c></row>'];
    for (let i = 2; i <= 125_001; i++) rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Школа № ${i}</t></is></c><c r="B${i}"><v>20</v></c><c r="C${i}"><v>${(i % 8) * 5}</v></c></row>`);
    const bytes = await rewriteSheet((x) => x.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join('')}</sheetData>`));
    const wb = await XlsxWorkbook.open(bytes, 'big.xlsx');
    const ingested = ingest(await wb.readSheets([BASE_SHEET]));
    const { analysis, report } = analyzeAndReport(ingested, { parameters: DEFAULT_PARAMETERS, now: NOW, version: 'test' });
    expect(analysis.identification.verdicts).toHaveLength(125_000);
    // The sheet writer measures and writes the biggest output sheet without spreading its rows.
    const shnor = report.sheets[0];
    expect(shnor.values.length).toBeGreaterThan(125_000);
    const xml = worksheetXml(shnor, new StyleBook(DEFAULT_STYLES_XML));
    expect(xml).toContain(`<row r="${shnor.values.length}"`);
  }, 120_000);

  it('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    // Patch the central directory's uncompressed size of the sheet to 1 GiB, as a bomb declares it.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))).includes('sheet1')) {
        view.setUint32(i + 24, 1024 * 1024 * 1024, true);
      }
    }
    expect(() => sniffFile(bytes, 'bomb.xlsx')).toThrow('файл распаковывается в 1024 МБ — больше допустимых 768 МБ; это не похоже на таблицу результатов');
  });
});
