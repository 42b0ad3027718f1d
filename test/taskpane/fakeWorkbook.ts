// A WorkbookPort in memory for task pane tests: sheets as grids, tracked output, recorded reads/writes, hooks.
import { OutputPlan, SheetInfo, TrackedSheet, WorkbookPort } from '../../src/app/workbookPort';
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { OutValue } from '../../src/report/model';

export interface FakeHooks {
  onRead?: (names: readonly string[]) => void | Promise<void>;
  onWrite?: (plan: OutputPlan) => void | Promise<void>;
  failList?: unknown;
  failWrite?: unknown;
}

export class FakeWorkbook implements WorkbookPort {
  readonly readCalls: (readonly string[])[] = [];
  readonly writes: OutputPlan[] = [];
  readonly activations: [string, string | undefined][] = [];
  private sheets: { name: string; grid?: SheetGrid }[];
  private tracked: TrackedSheet[];

  constructor(grids: readonly SheetGrid[], tracked: readonly (TrackedSheet & { grid?: SheetGrid })[] = [], readonly hooks: FakeHooks = {}) {
    this.sheets = [...grids.map((grid) => ({ name: grid.sheet, grid })), ...tracked.map((t) => ({ name: t.name, grid: t.grid }))];
    this.tracked = tracked.map((t) => ({ name: t.name, kind: t.kind }));
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    if (this.hooks.failList !== undefined) throw this.hooks.failList;
    return this.sheets.map((s) => ({ name: s.name, visible: true }));
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetGrid[]> {
    this.readCalls.push([...names]);
    await this.hooks.onRead?.(names);
    return names.map((name) => {
      const grid = this.sheets.find((s) => s.name === name)?.grid;
      return grid ?? { file: '', sheet: name, values: [], originRow: 1, originCol: 1, merges: [] };
    });
  }

  async readTracked(): Promise<readonly TrackedSheet[]> {
    return [...this.tracked];
  }

  async writeOutput(plan: OutputPlan): Promise<void> {
    await this.hooks.onWrite?.(plan);
    if (this.hooks.failWrite !== undefined) throw this.hooks.failWrite;
    this.writes.push(plan);
    this.sheets = this.sheets.filter((s) => !plan.remove.includes(s.name));
    this.sheets.push(...plan.add.map((a) => ({ name: a.name })));
    this.tracked = plan.add.map((a) => ({ name: a.name, kind: a.spec.kind }));
  }

  async addSourceSheet(name: string, values: readonly (readonly OutValue[])[]): Promise<boolean> {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return false;
    this.sheets.push({ name, grid: grid(name, values.map((row) => row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)))) });
    return true;
  }

  /** What the next writes report (set by a test: hand edits kept under another name). */
  notices: string[] = [];

  writeNotices(): readonly string[] {
    return this.notices;
  }

  async activate(sheet: string, cell?: string): Promise<void> {
    this.activations.push([sheet, cell]);
  }
}

/** A grid whose first row is at A1. */
export function grid(sheet: string, values: readonly (readonly RawValue[])[]): SheetGrid {
  return { file: '', sheet, values, originRow: 1, originCol: 1, merges: [] };
}

const HEADER: readonly RawValue[] = ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Кол-во участников', '% «2»'];

/**
 * A long table (input-layouts.md layout 1) built so that methodology.md §2 decides the verdicts:
 * Ивановская — two low procedures in 2024 (К1); Сидоровская — low in 2023 and in 2024 (К2);
 * Петровская — every share far below 30 % (not ШНОР).
 */
export function sampleResults(sheet = 'Результаты'): SheetGrid {
  return grid(sheet, [
    ['Результаты оценочных процедур', null, null, null, null, null, null],
    HEADER,
    [2023, 'МБОУ «Ивановская СОШ»', 'ВПР', 5, 'Русский язык', 20, 10],
    [2023, 'МБОУ «Петровская СОШ»', 'ВПР', 5, 'Русский язык', 25, 5],
    [2023, 'МКОУ «Сидоровская ООШ»', 'ВПР', 5, 'Математика', 8, 37.5],
    [2024, 'МБОУ «Ивановская СОШ»', 'ВПР', 5, 'Русский язык', 22, 40.9],
    [2024, 'МБОУ «Ивановская СОШ»', 'ВПР', 5, 'Математика', 22, 36.4],
    [2024, 'МБОУ «Петровская СОШ»', 'ВПР', 5, 'Русский язык', 25, 8],
    [2024, 'МБОУ «Петровская СОШ»', 'ВПР', 5, 'Математика', 25, 12],
    [2024, 'МКОУ «Сидоровская ООШ»', 'ОГЭ', 9, 'Математика', 10, 50],
  ]);
}

/** A sheet without results (notes). */
export function notesSheet(): SheetGrid {
  return grid('Заметки', [['Здесь методист пишет заметки'], ['Ничего числового']]);
}
