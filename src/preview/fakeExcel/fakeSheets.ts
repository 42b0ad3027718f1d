// Fake Office.js proxies for the workbook, its worksheets and their panes, filters, notes, comments, properties.
import { CellRect, parseRect, rectAddress, splitSheet } from './a1';
import { ChartCollectionProxy } from './fakeCharts';
import { NamedItemCollectionProxy } from './fakeNames';
import { PageBreakCollectionProxy, PageLayoutProxy } from './fakePageLayout';
import type { FakeContext } from './fakeContext';
import { fakeError, propertyNotLoaded } from './fakeErrors';
import { readSpreadsheet } from '../../adapters/files/readSpreadsheet';
import { CommandResult, FakeProxy, jsonBytes } from './fakeProxyBase';
import { normalizeColor } from './fakeColors';
import { RangeProxy } from './fakeRange';
import { FakeScalar, FakeSheet, SheetVisibility } from './fakeWorkbook';

const VISIBILITIES: readonly string[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end. */
export function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw fakeError('InvalidArgument', location, `Bad worksheet name "${String(name)}".`);
  }
  return name;
}

function checkStructure(isProtected: boolean, location: string): void {
  if (isProtected) throw fakeError('AccessDenied', location, 'The workbook structure is protected.');
}

export class ApplicationProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'Application');
  }
  protected get kind(): string {
    return 'Application';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { calculationMode: () => 'Automatic' };
  }
  protected resolve(): void {}
  suspendApiCalculationUntilNextSync(): void {
    this.queue('suspendApiCalculationUntilNextSync', null, () => this.ctx.engine.requireSet('1.6', 'Application.suspendApiCalculationUntilNextSync'));
  }
}

export class WorkbookProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'Workbook');
  }
  protected get kind(): string {
    return 'Workbook';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { name: () => 'Book1.xlsx' };
  }
  protected resolve(): void {}
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.ctx);
  }
  get properties(): DocumentPropertiesProxy {
    return new DocumentPropertiesProxy(this.ctx);
  }
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.ctx);
  }
  get application(): ApplicationProxy {
    return this.ctx.application;
  }
  /**
   * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the file's sheets (or the ones named) added at the end, a
   * taken name getting « (2)» as Excel does; the result holds the new sheets' ids after the sync.
   */
  insertWorksheetsFromBase64(base64File: string, options?: { sheetNamesToInsert?: string[] }): { readonly value: string[] } {
    let ids: string[] | undefined;
    this.ctx.enqueue('Workbook.insertWorksheetsFromBase64', { base64File, options }, () => {
      this.ctx.engine.requireSet('1.13', 'Workbook.insertWorksheetsFromBase64');
      const book = this.ctx.engine.workbook;
      const binary = atob(base64File);
      const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
      const read = readSpreadsheet(bytes, 'inserted.xlsx');
      const wanted = options?.sheetNamesToInsert;
      const added = read.grids.filter((g) => !wanted || wanted.includes(g.sheet)).map((grid) => {
        let name = grid.sheet;
        for (let i = 2; book.getSheet(name); i++) name = `${grid.sheet.slice(0, 31 - String(i).length - 3)} (${i})`;
        return book.addGridSheet(grid, name).id;
      });
      return { responseBytes: jsonBytes(added), commit: () => (ids = added) };
    });
    return {
      get value(): string[] {
        if (!ids) throw propertyNotLoaded('ClientResult', 'value');
        return ids;
      },
    };
  }
  getActiveWorksheet(): WorksheetProxy {
    const book = this.ctx.engine.workbook;
    return new WorksheetProxy(this.ctx, 'Workbook.getActiveWorksheet', () => (book.activeSheet ? book.getSheet(book.activeSheet) : book.sheets[0]));
  }
}

export class WorksheetCollectionProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'WorksheetCollection');
  }
  protected get kind(): string {
    return 'WorksheetCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {}
  protected collectionItems(): FakeProxy[] {
    return this.ctx.engine.workbook.sheets.map((sheet) => new WorksheetProxy(this.ctx, 'Worksheet', () => sheet));
  }
  get items(): WorksheetProxy[] {
    return this.read<WorksheetProxy[]>('items');
  }
  getItem(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, `WorksheetCollection.getItem(${name})`, () => this.ctx.engine.workbook.getSheet(name));
    proxy.lookup();
    return proxy;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, `WorksheetCollection.getItemOrNullObject(${name})`, () => this.ctx.engine.workbook.getSheet(name), true);
    proxy.lookup();
    return proxy;
  }
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    const proxy = new WorksheetProxy(this.ctx, `WorksheetCollection.add(${name ?? ''})`, () => created);
    this.queue('add', { name }, () => {
      const book = this.ctx.engine.workbook;
      let wanted = name;
      if (wanted === undefined) {
        let n = book.sheets.length + 1;
        while (book.getSheet(`Sheet${n}`)) n++;
        wanted = `Sheet${n}`;
      }
      checkStructure(book.structureProtected, 'WorksheetCollection.add');
      checkSheetName(wanted, 'WorksheetCollection.add');
      if (book.getSheet(wanted)) throw fakeError('ItemAlreadyExists', 'WorksheetCollection.add', `"${wanted}"`);
      created = book.addSheet(wanted);
    });
    return proxy;
  }
}

export class WorksheetProxy extends FakeProxy {
  private sheet?: FakeSheet;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly finder: () => FakeSheet | undefined,
    nullable = false,
  ) {
    super(ctx, path, nullable);
  }
  protected get kind(): string {
    return 'Worksheet';
  }
  /** Queues the lookup of a getItem…() call. */
  lookup(): void {
    this.queueLookup();
  }
  /** The sheet this proxy stands for; ItemNotFound when it does not exist (or was deleted). */
  target(): FakeSheet {
    const book = this.ctx.engine.workbook;
    if (this.sheet && book.sheets.includes(this.sheet)) return this.sheet;
    const found = this.sheet ? undefined : this.finder();
    if (!found) throw fakeError('ItemNotFound', this.path);
    this.sheet = found;
    return found;
  }
  /** The sheet, checked to accept changes (a protected sheet refuses them). */
  editable(): FakeSheet {
    const sheet = this.target();
    if (sheet.protected) throw fakeError('AccessDenied', this.path, `Worksheet "${sheet.name}" is protected.`);
    return sheet;
  }
  protected resolve(): void {
    this.target();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    const sheet = (): FakeSheet => this.target();
    return {
      name: () => sheet().name,
      visibility: () => sheet().visibility,
      position: () => this.ctx.engine.workbook.sheets.indexOf(sheet()),
      tabColor: () => sheet().tabColor ?? '',
      id: () => sheet().id,
    };
  }
  get name(): string {
    return this.read<string>('name');
  }
  set name(value: string) {
    this.queue('name', value, () => {
      const sheet = this.target();
      checkStructure(this.ctx.engine.workbook.structureProtected, 'Worksheet.name');
      checkSheetName(value, 'Worksheet.name');
      const other = this.ctx.engine.workbook.getSheet(value);
      if (other && other !== sheet) throw fakeError('ItemAlreadyExists', 'Worksheet.name', `"${value}"`);
      sheet.name = value;
    });
  }
  get visibility(): SheetVisibility {
    return this.read<SheetVisibility>('visibility');
  }
  set visibility(value: SheetVisibility) {
    this.queue('visibility', value, () => {
      if (!VISIBILITIES.includes(value)) throw fakeError('InvalidArgument', 'Worksheet.visibility');
      this.target().visibility = value;
    });
  }
  get id(): string {
    return this.read<string>('id');
  }
  get position(): number {
    return this.read<number>('position');
  }
  get tabColor(): string {
    return this.read<string>('tabColor');
  }
  set tabColor(value: string) {
    this.queue('tabColor', value, () => {
      this.ctx.engine.requireSet('1.7', 'Worksheet.tabColor');
      this.editable().tabColor = value === '' ? undefined : normalizeColor(value, 'Worksheet.tabColor');
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, `Worksheet.getRange(${address ?? ''})`, this, () => {
      if (address === undefined) return { r1: 1, c1: 1, r2: 1_048_576, c2: 16_384 };
      const { sheet, local } = splitSheet(address);
      const rect = sheet === undefined || sheet.toLowerCase() === this.target().name.toLowerCase() ? parseRect(local) : undefined;
      if (!rect) throw fakeError('InvalidArgument', 'Worksheet.getRange', `Bad address "${address}".`);
      return rect;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(
      this.ctx,
      'Worksheet.getUsedRangeOrNullObject',
      this,
      (sheet) => this.ctx.engine.workbook.usedRect(sheet, valuesOnly === true),
      true,
    );
    proxy.lookup();
    return proxy;
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, 'Worksheet.getUsedRange', this, (sheet) => this.ctx.engine.workbook.usedRect(sheet, valuesOnly === true) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  delete(): void {
    this.queue('delete', null, () => {
      const book = this.ctx.engine.workbook;
      const sheet = this.target();
      checkStructure(book.structureProtected, 'Worksheet.delete');
      const visibleLeft = book.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length;
      if (visibleLeft === 0) throw fakeError('InvalidOperation', 'Worksheet.delete', 'A workbook must contain at least one visible worksheet.');
      book.removeSheet(sheet);
      if (book.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) book.activeSheet = undefined;
    });
  }
  activate(): void {
    this.queue('activate', null, () => {
      const sheet = this.target();
      if (sheet.visibility !== 'Visible') throw fakeError('InvalidOperation', 'Worksheet.activate', 'Hidden sheet.');
      this.ctx.engine.workbook.activeSheet = sheet.name;
    });
  }
  get freezePanes(): FreezePanesProxy {
    return new FreezePanesProxy(this.ctx, this);
  }
  get autoFilter(): AutoFilterProxy {
    return new AutoFilterProxy(this.ctx, this);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, this);
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.ctx, this);
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, this);
  }
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.ctx, this);
  }
  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return new PageBreakCollectionProxy(this.ctx, this);
  }
}

/** A range argument (Range proxy or address text) turned into a sheet and rectangle when the command runs. */
export function rangeArgument(value: unknown, owner: WorksheetProxy, location: string): { sheet: FakeSheet; rect: CellRect } {
  if (value instanceof RangeProxy) return value.target();
  if (typeof value !== 'string') throw fakeError('InvalidArgument', location, 'A range or an address is required.');
  const { sheet: sheetName, local } = splitSheet(value);
  const rect = parseRect(local);
  const sheet = owner.target();
  if (!rect || (sheetName !== undefined && sheetName.toLowerCase() !== sheet.name.toLowerCase())) {
    throw fakeError('InvalidArgument', location, `Bad address "${value}".`);
  }
  return { sheet, rect };
}

export class FreezePanesProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'WorksheetFreezePanes');
  }
  protected get kind(): string {
    return 'WorksheetFreezePanes';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.7', 'Worksheet.freezePanes');
    this.sheet.target();
  }
  freezeRows(count = 1): void {
    this.queue('freezeRows', count, () => {
      if (!Number.isInteger(count) || count < 0) throw fakeError('InvalidArgument', 'freezeRows');
      this.sheet.editable().freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.queue('freezeColumns', count, () => {
      if (!Number.isInteger(count) || count < 0) throw fakeError('InvalidArgument', 'freezeColumns');
      this.sheet.editable().freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this.queue('freezeAt', typeof frozenRange === 'string' ? frozenRange : 'Range', () => {
      const { rect } = rangeArgument(frozenRange, this.sheet, 'freezeAt');
      this.sheet.editable().freeze = { rows: rect.r2, columns: rect.c2 };
    });
  }
  unfreeze(): void {
    this.queue('unfreeze', null, () => {
      this.sheet.editable().freeze = undefined;
    });
  }
}

export class AutoFilterProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'AutoFilter');
  }
  protected get kind(): string {
    return 'AutoFilter';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { enabled: () => this.sheet.target().autoFilter !== undefined };
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.9', 'Worksheet.autoFilter');
    this.sheet.target();
  }
  apply(range: RangeProxy | string): void {
    this.queue('apply', typeof range === 'string' ? range : 'Range', (): CommandResult => {
      const { rect } = rangeArgument(range, this.sheet, 'AutoFilter.apply');
      if (rect.r2 === rect.r1) throw fakeError('InvalidArgument', 'AutoFilter.apply', 'The range needs a header row and data.');
      this.sheet.editable().autoFilter = rectAddress(rect);
      return { address: rectAddress(rect) };
    });
  }
}

function singleCell(target: { sheet: FakeSheet; rect: CellRect }, location: string): string {
  const { rect } = target;
  if (rect.r1 !== rect.r2 || rect.c1 !== rect.c2) throw fakeError('InvalidArgument', location, 'The range must be a single cell.');
  return rectAddress(rect);
}

export class NoteCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'NoteCollection');
  }
  protected get kind(): string {
    return 'NoteCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.18', 'Worksheet.notes');
    this.sheet.target();
  }
  add(cellAddress: RangeProxy | string, content: unknown): void {
    this.queue('add', { cell: typeof cellAddress === 'string' ? cellAddress : 'Range', content }, (): CommandResult => {
      const target = rangeArgument(cellAddress, this.sheet, 'NoteCollection.add');
      const cell = singleCell(target, 'NoteCollection.add');
      this.sheet.editable().notes.set(cell, String(content));
      return { address: cell };
    });
  }
}

export class CommentCollectionProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'CommentCollection');
  }
  protected get kind(): string {
    return 'CommentCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.10', 'Workbook.comments');
  }
  add(cellAddress: RangeProxy | string, content: string, contentType?: string): void {
    this.queue('add', { cell: typeof cellAddress === 'string' ? cellAddress : 'Range', content, contentType }, (): CommandResult => {
      let target: { sheet: FakeSheet; rect: CellRect };
      if (typeof cellAddress === 'string') {
        const { sheet: sheetName, local } = splitSheet(cellAddress);
        const sheet = sheetName === undefined ? undefined : this.ctx.engine.workbook.getSheet(sheetName);
        const rect = parseRect(local);
        if (!sheet || !rect) throw fakeError('InvalidArgument', 'CommentCollection.add', 'The address must include the sheet name.');
        target = { sheet, rect };
      } else {
        if (!(cellAddress instanceof RangeProxy)) throw fakeError('InvalidArgument', 'CommentCollection.add');
        target = cellAddress.target();
      }
      const cell = singleCell(target, 'CommentCollection.add');
      if (target.sheet.protected) throw fakeError('AccessDenied', 'CommentCollection.add');
      target.sheet.comments.set(cell, String(content));
      return { address: cell };
    });
  }
}

export class DocumentPropertiesProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'DocumentProperties');
  }
  protected get kind(): string {
    return 'DocumentProperties';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { title: () => '', author: () => '' };
  }
  protected resolve(): void {}
  get custom(): CustomPropertyCollectionProxy {
    return new CustomPropertyCollectionProxy(this.ctx);
  }
}

export class CustomPropertyCollectionProxy extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'CustomPropertyCollection');
  }
  protected get kind(): string {
    return 'CustomPropertyCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.7', 'DocumentProperties.custom');
  }
  protected collectionItems(): FakeProxy[] {
    return [...this.ctx.engine.workbook.customProperties.keys()].map((lower) => new CustomPropertyProxy(this.ctx, lower, false));
  }
  get items(): CustomPropertyProxy[] {
    return this.read<CustomPropertyProxy[]>('items');
  }
  add(key: string, value: unknown): CustomPropertyProxy {
    this.queue('add', { key, value }, () => {
      if (typeof key !== 'string' || key === '') throw fakeError('InvalidArgument', 'CustomPropertyCollection.add');
      const web = this.ctx.engine.options.platform === 'OfficeOnline';
      const trim = (text: string): string => (web ? text : text.slice(0, 255));
      const stored: FakeScalar = typeof value === 'number' || typeof value === 'boolean' ? value : trim(String(value));
      const k = trim(key);
      this.ctx.engine.workbook.customProperties.set(k.toLowerCase(), { key: k, value: stored });
    });
    return new CustomPropertyProxy(this.ctx, key.toLowerCase(), false);
  }
  getItem(key: string): CustomPropertyProxy {
    const proxy = new CustomPropertyProxy(this.ctx, key.toLowerCase(), false);
    proxy.lookup();
    return proxy;
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    const proxy = new CustomPropertyProxy(this.ctx, key.toLowerCase(), true);
    proxy.lookup();
    return proxy;
  }
}

export class CustomPropertyProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly lowerKey: string,
    nullable: boolean,
  ) {
    super(ctx, `CustomProperty(${lowerKey})`, nullable);
  }
  protected get kind(): string {
    return 'CustomProperty';
  }
  lookup(): void {
    this.queueLookup();
  }
  private entry(): { key: string; value: FakeScalar } {
    this.ctx.engine.requireSet('1.7', 'CustomProperty');
    const entry = this.ctx.engine.workbook.customProperties.get(this.lowerKey);
    if (!entry) throw fakeError('ItemNotFound', this.path);
    return entry;
  }
  protected resolve(): void {
    this.entry();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {
      key: () => this.entry().key,
      value: () => this.entry().value,
      type: () => (typeof this.entry().value === 'number' ? 'Number' : typeof this.entry().value === 'boolean' ? 'Boolean' : 'String'),
    };
  }
  get key(): string {
    return this.read<string>('key');
  }
  get value(): FakeScalar {
    return this.read<FakeScalar>('value');
  }
  delete(): void {
    this.queue('delete', null, () => {
      this.ctx.engine.workbook.customProperties.delete(this.lowerKey);
    });
  }
}

