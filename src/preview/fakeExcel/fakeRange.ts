// Fake Office.js Range with its values, number formats, formats (font, fill, borders), merges and merged areas.
import { CellRect, contains, intersects, quoteSheet, rectAddress, rectCells } from './a1';
import { ConditionalFormatCollectionProxy } from './fakeConditional';
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { CommandResult, FakeProxy } from './fakeProxyBase';
import type { WorksheetProxy } from './fakeSheets';
import { FakeBorder, FakeCell, FakeCellStyle, FakeSheet } from './fakeWorkbook';
import { enterValue } from './valueEntry';
import { normalizeColor } from './fakeColors';

/** Excel refuses to load more cells than this in one get. */
export const MAX_CELLS_PER_GET = 5_000_000;

function oneOf(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) throw fakeError('InvalidArgument', location, `Bad value "${String(value)}".`);
  return value;
}

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRect;
}

export class RangeProxy extends FakeProxy {
  private cached?: RangeTarget;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly worksheet: WorksheetProxy,
    private readonly locate: (sheet: FakeSheet) => CellRect | undefined,
    nullable = false,
  ) {
    super(ctx, path, nullable);
  }
  protected get kind(): string {
    return 'Range';
  }
  lookup(): void {
    this.queueLookup();
  }
  target(): RangeTarget {
    if (!this.cached) {
      const sheet = this.worksheet.target();
      const rect = this.locate(sheet);
      if (!rect) throw fakeError('ItemNotFound', this.path);
      this.cached = { sheet, rect };
    }
    return this.cached;
  }
  protected resolve(): void {
    this.target();
  }

  private grid<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
    const { sheet, rect } = this.target();
    if (rectCells(rect) > MAX_CELLS_PER_GET) throw fakeError('RangeExceedsLimit', this.path);
    const book = this.ctx.engine.workbook;
    const out: T[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: T[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(pick(book.peekCell(sheet, r, c)));
      out.push(row);
    }
    return out;
  }

  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    const t = (): RangeTarget => this.target();
    return {
      address: () => `${quoteSheet(t().sheet.name)}!${rectAddress(t().rect)}`,
      addressLocal: () => `${quoteSheet(t().sheet.name)}!${rectAddress(t().rect)}`,
      rowCount: () => t().rect.r2 - t().rect.r1 + 1,
      columnCount: () => t().rect.c2 - t().rect.c1 + 1,
      cellCount: () => rectCells(t().rect),
      rowIndex: () => t().rect.r1 - 1,
      columnIndex: () => t().rect.c1 - 1,
      // A formula cell gives its formula text: the fake does not calculate.
      values: () => this.grid((cell) => cell?.formula ?? cell?.value ?? ''),
      formulas: () => this.grid((cell) => cell?.formula ?? cell?.value ?? ''),
      text: () => this.grid((cell) => String(cell?.formula ?? cell?.value ?? '')),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? 'General'),
    };
  }

  get address(): string {
    return this.read<string>('address');
  }
  get rowCount(): number {
    return this.read<number>('rowCount');
  }
  get columnCount(): number {
    return this.read<number>('columnCount');
  }
  get cellCount(): number {
    return this.read<number>('cellCount');
  }
  get values(): (string | number | boolean)[][] {
    return this.read<(string | number | boolean)[][]>('values');
  }
  set values(input: unknown[][]) {
    this.queue('values', input, () => this.fill(input, 'Range.values', (cell, v) => enterValue(cell, v)));
  }
  get formulas(): (string | number | boolean)[][] {
    return this.read<(string | number | boolean)[][]>('formulas');
  }
  get text(): string[][] {
    return this.read<string[][]>('text');
  }
  get numberFormat(): string[][] {
    return this.read<string[][]>('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queue('numberFormat', input, () =>
      this.fill(input, 'Range.numberFormat', (cell, v) => {
        if (v === null || v === undefined) return;
        cell.numberFormat = String(v) === 'General' ? undefined : String(v);
      }),
    );
  }

  /** Writes a 2-D input whose shape must match the range, cell by cell. */
  private fill(input: unknown, location: string, apply: (cell: FakeCell, value: unknown) => void): CommandResult {
    const { sheet, rect } = this.target();
    this.worksheet.editable();
    const rows = rect.r2 - rect.r1 + 1;
    const cols = rect.c2 - rect.c1 + 1;
    if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw fakeError('InvalidArgument', location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    const book = this.ctx.engine.workbook;
    (input as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        apply(book.cellAt(sheet, rect.r1 + r, rect.c1 + c), value);
      }),
    );
    return { address: rectAddress(rect), cells: rows * cols };
  }

  /** Queues a format change applied to every cell of the range in one command. */
  queueStyle(op: string, value: unknown, apply: (style: FakeCellStyle, row: number, col: number, rect: CellRect) => void): void {
    this.queue(op, value, (): CommandResult => {
      const { sheet, rect } = this.target();
      this.worksheet.editable();
      const book = this.ctx.engine.workbook;
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          const cell = book.cellAt(sheet, r, c);
          cell.style = cell.style ?? {};
          apply(cell.style, r, c, rect);
        }
      }
      return { address: rectAddress(rect), cells: rectCells(rect) };
    });
  }

  /** Queues a change of the whole sheet or of column settings (no cells touched). */
  queueSheetChange(op: string, value: unknown, apply: (target: RangeTarget) => void): void {
    this.queue(op, value, (): CommandResult => {
      const target = this.target();
      this.worksheet.editable();
      apply(target);
      return { address: rectAddress(target.rect), cells: rectCells(target.rect) };
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, this);
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this);
  }

  merge(across = false): void {
    this.queueSheetChange('merge', { across }, ({ sheet, rect }) => {
      const areas: CellRect[] = across
        ? Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => ({ r1: rect.r1 + i, r2: rect.r1 + i, c1: rect.c1, c2: rect.c2 }))
        : [rect];
      const book = this.ctx.engine.workbook;
      for (const area of areas) {
        if (rectCells(area) < 2) continue;
        sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        sheet.merges.push(area);
        // Excel keeps only the upper-left value of a merged area.
        for (let r = area.r1; r <= area.r2; r++) {
          for (let c = area.c1; c <= area.c2; c++) {
            if (r === area.r1 && c === area.c1) continue;
            const cell = book.peekCell(sheet, r, c);
            if (cell) {
              cell.value = undefined;
              cell.formula = undefined;
            }
          }
        }
      }
    });
  }
  unmerge(): void {
    this.queueSheetChange('unmerge', null, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const proxy = new RangeAreasProxy(this.ctx, this);
    proxy.lookup();
    return proxy;
  }
  select(): void {
    this.queue('select', null, () => {
      const { sheet, rect } = this.target();
      const book = this.ctx.engine.workbook;
      book.activeSheet = sheet.name;
      book.selection = rectAddress(rect);
    });
  }
}

/** Merged areas of a range (ExcelApi 1.13). */
export class RangeAreasProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.getMergedAreasOrNullObject', true);
  }
  protected get kind(): string {
    return 'RangeAreas';
  }
  lookup(): void {
    this.queueLookup();
  }
  private areas(): { sheet: FakeSheet; areas: CellRect[] } {
    this.ctx.engine.requireSet('1.13', 'Range.getMergedAreasOrNullObject');
    const { sheet, rect } = this.range.target();
    const areas = sheet.merges.filter((m) => intersects(m, rect) || contains(rect, m));
    if (areas.length === 0) throw fakeError('ItemNotFound', this.path);
    return { sheet, areas };
  }
  protected resolve(): void {
    this.areas();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {
      address: () => {
        const { sheet, areas } = this.areas();
        return areas.map((a) => `${quoteSheet(sheet.name)}!${rectAddress(a)}`).join(', ');
      },
      areaCount: () => this.areas().areas.length,
    };
  }
  get address(): string {
    return this.read<string>('address');
  }
  get areaCount(): number {
    return this.read<number>('areaCount');
  }
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class RangeFormatProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.format');
  }
  protected get kind(): string {
    return 'RangeFormat';
  }
  protected resolve(): void {
    this.range.target();
  }
  private uniform<T>(pick: (style: FakeCellStyle | undefined) => T): T | null {
    const { sheet, rect } = this.range.target();
    const book = this.ctx.engine.workbook;
    const first = pick(book.peekCell(sheet, rect.r1, rect.c1)?.style);
    for (let r = rect.r1; r <= Math.min(rect.r2, rect.r1 + 10_000); r++) {
      for (let c = rect.c1; c <= Math.min(rect.c2, rect.c1 + 500); c++) if (pick(book.peekCell(sheet, r, c)?.style) !== first) return null;
    }
    return first;
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {
      wrapText: () => this.uniform((s) => s?.wrap ?? false),
      horizontalAlignment: () => this.uniform((s) => s?.hAlign ?? 'General'),
      verticalAlignment: () => this.uniform((s) => s?.vAlign ?? 'Bottom'),
      rowHeight: () => {
        const { sheet, rect } = this.range.target();
        const first = sheet.rowHeights.get(rect.r1) ?? 15;
        for (let r = rect.r1; r <= Math.min(rect.r2, rect.r1 + 100_000); r++) if ((sheet.rowHeights.get(r) ?? 15) !== first) return null;
        return first;
      },
      columnWidth: () => {
        const { sheet, rect } = this.range.target();
        const first = sheet.columnWidths.get(rect.c1) ?? 48;
        for (let c = rect.c1; c <= rect.c2; c++) if ((sheet.columnWidths.get(c) ?? 48) !== first) return null;
        return first;
      },
    };
  }
  get rowHeight(): number {
    return this.read<number>('rowHeight');
  }
  set rowHeight(value: number) {
    this.range.queueSheetChange('format.rowHeight', value, ({ sheet, rect }) => {
      if (typeof value !== 'number' || !(value >= 0) || value > 409) throw fakeError('InvalidArgument', 'RangeFormat.rowHeight');
      for (let r = rect.r1; r <= rect.r2; r++) sheet.rowHeights.set(r, value);
    });
  }
  get font(): RangeFontProxy {
    return new RangeFontProxy(this.ctx, this.range);
  }
  get fill(): RangeFillProxy {
    return new RangeFillProxy(this.ctx, this.range);
  }
  get borders(): RangeBorderCollectionProxy {
    return new RangeBorderCollectionProxy(this.ctx, this.range);
  }
  get wrapText(): boolean {
    return this.read<boolean>('wrapText');
  }
  set wrapText(value: boolean) {
    this.range.queueStyle('format.wrapText', value, (s) => (s.wrap = Boolean(value)));
  }
  get horizontalAlignment(): string {
    return this.read<string>('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.range.queueStyle('format.horizontalAlignment', value, (s) => (s.hAlign = oneOf(value, H_ALIGN, 'RangeFormat.horizontalAlignment')));
  }
  get verticalAlignment(): string {
    return this.read<string>('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.range.queueStyle('format.verticalAlignment', value, (s) => (s.vAlign = oneOf(value, V_ALIGN, 'RangeFormat.verticalAlignment')));
  }
  get columnWidth(): number {
    return this.read<number>('columnWidth');
  }
  set columnWidth(value: number) {
    this.range.queueSheetChange('format.columnWidth', value, ({ sheet, rect }) => {
      if (typeof value !== 'number' || !(value >= 0) || value > 255 * 7.5) throw fakeError('InvalidArgument', 'RangeFormat.columnWidth');
      for (let c = rect.c1; c <= rect.c2; c++) sheet.columnWidths.set(c, value);
    });
  }
}

export class RangeFontProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.format.font');
  }
  protected get kind(): string {
    return 'RangeFont';
  }
  protected resolve(): void {
    this.range.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  set bold(value: boolean) {
    this.range.queueStyle('format.font.bold', value, (s) => (s.bold = Boolean(value)));
  }
  set italic(value: boolean) {
    this.range.queueStyle('format.font.italic', value, (s) => (s.italic = Boolean(value)));
  }
  set size(value: number) {
    this.range.queueStyle('format.font.size', value, (s) => {
      if (typeof value !== 'number' || value < 1 || value > 409) throw fakeError('InvalidArgument', 'RangeFont.size');
      s.fontSize = value;
    });
  }
  set color(value: string) {
    this.range.queueStyle('format.font.color', value, (s) => (s.fontColor = normalizeColor(value, 'RangeFont.color')));
  }
}

export class RangeFillProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.format.fill');
  }
  protected get kind(): string {
    return 'RangeFill';
  }
  protected resolve(): void {
    this.range.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  set color(value: string) {
    this.range.queueStyle('format.fill.color', value, (s) => (s.fill = normalizeColor(value, 'RangeFill.color')));
  }
  clear(): void {
    this.range.queueStyle('format.fill.clear', null, (s) => (s.fill = undefined));
  }
}

const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class RangeBorderCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, 'Range.format.borders');
  }
  protected get kind(): string {
    return 'RangeBorderCollection';
  }
  protected resolve(): void {
    this.range.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.ctx, this.range, index);
  }
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** Which sides of cell (r, c) a border index paints. */
function sidesOf(index: string, r: number, c: number, rect: CellRect): Side[] {
  switch (index) {
    case 'EdgeTop':
      return r === rect.r1 ? ['top'] : [];
    case 'EdgeBottom':
      return r === rect.r2 ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === rect.c1 ? ['left'] : [];
    case 'EdgeRight':
      return c === rect.c2 ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(r > rect.r1 ? (['top'] as Side[]) : []), ...(r < rect.r2 ? (['bottom'] as Side[]) : [])];
    case 'InsideVertical':
      return [...(c > rect.c1 ? (['left'] as Side[]) : []), ...(c < rect.c2 ? (['right'] as Side[]) : [])];
    default:
      return [];
  }
}

export class RangeBorderProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
    private readonly index: string,
  ) {
    super(ctx, `Range.format.borders.getItem(${index})`);
  }
  protected get kind(): string {
    return 'RangeBorder';
  }
  protected resolve(): void {
    oneOf(this.index, BORDER_INDEX, 'RangeBorderCollection.getItem');
    this.range.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  private paint(op: string, value: unknown, set: (border: FakeBorder) => void): void {
    this.range.queueStyle(`format.borders.${this.index}.${op}`, value, (style, r, c, rect) => {
      oneOf(this.index, BORDER_INDEX, 'RangeBorderCollection.getItem');
      for (const side of sidesOf(this.index, r, c, rect)) {
        style.borders = style.borders ?? {};
        const border = style.borders[side] ?? {};
        set(border);
        style.borders[side] = border;
      }
    });
  }
  set style(value: string) {
    this.paint('style', value, (b) => (b.style = oneOf(value, ['Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'None', 'SlantDashDot'], 'RangeBorder.style')));
  }
  set weight(value: string) {
    this.paint('weight', value, (b) => (b.weight = oneOf(value, ['Hairline', 'Thin', 'Medium', 'Thick'], 'RangeBorder.weight')));
  }
  set color(value: string) {
    this.paint('color', value, (b) => (b.color = normalizeColor(value, 'RangeBorder.color')));
  }
}
