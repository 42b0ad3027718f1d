// What reading a spreadsheet file gives: its sheets (with their visibility) and a grid per sheet.
import { SheetGrid } from '../../ingest/grid';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SpreadsheetRead {
  readonly sheets: readonly { readonly name: string; readonly state: SheetState }[];
  readonly grids: readonly SheetGrid[];
}
