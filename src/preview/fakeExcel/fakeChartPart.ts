// Fake Office.js chart objects' common base: the chart a proxy refers to, queued changes, range arguments.
import { CellRect, quoteSheet, rectAddress } from './a1';
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { FakeProxy } from './fakeProxyBase';
import { RangeProxy } from './fakeRange';
import { FakeChart, FakeSheet } from './fakeWorkbook';

export function local(sheet: FakeSheet, owner: FakeSheet, rect: CellRect): string {
  return sheet === owner ? rectAddress(rect) : `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
}

export interface ChartSlot {
  chart?: FakeChart;
  sheet?: FakeSheet;
}

export abstract class ChartPart extends FakeProxy {
  constructor(
    ctx: FakeContext,
    path: string,
    protected readonly slot: ChartSlot,
  ) {
    super(ctx, path);
  }
  protected chart(): FakeChart {
    if (!this.slot.chart || !this.slot.sheet?.charts.includes(this.slot.chart)) throw fakeError('ItemNotFound', this.path);
    return this.slot.chart;
  }
  protected sheet(): FakeSheet {
    this.chart();
    return this.slot.sheet as FakeSheet;
  }
  protected resolve(): void {
    this.chart();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected change(op: string, value: unknown, apply: (chart: FakeChart) => void): void {
    this.queue(op, value, () => {
      if (this.sheet().protected) throw fakeError('AccessDenied', this.path);
      apply(this.chart());
    });
  }
  /** Range argument of a chart method as an address relative to the chart's sheet. */
  protected rangeText(value: unknown, location: string): string {
    if (value instanceof RangeProxy) {
      const target = value.target();
      return local(target.sheet, this.sheet(), target.rect);
    }
    throw fakeError('InvalidArgument', location, 'A Range is required.');
  }
}

