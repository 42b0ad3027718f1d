// Entry of taskpane.html: waits for Office, then mounts the task pane on Excel's workbook (or explains where to open it).
import { ExcelWorkbook } from '../adapters/excel/excelWorkbook';
import { officeSettingsStore } from '../adapters/excel/officeSettings';
import { mountNotInExcel, mountTaskpane } from './bootstrap';
import { themeFromBackground } from './officeTheme';

/** Replaced by webpack's DefinePlugin with package.json's version. */
declare const __SHNOR_VERSION__: string;
const VERSION = typeof __SHNOR_VERSION__ === 'string' ? __SHNOR_VERSION__ : '0.0.0';

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    mountNotInExcel(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      mountNotInExcel(root);
      return;
    }
    const theme = themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
    mountTaskpane(root, {
      port: new ExcelWorkbook((batch) => Excel.run(batch)),
      settings: officeSettingsStore(Office.context.document.settings),
      theme,
      version: VERSION,
    });
  });
}

start();
