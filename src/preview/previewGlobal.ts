// What the preview page exposes as window.__shnorPreview for tests and for a curious user's console.
import type { FakeExcelStats } from './fakeExcel/fakeContext';
import type { FakeWorkbook } from './fakeExcel/fakeWorkbook';

export interface PreviewGlobal {
  /** The in-browser workbook the task pane works on (through the fake Office.js). */
  readonly workbook: FakeWorkbook;
  /** Request and sync counts of the fake Office.js (installFakeOffice's stats). */
  readonly stats: FakeExcelStats;
  /** File name of what is open. */
  readonly source: string;
  /** Output writes seen so far (the grid was redrawn after each). */
  readonly writes: number;
}

export const PREVIEW_GLOBAL = '__shnorPreview';

/** One line about the Office.js traffic so far: "Excel.run: 3 · синхронизаций: 7 · наибольший запрос: 120 КБ". */
export function statsLine(stats: Pick<FakeExcelStats, 'runs' | 'syncs' | 'maxRequestBytes' | 'oversizeSyncs'>): string {
  const kb = Math.ceil(stats.maxRequestBytes / 1024);
  const parts = [`Excel.run: ${stats.runs}`, `синхронизаций: ${stats.syncs}`, `наибольший запрос: ${kb} КБ`];
  if (stats.oversizeSyncs > 0) parts.push(`отклонено из-за размера: ${stats.oversizeSyncs}`);
  return parts.join(' · ');
}
