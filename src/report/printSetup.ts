// Page setup of an output sheet: A4, fit to one page wide, orientation by the table's width, header rows repeated,
// a footer with the sheet's title, the date and page numbers (methodology.md §5).
import { PrintSetup, SheetSpec } from './model';

/** Width in characters above which a table is printed landscape (A4 portrait holds about 95 at 100 %, 130 at a legible 73 %). */
const PORTRAIT_CHARACTERS = 130;
/** Width above which one landscape page would shrink a table below legibility (~40 %): it prints two pages wide. */
const ONE_PAGE_CHARACTERS = 340;

export function printSetup(spec: Omit<SheetSpec, 'print'>, title: string, date: string): PrintSetup {
  const width = spec.columnWidths.reduce((sum, w) => sum + w, 0);
  const rows = spec.freeze?.rows ?? 0;
  const columns = spec.freeze?.columns ?? 0;
  const twoPages = width > ONE_PAGE_CHARACTERS && columns > 0;
  return {
    orientation: width > PORTRAIT_CHARACTERS ? 'landscape' : 'portrait',
    ...(rows > 0 ? { repeatRows: { first: 1, last: rows } } : {}),
    pagesWide: twoPages ? 2 : 1,
    ...(twoPages ? { repeatColumns: { first: 1, last: columns } } : {}),
    footer: { title, date },
  };
}

/** The spec with its page setup. */
export function withPrint(spec: SheetSpec, title: string, date: string): SheetSpec {
  return { ...spec, print: printSetup(spec, title, date) };
}
