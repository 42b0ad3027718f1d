// A plain source sheet written through Office.js (values as text-safe inputs, widths, a frozen header) in sized syncs.
import { OutValue } from '../../report/model';
import { SourceLayout } from '../../app/workbookPort';
import { packBySize } from './payload';
import { WriteTarget, sheetOps } from './sheetOps';

const NO_FEATURES = { notes: 'none', charts: false, chartSeries: false, conditionalFormats: false, freezePanes: true, tabColor: false, autoFilter: false, pageLayout: false } as const;

/** Adds the sheet unless its name is taken (then false); a handful of syncs whatever the size. */
export async function writeSourceSheet(
  context: Excel.RequestContext, name: string, values: readonly (readonly OutValue[])[], columnWidths: readonly number[], maxBytes: number, freezePanes: boolean,
  layout: SourceLayout = {},
): Promise<boolean> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  if (sheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase())) return false;
  const spec = {
    kind: 'parameters' as const, name, values, numberFormats: layout.numberFormats ?? [], styles: [], merges: layout.merges ?? [], columnWidths,
    conditionalFormats: [], notes: [], charts: [], ...(layout.freezeHeader === false ? {} : { freeze: { rows: 1, columns: 1 } }),
  };
  const ops = sheetOps(name, spec, { ...NO_FEATURES, freezePanes }, Math.max(10_000, Math.floor(maxBytes / 4)));
  const proxies = new Map<string, Excel.Worksheet>();
  const target: WriteTarget = {
    context,
    sheet: (n) => proxies.get(n) ?? (proxies.set(n, context.workbook.worksheets.getItem(n)).get(n) as Excel.Worksheet),
    added: (n, s) => void proxies.set(n, s),
  };
  // One sync per size-budgeted chunk (a few for thousands of rows), never one per row.
  await packBySize(ops, (o) => o.bytes, maxBytes).reduce(async (previous, chunk) => {
    await previous;
    chunk.forEach((o) => o.apply(target));
    await context.sync();
  }, Promise.resolve());
  return true;
}
