// Base of every fake Office.js proxy: queued commands, load() then sync() before a property can be read.
import type { FakeContext } from './fakeContext';
import { FakeOfficeError, fakeError, propertyNotLoaded } from './fakeErrors';

/** What a command may hand back when the sync runs it. */
export interface CommandResult {
  /** Bytes this command adds to the response (loaded values as JSON). */
  readonly responseBytes?: number;
  /** Applied only when the whole response fits (loaded values become readable). */
  readonly commit?: () => void;
  /** Range the command touched, for the command log. */
  readonly address?: string;
  readonly cells?: number;
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

/** UTF-8 length of a value's JSON: what the request or response carries. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

function loadNames(spec: LoadSpec): string[] {
  const raw = spec === undefined ? '*' : typeof spec === 'string' || Array.isArray(spec) ? spec : spec.select ?? '*';
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

export function isItemNotFound(error: unknown): boolean {
  return error instanceof FakeOfficeError && error.code === 'ItemNotFound';
}

export abstract class FakeProxy {
  private readonly loadedValues = new Map<string, unknown>();
  /** Known after the first sync for *OrNullObject proxies. */
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: FakeContext,
    /** Path shown in errors and the command log ("Worksheet.getRange"). */
    protected readonly path: string,
    /** Created by an *OrNullObject method. */
    protected readonly nullable = false,
  ) {}

  get context(): FakeContext {
    return this.ctx;
  }

  /** Class name as in Office.js ("Range"). */
  protected abstract get kind(): string;

  /** Loadable scalar properties, evaluated when the sync runs the load. */
  protected abstract scalarProperties(): Readonly<Record<string, () => unknown>>;

  /** Finds the host object; throws ItemNotFound when it does not exist. */
  protected abstract resolve(): void;

  /** Items of a collection for "items/…" loads. */
  protected collectionItems(): FakeProxy[] | undefined {
    return undefined;
  }

  /** Queues the lookup a get…() call makes, so a missing item fails at sync (or becomes a null object). */
  protected queueLookup(): void {
    this.ctx.enqueue(`${this.path}`, null, () => this.probe());
  }

  private probe(): CommandResult {
    try {
      this.resolve();
      return { commit: () => (this.nullState = false) };
    } catch (error) {
      if (this.nullable && isItemNotFound(error)) return { commit: () => (this.nullState = true) };
      throw error;
    }
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded(this.kind, 'isNullObject');
    return this.nullState;
  }

  /** Reads a loaded property, as Office.js does after load() and sync(). */
  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.kind, name);
    return this.loadedValues.get(name) as T;
  }

  /** Marks values as loaded (items of a loaded collection). */
  protected absorb(values: ReadonlyMap<string, unknown>): void {
    values.forEach((v, k) => this.loadedValues.set(k, v));
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    this.ctx.enqueue(`${this.path}.load`, names, () => this.runLoad(names));
    return this;
  }

  private evaluate(names: readonly string[]): Map<string, unknown> {
    const props = this.scalarProperties();
    const wanted = names.includes('*') ? Object.keys(props) : names;
    const out = new Map<string, unknown>();
    for (const name of wanted) {
      const getter = props[name];
      if (!getter) throw fakeError('InvalidArgument', `${this.kind}.load`, `Unknown property "${name}".`);
      out.set(name, getter());
    }
    return out;
  }

  private runLoad(names: readonly string[]): CommandResult {
    try {
      this.resolve();
    } catch (error) {
      if (this.nullable && isItemNotFound(error)) return { commit: () => (this.nullState = true) };
      throw error;
    }
    const own = names.filter((n) => !n.startsWith('items/'));
    const itemNames = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    const values = this.evaluate(own);
    let bytes = jsonBytes([...values.values()]);
    let items: { proxy: FakeProxy; values: Map<string, unknown> }[] | undefined;
    if (itemNames.length > 0 || names.includes('*') || names.includes('items')) {
      const list = this.collectionItems();
      if (list) {
        items = list.map((proxy) => ({ proxy, values: proxy.evaluate(itemNames.length > 0 ? itemNames : ['*']) }));
        bytes += jsonBytes(items.map((i) => [...i.values.values()]));
      } else if (itemNames.length > 0) {
        throw fakeError('InvalidArgument', `${this.kind}.load`, 'Not a collection.');
      }
    }
    return {
      responseBytes: bytes,
      commit: () => {
        if (this.nullable) this.nullState = false;
        this.absorb(values);
        if (items) {
          items.forEach((i) => i.proxy.absorb(i.values));
          this.loadedValues.set('items', items.map((i) => i.proxy));
        }
      },
    };
  }

  /** Queues a property assignment or a method call. */
  protected queue(op: string, args: unknown, run: () => CommandResult | void): void {
    this.ctx.enqueue(`${this.path}.${op}`, args, () => {
      this.resolve();
      return run();
    });
  }
}
