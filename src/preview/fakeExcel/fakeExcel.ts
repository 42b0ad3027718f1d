// A faithful fake of the Excel JavaScript API subset the add-in uses: Excel.run over an in-memory FakeWorkbook.
import type { ExcelRunner } from '../../adapters/excel/excelWorkbook';
import { FakeContext, FakeEngine, FakeExcelOptions, FakeExcelStats } from './fakeContext';
import { FakeWorkbook } from './fakeWorkbook';

export type { FakeExcelOptions, FakeExcelStats, FakeCommandRecord } from './fakeContext';
export { EXCEL_WEB_PAYLOAD_LIMIT } from './fakeContext';
export { FakeOfficeError } from './fakeErrors';

export interface FakeExcel {
  /** Works like Excel.run: the batch gets a request context; queued commands left at the end are synced. */
  readonly run: ExcelRunner;
  readonly stats: FakeExcelStats;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const engine = new FakeEngine(workbook, options);
  const run: ExcelRunner = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    engine.stats.runs++;
    const context = new FakeContext(engine);
    // The fake context stands in for the real one: only the members the adapter uses exist.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };
  return { run, stats: engine.stats };
}
