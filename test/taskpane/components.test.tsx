// Task pane components under jsdom: they show the data they are given and call their callbacks.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { SheetReport } from '../../src/ingest/types';
import { DEFAULT_RULES, procedureOptions } from '../../src/taskpane/controller/rules';
import { ResultSummary } from '../../src/taskpane/controller/resultSummary';
import { Messages } from '../../src/taskpane/components/Messages';
import { ResultPanel } from '../../src/taskpane/components/ResultPanel';
import { RulesPanel, spinValue } from '../../src/taskpane/components/RulesPanel';
import { RunPanel } from '../../src/taskpane/components/RunPanel';
import { SourcesPanel, SourcesPanelProps } from '../../src/taskpane/components/SourcesPanel';
import { INITIAL_STATE, runBlocker } from '../../src/taskpane/controller/state';

function show(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

const vpr5: SheetReport = {
  file: '',
  sheet: 'ВПР 5',
  layout: 'wide',
  context: { year: 2024, kind: 'ВПР', grade: 5, subjects: ['Русский язык', 'Математика'] },
  range: 'A1:G40',
  headerRow: 4,
  columns: [
    { column: 'A', header: '№', role: 'ignore' },
    { column: 'B', header: 'ОО', role: 'school' },
    { column: 'C', header: 'Русский язык / Кол-во участников', role: 'participants', subject: 'Русский язык' },
    { column: 'D', header: 'Русский язык / % «2»', role: 'share2', subject: 'Русский язык' },
  ],
  rowsRead: 36,
  resultsRead: 70,
  schools: ['Ивановская СОШ', 'Петровская СОШ'],
  aggregates: ['Энский район'],
  warnings: [
    { file: '', sheet: 'ВПР 5', cell: 'D7', message: 'Не число: «н/д»' },
    { file: '', sheet: 'ВПР 5', message: 'Школа без названия пропущена' },
  ],
};

const notes: SheetReport = {
  file: '',
  sheet: 'Заметки',
  context: { subjects: [] },
  range: 'A1:B3',
  columns: [],
  rowsRead: 0,
  resultsRead: 0,
  schools: [],
  aggregates: [],
  warnings: [],
  skippedReason: 'Таблица с результатами не найдена',
};

function sourcesProps(overrides: Partial<SourcesPanelProps> = {}): SourcesPanelProps {
  return {
    sheets: [vpr5, notes],
    settings: {},
    outputSheets: ['ШНОР 2023'],
    loading: false,
    onToggleSheet: jest.fn(),
    onChangeSheetSettings: jest.fn(),
    onSelectCell: jest.fn(),
    onRefresh: jest.fn(),
    ...overrides,
  };
}

describe('SourcesPanel', () => {
  it('shows layout, context, counts, aggregates, warnings and the skipped reason of every sheet', () => {
    show(<SourcesPanel {...sourcesProps()} />);
    const card = screen.getByRole('region', { name: 'Лист «ВПР 5»' });
    expect(within(card).getByText(/Широкая таблица/)).toBeTruthy();
    expect(within(card).getByText('2024 · ВПР · 5 класс · Русский язык, Математика')).toBeTruthy();
    expect(within(card).getByText(/Строк: 36 · результатов: 70 · 2 школы/)).toBeTruthy();
    expect(within(card).getByText(/Энский район/)).toBeTruthy();
    expect(within(card).getByText(/Не число: «н\/д»/)).toBeTruthy();
    expect(within(card).getByText(/Школа без названия пропущена/)).toBeTruthy();
    const other = screen.getByRole('region', { name: 'Лист «Заметки»' });
    expect(within(other).getByText('Таблица с результатами не найдена')).toBeTruthy();
    expect(screen.getByText(/«ШНОР 2023»/)).toBeTruthy();
  });

  it('a warning cell link selects the cell', () => {
    const props = sourcesProps();
    show(<SourcesPanel {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Перейти к ячейке D7 листа «ВПР 5»' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('ВПР 5', 'D7');
  });

  it('the switch excludes a sheet, and an excluded sheet can be included again', () => {
    const props = sourcesProps();
    const { rerender } = show(<SourcesPanel {...props} />);
    const toggle = screen.getByRole('switch', { name: 'Учитывать лист «ВПР 5»' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    expect(props.onToggleSheet).toHaveBeenCalledWith('ВПР 5', false);

    rerender(<FluentProvider theme={webLightTheme}><SourcesPanel {...props} settings={{ 'ВПР 5': { excluded: true } }} /></FluentProvider>);
    const again = screen.getByRole('switch', { name: 'Учитывать лист «ВПР 5»' });
    expect((again as HTMLInputElement).checked).toBe(false);
    fireEvent.click(again);
    expect(props.onToggleSheet).toHaveBeenLastCalledWith('ВПР 5', true);
  });

  it('the editor corrects the context and maps a column by hand', () => {
    const props = sourcesProps();
    show(<SourcesPanel {...props} />);
    const card = screen.getByRole('region', { name: 'Лист «ВПР 5»' });
    fireEvent.click(within(card).getByRole('button', { name: /Исправить контекст/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Год' }), { target: { value: '2023' } });
    fireEvent.change(within(card).getByRole('combobox', { name: 'Вид процедуры' }), { target: { value: 'КДР' } });
    fireEvent.change(within(card).getByRole('combobox', { name: 'Роль столбца C' }), { target: { value: 'ignore' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Применить' }));
    expect(props.onChangeSheetSettings).toHaveBeenCalledWith('ВПР 5', { context: { year: 2023, kind: 'КДР' }, columns: { C: 'ignore' } });
  });

  it('the editor shows what was found as text and lists the columns one a line (letter, header, role)', () => {
    const props = sourcesProps();
    show(<SourcesPanel {...props} />);
    const card = screen.getByRole('region', { name: 'Лист «ВПР 5»' });
    fireEvent.click(within(card).getByRole('button', { name: /Исправить контекст/ }));
    const year = within(card).getByRole('textbox', { name: 'Год' }) as HTMLInputElement;
    expect(year.value).toBe('');
    expect(year.placeholder).toBe('исправить');
    expect(within(card).getAllByText(/^(найдено: .+|по строкам, столбец [A-Z]+|не найдено — укажите)$/).length).toBeGreaterThanOrEqual(3);
    const columns = within(card).getByRole('list', { name: 'Назначение столбцов' });
    expect(within(columns).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(columns).getAllByRole('combobox').length).toBe(within(columns).getAllByRole('listitem').length);
  });

  it('the editor refuses a year that is not a year', () => {
    const props = sourcesProps();
    show(<SourcesPanel {...props} />);
    fireEvent.click(screen.getAllByRole('button', { name: /Исправить контекст/ })[0]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Год' }), { target: { value: '23' } });
    expect(screen.getByText(/Год — четыре цифры/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Применить' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('«Убрать исправления» drops corrections but keeps the exclusion', () => {
    const props = sourcesProps({ settings: { 'ВПР 5': { excluded: true, context: { year: 2023 } } } });
    show(<SourcesPanel {...props} />);
    fireEvent.click(screen.getAllByRole('button', { name: /Исправить контекст/ })[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Убрать исправления' }));
    expect(props.onChangeSheetSettings).toHaveBeenCalledWith('ВПР 5', { excluded: true });
  });
});

describe('SourcesPanel: possibly one school', () => {
  it('lists names that may be one school; «Объединить» merges, a merged pair can be undone', () => {
    const onMerge = jest.fn();
    const onUnmerge = jest.fn();
    show(<SourcesPanel {...sourcesProps()}
      settings={{ '*': { schoolMerges: [['Лесная СОШ', 'Лесная ООШ']] } }}
      possibleDuplicates={[{ keys: ['мокрушинская сош', 'мокрушинская оош'], names: ['Мокрушинская СОШ', 'Мокрушинская ООШ'] }]}
      onMergeSchools={onMerge} onUnmergeSchools={onUnmerge} />);
    const card = screen.getByRole('group', { name: 'Возможно, одна школа' });
    expect(within(card).getByText('«Мокрушинская СОШ» и «Мокрушинская ООШ»')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Объединить' }));
    expect(onMerge).toHaveBeenCalledWith('Мокрушинская СОШ', ['Мокрушинская ООШ']);
    expect(within(card).getByText('«Лесная ООШ» учитывается как «Лесная СОШ»')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Разъединить' }));
    expect(onUnmerge).toHaveBeenCalledWith('Лесная СОШ', 'Лесная ООШ');
  });
});

describe('SourcesPanel: a large group of similar names', () => {
  it('is one line with five names and a count, merged as a whole only when small', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Лесная ${'СОШ '.repeat(i + 1).trim()}`);
    const onMerge = jest.fn();
    show(<SourcesPanel {...sourcesProps()} settings={{}}
      possibleDuplicates={[{ keys: names.map((n) => n.toLowerCase()), names }, { keys: ['а сош', 'а оош', 'а нош'], names: ['А СОШ', 'А ООШ', 'А НОШ'] }]}
      onMergeSchools={onMerge} onUnmergeSchools={jest.fn()} />);
    const card = screen.getByRole('group', { name: 'Возможно, одна школа' });
    expect(within(card).getByText(`${names.slice(0, 5).map((n) => `«${n}»`).join(', ')} и ещё 7`)).toBeTruthy();
    expect(within(card).getByText('слишком много похожих названий — проверьте данные')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Объединить' }));
    expect(onMerge).toHaveBeenCalledWith('А СОШ', ['А ООШ', 'А НОШ']);
  });
});

describe('RulesPanel: rule sets', () => {
  it('offers the presets with their source, a comparison and the minimum of participants', () => {
    const onChange = jest.fn();
    show(<RulesPanel rules={DEFAULT_RULES} procedureOptions={procedureOptions(undefined, DEFAULT_RULES.procedures)} years={[2024]} onChange={onChange} onReset={jest.fn()} />);
    const rules = screen.getByRole('combobox', { name: 'Правила' }) as HTMLSelectElement;
    expect([...rules.options].map((o) => o.text)).toEqual(['Муниципальная', 'К2 по одной процедуре', 'Нижние 15 %', 'Нижние 25 %']);
    expect(screen.getByText(/муниципальные программы повышения качества образования/)).toBeTruthy();
    fireEvent.change(rules, { target: { value: 'same-procedure' } });
    expect(onChange).toHaveBeenLastCalledWith({ ruleSet: 'same-procedure' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Сравнить со списком по правилам' }), { target: { value: 'bottom-15' } });
    expect(onChange).toHaveBeenLastCalledWith({ compareRules: 'bottom-15' });
  });
});

describe('RulesPanel', () => {
  const options = procedureOptions(undefined, DEFAULT_RULES.procedures);

  function rulesPanel(overrides: Partial<Parameters<typeof RulesPanel>[0]> = {}) {
    const onChange = jest.fn();
    const onReset = jest.fn();
    show(<RulesPanel rules={DEFAULT_RULES} procedureOptions={options} years={[2024, 2023]} onChange={onChange} onReset={onReset} {...overrides} />);
    return { onChange, onReset };
  }

  it('shows the default set checked, grouped by ВПР / ОГЭ / ЕГЭ', () => {
    rulesPanel();
    for (const kind of ['ВПР', 'ОГЭ', 'ЕГЭ']) expect(screen.getByRole('group', { name: kind })).toBeTruthy();
    const vpr = screen.getByRole('group', { name: 'ВПР' });
    expect((within(vpr).getByRole('checkbox', { name: /ВПР-5 русский язык/ }) as HTMLInputElement).checked).toBe(true);
    expect(within(screen.getByRole('group', { name: 'ЕГЭ' })).getAllByRole('checkbox')).toHaveLength(3);
  });

  it('changing the threshold reports the new number', () => {
    const { onChange } = rulesPanel();
    const spin = screen.getByRole('spinbutton', { name: 'Порог доли «2», %' });
    fireEvent.change(spin, { target: { value: '35' } });
    fireEvent.blur(spin);
    expect(onChange).toHaveBeenCalledWith({ threshold: 35 });
  });

  it('unchecking a procedure removes only it', () => {
    const { onChange } = rulesPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: /ОГЭ математика/ }));
    const procedures = (onChange.mock.calls[0][0] as { procedures: string[] }).procedures;
    expect(procedures).toHaveLength(8);
    expect(procedures).not.toContain('ОГЭ|Математика|9');
  });

  it('the target year comes from the years in the data', () => {
    const { onChange } = rulesPanel();
    const select = screen.getByRole('combobox', { name: 'Год выявления' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Последний в данных (2024)', '2024', '2023']);
    fireEvent.change(select, { target: { value: '2023' } });
    expect(onChange).toHaveBeenCalledWith({ targetYear: 2023 });
  });

  it('«Сбросить к методике» calls onReset', () => {
    const { onReset } = rulesPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Сбросить к методике' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('warns when no procedure is chosen', () => {
    rulesPanel({ rules: { ...DEFAULT_RULES, procedures: [] } });
    expect(screen.getByRole('alert').textContent).toMatch(/Не выбрано ни одной процедуры/);
  });

  it('reads typed numbers with a decimal comma', () => {
    expect(spinValue({ displayValue: '32,5 %' })).toBe(32.5);
    expect(spinValue({ value: 40 })).toBe(40);
    expect(spinValue({ displayValue: 'abc' })).toBeUndefined();
  });
});

describe('RunPanel', () => {
  it('starts the run', () => {
    const onRun = jest.fn();
    show(<RunPanel running={false} onRun={onRun} onCancel={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Выявить ШНОР' }));
    expect(onRun).toHaveBeenCalledTimes(1);
  });

  it('shows the stage and cancels', () => {
    const onCancel = jest.fn();
    show(<RunPanel running progress={{ stage: 'analyze', value: 0.5, cancellable: true, cancelling: false }} onRun={jest.fn()} onCancel={onCancel} />);
    expect(screen.getByText('Анализ…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Выявить ШНОР' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cannot cancel while writing', () => {
    show(<RunPanel running progress={{ stage: 'write', value: 0.9, cancellable: false, cancelling: false }} onRun={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.getByText(/Запись…/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Отмена' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why it cannot run', () => {
    show(<RunPanel running={false} blocker="Выберите процедуру." onRun={jest.fn()} onCancel={jest.fn()} />);
    expect((screen.getByRole('button', { name: 'Выявить ШНОР' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Выберите процедуру.')).toBeTruthy();
  });
});

describe('ResultPanel', () => {
  const result: ResultSummary = {
    targetYear: 2024,
    previousYear: 2023,
    shnor: 2,
    entered: 1,
    exited: 3,
    risk: 4,
    noData: 0,
    schools: 12,
    warnings: 1,
    rules: 'Муниципальная',
    list: [
      { schoolKey: 'a', name: 'Ивановская СОШ', at: { sheet: 'ШНОР 2024', cell: 'B4' }, criteria: ['K1', 'K2'], listChange: 'entered', flags: ['small_sample'], explanation: 'К1: ВПР-5 русский язык 40,9 %.',
        partners: [{ name: 'Лесная СОШ', reason: 'лучше по: ВПР-5 русский язык — 5,0 % против 40,9 %; тот же муниципалитет' }], partnersChosen: false },
      { schoolKey: 'b', name: 'Сидоровская ООШ', at: { sheet: 'ШНОР 2024', cell: 'B5' }, criteria: ['K2'], listChange: 'stayed', flags: [], explanation: 'К2: ОГЭ математика 50 %.',
        partners: [{ name: 'Лесная СОШ', reason: 'выбрано методистом' }, { name: 'Лесна СОШ', reason: 'выбрано методистом, но такой школы нет в данных — проверьте название', missing: true }], partnersChosen: true },
    ],
    moves: {
      entered: [{ schoolKey: 'a', name: 'Ивановская СОШ', at: { sheet: 'ШНОР 2024', cell: 'B4' } }],
      stayed: [{ schoolKey: 'b', name: 'Сидоровская ООШ', at: { sheet: 'ШНОР 2024', cell: 'B5' } }],
      exited: [{ schoolKey: 'c', name: 'Петровская СОШ', at: { sheet: 'ШНОР 2024', cell: 'B9' } }],
      risk: [{ schoolKey: 'd', name: 'Алексеевская СОШ', at: { sheet: 'ШНОР 2024', cell: 'B7' } }],
    },
    sheets: [
      { kind: 'shnor', name: 'ШНОР 2024' },
      { kind: 'dynamics', name: 'Динамика' },
      { kind: 'summary', name: 'Сводка' },
      { kind: 'parameters', name: 'Параметры (2)' },
    ],
    partnerOptions: ['Берёзовская СОШ', 'Лесная СОШ', 'Озёрная СОШ', 'Полевая СОШ'],
  };

  it('shows each ШНОР school\'s partners with the reason; the methodologist chooses others (up to three) or returns to the suggestion', () => {
    const onChoose = jest.fn();
    show(<ResultPanel result={result} onOpenSheet={jest.fn()} onChoosePartners={onChoose} />);
    const [first, second] = within(screen.getByRole('list', { name: 'Список ШНОР 2024' })).getAllByRole('listitem');
    expect(first.textContent).toContain('Куратор:Лесная СОШ');
    expect(within(first).getByText('Лесная СОШ: лучше по: ВПР-5 русский язык — 5,0 % против 40,9 %; тот же муниципалитет')).toBeTruthy();
    expect(second.textContent).toContain('Кураторы (выбраны методистом):Лесная СОШ; Лесна СОШ');
    // A chosen name not in the data is said, the others need no reason.
    expect(within(second).getByText('Лесна СОШ: выбрано методистом, но такой школы нет в данных — проверьте название')).toBeTruthy();
    expect(within(second).queryByText('Лесная СОШ: выбрано методистом')).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: 'Изменить: Школы-кураторы для «Ивановская СОШ»' }));
    const box = within(first).getByRole('combobox', { name: 'Школы-кураторы для «Ивановская СОШ»' });
    // Typing narrows the list; the chosen school stays listed so that it can be unticked.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.change(box, { target: { value: 'озёр' } });
    const menu = screen.getByRole('menu');
    expect(within(menu).getAllByRole('menuitemcheckbox').map((o) => o.textContent)).toEqual(['Лесная СОШ', 'Озёрная СОШ']);
    fireEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Озёрная СОШ' }));
    fireEvent.click(within(first).getByRole('button', { name: 'Сохранить' }));
    expect(onChoose).toHaveBeenCalledWith('Ивановская СОШ', ['Лесная СОШ', 'Озёрная СОШ']);

    fireEvent.click(within(second).getByRole('button', { name: 'Изменить: Школы-кураторы для «Сидоровская ООШ»' }));
    fireEvent.click(within(second).getByRole('button', { name: 'Вернуть предложенных' }));
    expect(onChoose).toHaveBeenLastCalledWith('Сидоровская ООШ', undefined);
  });

  it('offers no partner editor where the front end cannot save a choice', () => {
    show(<ResultPanel result={result} onOpenSheet={jest.fn()} />);
    expect(screen.queryByRole('button', { name: /Изменить: Школы-кураторы/ })).toBeNull();
  });

  it('shows the counts as big numbers and the list with criteria and explanations', () => {
    show(<ResultPanel result={result} onOpenSheet={jest.fn()} />);
    expect(screen.getByRole('group', { name: 'ШНОР: 2' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'вошли: 1' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'вышли: 3' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'зона риска: 4' })).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Список ШНОР 2024' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Ивановская СОШ')).toBeTruthy();
    expect(within(items[0]).getByText('К1')).toBeTruthy();
    expect(within(items[0]).getByText('К2')).toBeTruthy();
    expect(within(items[0]).getByText('вошла')).toBeTruthy();
    expect(within(items[0]).getByText('малая выборка')).toBeTruthy();
    expect(within(items[1]).getAllByText('К2: ОГЭ математика 50 %.').length).toBeGreaterThan(0);
  });

  it('names who entered, stayed, left and is at risk, each a link to its row on the ШНОР sheet', () => {
    const onOpenCell = jest.fn();
    show(<ResultPanel result={result} onOpenSheet={jest.fn()} onOpenCell={onOpenCell} />);
    const moves = screen.getByLabelText('Кто вошёл, остался, вышел, в зоне риска');
    expect(moves.textContent).toBe('Вошли в перечень:Ивановская СОШОстались:Сидоровская ООШВышли:Петровская СОШЗона риска:Алексеевская СОШ');
    fireEvent.click(within(moves).getByRole('button', { name: 'Петровская СОШ' }));
    expect(onOpenCell).toHaveBeenCalledWith('ШНОР 2024', 'B9');
    fireEvent.click(within(screen.getByRole('list', { name: 'Список ШНОР 2024' })).getByRole('button', { name: 'Сидоровская ООШ' }));
    expect(onOpenCell).toHaveBeenLastCalledWith('ШНОР 2024', 'B5');
  });

  it('links open the written sheets by their actual names', () => {
    const onOpenSheet = jest.fn();
    show(<ResultPanel result={result} onOpenSheet={onOpenSheet} />);
    fireEvent.click(screen.getByRole('button', { name: 'Открыть лист «ШНОР 2024»' }));
    fireEvent.click(screen.getByRole('button', { name: 'Открыть лист «Параметры (2)»' }));
    expect(onOpenSheet.mock.calls).toEqual([['ШНОР 2024'], ['Параметры (2)']]);
  });

  it('offers no «Открыть лист» link where the front end cannot show a sheet (the browser version)', () => {
    show(<ResultPanel result={result} />);
    expect(screen.queryByRole('button', { name: /^Открыть лист/ })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Листы, записанные в книгу' })).toBeNull();
  });

  it('with no data for Y−1 says so instead of «0 вошли / 0 вышли»', () => {
    show(<ResultPanel result={{ ...result, entered: 0, exited: 0, previousUnknown: true }} onOpenSheet={jest.fn()} />);
    expect(screen.queryByRole('group', { name: 'вошли: 0' })).toBeNull();
    expect(screen.getByText('Нет данных за 2023 г.: вошли / вышли и критерий К2 не проверяются.')).toBeTruthy();
  });

  it('shows the schools two rule sets disagree on, with the reason', () => {
    const compared: ResultSummary = {
      ...result,
      comparison: { rules: 'К2 по одной процедуре', differences: [{ schoolKey: 'c', name: 'Лесная СОШ', label: 'ШНОР по правилу «Муниципальная», не ШНОР по правилу «К2 по одной процедуре»', why: 'ШНОР по критерию К2: …' }] },
    };
    show(<ResultPanel result={compared} onOpenSheet={jest.fn()} />);
    const block = screen.getByRole('region', { name: 'Сравнение с правилом «К2 по одной процедуре»' });
    expect(within(block).getByText('Сравнение с правилом «К2 по одной процедуре»: различий — 1')).toBeTruthy();
    expect(within(block).getByText('Лесная СОШ')).toBeTruthy();
    expect(within(block).getByText(/не ШНОР по правилу «К2 по одной процедуре»/)).toBeTruthy();
  });

  it('without a result says what to do', () => {
    show(<ResultPanel onOpenSheet={jest.fn()} />);
    expect(screen.getByText(/нажмите «Выявить ШНОР»/)).toBeTruthy();
  });
});

describe('Messages', () => {
  it('shows title and text and can be closed', () => {
    const onDismiss = jest.fn();
    show(<Messages messages={[{ id: 7, intent: 'error', title: 'Выявить ШНОР не удалось', text: 'Закончите ввод в ячейке и повторите.' }]} onDismiss={onDismiss} />);
    expect(screen.getByText('Выявить ШНОР не удалось')).toBeTruthy();
    expect(screen.getByText(/Закончите ввод в ячейке/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Закрыть сообщение «Выявить ШНОР не удалось»' }));
    expect(onDismiss).toHaveBeenCalledWith(7);
  });
});

describe('first run and nothing to analyse', () => {
  it('shows the three steps before the first run, and «Выявить ШНОР» says why it cannot run on a workbook without results', () => {
    const sheet: SheetReport = { file: '', sheet: 'Лист1', context: { subjects: [] }, range: 'A1:B2', columns: [], rowsRead: 0, resultsRead: 0, schools: [], aggregates: [], warnings: [], skippedReason: 'лист пуст' };
    show(<SourcesPanel sheets={[sheet]} settings={{}} outputSheets={[]} loading={false} firstRun onToggleSheet={jest.fn()} onChangeSheetSettings={jest.fn()} onSelectCell={jest.fn()} onRefresh={jest.fn()} />);
    expect(screen.getByRole('note').textContent).toMatch(/^Как пользоваться: 1\) проверьте ниже/);
    expect(screen.getByRole('note').textContent).toMatch(/листы результатов появятся в книге\.$/);
    cleanup();
    // The browser version writes into a copy to download, and says so.
    show(<SourcesPanel sheets={[sheet]} settings={{}} outputSheets={[]} loading={false} firstRun downloads onToggleSheet={jest.fn()} onChangeSheetSettings={jest.fn()} onSelectCell={jest.fn()} onRefresh={jest.fn()} />);
    expect(screen.getByRole('note').textContent).toMatch(/листы результатов появятся в копии книги — её сохраняет «Скачать книгу»\.$/);
    const blocker = runBlocker({ ...INITIAL_STATE, phase: 'ready', sheets: [sheet], resultCount: 0 });
    expect(blocker).toMatch(/^В книге не найдено ни одного результата ВПР, ОГЭ или ЕГЭ/);
    expect(runBlocker({ ...INITIAL_STATE, phase: 'ready', sheets: [sheet], resultCount: 3 })).toBeUndefined();
  });
});
