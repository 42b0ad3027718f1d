// Entry of preview.html: opens a workbook in a fake Excel, mounts the REAL task pane over it, draws the workbook beside it.
import { createRoot, Root } from 'react-dom/client';
import sampleUrl from '../../assets/sample/severo-ozersky.xlsx';
import { ExcelWorkbook } from '../adapters/excel/excelWorkbook';
import { officeSettingsStore } from '../adapters/excel/officeSettings';
import { newWorkbookBytes } from '../adapters/xlsx/newWorkbook';
import { readSpreadsheet } from '../adapters/files/readSpreadsheet';
import { mountTaskpane } from '../taskpane/bootstrap';
import { PreviewApp, ShowRequest } from './components/PreviewApp';
import { downloadBytes, outputFileName } from '../web/download';
import { FakeWorkbook } from './fakeExcel/fakeWorkbook';
import { installFakeOffice } from './fakeExcel/installFakeOffice';
import { observedPort } from './observedPort';
import { PREVIEW_GLOBAL, PreviewGlobal, statsLine } from './previewGlobal';
import { previewSheet } from './snapshotSheet';
import { previewOptions } from '../taskpane/urlOptions';
import { PreviewSheet } from './view/sheetModel';

/** Replaced by webpack's DefinePlugin with package.json's version. */
declare const __SHNOR_VERSION__: string;
const VERSION = typeof __SHNOR_VERSION__ === 'string' ? __SHNOR_VERSION__ : '0.0.0';
const SAMPLE_NAME = 'severo-ozersky.xlsx';

interface ViewState {
  sheets: readonly PreviewSheet[];
  source: string;
  busy: boolean;
  error?: string;
  show?: ShowRequest;
  officeStats?: string;
}

const options = previewOptions(window.location.search);
const globals = window as unknown as Record<string, unknown>;
let view: ViewState = { sheets: [], source: '', busy: true };
let workbookRoot: Root | undefined;
let workbook: FakeWorkbook | undefined;
let showSerial = 0;

function render(): void {
  const host = document.getElementById('workbook-root');
  if (!host) return;
  if (!workbookRoot) {
    host.replaceChildren();
    workbookRoot = createRoot(host);
  }
  workbookRoot.render(
    <PreviewApp
      sheets={view.sheets}
      source={view.source}
      busy={view.busy}
      error={view.error}
      show={view.show}
      officeStats={view.officeStats}
      onOpenFile={(file) => void file.arrayBuffer().then((buffer) => open(new Uint8Array(buffer), file.name))}
      onOpenSample={() => void openSample()}
      onDownload={() => void download()}
    />,
  );
}

function update(change: Partial<ViewState>): void {
  view = { ...view, ...change };
  // A failure is also logged, so that it shows in the browser's console (and fails the e2e test's error check).
  if (change.error) console.error(change.error);
  render();
}

/** Re-reads every sheet of the workbook into the view (after a write, after opening). */
function refresh(): void {
  if (!workbook) return;
  const current = workbook;
  update({ sheets: current.sheetNames().map((name) => previewSheet(current.getSheetSnapshot(name))) });
}

/** A fresh task pane over the current workbook (the old one, if any, is unmounted with its container). */
function mountPane(fake: FakeWorkbook, source: string): void {
  const column = document.getElementById('taskpane-root');
  if (!column) return;
  const { stats } = installFakeOffice(globals, fake, { theme: options.theme });
  const settings = officeSettingsStore(Office.context.document.settings);
  let writes = 0;
  const publish = (): void => {
    const state: PreviewGlobal = { workbook: fake, stats, source, writes };
    globals[PREVIEW_GLOBAL] = state;
  };
  publish();
  const port = observedPort(new ExcelWorkbook((batch) => Excel.run(batch)), {
    onWrite: () => {
      writes += 1;
      publish();
      update({ officeStats: statsLine(stats) });
      refresh();
    },
    onActivate: (sheet, cell) => {
      showSerial += 1;
      // Showing a sheet is a round trip too: the statistics line stays true.
      update({ show: { sheet, cell, serial: showSerial }, officeStats: statsLine(stats) });
    },
  });
  const fixedNow = options.now;
  const container = document.createElement('div');
  container.className = 'taskpane-mount';
  unmountPane?.();
  column.replaceChildren(container);
  unmountPane = mountTaskpane(container, {
    port,
    settings,
    theme: options.theme,
    version: VERSION,
    now: fixedNow ? () => new Date(fixedNow.getTime()) : undefined,
  });
}

/** Unmounts the task pane of the previously opened workbook. */
let unmountPane: (() => void) | undefined;

async function open(bytes: Uint8Array, fileName: string): Promise<void> {
  update({ busy: true, error: undefined });
  try {
    const { grids } = readSpreadsheet(bytes, fileName);
    workbook = FakeWorkbook.fromGrids(grids);
    update({ source: fileName, busy: false, show: undefined, officeStats: undefined });
    refresh();
    mountPane(workbook, fileName);
  } catch (e) {
    update({ busy: false, error: `Не удалось открыть «${fileName}»: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/** The bundled sample, fetched from the page's own origin (nothing else is ever asked for). */
async function openSample(): Promise<void> {
  update({ busy: true, error: undefined });
  try {
    const response = await fetch(sampleUrl, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await open(new Uint8Array(await response.arrayBuffer()), SAMPLE_NAME);
  } catch (e) {
    update({ busy: false, error: `Не удалось загрузить образец: ${e instanceof Error ? e.message : String(e)}` });
  }
}

async function download(): Promise<void> {
  if (!workbook) return;
  try {
    const bytes = await newWorkbookBytes(workbook.toSheetsForXlsx());
    downloadBytes(bytes, outputFileName(view.source));
  } catch (e) {
    update({ error: `Не удалось сохранить книгу: ${e instanceof Error ? e.message : String(e)}` });
  }
}

render();
void openSample();
