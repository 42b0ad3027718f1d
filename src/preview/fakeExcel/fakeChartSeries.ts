// Fake Office.js chart series: added one by one (ExcelApi 1.7), values and X values, markers, lines, point labels (1.8).
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { RangeProxy } from './fakeRange';
import { CHART_TYPES } from './fakeChartTypes';
import { ChartPart, ChartSlot } from './fakeChartPart';
import { FakeChartSeries } from './fakeWorkbook';

const MARKER_STYLES = ['Automatic', 'None', 'Square', 'Diamond', 'Triangle', 'X', 'Star', 'Dot', 'Dash', 'Circle', 'Plus'];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'RoundDot', 'Automatic'];

export class ChartSeriesCollectionProxy extends ChartPart {
  constructor(ctx: FakeContext, slot: ChartSlot) {
    super(ctx, 'Chart.series', slot);
  }
  protected get kind(): string {
    return 'ChartSeriesCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { count: () => this.chart().series.length };
  }
  get count(): number {
    return this.read<number>('count');
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.ctx, this.slot, () => {
      const series = this.chart().series[index];
      if (!series) throw fakeError('ItemNotFound', `ChartSeriesCollection.getItemAt(${index})`);
      return series;
    });
  }
  add(name?: string): ChartSeriesProxy {
    let created: FakeChartSeries | undefined;
    this.change('add', { name }, (c) => {
      this.ctx.engine.requireSet('1.7', 'ChartSeriesCollection.add');
      created = { name: name ?? `Series${c.series.length + 1}` };
      c.series.push(created);
    });
    return new ChartSeriesProxy(this.ctx, this.slot, () => {
      if (!created) throw fakeError('ItemNotFound', 'ChartSeriesCollection.add');
      return created;
    });
  }
}

export class ChartSeriesProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly find: () => FakeChartSeries,
  ) {
    super(ctx, 'ChartSeries', slot);
  }
  protected get kind(): string {
    return 'ChartSeries';
  }
  protected resolve(): void {
    this.find();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { name: () => this.find().name };
  }
  get name(): string {
    return this.read<string>('name');
  }
  set name(value: string) {
    this.change('name', value, () => (this.find().name = String(value)));
  }
  setValues(sourceData: RangeProxy): void {
    this.change('setValues', 'Range', () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.setValues');
      this.find().values = this.rangeText(sourceData, 'ChartSeries.setValues');
    });
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.change('setXAxisValues', 'Range', () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.setXAxisValues');
      this.find().categories = this.rangeText(sourceData, 'ChartSeries.setXAxisValues');
    });
  }
  set chartType(value: string) {
    this.change('chartType', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.chartType');
      if (!CHART_TYPES.includes(value)) throw fakeError('InvalidArgument', 'ChartSeries.chartType', value);
      this.find().chartType = value;
    });
  }
  set markerStyle(value: string) {
    this.change('markerStyle', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.markerStyle');
      if (!MARKER_STYLES.includes(value)) throw fakeError('InvalidArgument', 'ChartSeries.markerStyle', value);
      this.find().markerStyle = value;
    });
  }
  set markerBackgroundColor(value: string) {
    this.change('markerBackgroundColor', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.markerBackgroundColor');
      this.find().markerBackgroundColor = color(value, 'ChartSeries.markerBackgroundColor');
    });
  }
  set markerForegroundColor(value: string) {
    this.change('markerForegroundColor', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.markerForegroundColor');
      this.find().markerForegroundColor = color(value, 'ChartSeries.markerForegroundColor');
    });
  }
  set markerSize(value: number) {
    this.change('markerSize', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartSeries.markerSize');
      if (!Number.isInteger(value) || value < 2 || value > 72) throw fakeError('InvalidArgument', 'ChartSeries.markerSize');
      this.find().markerSize = value;
    });
  }
  get format(): { line: ChartLineFormatProxy } {
    return { line: new ChartLineFormatProxy(this.ctx, this.slot, this.find) };
  }
  get points(): { getItemAt: (index: number) => ChartPointProxy } {
    return { getItemAt: (index: number) => new ChartPointProxy(this.ctx, this.slot, this.find, index) };
  }
}

function color(value: string, location: string): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) throw fakeError('InvalidArgument', location, value);
  return value.toUpperCase();
}

export class ChartLineFormatProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly find: () => FakeChartSeries,
  ) {
    super(ctx, 'ChartSeries.format.line', slot);
  }
  protected get kind(): string {
    return 'ChartLineFormat';
  }
  set color(value: string) {
    this.change('color', value, () => {
      const s = this.find();
      s.line = { ...s.line, color: color(value, 'ChartLineFormat.color') };
    });
  }
  set lineStyle(value: string) {
    this.change('lineStyle', value, () => {
      this.ctx.engine.requireSet('1.7', 'ChartLineFormat.lineStyle');
      if (!LINE_STYLES.includes(value)) throw fakeError('InvalidArgument', 'ChartLineFormat.lineStyle', value);
      const s = this.find();
      s.line = { ...s.line, lineStyle: value };
    });
  }
}

/** A point of a series: its data label (a point past the series' values is ItemNotFound on sync). */
export class ChartPointProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly find: () => FakeChartSeries,
    private readonly index: number,
  ) {
    super(ctx, `ChartSeries.points.getItemAt(${index})`, slot);
  }
  protected get kind(): string {
    return 'ChartPoint';
  }
  private checkPoint(): FakeChartSeries {
    this.ctx.engine.requireSet('1.7', 'ChartPoint');
    const s = this.find();
    const rect = s.values ? /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(s.values) : null;
    const count = rect ? Number(rect[4] ?? rect[2]) - Number(rect[2]) + 1 : 0;
    if (!Number.isInteger(this.index) || this.index < 0 || this.index >= count) throw fakeError('ItemNotFound', this.path);
    return s;
  }
  set hasDataLabel(value: boolean) {
    this.change('hasDataLabel', value, () => {
      const s = this.checkPoint();
      if (!value) s.labels?.delete(this.index);
    });
  }
  get dataLabel(): ChartDataLabelProxy {
    return new ChartDataLabelProxy(this.ctx, this.slot, (text) => {
      this.ctx.engine.requireSet('1.8', 'ChartDataLabel.text');
      const s = this.checkPoint();
      s.labels ??= new Map<number, string>();
      s.labels.set(this.index, text);
    });
  }
}


/** The data label of one point: its own text. */
export class ChartDataLabelProxy extends ChartPart {
  constructor(
    ctx: FakeContext,
    slot: ChartSlot,
    private readonly setText: (text: string) => void,
  ) {
    super(ctx, 'ChartPoint.dataLabel', slot);
  }
  protected get kind(): string {
    return 'ChartDataLabel';
  }
  set text(value: string) {
    this.change('text', value, () => this.setText(String(value)));
  }
}
