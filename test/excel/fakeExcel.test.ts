// The fake Excel is strict like Office.js: load+sync before reads, errors at sync, formulas from "=" text, size limits.
import { FakeOfficeError, createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.setCell('Data', 'B2', 'Школа №1');
  wb.setCell('Data', 'C3', 0.25, '0.0%');
  return wb;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : `not an Office error: ${String(error)}`;
  }
}

describe('fake Excel strictness', () => {
  it('throws PropertyNotLoaded when a property is read before load() and sync()', async () => {
    const { run } = createFakeExcel(book());
    const seen = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2');
      const errors: string[] = [];
      try {
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the point of the test
        void range.values;
      } catch (e) {
        errors.push((e as FakeOfficeError).code);
      }
      range.load('values');
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- loaded but not synced yet: must throw
        void range.values;
      } catch (e) {
        errors.push((e as FakeOfficeError).code);
      }
      await context.sync();
      return { errors, values: range.values };
    });
    expect(seen.errors).toEqual(['PropertyNotLoaded', 'PropertyNotLoaded']);
    expect(seen.values).toEqual([['Школа №1']]);
  });

  it('fails getItem of a missing sheet at sync with ItemNotFound, and gives a null object for *OrNullObject', async () => {
    const { run } = createFakeExcel(book());
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem('Нет такого');
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    const isNull = await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Нет такого');
      const present = context.workbook.worksheets.getItemOrNullObject('data');
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(isNull).toEqual([true, false]);
  });

  it('turns "=…" text into a formula, keeps apostrophe-prefixed and text-formatted strings as text', async () => {
    const wb = book();
    const { run } = createFakeExcel(wb);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A10:E10').values = [['=SUM(A1)', "'=SUM(A1)", '+7', '0012', 'TRUE']];
      sheet.getRange('A11').numberFormat = [['@']];
      sheet.getRange('A11').values = [['=SUM(A1)']];
      await context.sync();
    });
    const s = wb.getSheetSnapshot('Data');
    expect(s.formulas[9][0]).toBe('=SUM(A1)');
    expect(s.values[9][1]).toBe('=SUM(A1)');
    expect(s.formulas[9][1]).toBeNull();
    expect(s.values[9].slice(2)).toEqual([7, 12, true]);
    expect(s.values[10][0]).toBe('=SUM(A1)');
    expect(s.formulas[10][0]).toBeNull();
  });

  it('rejects arrays whose shape does not match the range', async () => {
    const { run } = createFakeExcel(book());
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('refuses a request over 5 MB and counts every sync', async () => {
    const fake = createFakeExcel(book());
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:A60000').values = big;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('refuses a response over 5 MB', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Big');
    for (let r = 1; r <= 40_000; r++) wb.cellAt(sheet, r, 1).value = 'я'.repeat(80);
    const { run } = createFakeExcel(wb);
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Big').getRange('A1:A40000').load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('fails every request while a cell is being edited', async () => {
    const wb = book();
    wb.cellEditMode = true;
    const { run } = createFakeExcel(wb);
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.load('items/name');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperationInCellEditMode');
  });

  it('does not delete the last visible sheet and refuses a duplicate sheet name', async () => {
    const { run } = createFakeExcel(book());
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem('Data').delete();
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.add('DATA');
          await context.sync();
        }),
      ),
    ).toBe('ItemAlreadyExists');
  });

  it('fails ExcelApi 1.18 notes with ApiNotFound when the set is not supported', async () => {
    const { run } = createFakeExcel(book(), { isSetSupported: (_n, v) => Number(v.split('.')[1]) <= 17 });
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Data').notes.add('B2', 'пояснение');
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });

  it('trims long custom property values to 255 characters outside Excel on the web', async () => {
    const desktop = new FakeWorkbook();
    desktop.addSheet('A');
    await createFakeExcel(desktop, { platform: 'PC' }).run(async (context) => {
      context.workbook.properties.custom.add('k', 'x'.repeat(400));
      await context.sync();
    });
    expect(String(desktop.customProperties.get('k')?.value).length).toBe(255);
  });
});
