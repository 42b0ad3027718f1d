// Worksheet-scoped named items of the fake Excel (Worksheet.names, ExcelApi 1.4): add with a comment, hide.
import { rectAddress } from './a1';
import type { FakeContext } from './fakeContext';
import { fakeError } from './fakeErrors';
import { FakeProxy } from './fakeProxyBase';
import { RangeProxy } from './fakeRange';
import type { FakeSheet } from './fakeWorkbook';
import type { WorksheetProxy } from './fakeSheets';

/** One name local to a sheet, as the fake keeps it. */
export interface FakeName {
  readonly name: string;
  /** "=Лист!$A$1" or the address given. */
  readonly reference: string;
  readonly comment: string;
  visible: boolean;
}

/** Excel's rules for a defined name: a letter, "_" or "\" first; letters, digits, "_", "." after; no cell-like names. */
const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class NamedItemCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'NamedItemCollection');
  }
  protected get kind(): string {
    return 'NamedItemCollection';
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return {};
  }
  protected resolve(): void {
    this.ctx.engine.requireSet('1.4', 'Worksheet.names');
    this.sheet.target();
  }
  protected collectionItems(): FakeProxy[] {
    const sheet = this.sheet.target();
    return sheet.names.map((n) => new NamedItemProxy(this.ctx, () => sheet, n.name));
  }
  get items(): NamedItemProxy[] {
    return this.read<NamedItemProxy[]>('items');
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(this.ctx, () => this.sheet.target(), name);
    this.queue('add', { name, comment }, () => {
      this.ctx.engine.requireSet('1.4', 'Worksheet.names.add');
      if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw fakeError('InvalidArgument', 'NamedItemCollection.add', `Bad name "${name}".`);
      const sheet = this.sheet.editable();
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw fakeError('ItemAlreadyExists', 'NamedItemCollection.add', `"${name}"`);
      const ref = reference instanceof RangeProxy ? `='${sheet.name}'!${rectAddress(reference.target().rect)}` : String(reference);
      sheet.names.push({ name, reference: ref, comment: comment ?? '', visible: true });
    });
    return item;
  }
}

export class NamedItemProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly itemName: string,
  ) {
    super(ctx, 'NamedItem');
  }
  protected get kind(): string {
    return 'NamedItem';
  }
  private entry(): FakeName {
    const found = this.sheetOf().names.find((n) => n.name.toLowerCase() === this.itemName.toLowerCase());
    if (!found) throw fakeError('ItemNotFound', 'NamedItem', this.itemName);
    return found;
  }
  protected resolve(): void {
    this.entry();
  }
  protected scalarProperties(): Readonly<Record<string, () => unknown>> {
    return { name: () => this.entry().name, comment: () => this.entry().comment, visible: () => this.entry().visible };
  }
  get name(): string {
    return this.read<string>('name');
  }
  get comment(): string {
    return this.read<string>('comment');
  }
  get visible(): boolean {
    return this.read<boolean>('visible');
  }
  set visible(value: boolean) {
    this.queue('visible', value, () => {
      this.entry().visible = Boolean(value);
    });
  }
}
