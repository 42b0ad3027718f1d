// The fake RequestContext and the engine behind it: queues commands, runs them at sync, counts and sizes requests.
import { FakeWorkbook } from './fakeWorkbook';
import { fakeError } from './fakeErrors';
import { CommandResult, jsonBytes } from './fakeProxyBase';
import { ApplicationProxy, WorkbookProxy } from './fakeSheets';

export interface FakeExcelOptions {
  /** Requirement-set support; defaults to everything supported. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Request and response limit in bytes (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /** "OfficeOnline" keeps long custom property values; desktop Excel trims them to 255 characters. */
  readonly platform?: string;
}

export interface FakeCommandRecord {
  /** 1-based number of the sync that ran it. */
  readonly sync: number;
  readonly op: string;
  readonly address?: string;
  readonly cells?: number;
}

export interface FakeExcelStats {
  runs: number;
  syncs: number;
  /** Per sync: bytes of the queued payload (JSON, UTF-8). */
  readonly requestBytes: number[];
  /** Per sync: bytes of the loaded values sent back. */
  readonly responseBytes: number[];
  /** Largest request and response Excel accepted (rejected ones are only in the per-sync lists). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs refused for their size. */
  oversizeSyncs: number;
  /** Every command run, in order. */
  readonly commands: FakeCommandRecord[];
}

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Command {
  readonly op: string;
  readonly bytes: number;
  readonly run: () => CommandResult | void;
}

export class FakeEngine {
  readonly stats: FakeExcelStats = {
    runs: 0,
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    oversizeSyncs: 0,
    commands: [],
  };

  constructor(
    readonly workbook: FakeWorkbook,
    readonly options: FakeExcelOptions = {},
  ) {}

  supports(version: string): boolean {
    return this.options.isSetSupported ? this.options.isSetSupported('ExcelApi', version) : true;
  }

  /** Fails the command with ApiNotFound when ExcelApi `version` is not supported. */
  requireSet(version: string, location: string): void {
    if (!this.supports(version)) throw fakeError('ApiNotFound', location, `(ExcelApi ${version})`);
  }

  get limit(): number {
    return this.options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
  }

  async sync(commands: readonly Command[]): Promise<void> {
    const stats = this.stats;
    stats.syncs++;
    const request = commands.reduce((sum, c) => sum + c.bytes, 2);
    stats.requestBytes.push(request);
    await Promise.resolve();
    if (request > this.limit) {
      stats.oversizeSyncs++;
      throw fakeError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync', `(${request} bytes)`);
    }
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    if (commands.length > 0 && this.workbook.cellEditMode) throw fakeError('InvalidOperationInCellEditMode', 'RequestContext.sync');
    let response = 0;
    const commits: (() => void)[] = [];
    for (const command of commands) {
      let result: CommandResult | void;
      try {
        result = command.run();
      } catch (error) {
        if (error instanceof Error && 'debugInfo' in error) {
          const info = (error as { debugInfo: { errorLocation?: string } }).debugInfo;
          info.errorLocation = info.errorLocation ?? command.op;
        }
        stats.responseBytes.push(response);
        throw error;
      }
      stats.commands.push({ sync: stats.syncs, op: command.op, address: result?.address, cells: result?.cells });
      response += result?.responseBytes ?? 0;
      if (result?.commit) commits.push(result.commit);
    }
    stats.responseBytes.push(response);
    if (response > this.limit) {
      stats.oversizeSyncs++;
      throw fakeError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync', `(${response} bytes)`);
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response);
    commits.forEach((commit) => commit());
  }
}

/** Stands in for Excel.RequestContext. */
export class FakeContext {
  private queued: Command[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;

  constructor(readonly engine: FakeEngine) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }

  get pending(): number {
    return this.queued.length;
  }

  enqueue(op: string, args: unknown, run: () => CommandResult | void): void {
    this.queued.push({ op, bytes: jsonBytes({ op, args }) + 16, run });
  }

  sync(): Promise<void> {
    const commands = this.queued;
    this.queued = [];
    return this.engine.sync(commands);
  }
}
