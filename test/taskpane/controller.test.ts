// The task pane controller with a fake workbook: start, run, cancel, saved choices, errors, the analysis worker.
import { analyzeAndReport } from '../../src/app/pipeline';
import { memorySettingsStore, SETTINGS_KEYS } from '../../src/app/settingsStore';
import { WorkerFactory } from '../../src/taskpane/controller/analysisTask';
import { ReportModel } from '../../src/report/model';
import { TaskpaneState } from '../../src/taskpane/controller/state';
import { TaskpaneController, ControllerDeps } from '../../src/taskpane/controller/taskpaneController';
import { AnalysisRequest, AnalysisResponse } from '../../src/taskpane/worker/protocol';
import { FakeWorkbook, grid, notesSheet, sampleResults } from './fakeWorkbook';

const NOW = new Date('2024-09-01T10:00:00Z');

function workbook(hooks: ConstructorParameters<typeof FakeWorkbook>[2] = {}): FakeWorkbook {
  return new FakeWorkbook([sampleResults(), notesSheet()], [{ name: 'ШНОР 2023', kind: 'shnor' }], hooks);
}

function controller(port: FakeWorkbook, extra: Partial<ControllerDeps> = {}): TaskpaneController {
  return new TaskpaneController({ port, settings: memorySettingsStore(), version: '1.2.3', now: () => NOW, ...extra });
}

/** Calls action the first time the state satisfies test. */
function when(c: TaskpaneController, test: (s: TaskpaneState) => boolean, action: () => void): void {
  let done = false;
  c.subscribe(() => {
    if (!done && test(c.getState())) {
      done = true;
      action();
    }
  });
}

describe('TaskpaneController: start', () => {
  it('reads every sheet but the add-in output and shows what was recognised', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    const s = c.getState();
    expect(port.readCalls.flat()).toEqual(expect.arrayContaining(['Результаты', 'Заметки']));
    expect(port.readCalls.flat()).not.toContain('ШНОР 2023');
    expect(s.phase).toBe('ready');
    expect(s.outputSheets).toEqual(['ШНОР 2023']);
    const results = s.sheets.find((r) => r.sheet === 'Результаты');
    expect(results?.layout).toBeDefined();
    expect(results?.resultsRead).toBe(8);
    expect(s.years).toEqual([2024, 2023]);
    expect(s.resultCount).toBe(8);
    // The data's ОГЭ математика and the default set are both offered; the defaults are chosen.
    expect(s.procedureOptions.map((o) => o.key)).toContain('ОГЭ|Математика|9');
    expect(s.rules.procedures).toContain('ВПР|Русский язык|5');
  });
});

describe('TaskpaneController: run', () => {
  it('reads, analyses and writes the plan: replaces its old output, reports ШНОР by К1 and К2', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    const stages: string[] = [];
    c.subscribe(() => {
      const stage = c.getState().progress?.stage;
      if (stage && stages[stages.length - 1] !== stage) stages.push(stage);
    });
    await c.run();

    expect(stages).toEqual(['read', 'analyze', 'write']);
    expect(port.writes).toHaveLength(1);
    const plan = port.writes[0];
    expect(plan.remove).toEqual(['ШНОР 2023']);
    expect(plan.add.map((a) => a.spec.kind).sort()).toEqual(['dynamics', 'dynamics', 'note', 'objectivity', 'parameters', 'rating', 'shnor', 'summary']);
    // User sheets are never in the plan.
    expect(plan.remove).not.toContain('Результаты');
    expect(plan.add.map((a) => a.name)).not.toContain('Результаты');

    const s = c.getState();
    expect(s.phase).toBe('ready');
    expect(s.progress).toBeUndefined();
    expect(s.tab).toBe('result');
    expect(s.result?.targetYear).toBe(2024);
    expect(s.result?.shnor).toBe(2);
    const list = s.result?.list ?? [];
    expect(list.map((e) => e.name).join(' ')).toMatch(/Ивановская/);
    expect(list.map((e) => e.name).join(' ')).toMatch(/Сидоровская/);
    expect(list.map((e) => e.name).join(' ')).not.toMatch(/Петровская/);
    expect(list.find((e) => /Ивановская/.test(e.name))?.criteria).toContain('K1');
    expect(list.find((e) => /Сидоровская/.test(e.name))?.criteria).toContain('K2');
    expect(s.result?.sheets.map((w) => w.name)).toEqual(plan.add.map((a) => a.name));
    expect(s.outputSheets).toEqual(plan.add.map((a) => a.name));
    // The notes sheet gave nothing: the run says so instead of a plain green «Готово».
    expect(s.messages.at(-1)).toMatchObject({ intent: 'warning', title: 'Готово, но не всё прочитано' });
    expect(s.messages.at(-1)?.text).toContain('пропущено листов: 1 («Заметки») — причины на вкладке «Источники»');
  });

  it('says when an output sheet with hand edits was kept under another name', async () => {
    const port = new FakeWorkbook([sampleResults()], []);
    port.notices = ['На листе «ШНОР 2024» были правки…'];
    const c = controller(port);
    await c.start();
    await c.run();
    expect(c.getState().messages.map((m) => [m.intent, m.title])).toContainEqual(['warning', 'Ручные правки сохранены']);
  });

  it('a run that read every sheet and met no conflict ends in a plain «Готово»', async () => {
    const port = new FakeWorkbook([sampleResults()], []);
    const c = controller(port);
    await c.start();
    await c.run();
    expect(c.getState().messages.at(-1)).toMatchObject({ intent: 'success', title: 'Готово' });
    expect(c.getState().messages.at(-1)?.text).toMatch(/записаны в книгу\. Сомнений нет\.$/);
  });

  it('in the browser version says the sheets are ready to download, not written into the book', async () => {
    const port = new FakeWorkbook([sampleResults()], []);
    const c = controller(port, { delivery: 'download' });
    await c.start();
    await c.run();
    const last = c.getState().messages.at(-1);
    expect(last?.text).toMatch(/готовы: нажмите «Скачать книгу»/);
    expect(last?.text).not.toMatch(/записаны в книгу/);
  });

  it('a second run replaces exactly the sheets of the first', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    await c.run();
    await c.run();
    expect(port.writes).toHaveLength(2);
    expect([...port.writes[1].remove].sort()).toEqual(port.writes[0].add.map((a) => a.name).sort());
    expect(port.sheetNames()).toEqual(expect.arrayContaining(['Результаты', 'Заметки']));
  });

  it('uses the rules: a threshold above every share finds no ШНОР', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    await c.changeRules({ threshold: 60 });
    await c.run();
    expect(c.getState().result?.shnor).toBe(0);
  });

  it('does not start with no procedure chosen and says what to do', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    await c.changeRules({ procedures: [] });
    await c.run();
    expect(port.writes).toHaveLength(0);
    expect(c.getState().messages.at(-1)?.text).toMatch(/хотя бы одну/);
  });
});

describe('TaskpaneController: cancel', () => {
  it('cancel during analysis writes nothing', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    when(c, (s) => s.progress?.stage === 'analyze', () => c.cancel());
    await c.run();
    expect(port.writes).toHaveLength(0);
    const s = c.getState();
    expect(s.phase).toBe('ready');
    expect(s.result).toBeUndefined();
    expect(s.messages.at(-1)).toMatchObject({ intent: 'info', title: 'Выявление отменено' });
  });

  it('cancel while reading stops before the next chunk', async () => {
    const port = workbook();
    const c = controller(port, { readChunkSize: 1 });
    await c.start();
    expect(port.readCalls).toHaveLength(2);
    port.readCalls.length = 0;
    port.hooks.onRead = () => c.cancel();
    await c.run();
    expect(port.readCalls).toHaveLength(1);
    expect(port.writes).toHaveLength(0);
  });

  it('cannot be cancelled once writing has started', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    port.hooks.onWrite = () => c.cancel();
    await c.run();
    expect(port.writes).toHaveLength(1);
    expect(c.getState().messages.at(-1)?.title).toBe('Готово, но не всё прочитано');
  });
});

describe('TaskpaneController: possibly one school', () => {
  it('lists names that may be one school; merging saves the choice for the whole workbook and applies it at once', async () => {
    const settings = memorySettingsStore();
    const port = new FakeWorkbook([grid('ВПР 5 кл 2024 рус', [['ОО', 'Доля «2», %'], ['Мокрушинская СОШ', 40], ['Мокрушинская ООШ', 10], ['Лесная СОШ', 5]])], []);
    const c = controller(port, { settings });
    await c.start();
    expect(c.getState().possibleDuplicates.map((d) => d.names)).toEqual([['Мокрушинская СОШ', 'Мокрушинская ООШ']]);
    await c.mergeSchools('Мокрушинская СОШ', 'Мокрушинская ООШ');
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ '*': { schoolMerges: [['Мокрушинская СОШ', 'Мокрушинская ООШ']] } });
    expect(c.getState().possibleDuplicates).toEqual([]);
    await c.unmergeSchools('Мокрушинская СОШ', 'Мокрушинская ООШ');
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({});
    expect(c.getState().possibleDuplicates).toHaveLength(1);
  });
});

describe('TaskpaneController: partner schools', () => {
  it('saves the methodologist\'s partners in the workbook; the next run writes them instead of the suggestion, and can return to it', async () => {
    const settings = memorySettingsStore();
    const port = workbook();
    const c = controller(port, { settings });
    await c.start();
    await c.run();
    const shnor = c.getState().result?.list[0];
    expect(shnor).toBeDefined();
    const options = c.getState().result?.partnerOptions ?? [];
    const pick = options.find((o) => !shnor?.partners.some((p) => p.name === o)) ?? options[0];
    expect(pick).toBeDefined();
    await c.choosePartners(shnor?.name ?? '', [pick ?? '']);
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ '*': { partners: { [shnor?.name ?? '']: [pick] } } });
    expect(c.getState().messages.at(-1)?.title).toBe('Выбор кураторов сохранён');
    await c.run();
    const again = c.getState().result?.list.find((s) => s.name === shnor?.name);
    expect(again?.partners).toEqual([{ name: pick, reason: 'выбрано методистом' }]);
    expect(again?.partnersChosen).toBe(true);
    await c.choosePartners(shnor?.name ?? '', undefined);
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({});
    await c.run();
    expect(c.getState().result?.list.find((s) => s.name === shnor?.name)?.partnersChosen).toBe(false);
  });
});

describe('TaskpaneController: saved choices', () => {
  it('saves the справка\'s header and signature fields in the workbook and writes them into the next run\'s справка', async () => {
    const settings = memorySettingsStore();
    const reports: ReportModel[] = [];
    const c = new TaskpaneController({ port: workbook(), settings, version: '1', now: () => NOW, onReport: (r) => reports.push(r) });
    await c.start();
    const note = { organ: 'Отдел образования администрации района', position: 'Главный специалист', executor: 'П. П. Петрова', date: ' ' };
    await c.changeNoteSettings(note);
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ '*': { note: { organ: note.organ, position: note.position, executor: note.executor } } });
    await c.mergeSchools('А', 'Б');
    await c.unmergeSchools('А', 'Б');
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ '*': { note: { organ: note.organ, position: note.position, executor: note.executor } } });
    await c.run();
    const blocks = reports.at(-1)?.note?.blocks ?? [];
    expect(blocks[0]).toMatchObject({ type: 'lines', lines: [note.organ] });
    expect(blocks.find((b) => b.type === 'signature')).toEqual({ type: 'signature', position: note.position, executor: note.executor, date: '01.09.2024' });
    await c.changeNoteSettings({});
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({});
  });

  it('saves exclusions, corrections and rules in the workbook and reuses them next time', async () => {
    const settings = memorySettingsStore();
    const first = new TaskpaneController({ port: workbook(), settings, version: '1', now: () => NOW });
    await first.start();
    await first.toggleSheet('Заметки', false);
    await first.changeSheetSettings('Результаты', { columns: { F: 'ignore' } });
    await first.changeRules({ threshold: 35, targetYear: 2023 });

    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ Заметки: { excluded: true }, Результаты: { columns: { F: 'ignore' } } });
    expect(settings.load(SETTINGS_KEYS.rules)).toMatchObject({ threshold: 35, targetYear: 2023 });

    const second = new TaskpaneController({ port: workbook(), settings, version: '1', now: () => NOW });
    await second.start();
    const s = second.getState();
    expect(s.sourceSettings).toEqual({ Заметки: { excluded: true }, Результаты: { columns: { F: 'ignore' } } });
    expect(s.rules.threshold).toBe(35);
    expect(s.rules.targetYear).toBe(2023);
    await second.run();
    expect(second.getState().result?.targetYear).toBe(2023);
  });

  it('re-including a sheet removes only the exclusion; reset brings back the methodology rules', async () => {
    const settings = memorySettingsStore({
      [SETTINGS_KEYS.sources]: { Результаты: { excluded: true, context: { year: 2024 } } },
      [SETTINGS_KEYS.rules]: { threshold: 50, procedures: ['ВПР|Математика|7'], smallSample: 3, riskMargin: 2 },
    });
    const c = new TaskpaneController({ port: workbook(), settings, version: '1', now: () => NOW });
    await c.start();
    expect(c.getState().rules.procedures).toEqual(['ВПР|Математика|7']);
    await c.toggleSheet('Результаты', true);
    expect(settings.load(SETTINGS_KEYS.sources)).toEqual({ Результаты: { context: { year: 2024 } } });
    await c.resetRules();
    expect(settings.load(SETTINGS_KEYS.rules)).toEqual({
      threshold: 30,
      procedures: expect.arrayContaining(['ВПР|Русский язык|5', 'ЕГЭ|Математика (профильная)|11']),
      smallSample: 5,
      riskMargin: 5,
      ruleSet: 'municipal',
      minParticipants: 0,
      curatorLoad: 2,
      objectivityAlpha: 0.01,
      objectivityMinN: 10,
      objectivityMarkers: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6a', 'P6b', 'P7', 'P8'],
      socialLine: 'local',
      shnsuPercent: 25,
    });
  });

  it('an excluded data sheet leaves nothing to analyse: a Russian message and no write', async () => {
    const port = workbook();
    const c = controller(port);
    await c.start();
    await c.toggleSheet('Результаты', false);
    expect(c.getState().resultCount).toBe(0);
    await c.run();
    expect(port.writes).toHaveLength(0);
    // «Выявить ШНОР» is blocked with the reason before anything is read.
    expect(c.getState().messages.at(-1)).toMatchObject({ intent: 'warning', title: 'Выявление не запущено' });
    expect(c.getState().messages.at(-1)?.text).toMatch(/не найдено ни одного результата/);
  });

  it('a damaged saved value falls back to the defaults', async () => {
    const settings = memorySettingsStore({ [SETTINGS_KEYS.rules]: { threshold: 'много', procedures: 'все' } });
    const c = new TaskpaneController({ port: workbook(), settings, version: '1', now: () => NOW });
    await c.start();
    expect(c.getState().rules.threshold).toBe(30);
    expect(c.getState().rules.procedures.length).toBe(9);
  });
});

describe('TaskpaneController: errors and navigation', () => {
  it('an error while writing becomes a Russian message bar', async () => {
    const port = workbook({ failWrite: new Error('GeneralException: boom') });
    const c = controller(port);
    await c.start();
    await c.run();
    const last = c.getState().messages.at(-1);
    expect(last?.intent).toBe('error');
    expect(last?.title).toBe('Выявить ШНОР не удалось');
    expect(last?.text).toMatch(/[А-Яа-яЁё]{3}/);
    expect(c.getState().phase).toBe('ready');
  });

  it('the error text comes from the error translation', async () => {
    const port = workbook({ failList: new Error('x') });
    const c = controller(port, { describeError: () => 'Книга занята: закончите ввод в ячейке.' });
    await c.start();
    expect(c.getState().messages).toEqual([expect.objectContaining({ intent: 'error', text: 'Книга занята: закончите ввод в ячейке.' })]);
  });

  it('links select cells and open sheets through the port', async () => {
    const port = workbook();
    const c = controller(port);
    await c.selectCell('ВПР 5', 'D7');
    await c.openSheet('Сводка');
    expect(port.activations).toEqual([['ВПР 5', 'D7'], ['Сводка', undefined]]);
  });
});

/** A Worker stand-in: answers like analysis.worker.ts, through structured clone, on a later macrotask. */
class FakeWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted = 0;
  constructor(private readonly mode: 'answer' | 'silent' | 'fail-to-load') {}
  postMessage(request: AnalysisRequest): void {
    this.posted += 1;
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.mode === 'fail-to-load') {
        this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
        return;
      }
      if (this.mode === 'silent') return;
      const { analysis, report } = analyzeAndReport(copy.ingest, { parameters: copy.parameters, now: copy.now, version: copy.version });
      this.onmessage?.({ data: structuredClone({ ok: true, analysis, report }) } as MessageEvent<AnalysisResponse>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function workerFactory(mode: 'answer' | 'silent' | 'fail-to-load', onCreate?: () => void): { factory: WorkerFactory; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  const factory: WorkerFactory = () => {
    const w = new FakeWorker(mode);
    made.push(w);
    onCreate?.();
    return w as unknown as Worker;
  };
  return { factory, made };
}

describe('TaskpaneController: analysis worker for large data', () => {
  it('sends the analysis to the worker above the threshold and writes the same result as inline', async () => {
    const inlinePort = workbook();
    const inline = controller(inlinePort);
    await inline.start();
    await inline.run();

    const { factory, made } = workerFactory('answer');
    const port = workbook();
    const c = controller(port, { createWorker: factory, workerThreshold: 0 });
    await c.start();
    await c.run();
    expect(made).toHaveLength(1);
    expect(made[0].posted).toBe(1);
    expect(made[0].terminated).toBe(true);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0]).toEqual(inlinePort.writes[0]);
    expect(c.getState().result).toEqual(inline.getState().result);
  });

  it('stays on the UI thread below the threshold', async () => {
    const { factory, made } = workerFactory('answer');
    const port = workbook();
    const c = controller(port, { createWorker: factory });
    await c.start();
    await c.run();
    expect(made).toHaveLength(0);
    expect(port.writes).toHaveLength(1);
  });

  it('cancel terminates the worker at once and writes nothing', async () => {
    const box: { c?: TaskpaneController } = {};
    const { factory, made } = workerFactory('silent', () => setTimeout(() => box.c?.cancel(), 0));
    const port = workbook();
    const c = controller(port, { createWorker: factory, workerThreshold: 0 });
    box.c = c;
    await c.start();
    await c.run();
    expect(made[0].terminated).toBe(true);
    expect(port.writes).toHaveLength(0);
    expect(c.getState().messages.at(-1)?.title).toBe('Выявление отменено');
  });

  it('falls back to the UI thread when the worker script cannot load', async () => {
    const { factory, made } = workerFactory('fail-to-load');
    const port = workbook();
    const c = controller(port, { createWorker: factory, workerThreshold: 0 });
    await c.start();
    await c.run();
    expect(made).toHaveLength(1);
    expect(port.writes).toHaveLength(1);
    expect(c.getState().result?.shnor).toBe(2);
  });
});
