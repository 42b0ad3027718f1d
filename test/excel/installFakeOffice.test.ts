// installFakeOffice: Office, Excel and OfficeExtension globals good enough for the task pane code and the adapter.
import { ExcelRunner, ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { officeSettingsStore } from '../../src/adapters/excel/officeSettings';
import { installFakeOffice } from '../../src/preview/fakeExcel/installFakeOffice';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { shnorSheet } from './specs';

interface InstalledGlobals {
  Excel: { run: ExcelRunner; ConditionalFormatType: { cellValue: string } };
  Office: {
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
    context: { officeTheme: { bodyBackgroundColor: string; isDarkTheme: boolean }; requirements: { isSetSupported(n: string, v?: string): boolean }; document: { settings: Office.Settings } };
  };
  OfficeExtension: { Error: new (...args: never[]) => Error };
}

describe('installFakeOffice', () => {
  it('sets up Office.onReady, theme, requirement sets, settings and Excel.run over the workbook', async () => {
    const target: Record<string, unknown> = {};
    const wb = new FakeWorkbook();
    wb.setCell('Исходные', 'A1', 'Школа');
    const installed = installFakeOffice(target, wb, { theme: 'dark', supportedSets: { ExcelApi: '1.12' } });
    const g = target as unknown as InstalledGlobals;

    const seen: string[] = [];
    const info = await g.Office.onReady((i) => seen.push(i.host));
    expect(info).toEqual({ host: g.Office.HostType.Excel, platform: 'OfficeOnline' });
    expect(seen).toEqual(['Excel']);
    expect(g.Office.context.officeTheme.isDarkTheme).toBe(true);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(g.Excel.ConditionalFormatType.cellValue).toBe('CellValue');

    const store = officeSettingsStore(g.Office.context.document.settings);
    await store.save('shnor.rules.v1', { threshold: 0.3 });
    expect(JSON.parse(installed.settings.get('shnor.rules.v1') ?? 'null')).toBe('{"threshold":0.3}');
    expect(store.load('shnor.rules.v1')).toEqual({ threshold: 0.3 });

    const port = new ExcelWorkbook((batch) => g.Excel.run(batch), { isSetSupported: (n, v) => g.Office.context.requirements.isSetSupported(n, v) });
    await port.writeOutput({ remove: [], add: [{ name: 'ШНОР 2024', spec: shnorSheet() }] });
    const snap = wb.getSheetSnapshot('ШНОР 2024');
    expect(snap.comments).toHaveLength(1);
    expect(snap.notes).toHaveLength(0);
    expect(installed.stats.syncs).toBeGreaterThan(0);

    const error = await g.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('нет');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g.OfficeExtension.Error);
  });

  it('lets the adapter find Office.context.requirements on its own when installed globally', async () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    const wb = new FakeWorkbook();
    wb.setCell('Исходные', 'A1', 'Школа');
    installFakeOffice(globals, wb, { supportedSets: { ExcelApi: '1.18' } });
    try {
      const port = new ExcelWorkbook((batch) => (globals as unknown as InstalledGlobals).Excel.run(batch));
      await port.writeOutput({ remove: [], add: [{ name: 'ШНОР 2024', spec: shnorSheet() }] });
      expect(wb.getSheetSnapshot('ШНОР 2024').notes).toHaveLength(1);
      expect(port.unavailableFeatures()).toEqual([]);
    } finally {
      delete globals.Office;
      delete globals.Excel;
      delete globals.OfficeExtension;
    }
  });
});
