// Reads used ranges of sheets through Office.js: one sync for shapes and merges, then size-budgeted block reads.
import { RawValue, SheetGrid } from '../../ingest/grid';
import { GRID_CELL_BUDGET } from '../../ingest/limits';
import { CellBox, boxAddress, localAddress, parseBox, splitAreas } from './a1';
import { isPayloadError } from './officeErrors';
import { packBySize } from './payload';

export interface ReadOptions {
  /** Largest block of cells read by one range (Excel refuses more than 5 M per get). */
  readonly maxCellsPerRead: number;
  /** Response budget per sync in bytes (Excel on the web: 5 MB). */
  readonly maxBytes: number;
  /** Whether Range.getMergedAreasOrNullObject exists (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
}

/** Bytes a cell adds to a response with its value and number format ("General" alone is 9). */
export const ESTIMATED_BYTES_PER_CELL = 24;

interface Block {
  readonly sheet: number;
  readonly box: CellBox;
}

interface BlockData {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
}

function cellsOf(box: CellBox): number {
  return (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1);
}

/** Row blocks covering a used range, each within the cell and byte budgets. */
function planBlocks(sheet: number, box: CellBox, options: ReadOptions): Block[] {
  const cols = box.c2 - box.c1 + 1;
  const cellBudget = Math.min(options.maxCellsPerRead, Math.floor(options.maxBytes / ESTIMATED_BYTES_PER_CELL));
  const rowsPerBlock = Math.max(1, Math.floor(cellBudget / cols));
  const blocks: Block[] = [];
  for (let r = box.r1; r <= box.r2; r += rowsPerBlock) {
    blocks.push({ sheet, box: { r1: r, r2: Math.min(box.r2, r + rowsPerBlock - 1), c1: box.c1, c2: box.c2 } });
  }
  return blocks;
}

/** A group split in two for a retry after a payload error; undefined when it is one row already. */
function splitGroup(group: readonly Block[]): Block[][] | undefined {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [only] = group;
  const { r1, r2 } = only.box;
  if (r1 === r2) return undefined;
  const mid = Math.floor((r1 + r2) / 2);
  return [[{ sheet: only.sheet, box: { ...only.box, r2: mid } }], [{ sheet: only.sheet, box: { ...only.box, r1: mid + 1 } }]];
}

function toRaw(value: unknown): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function toFormat(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value !== 'General' ? value : null;
}

/** Reads each group of blocks in one sync, in order; a group too big for one response is split and retried. */
async function readGroups(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], groups: readonly Block[][]): Promise<BlockData[]> {
  const out: BlockData[] = [];
  // One sync per size-budgeted group (not per block): the count follows the data volume / 5 MB.
  await groups.reduce(async (previous, group) => {
    await previous;
    out.push(...(await readGroup(context, sheets, group)));
  }, Promise.resolve());
  return out;
}

async function readGroup(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], group: readonly Block[]): Promise<BlockData[]> {
  const ranges = group.map((block) => sheets[block.sheet].getRange(boxAddress(block.box)).load('values,numberFormat'));
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadError(error) ? splitGroup(group) : undefined;
    if (!halves) throw error;
    return readGroups(context, sheets, halves);
  }
  return group.map((block, i) => ({ block, values: ranges[i].values, formats: ranges[i].numberFormat }));
}

export async function readSheetGrids(context: Excel.RequestContext, names: readonly string[], options: ReadOptions): Promise<SheetGrid[]> {
  if (names.length === 0) return [];
  const sheets = names.map((name) => context.workbook.worksheets.getItem(name).load('visibility'));
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount'));
  const merged = options.mergedAreas ? sheets.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load('address')) : [];
  await context.sync();

  const declared = used.map((range) => (range.isNullObject ? undefined : parseBox(localAddress(range.address))));
  // A used range stretched by a stray value far away (XFD1048576) is not read cell by cell: the sheet is named instead.
  const tooLarge = declared.map((box) => box !== undefined && cellsOf(box) > GRID_CELL_BUDGET);
  const boxes = declared.map((box, i) => (tooLarge[i] ? undefined : box));
  const merges = names.map((_, i) => {
    const areas = merged[i];
    return options.mergedAreas && areas !== undefined && !areas.isNullObject ? splitAreas(areas.address).map(localAddress) : [];
  });
  const blocks = boxes.flatMap((box, i) => (box ? planBlocks(i, box, options) : []));
  const groups = packBySize(blocks, (b) => cellsOf(b.box) * ESTIMATED_BYTES_PER_CELL, options.maxBytes);
  const data = await readGroups(context, sheets, groups);

  return names.map((name, i): SheetGrid => {
    const box = boxes[i];
    const visibility = sheets[i].visibility as string;
    const hidden = visibility === 'VeryHidden' ? { hidden: 'veryHidden' as const } : visibility === 'Hidden' ? { hidden: 'hidden' as const } : {};
    if (tooLarge[i]) {
      const d = declared[i] as CellBox;
      return { file: '', sheet: name, values: [], originRow: 1, originCol: 1, merges: [], ...hidden, tooLarge: `используемый диапазон ${boxAddress(d)}; удалите лишние значения далеко за таблицей` };
    }
    if (!box) return { file: '', sheet: name, values: [], originRow: 1, originCol: 1, merges: merges[i], numberFormats: [], ...hidden };
    const values: RawValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    data
      .filter((d) => d.block.sheet === i)
      .sort((a, b) => a.block.box.r1 - b.block.box.r1)
      .forEach((d) => {
        d.values.forEach((row) => values.push(row.map(toRaw)));
        d.formats.forEach((row) => numberFormats.push(row.map(toFormat)));
      });
    return { file: '', sheet: name, values, originRow: box.r1, originCol: box.c1, merges: merges[i], numberFormats, ...hidden };
  });
}
