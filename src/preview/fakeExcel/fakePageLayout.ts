// Worksheet.pageLayout of the fake Excel (ExcelApi 1.9): orientation, zoom (fit to pages), margins, print title rows, manual page breaks,
// and the footer sections of headersFooters.defaultForAllPages.
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { FakeProxy } from './fakeProxyBase';
import type { WorksheetProxy } from './fakeSheets';
import type { FakePageLayout } from './fakeWorkbook';

export class PageLayoutProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'PageLayout');
  }
  protected get kind(): string {
    return 'PageLayout';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { orientation: () => this.layout().orientation };
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.9', 'Worksheet.pageLayout');
    this.sheet.target();
  }
  private layout(): FakePageLayout {
    return this.sheet.target().pageLayout;
  }
  private edit(): FakePageLayout {
    return this.sheet.editable().pageLayout;
  }
  set orientation(value: 'Portrait' | 'Landscape') {
    this.queue('orientation', value, () => {
      if (value !== 'Portrait' && value !== 'Landscape') throw fakeError('InvalidArgument', 'PageLayout.orientation');
      this.edit().orientation = value;
    });
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue('zoom', value, () => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw fakeError('InvalidArgument', 'PageLayout.zoom', 'scale and fit-to-pages are exclusive.');
      }
      this.edit().zoom = { ...value };
    });
  }
  setPrintTitleRows(rows: string): void {
    this.queue('setPrintTitleRows', rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw fakeError('InvalidArgument', 'PageLayout.setPrintTitleRows', `Bad rows "${rows}".`);
      this.edit().printTitleRows = rows;
    });
  }
  private margin(side: 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', value: number): void {
    this.queue(`${side}Margin`, value, () => {
      if (!Number.isFinite(value) || value < 0) throw fakeError('InvalidArgument', `PageLayout.${side}Margin`);
      this.edit().margins[side] = value;
    });
  }
  set leftMargin(value: number) {
    this.margin('left', value);
  }
  set rightMargin(value: number) {
    this.margin('right', value);
  }
  set topMargin(value: number) {
    this.margin('top', value);
  }
  set bottomMargin(value: number) {
    this.margin('bottom', value);
  }
  set headerMargin(value: number) {
    this.margin('header', value);
  }
  set footerMargin(value: number) {
    this.margin('footer', value);
  }
  setPrintArea(area: string): void {
    this.queue('setPrintArea', area, () => {
      if (!/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(area)) throw fakeError('InvalidArgument', 'PageLayout.setPrintArea', `Bad area "${area}".`);
      this.edit().printArea = area;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this.queue('setPrintTitleColumns', columns, () => {
      if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns)) throw fakeError('InvalidArgument', 'PageLayout.setPrintTitleColumns', `Bad columns "${columns}".`);
      this.edit().printTitleColumns = columns;
    });
  }
  get headersFooters(): { readonly defaultForAllPages: HeaderFooterProxy } {
    return { defaultForAllPages: new HeaderFooterProxy(this.ctx, this.sheet) };
  }
}

export class HeaderFooterProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'HeaderFooter');
  }
  protected get kind(): string {
    return 'HeaderFooter';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.9', 'PageLayout.headersFooters');
    this.sheet.target();
  }
  private set(section: 'left' | 'center' | 'right', value: string): void {
    this.queue(`${section}Footer`, value, () => {
      if (value.length > 255) throw fakeError('InvalidArgument', `HeaderFooter.${section}Footer`, 'Longer than 255 characters.');
      this.sheet.editable().pageLayout.footer[section] = value;
    });
  }
  set leftFooter(value: string) {
    this.set('left', value);
  }
  set centerFooter(value: string) {
    this.set('center', value);
  }
  set rightFooter(value: string) {
    this.set('right', value);
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): `add` puts a manual break above the range's first row. */
export class PageBreakCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'PageBreakCollection');
  }
  protected get kind(): string {
    return 'PageBreakCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.9', 'Worksheet.horizontalPageBreaks');
    this.sheet.target();
  }
  add(pageBreakRange: string): void {
    this.queue('add', pageBreakRange, () => {
      const m = /^\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?\d+)?$/.exec(pageBreakRange);
      if (!m || Number(m[1]) < 2) throw fakeError('InvalidArgument', 'PageBreakCollection.add', `Bad range "${pageBreakRange}".`);
      const breaks = this.sheet.editable().pageLayout.rowBreaks;
      if (!breaks.includes(Number(m[1]))) breaks.push(Number(m[1]));
    });
  }
}
