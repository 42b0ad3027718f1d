// A written workbook opens on the ШНОР list: workbook.xml's activeTab points at it and only its tab is selected.
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { withActiveTab, withTabSelected } from '../../src/adapters/xlsx/package/activeSheet';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { sampleReport } from './sampleReport';

async function written(): Promise<JSZip> {
  const input = await newWorkbookBytes([{ name: 'Исходные', values: [['Школа', 'Доля'], ['СОШ', 0.1]] }, { name: 'Ещё', values: [['x']] }]);
  // The source workbook opens on its first sheet, whose tab is selected.
  const source = await JSZip.loadAsync(input);
  const first = (await source.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  source.file('xl/worksheets/sheet1.xml', first.replace('<sheetView ', '<sheetView tabSelected="1" '));
  const wb = await XlsxWorkbook.open(await source.generateAsync({ type: 'uint8array' }), 'in.xlsx');
  await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), sampleReport));
  return JSZip.loadAsync(await wb.toBytes());
}

describe('the tab a written workbook opens on', () => {
  it('is the ШНОР sheet: activeTab is its index and only its sheetView is tabSelected', async () => {
    const zip = await written();
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const names = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    const index = names.indexOf('ШНОР 2024');
    expect(index).toBe(2);
    expect(workbook).toMatch(new RegExp(`<workbookView[^>]*activeTab="${index}"`));
    const selected: string[] = [];
    for (const [i] of names.entries()) {
      const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
      expect(xml).not.toBe('');
      if (/<sheetView[^>]*tabSelected="1"/.test(xml)) selected.push(names[i]);
    }
    expect(selected).toEqual(['ШНОР 2024']);
  });

  it('adds a bookViews element when the workbook has none and keeps firstSheet at or before the active tab', () => {
    const bare = '<workbook xmlns="m"><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/></sheets></workbook>';
    expect(withActiveTab(bare, 1)).toBe('<workbook xmlns="m"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/></sheets></workbook>');
    expect(withActiveTab('<x:workbook><x:bookViews><x:workbookView firstSheet="3" activeTab="3"/></x:bookViews><x:sheets/></x:workbook>', 1))
      .toBe('<x:workbook><x:bookViews><x:workbookView firstSheet="1" activeTab="1"/></x:bookViews><x:sheets/></x:workbook>');
  });

  it('touches only the sheetView tags before sheetData', () => {
    const xml = '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;sheetView tabSelected="1"&gt;</t></is></c></row></sheetData></worksheet>';
    expect(withTabSelected(xml, false)).toBe(xml.replace('<sheetView tabSelected="1" workbookViewId="0"/>', '<sheetView workbookViewId="0"/>'));
    expect(withTabSelected('<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/></worksheet>', true))
      .toBe('<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/></worksheet>');
  });
});

describe('a sheet that was not selected', () => {
  it('keeps its part as it was (tabSelected="0" stays)', () => {
    const xml = '<worksheet><sheetViews><sheetView tabSelected="0" workbookViewId="0"/></sheetViews><sheetData/></worksheet>';
    expect(withTabSelected(xml, false)).toBe(xml);
  });
});
