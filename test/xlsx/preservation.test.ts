// The writer adds output sheets into the original package: every user part stays byte-identical, charts included.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { entries, loadInto, textOfEntry, userWorkbookWithChart } from './fixtures';
import { packageProblems } from './packageChecks';
import { sampleReport } from './sampleReport';

/** Parts the writer is allowed to edit (everything else must come back byte for byte). */
const EDITABLE = new Set([
  'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'docProps/custom.xml',
  'xl/styles.xml', '_rels/.rels',
]);

async function writeSample(input: Uint8Array): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(input, 'input.xlsx');
  await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), sampleReport));
  return wb.toBytes();
}

const STYLE_COLLECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

function collectionInner(xml: string, name: string): string {
  const m = new RegExp(`<${name}\\b[^>]*?(/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  return m ? (m[2] ?? '') : '';
}

/** styles.xml with collection contents and counts taken out: what must not change at all. */
function styleSkeleton(xml: string): string {
  let out = xml;
  for (const name of STYLE_COLLECTIONS) {
    out = out.replace(new RegExp(`<${name}\\b[^>]*?(/>|>[\\s\\S]*?</${name}>)`), `<${name}/>`);
  }
  return out;
}

function expectStylesExtended(before: string, after: string): void {
  for (const name of STYLE_COLLECTIONS) {
    const old = collectionInner(before, name);
    expect(collectionInner(after, name).startsWith(old)).toBe(true);
  }
  // Collections the input lacked may be added; everything else is as it was.
  const added = STYLE_COLLECTIONS.filter((n) => !new RegExp(`<${n}\\b`).test(before));
  let skeleton = styleSkeleton(after);
  for (const n of added) skeleton = skeleton.replace(`<${n}/>`, '');
  expect(skeleton).toBe(styleSkeleton(before));
}

describe('writing output into a workbook that has a chart, notes, styles and names', () => {
  let input: Uint8Array;
  let inputCopy: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    input = await userWorkbookWithChart();
    inputCopy = input.slice();
    output = await writeSample(input);
  });

  it('keeps every original part byte-identical', async () => {
    const before = await entries(input);
    const after = await entries(output);
    let compared = 0;
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (EDITABLE.has(name)) continue;
      expect(Buffer.from(after.get(name) ?? new Uint8Array()).equals(Buffer.from(bytes))).toBe(true);
      compared++;
    }
    // The user's sheets, their chart, drawing, comments and VML were all among the compared parts.
    expect([...before.keys()].filter((n) => /charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('only appends to styles.xml: old entries keep their indexes', async () => {
    const before = await textOfEntry(input, 'xl/styles.xml');
    const after = await textOfEntry(output, 'xl/styles.xml');
    expect(after).not.toBe(before);
    expectStylesExtended(before, after);
  });

  it("still references the user's chart from the user's sheet", async () => {
    const wbRels = await textOfEntry(output, 'xl/_rels/workbook.xml.rels');
    const wbXml = await textOfEntry(output, 'xl/workbook.xml');
    const relId = /<sheet name="Диаграмма"[^>]*r:id="([^"]+)"/.exec(wbXml)?.[1];
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? '';
    const sheetRels = await textOfEntry(output, `xl/${target.replace('worksheets/', 'worksheets/_rels/')}.rels`);
    const drawing = /drawings\/(drawing\d+\.xml)/.exec(sheetRels)?.[1] ?? '';
    const drawingRels = await textOfEntry(output, `xl/drawings/_rels/${drawing}.rels`);
    const chart = /charts\/(chart\d+\.xml)/.exec(drawingRels)?.[1] ?? '';
    expect(await textOfEntry(output, `xl/charts/${chart}`)).toContain('Пользовательская диаграмма');
    expect(await textOfEntry(output, '[Content_Types].xml')).toContain(`/xl/charts/${chart}"`);
  });

  it('keeps defined names and the hidden state of user sheets', async () => {
    const wbXml = await textOfEntry(output, 'xl/workbook.xml');
    expect(wbXml).toContain('<definedName name="Итого" localSheetId="2">\'Скрытый\'!$B$1</definedName>');
    expect(wbXml).toContain('<definedName name="Доли">\'Данные\'!$B$2:$B$4</definedName>');
    const wb = await XlsxWorkbook.open(output, 'out.xlsx');
    expect((await wb.listSheets()).slice(0, 4)).toEqual([
      { name: 'Данные', visible: true },
      { name: 'Диаграмма', visible: true },
      { name: 'Скрытый', visible: false },
      { name: 'ШНОР 2024', visible: true },
    ]);
  });

  it('leaves a consistent package that ExcelJS opens', async () => {
    expect(await packageProblems(output)).toEqual([]);
    const book = new ExcelJS.Workbook();
    await loadInto(book, output);
    expect(book.worksheets.map((w) => w.name)).toContain('Сводка');
  });

  it('never changes the caller\'s input bytes', () => {
    expect(Buffer.from(input).equals(Buffer.from(inputCopy))).toBe(true);
  });
});

describe('writing output into the example workbooks', () => {
  const dir = path.join(__dirname, '../../../shared/examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));

  it('has examples to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: original parts unchanged, package consistent', async (file) => {
    const input = new Uint8Array(fs.readFileSync(path.join(dir, file)));
    const output = await writeSample(input);
    const before = await entries(input);
    const after = await entries(output);
    for (const [name, bytes] of before) {
      if (EDITABLE.has(name)) continue;
      expect(Buffer.from(after.get(name) ?? new Uint8Array()).equals(Buffer.from(bytes))).toBe(true);
    }
    expectStylesExtended(await textOfEntry(input, 'xl/styles.xml'), await textOfEntry(output, 'xl/styles.xml'));
    expect(await packageProblems(output)).toEqual([]);
    // docProps/app.xml lists the new sheets after the user's.
    const app = await textOfEntry(output, 'docProps/app.xml');
    expect(app).toContain('<vt:lpstr>Сводка</vt:lpstr>');
    const count = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(app)?.[1]);
    expect(count).toBe((await (await XlsxWorkbook.open(output, file)).listSheets()).length);
  });
});
