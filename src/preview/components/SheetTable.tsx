// The spreadsheet-like table of one sheet: column letters, row numbers, formatted values, fills, fonts, notes, merges.
import * as React from 'react';
import { RawValue } from '../../ingest/grid';
import { columnLetters } from '../../report/a1';
import { autoWidths } from '../view/autoWidths';
import { ConditionalLook, evaluateConditionalFormats } from '../view/conditionalFormat';
import { mergeLayout } from '../view/mergeLayout';
import { displayValue } from '../view/numberFormat';
import { overflowSpans } from '../view/overflow';
import { PreviewCellStyle, PreviewSheet, columnCount } from '../view/sheetModel';

/** Rows drawn at most (a preview, not a spreadsheet engine); the rest is counted under the table. */
export const MAX_ROWS = 600;
export const MAX_COLUMNS = 40;
const ROW_HEADER_PX = 42;
/** The view's cell font is 12 px for Excel's 11 pt. */
const PX_PER_POINT = 12 / 11;

export interface SheetTableProps {
  readonly sheet: PreviewSheet;
  /** A1 address to outline (the cell the task pane asked to show). */
  readonly highlight?: string;
}

/** Excel's default column: 8.43 characters of Calibri 11 = 64 px; very wide columns are capped for the view. */
function widthPx(pixels: number | undefined): number {
  return Math.round(Math.min(pixels && pixels > 0 ? pixels : 64, 480));
}

interface CellView {
  readonly address: string;
  readonly value: RawValue;
  readonly text: string;
  readonly direct?: PreviewCellStyle;
  readonly look?: ConditionalLook;
  readonly note?: string;
  readonly align: 'left' | 'center' | 'right';
  readonly hidden: boolean;
  readonly span?: { readonly rowSpan: number; readonly colSpan: number };
}

export function SheetTable({ sheet, highlight }: SheetTableProps): React.JSX.Element {
  const rows = Math.max(1, Math.min(sheet.values.length, MAX_ROWS));
  const allColumns = Math.max(1, columnCount(sheet), sheet.columnPixels?.length ?? 0);
  const columns = Math.min(allColumns, MAX_COLUMNS);
  const letters = Array.from({ length: columns }, (_, c) => columnLetters(c + 1));
  const widths = React.useMemo(() => {
    // A sheet that gives no widths at all (a source read from a file) gets widths fitted to its texts.
    const given = sheet.columnPixels?.some((w) => w !== undefined) ?? false;
    const fitted = given ? [] : autoWidths(sheet.values, sheet.numberFormats, columns);
    return Array.from({ length: columns }, (_, c) => widthPx(given ? sheet.columnPixels?.[c] : fitted[c]));
  }, [sheet.columnPixels, sheet.values, sheet.numberFormats, columns]);

  const grid = React.useMemo(() => {
    const looks = evaluateConditionalFormats(sheet.values, sheet.conditionalFormats);
    const layout = mergeLayout(sheet.merges, rows, columns);
    const notes = new Map(sheet.notes.map((n) => [n.cell.replace(/\$/g, ''), n.text]));
    return Array.from({ length: rows }, (_, r) => {
      const cells = Array.from({ length: columns }, (_, c): CellView => {
        const key = `${r},${c}`;
        const value = sheet.values[r]?.[c] ?? null;
        const direct = sheet.styles?.[r]?.[c] ?? undefined;
        const address = `${columnLetters(c + 1)}${r + 1}`;
        return {
          address,
          value,
          text: displayValue(value, sheet.numberFormats?.[r]?.[c]),
          direct,
          look: looks.get(key),
          note: notes.get(address),
          align: direct?.hAlign ?? (typeof value === 'number' ? 'right' : typeof value === 'boolean' ? 'center' : 'left'),
          hidden: layout.hidden.has(key),
          span: layout.spans.get(key),
        };
      });
      const spans = overflowSpans(
        cells.map((cell) => ({
          text: cell.text,
          canOverflow: typeof cell.value === 'string' && cell.align === 'left' && !cell.direct?.wrap && !cell.span && !cell.hidden,
          isFree: cell.text === '' && !cell.direct?.fill && !cell.look?.fill && !cell.note && !cell.span && !cell.hidden,
          scale: ((cell.direct?.fontSize ?? 11) / 11) * (cell.direct?.bold ? 1.12 : 1),
        })),
        widths,
      );
      return { cells, spans };
    });
  }, [sheet, rows, columns, widths]);

  return (
    <div className="sheet-table-wrap">
      <table
        className="sheet-table"
        aria-label={`Лист «${sheet.name}»`}
        style={{ width: ROW_HEADER_PX + widths.reduce((sum, w) => sum + w, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {letters.map((letter, c) => (
            <col key={letter} style={{ width: widths[c] }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="corner" />
            {letters.map((letter) => (
              <th key={letter} scope="col">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map(({ cells, spans }, r) => {
            const height = sheet.rowPixels?.[r + 1];
            const drawn: React.JSX.Element[] = [];
            for (let c = 0; c < cells.length; c++) {
              const cell = cells[c];
              if (cell.hidden) continue;
              const overflow = spans.get(c);
              const colSpan = overflow ?? cell.span?.colSpan ?? 1;
              const rowSpan = cell.span?.rowSpan ?? 1;
              drawn.push(
                <Cell
                  key={cell.address}
                  cell={cell}
                  colSpan={colSpan}
                  rowSpan={rowSpan}
                  overflow={overflow !== undefined}
                  highlight={highlight === cell.address}
                  maxHeight={height && rowSpan === 1 ? height : undefined}
                />,
              );
              if (overflow !== undefined) c += overflow - 1;
            }
            return (
              <tr key={r} style={height ? { height } : undefined} data-height={height}>
                <th scope="row">{r + 1}</th>
                {drawn}
              </tr>
            );
          })}
        </tbody>
      </table>
      {(sheet.values.length > rows || allColumns > columns) && (
        <p className="sheet-more">
          Показаны {rows} из {sheet.values.length} строк и {columns} из {allColumns} столбцов.
        </p>
      )}
    </div>
  );
}

const BORDER = '1px solid #7f7f7f';

interface CellProps {
  readonly cell: CellView;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly overflow: boolean;
  readonly highlight: boolean;
  /** A set row height: the text is clipped to it, as in Excel. */
  readonly maxHeight?: number;
}

function Cell({ cell, colSpan, rowSpan, overflow, highlight, maxHeight }: CellProps): React.JSX.Element {
  const { direct, look, note, address, text } = cell;
  const fill = look?.fill ?? direct?.fill;
  const color = look?.fontColor ?? direct?.fontColor;
  const classes = ['cell', note ? 'has-note' : '', direct?.wrap ? 'wrap' : '', overflow ? 'overflow' : '', highlight ? 'highlight' : '']
    .filter((x) => x !== '')
    .join(' ');
  return (
    <td
      className={classes}
      data-cell={address}
      data-note={note}
      rowSpan={rowSpan > 1 ? rowSpan : undefined}
      colSpan={colSpan > 1 ? colSpan : undefined}
      title={note ? `Примечание ${address}: ${note}` : text.length > 12 ? text : undefined}
      style={{
        background: fill ? `#${fill}` : undefined,
        color: color ? `#${color}` : undefined,
        fontWeight: (look?.bold ?? direct?.bold) ? 700 : undefined,
        fontStyle: direct?.italic ? 'italic' : undefined,
        fontSize: direct?.fontSize ? `${Math.round(direct.fontSize * PX_PER_POINT)}px` : undefined,
        textAlign: cell.align,
        verticalAlign: direct?.vAlign,
        borderTop: direct?.borders?.top ? BORDER : undefined,
        borderBottom: direct?.borders?.bottom ? BORDER : undefined,
        borderLeft: direct?.borders?.left ? BORDER : undefined,
        borderRight: direct?.borders?.right ? BORDER : undefined,
      }}
    >
      {maxHeight && cell.direct?.wrap ? (
        <div className="clip" style={{ maxHeight: maxHeight - 3 }}>
          {text}
        </div>
      ) : (
        text
      )}
    </td>
  );
}
