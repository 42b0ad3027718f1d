// The write planned on the listing the read was made from: no extra round trip, and a sheet the user added during the
// analysis under a planned name is left alone (the output takes a free name after one more listing).
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { inventory, writePlanned } from '../../src/app/pipeline';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { dynamicsSheet, shnorSheet, summarySheet } from '../excel/specs';

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.setCell('Исходные', 'A1', 'Школа');
  return wb;
}

const REPORT = { sheets: [shnorSheet(), dynamicsSheet(), summarySheet()] };

describe('writePlanned', () => {
  it('writes on the earlier listing without listing again', async () => {
    const wb = book();
    const fake = createFakeExcel(wb);
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const listing = await inventory(port);
    const before = fake.stats.syncs;
    const plan = await writePlanned(port, listing, REPORT);
    expect(plan.add.map((a) => a.name)).toEqual(['ШНОР 2024', 'Динамика', 'Сводка']);
    const written = fake.stats.syncs - before;
    // The same write after a fresh listing costs exactly the listing more.
    const again = createFakeExcel(book());
    const port2 = new ExcelWorkbook(again.run, { isSetSupported: () => true });
    await inventory(port2);
    const s0 = again.stats.syncs;
    await writePlanned(port2, await inventory(port2), REPORT);
    expect(again.stats.syncs - s0).toBe(written + 1);
  });

  it('keeps a sheet the user made during the analysis and writes the output under a free name', async () => {
    const wb = book();
    const port = new ExcelWorkbook(createFakeExcel(wb).run, { isSetSupported: () => true });
    const listing = await inventory(port);
    wb.setCell('Динамика', 'A1', 'мои заметки');
    const plan = await writePlanned(port, listing, REPORT);
    expect(plan.add.map((a) => a.name)).toEqual(['ШНОР 2024', 'Динамика (2)', 'Сводка']);
    expect(wb.getSheetSnapshot('Динамика').values).toEqual([['мои заметки']]);
    expect(wb.sheetNames()).toEqual(['Исходные', 'Динамика', 'ШНОР 2024', 'Динамика (2)', 'Сводка']);
  });
});
