// The add-in's output sheets found by their own marker (a hidden sheet-local name, ExcelApi 1.4): tracking without
// custom document properties (ExcelApi 1.7), in two round trips whatever the number of sheets.
import { TrackedSheet } from '../../app/workbookPort';
import { OUTPUT_MARKER, parseMarkerComment } from '../../app/tracking';

export async function markedSheets(context: Excel.RequestContext): Promise<TrackedSheet[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((s) => s.names.load('items/name,items/comment'));
  await context.sync();
  return sheets.items.flatMap((s, i) => {
    const marker = parseMarkerComment(names[i].items.find((n) => n.name === OUTPUT_MARKER)?.comment);
    return marker ? [{ name: s.name, kind: marker.kind }] : [];
  });
}
