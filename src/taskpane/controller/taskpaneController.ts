// Owns the task pane's workflow: read sources, keep the user's choices, run «Выявить ШНОР» with progress and cancel.
import { CancelledError, sourceSheets, Stage, writePlanned } from '../../app/pipeline';
import { SETTINGS_KEYS, SettingsStore } from '../../app/settingsStore';
import { SheetInfo, TrackedSheet, WorkbookPort } from '../../app/workbookPort';
import { ReportModel } from '../../report/model';
import { toRussianMessage } from '../../adapters/excel/officeErrors';
import { SheetGrid } from '../../ingest/grid';
import { ingest } from '../../ingest/ingest';
import { IngestResult, NoteSettings, SheetSettings } from '../../ingest/types';
import { AnalysisTask, startAnalysis, WORKER_THRESHOLD, WorkerFactory } from './analysisTask';
import { summarizeResult } from './resultSummary';
import { runCaveats } from '../../app/runCaveats';
import { DEFAULT_RULES, procedureOptions, RulesSettings, rulesToParameters, sanitizeRules, yearsInData } from './rules';
import { partnerChoicesOf, sanitizeNote, sanitizeSourceSettings, sheetSettingsOf, textKeyed, withSheetSettings } from '../../ingest/settings';
import { WORKBOOK_SETTINGS_KEY } from '../../ingest/types';
import { INITIAL_STATE, MessageIntent, runBlocker, TabId, TaskpaneState } from './state';
import { yieldToEventLoop } from './yieldToEventLoop';
import type { PickedFile } from './pickedFiles';
import { importProtocols } from '../../app/protocolImport';
import { pluralRu as plural } from '../../core/format';

export interface ControllerDeps {
  readonly port: WorkbookPort;
  readonly settings: SettingsStore;
  readonly version: string;
  /** Source file names for the Параметры sheet (the browser version reads files; Excel has none). */
  readonly files?: readonly string[];
  /** Told of each written report (the browser version offers the справка as .docx from it). */
  readonly onReport?: (report: ReportModel) => void;
  readonly now?: () => Date;
  /** Creates the analysis worker; absent or returning undefined = analyse on the UI thread. */
  readonly createWorker?: WorkerFactory;
  /** Results above which the worker is used (default 20 000). */
  readonly workerThreshold?: number;
  /** Sheets read per round trip (cancel is checked between chunks). */
  readonly readChunkSize?: number;
  /** Error → Russian text for the message bar (default: the Office adapter's translation). */
  readonly describeError?: (error: unknown) => string;
  /** Where the written sheets go: into the open workbook (Excel, preview) or into a copy the user downloads (browser version). */
  readonly delivery?: 'workbook' | 'download';
}

/** Progress bar positions of the stages (reading advances with each chunk). */
const STAGE_START: Readonly<Record<Stage, number>> = { read: 0.05, analyze: 0.45, write: 0.85 };
const READ_SPAN = STAGE_START.analyze - STAGE_START.read;

/** A message the user can act on (shown as is, not passed through describeError). */
class UserFacingError extends Error {}

interface WorkbookRead {
  readonly grids: readonly SheetGrid[];
  readonly outputSheets: readonly string[];
  /** The listing the read was made from: the write is planned on it. */
  readonly listing: { readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] };
}

export class TaskpaneController {
  private state: TaskpaneState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private grids: readonly SheetGrid[] = [];
  private cancelRequested = false;
  private analysisTask: AnalysisTask | undefined;
  private messageId = 0;
  private started = false;

  constructor(private readonly deps: ControllerDeps) {}

  // ---- store -------------------------------------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getState = (): TaskpaneState => this.state;

  private update(patch: Partial<TaskpaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private message(intent: MessageIntent, title: string, text: string): void {
    this.messageId += 1;
    // One message per title: a repeated error replaces the old bar instead of stacking.
    const others = this.state.messages.filter((m) => m.title !== title);
    this.update({ messages: [...others, { id: this.messageId, intent, title, text }] });
  }

  private describe(error: unknown): string {
    if (error instanceof UserFacingError) return error.message;
    return (this.deps.describeError ?? toRussianMessage)(error);
  }

  // ---- start and sources --------------------------------------------------------------------------------------

  /** Loads the saved choices and reads the workbook for the Источники tab (once; later calls do nothing). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const sourceSettings = sanitizeSourceSettings(this.deps.settings.load<unknown>(SETTINGS_KEYS.sources));
    const rules = sanitizeRules(this.deps.settings.load<unknown>(SETTINGS_KEYS.rules));
    this.update({ sourceSettings, rules });
    await this.refresh();
  }

  /** Re-reads the workbook (the user may have added or changed sheets). */
  async refresh(): Promise<void> {
    if (this.state.phase === 'running') return;
    this.update({ phase: 'loading' });
    try {
      const read = await this.readWorkbook(() => undefined);
      this.grids = read.grids;
      this.showIngest(ingest(read.grids, this.state.sourceSettings), read.outputSheets);
    } catch (error) {
      this.message('error', 'Не удалось прочитать книгу', this.describe(error));
    } finally {
      this.update({ phase: 'ready' });
    }
  }

  /**
   * «Добавить файлы…»: pupil protocols the user picks are tallied without pasting them into sheets, and the per-school
   * table is written as the source sheet «Результаты из протоколов» (the workbook then carries the data).
   */
  /** True when the front end can show a sheet and select a cell (Excel; not the browser version). */
  get canShowCells(): boolean {
    return this.deps.port.activate !== undefined;
  }

  /** True when the results are a copy of the book to download (the browser version), not sheets written into it. */
  get downloads(): boolean {
    return this.deps.delivery === 'download';
  }

  /** True when the workbook lets the pane add a source sheet («Добавить файлы…» is shown). */
  get canAddFiles(): boolean {
    return this.deps.port.addSourceSheet !== undefined;
  }

  async addFiles(files: readonly PickedFile[]): Promise<void> {
    if (this.state.phase !== 'ready' || files.length === 0) return;
    this.cancelRequested = false;
    this.update({ phase: 'loading', fileProgress: { done: 0, total: files.length } });
    try {
      // The readers of other workbooks (SheetJS, JSZip) load only when files are added: not on the first screen.
      const { copyWorkbook, outwardText, readPickedFiles } = await import('./pickedFiles');
      const read = await readPickedFiles(files, (done, total) => this.update({ fileProgress: { done, total } }), () => this.cancelRequested);
      if (this.cancelRequested) {
        this.message('info', 'Добавление отменено', 'Книга не изменена.');
        return;
      }
      const taken = (await this.deps.port.listSheets()).map((s) => s.name);
      const skipped = [...read.skipped];
      for (const workbook of read.workbooks) {
        if (this.cancelRequested) break;
        const { added: copied, outward } = await copyWorkbook(this.deps.port, workbook, taken);
        if (copied.length > 0 && outward.length > 0) {
          this.message('warning', `Добавлены листы из «${workbook.name}» — значениями`,
            `${copied.map((n) => `«${n}»`).join(', ')}. В них есть формулы, которые обращаются за пределы книги (внешние ссылки, WEBSERVICE, DDE): ${outwardText(outward)} — листы скопированы значениями, без формул. Если формулы нужны, скопируйте листы средствами Excel («Переместить или скопировать»).`);
        } else if (copied.length > 0) this.message('success', `Добавлены листы из «${workbook.name}»`, copied.map((n) => `«${n}»`).join(', '));
        else skipped.push(`«${workbook.name}»: в книге нет листов с данными`);
      }
      const done = read.tallies.length > 0 ? await importProtocols(this.deps.port, read.tallies, this.grids, this.state.sourceSettings) : undefined;
      const notes = [...skipped, ...(done?.warnings ?? [])];
      if (read.tallies.length === 0 && read.workbooks.length > 0) {
        if (skipped.length > 0) this.message('warning', 'Не всё добавлено', skipped.join('; '));
      } else if (done?.sheet) {
        this.message(notes.length > 0 ? 'warning' : 'success', `Добавлен лист «${done.sheet}»`,
          `${done.schools} ОО, ${done.results} ${plural(done.results, 'результат', 'результата', 'результатов')} из ${read.tallies.length} ${plural(read.tallies.length, 'протокола', 'протоколов', 'протоколов')}.${notes.length > 0 ? ` Не всё учтено: ${notes.join('; ')}` : ''}`);
      } else {
        this.message('warning', 'Файлы не добавлены', notes.length > 0 ? notes.join('; ') : 'В выбранных файлах нет протоколов с результатами.');
      }
    } catch (error) {
      this.message('error', 'Не удалось добавить файлы', this.describe(error));
    } finally {
      this.update({ phase: 'ready', fileProgress: undefined });
    }
    await this.refresh();
  }

  /** Includes or excludes a sheet from the analysis. */
  toggleSheet(sheet: string, included: boolean): Promise<void> {
    const current = sheetSettingsOf(this.state.sourceSettings, sheet) ?? {};
    const { excluded: _excluded, ...rest } = current;
    return this.changeSheetSettings(sheet, included ? rest : { ...rest, excluded: true });
  }

  /** Replaces one sheet's corrections (context, column roles; undefined = none), saves them and re-reads the sheet. */
  async changeSheetSettings(sheet: string, next: SheetSettings | undefined): Promise<void> {
    const sourceSettings = withSheetSettings(this.state.sourceSettings, sheet, next);
    this.update({ sourceSettings });
    if (this.state.phase !== 'running') {
      try {
        this.showIngest(ingest(this.grids, sourceSettings), this.state.outputSheets);
      } catch (error) {
        this.message('error', 'Не удалось применить исправления', this.describe(error));
      }
    }
    await this.save(SETTINGS_KEYS.sources, sourceSettings);
  }

  /** The user says names are one school (the first is kept); saved with the other choices and applied at once. */
  mergeSchools(keep: string, others: string | readonly string[]): Promise<void> {
    const workbook = sheetSettingsOf(this.state.sourceSettings, WORKBOOK_SETTINGS_KEY) ?? {};
    const added = (typeof others === 'string' ? [others] : others).map((other) => [keep, other] as const);
    return this.changeSheetSettings(WORKBOOK_SETTINGS_KEY, { ...workbook, schoolMerges: [...(workbook.schoolMerges ?? []), ...added] });
  }

  /** The methodologist's partner schools for a ШНОР school (undefined: the suggestion of §4a); saved in the workbook. */
  async choosePartners(school: string, partners: readonly string[] | undefined): Promise<void> {
    const workbook = sheetSettingsOf(this.state.sourceSettings, WORKBOOK_SETTINGS_KEY) ?? {};
    const { partners: current = textKeyed<readonly string[]>([]), ...rest } = workbook;
    const others = Object.entries(current).filter(([name]) => name !== school);
    const next = partners && partners.length > 0 ? [...others, [school, [...partners]] as const] : others;
    await this.changeSheetSettings(WORKBOOK_SETTINGS_KEY, next.length > 0 ? { ...rest, partners: textKeyed(next) } : rest);
    this.message('info', 'Выбор кураторов сохранён',
      `«${school}»: ${partners && partners.length > 0 ? partners.join('; ') : 'снова по правилу'}. Нажмите «Выявить ШНОР», чтобы записать его на лист ШНОР и в справку.`);
  }

  /** The справка's header and signature fields (organ, addressee, position, executor, date): saved in the workbook. */
  async changeNoteSettings(note: NoteSettings): Promise<void> {
    const { note: _previous, ...workbook } = sheetSettingsOf(this.state.sourceSettings, WORKBOOK_SETTINGS_KEY) ?? {};
    const clean = sanitizeNote(note);
    await this.changeSheetSettings(WORKBOOK_SETTINGS_KEY, clean ? { ...workbook, note: clean } : workbook);
  }

  /** Undoes a merge the user made. */
  unmergeSchools(keep: string, other: string): Promise<void> {
    const { schoolMerges: current = [], ...workbook } = sheetSettingsOf(this.state.sourceSettings, WORKBOOK_SETTINGS_KEY) ?? {};
    const rest = current.filter(([a, b]) => !(a === keep && b === other));
    return this.changeSheetSettings(WORKBOOK_SETTINGS_KEY, rest.length > 0 ? { ...workbook, schoolMerges: rest } : workbook);
  }

  private showIngest(result: IngestResult, outputSheets: readonly string[]): void {
    const { dataset } = result;
    this.update({
      sheets: result.sheets,
      doubts: result.doubts,
      possibleDuplicates: dataset.possibleDuplicates ?? [],
      outputSheets,
      years: yearsInData(dataset),
      procedureOptions: procedureOptions(dataset, this.state.rules.procedures),
      resultCount: dataset.results.length,
    });
  }

  /** Lists the sheets, leaves out the add-in's own output, and reads the rest a few sheets per round trip. */
  private async readWorkbook(check: () => void, onChunk?: (done: number, total: number) => void): Promise<WorkbookRead> {
    const { port } = this.deps;
    // The sheets inspectWorkbook reads, read here in chunks so that a cancel is honoured in between.
    const { sources, outputSheets, sheets, tracked } = await sourceSheets(port);
    const chunk = Math.max(1, this.deps.readChunkSize ?? 4);
    const grids: SheetGrid[] = [];
    for (let i = 0; i < sources.length; i += chunk) {
      check();
      grids.push(...(await port.readSheets(sources.slice(i, i + chunk))));
      onChunk?.(Math.min(i + chunk, sources.length), sources.length);
    }
    check();
    return { grids, outputSheets, listing: { sheets, tracked } };
  }

  // ---- rules ---------------------------------------------------------------------------------------------------

  async changeRules(patch: Partial<RulesSettings>): Promise<void> {
    const merged: Record<string, unknown> = { ...this.state.rules, ...patch };
    // An explicit targetYear: undefined means «последний год в данных».
    if ('targetYear' in patch && patch.targetYear === undefined) delete merged.targetYear;
    if ('compareRules' in patch && patch.compareRules === undefined) delete merged.compareRules;
    await this.setRules(sanitizeRules(merged));
  }

  /** Back to the methodology defaults (methodology.md). */
  resetRules(): Promise<void> {
    return this.setRules(DEFAULT_RULES);
  }

  private async setRules(rules: RulesSettings): Promise<void> {
    const options = procedureOptions(undefined, rules.procedures);
    // Keep the data's procedures in the list while adding any newly chosen ones.
    const known = new Map(this.state.procedureOptions.map((o) => [o.key, o]));
    for (const o of options) if (!known.has(o.key)) known.set(o.key, o);
    this.update({ rules, procedureOptions: [...known.values()] });
    await this.save(SETTINGS_KEYS.rules, rules);
  }

  private async save(key: string, value: unknown): Promise<void> {
    try {
      await this.deps.settings.save(key, value);
    } catch (error) {
      this.message('warning', 'Настройки не сохранены в книге', `${this.describe(error)} Выбор действует до закрытия панели.`);
    }
  }

  // ---- run -----------------------------------------------------------------------------------------------------

  /** «Выявить ШНОР»: read → analyse → write; a cancel before writing leaves the workbook untouched. */
  async run(): Promise<void> {
    const blocker = runBlocker(this.state);
    if (blocker) {
      if (this.state.phase !== 'running') this.message('warning', 'Выявление не запущено', blocker);
      return;
    }
    this.cancelRequested = false;
    const check = (): void => {
      if (this.cancelRequested) throw new CancelledError();
    };
    this.update({
      phase: 'running',
      messages: [],
      progress: { stage: 'read', value: STAGE_START.read, cancellable: true, cancelling: false },
    });
    try {
      await yieldToEventLoop();
      check();
      const read = await this.readWorkbook(check, (done, total) =>
        this.setProgress('read', STAGE_START.read + (READ_SPAN * done) / Math.max(total, 1)));
      this.grids = read.grids;

      this.setProgress('analyze', STAGE_START.analyze);
      await yieldToEventLoop();
      check();
      const ingested = ingest(read.grids, this.state.sourceSettings);
      this.showIngest(ingested, read.outputSheets);
      if (ingested.dataset.results.length === 0) {
        throw new UserFacingError('В листах книги не найдено ни одного результата ВПР, ОГЭ или ЕГЭ. '
          + 'Проверьте на вкладке «Источники», какие листы включены и как распознаны столбцы.');
      }
      await yieldToEventLoop();
      check();
      this.analysisTask = startAnalysis({
        ingest: ingested,
        parameters: this.parameters(),
        now: this.now(),
        version: this.deps.version,
        files: this.deps.files,
        note: sheetSettingsOf(this.state.sourceSettings, WORKBOOK_SETTINGS_KEY)?.note,
      }, this.deps.createWorker, this.deps.workerThreshold ?? WORKER_THRESHOLD);
      const { analysis, report } = await this.analysisTask.promise;
      this.analysisTask = undefined;

      this.setProgress('write', STAGE_START.write);
      await yieldToEventLoop();
      check();
      check();
      // From here on the workbook changes: no more cancelling. Planned on the listing the read was made from; a sheet
      // the user added meanwhile under a planned name is noticed by the write before it changes anything.
      this.update({ progress: { stage: 'write', value: STAGE_START.write, cancellable: false, cancelling: false } });
      // Excel shows the list the head of department reads first, in the write's last round trip.
      const plan = await writePlanned(this.deps.port, read.listing, report, (planned) => {
        const shnorSheet = planned.add.find((a) => a.spec.kind === 'shnor')?.name;
        return shnorSheet ? { ...planned, show: { sheet: shnorSheet, cell: 'A1' } } : planned;
      });

      const result = summarizeResult(analysis, plan);
      this.update({ result, tab: 'result', outputSheets: plan.add.map((a) => a.name) });
      this.deps.onReport?.(report);
      const where = this.deps.delivery === 'download' ? 'готовы: нажмите «Скачать книгу», чтобы сохранить копию с ними' : 'записаны в книгу';
      const written = `ШНОР ${result.targetYear}: ${result.shnor}. Листы ${plan.add.map((a) => `«${a.name}»`).join(', ')} ${where}.`;
      const caveats = runCaveats(ingested);
      const kept = this.deps.port.writeNotices?.() ?? [];
      if (kept.length > 0) this.message('warning', 'Ручные правки сохранены', kept.join(' '));
      const parts = [
        caveats.skipped.length > 0 ? `пропущено листов: ${caveats.skipped.length} (${caveats.skipped.map((s) => `«${s.sheet}»`).join(', ')}) — причины на вкладке «Источники»` : '',
        caveats.conflicts > 0 ? `расхождений между листами: ${caveats.conflicts} (взято значение по правилу, обе ячейки — в предупреждениях)` : '',
      ].filter(Boolean);
      const doubts = ingested.doubts;
      if (doubts.length > 0) {
        // A doubt can change a verdict: the run never ends green while one stands.
        const schools = new Set(doubts.flatMap((d) => d.schools.map((x) => x.key))).size;
        this.message('warning', 'Готово, но есть сомнения',
          `${written} Сомнений: ${doubts.length}; от них зависят выводы о ${schools} ${plural(schools, 'школе', 'школах', 'школах')} — они перечислены вверху панели и первыми на листе «Параметры». Проверьте их${parts.length > 0 ? `; также ${parts.join('; ')}` : ''}.`);
      } else if (parts.length > 0) {
        this.message('warning', 'Готово, но не всё прочитано', `${written} ${parts.join('; ')}. Сомнений нет.`);
      } else {
        this.message('success', 'Готово', `${written} Сомнений нет.`);
      }
    } catch (error) {
      if (error instanceof CancelledError) {
        this.message('info', 'Выявление отменено', 'В книгу ничего не записано.');
      } else {
        this.message('error', 'Выявить ШНОР не удалось', this.describe(error));
      }
    } finally {
      this.analysisTask = undefined;
      this.update({ phase: 'ready', progress: undefined });
    }
  }

  /** Asks the running analysis to stop; honoured before anything is written. */
  cancel(): void {
    if (this.state.fileProgress) {
      this.cancelRequested = true;
      return;
    }
    const progress = this.state.progress;
    if (this.state.phase !== 'running' || !progress?.cancellable) return;
    this.cancelRequested = true;
    this.analysisTask?.cancel();
    this.update({ progress: { ...progress, cancelling: true } });
  }

  /** The rules chosen on Правила, with the methodologist's partner schools saved in the workbook. */
  private parameters(): ReturnType<typeof rulesToParameters> {
    const partnerChoices = partnerChoicesOf(this.state.sourceSettings);
    const base = rulesToParameters(this.state.rules);
    return partnerChoices ? { ...base, partnerChoices } : base;
  }

  private setProgress(stage: Stage, value: number): void {
    const previous = this.state.progress;
    this.update({ progress: { stage, value, cancellable: previous?.cancellable ?? true, cancelling: previous?.cancelling ?? false } });
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }

  // ---- navigation and messages -----------------------------------------------------------------------------------

  selectTab(tab: TabId): void {
    this.update({ tab });
  }

  /** Shows a source cell (a warning's address) in Excel. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.activate(sheet, cell);
  }

  /** Shows an output sheet. */
  openSheet(sheet: string): Promise<void> {
    return this.activate(sheet);
  }

  private async activate(sheet: string, cell?: string): Promise<void> {
    const { port } = this.deps;
    if (!port.activate) return;
    try {
      await port.activate(sheet, cell);
    } catch (error) {
      this.message('error', cell ? `Не удалось перейти к ячейке ${cell}` : `Не удалось открыть лист «${sheet}»`, this.describe(error));
    }
  }

  dismissMessage(id: number): void {
    this.update({ messages: this.state.messages.filter((m) => m.id !== id) });
  }
}
