// Page setup of an output sheet: A4, fit to the page width at a legible scale (never below 70 %), orientation by the
// printed columns' width, header rows repeated, a footer with the sheet's title, the date and page numbers (§5).
import { rangeA1 } from './a1';
import { PrintSetup, SheetSpec } from './model';

/** The lowest scale a fitted page may take: 11 pt text stays ≥ 7,7 pt, 8 pt and more for the list's body. */
export const MIN_PRINT_SCALE = 0.7;
/** Printable width of A4 in points with the writers' margins (0,5″ left and right): portrait and landscape. */
const PRINTABLE_POINTS = { portrait: (8.27 - 1) * 72, landscape: (11.69 - 1) * 72 } as const;
/** Width of a column of `chars` characters in points (Calibri 11: 7 px a digit + 5 px padding, 0,75 pt a pixel). */
export function columnPoints(chars: number): number {
  return (Math.max(0, chars) * 7 + 5) * 0.75;
}

/** The columns that print: all, or 1..lastColumn of a sheet with a compact print form. */
function printedWidths(spec: Omit<SheetSpec, 'print'>): readonly number[] {
  return spec.printColumns !== undefined ? spec.columnWidths.slice(0, spec.printColumns) : spec.columnWidths;
}

export function printSetup(spec: Omit<SheetSpec, 'print'>, title: string, date: string): PrintSetup {
  const widths = printedWidths(spec);
  const points = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const rows = spec.freeze?.rows ?? 0;
  const columns = spec.freeze?.columns ?? 0;
  const orientation = points <= PRINTABLE_POINTS.portrait / 0.8 ? 'portrait' : 'landscape';
  // Pages across: as few as keep the scale legible; the frozen name columns repeat on each of them.
  const repeated = widths.slice(0, columns).reduce((sum, w) => sum + columnPoints(w), 0);
  const perPage = PRINTABLE_POINTS[orientation] / MIN_PRINT_SCALE;
  const pagesWide = points <= perPage ? 1 : Math.ceil((points - repeated) / Math.max(1, perPage - repeated));
  const lastRow = spec.values.length;
  return {
    orientation,
    ...(rows > 0 ? { repeatRows: { first: 1, last: rows } } : {}),
    pagesWide,
    ...(pagesWide > 1 && columns > 0 ? { repeatColumns: { first: 1, last: columns } } : {}),
    ...(spec.printColumns !== undefined && lastRow > 0 ? { area: rangeA1(1, 1, lastRow, spec.printColumns) } : {}),
    footer: { title, date },
  };
}

/** The scale a fitted page prints at (1 = 100 %): the printed width against the pages across. */
export function printScale(spec: SheetSpec): number {
  const print = spec.print;
  if (!print) return 1;
  const widths = printedWidths(spec);
  const repeated = print.repeatColumns ? widths.slice(0, print.repeatColumns.last).reduce((sum, w) => sum + columnPoints(w), 0) : 0;
  const points = widths.reduce((sum, w) => sum + columnPoints(w), 0) + repeated * (print.pagesWide - 1);
  return Math.min(1, (PRINTABLE_POINTS[print.orientation] * print.pagesWide) / points);
}

/** The spec with its page setup. */
export function withPrint(spec: SheetSpec, title: string, date: string): SheetSpec {
  return { ...spec, print: printSetup(spec, title, date) };
}
