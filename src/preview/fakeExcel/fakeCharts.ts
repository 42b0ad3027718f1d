// Fake Office.js charts: add from a source range (series inferred as Excel does), titles, axes, series, position.
import { CellRect, parseRect, rectAddress } from './a1';
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { CommandResult, FakeProxy } from './fakeProxyBase';
import { RangeProxy } from './fakeRange';
import type { WorksheetProxy } from './fakeSheets';
import { FakeChart, FakeChartSeries, FakeSheet, FakeWorkbook } from './fakeWorkbook';
import { ChartSeriesCollectionProxy } from './fakeChartSeries';
import { CHART_TYPES } from './fakeChartTypes';
import { ChartPart, ChartSlot, local } from './fakeChartPart';


function isTextCell(book: FakeWorkbook, sheet: FakeSheet, r: number, c: number): boolean {
  const value = book.peekCell(sheet, r, c)?.value;
  return typeof value === 'string';
}


/** Series Excel makes from a source block: a text first row names series, a text first column gives categories. */
export function inferSeries(book: FakeWorkbook, sheet: FakeSheet, rect: CellRect, seriesBy: string): FakeChartSeries[] {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && rows >= cols);
  const series: FakeChartSeries[] = [];
  if (byColumns) {
    const header = rows > 1 && Array.from({ length: cols }, (_, i) => rect.c1 + i).some((c) => isTextCell(book, sheet, rect.r1, c));
    const catCol = cols > 1 && Array.from({ length: rows }, (_, i) => rect.r1 + i).filter((r) => !header || r > rect.r1).every((r) => isTextCell(book, sheet, r, rect.c1));
    const r1 = header ? rect.r1 + 1 : rect.r1;
    for (let c = catCol ? rect.c1 + 1 : rect.c1; c <= rect.c2; c++) {
      const name = header ? String(book.peekCell(sheet, rect.r1, c)?.value ?? '') : `Series${series.length + 1}`;
      series.push({
        name,
        values: rectAddress({ r1, r2: rect.r2, c1: c, c2: c }),
        categories: catCol ? rectAddress({ r1, r2: rect.r2, c1: rect.c1, c2: rect.c1 }) : undefined,
      });
    }
  } else {
    const header = cols > 1 && Array.from({ length: rows }, (_, i) => rect.r1 + i).some((r) => isTextCell(book, sheet, r, rect.c1));
    const c1 = header ? rect.c1 + 1 : rect.c1;
    for (let r = rect.r1; r <= rect.r2; r++) {
      const name = header ? String(book.peekCell(sheet, r, rect.c1)?.value ?? '') : `Series${series.length + 1}`;
      series.push({ name, values: rectAddress({ r1: r, r2: r, c1, c2: rect.c2 }) });
    }
  }
  return series;
}

export class ChartCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(ctx, 'Worksheet.charts');
  }
  protected get kind(): string {
    return 'ChartCollection';
  }
  protected resolve(): void {
    this.worksheet.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { count: () => this.worksheet.target().charts.length };
  }
  protected collectionItems(): FakeProxy[] {
    const sheet = this.worksheet.target();
    return sheet.charts.map((chart) => new ChartProxy(this.ctx, { chart, sheet }));
  }
  get items(): ChartProxy[] {
    return this.read<ChartProxy[]>('items');
  }
  get count(): number {
    return this.read<number>('count');
  }
  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const slot: ChartSlot = {};
    this.queue('add', { type, seriesBy }, (): CommandResult => {
      if (!CHART_TYPES.includes(type)) throw fakeError('InvalidArgument', 'ChartCollection.add', `type ${type}`);
      if (!(sourceData instanceof RangeProxy)) throw fakeError('InvalidArgument', 'ChartCollection.add', 'sourceData must be a Range.');
      const sheet = this.worksheet.editable();
      const source = sourceData.target();
      const book = this.ctx.engine.workbook;
      const series = inferSeries(book, source.sheet, source.rect, seriesBy).map((s) => ({
        ...s,
        values: s.values && local(source.sheet, sheet, parseLocal(s.values)),
        categories: s.categories && local(source.sheet, sheet, parseLocal(s.categories)),
      }));
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: FakeChart = { name: `Chart ${n}`, type, sourceData: local(source.sheet, sheet, source.rect), seriesBy, series };
      sheet.charts.push(chart);
      slot.chart = chart;
      slot.sheet = sheet;
      return { address: chart.sourceData };
    });
    return new ChartProxy(this.ctx, slot);
  }
}

/** The series ranges inferSeries built are plain local A1 ranges. */
function parseLocal(address: string): CellRect {
  const rect = parseRect(address);
  if (!rect) throw new Error(`Bad series range: ${address}`);
  return rect;
}

export class ChartProxy extends ChartPart {
  constructor(ctx: FakeContext, slot: ChartSlot) {
    super(ctx, 'Chart', slot);
  }
  protected get kind(): string {
    return 'Chart';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { name: () => this.chart().name, chartType: () => this.chart().type };
  }
  get name(): string {
    return this.read<string>('name');
  }
  set name(value: string) {
    this.change('name', value, (c) => (c.name = String(value)));
  }
  get title(): ChartTitleProxy {
    return new ChartTitleProxy(this.ctx, this.slot, 'title');
  }
  get axes(): { categoryAxis: ChartAxisProxy; valueAxis: ChartAxisProxy } {
    return { categoryAxis: new ChartAxisProxy(this.ctx, this.slot, 'xTitle'), valueAxis: new ChartAxisProxy(this.ctx, this.slot, 'yTitle') };
  }
  get legend(): ChartLegendProxy {
    return new ChartLegendProxy(this.ctx, this.slot);
  }
  get series(): ChartSeriesCollectionProxy {
    return new ChartSeriesCollectionProxy(this.ctx, this.slot);
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const text = (v: RangeProxy | string | undefined): string | undefined => (v === undefined ? undefined : typeof v === 'string' ? v : this.rangeText(v, 'Chart.setPosition'));
    this.change('setPosition', { startCell: typeof startCell === 'string' ? startCell : 'Range', endCell: typeof endCell === 'string' ? endCell : 'Range' }, (c) => {
      const from = text(startCell);
      const to = text(endCell);
      if (!from || !/^[A-Z]{1,3}\d+$/.test(from.split(':')[0]) || (to !== undefined && !/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(to))) {
        throw fakeError('InvalidArgument', 'Chart.setPosition');
      }
      c.from = from.split(':')[0];
      c.to = to?.split(':').pop();
    });
  }
}

export class ChartTitleProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly field: 'title' | 'xTitle' | 'yTitle',
  ) {
    super(ctx, `Chart.${field}`, slot);
  }
  protected get kind(): string {
    return 'ChartTitle';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { text: () => this.chart()[this.field] ?? '' };
  }
  get text(): string {
    return this.read<string>('text');
  }
  set text(value: string) {
    this.change('text', value, (c) => (c[this.field] = String(value)));
  }
  set visible(value: boolean) {
    this.change('visible', value, (c) => {
      if (!value) c[this.field] = undefined;
    });
  }
}

export class ChartAxisProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly field: 'xTitle' | 'yTitle',
  ) {
    super(ctx, `Chart.axes.${field}`, slot);
  }
  protected get kind(): string {
    return 'ChartAxis';
  }
  set minimum(value: number) {
    this.change('minimum', value, (c) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fakeError('InvalidArgument', 'ChartAxis.minimum');
      if (this.field === 'yTitle') c.yMin = value;
    });
  }
  get title(): ChartTitleProxy {
    return new ChartTitleProxy(this.ctx, this.slot, this.field);
  }
}

export class ChartLegendProxy extends ChartPart {
  constructor(ctx: FakeContext, slot: ChartSlot) {
    super(ctx, 'Chart.legend', slot);
  }
  protected get kind(): string {
    return 'ChartLegend';
  }
  set visible(value: boolean) {
    this.change('visible', value, (c) => (c.legend = { ...c.legend, visible: Boolean(value) }));
  }
  set position(value: string) {
    this.change('position', value, (c) => {
      if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(value)) throw fakeError('InvalidArgument', 'ChartLegend.position');
      c.legend = { ...c.legend, position: value };
    });
  }
}

