// The pane's card «С учётом социальных условий» (counts, names, the line, a link to the sheet) and the options on «Правила».
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyze } from '../../src/core/analyze';
import { params } from '../../src/core/testing/builders';
import { NOTABLE, socialDistrict } from '../../src/core/testing/socialDistrict';
import { ContextCard } from '../../src/taskpane/components/ContextCard';
import { summarizeContext } from '../../src/taskpane/controller/contextSummary';
import { SocialRules } from '../../src/taskpane/components/SocialRules';
import { DEFAULT_RULES } from '../../src/taskpane/controller/rules';
import { IndicatorDirections } from '../../src/taskpane/components/IndicatorDirections';
import { SheetReport } from '../../src/ingest/types';

describe('ContextCard', () => {
  const analysis = analyze(socialDistrict(NOTABLE, true), params({ targetYear: 2024 }));
  const context = summarizeContext(analysis, 'Контекст');

  it('summarises only when there is a context sheet', () => {
    expect(summarizeContext(analyze({ ...socialDistrict(NOTABLE, true), social: undefined }, params({ targetYear: 2024 })), undefined)).toBeUndefined();
    expect(context?.resilient).toEqual(['Школа № 19']);
    expect(context?.notExplained).toEqual(['Школа № 3']);
    expect(context?.shnsu).toHaveLength(5);
  });

  it('shows the groups with counts and names, the line, and opens the sheet', () => {
    const open = jest.fn();
    render(<FluentProvider theme={webLightTheme}>{context && <ContextCard context={context} onOpenSheet={open} />}</FluentProvider>);
    const card = screen.getByRole('region', { name: 'С учётом социальных условий' });
    expect(card.textContent).toContain('Резильентные (ШНСУ лучше ожидаемого) — 1: Школа № 19');
    expect(card.textContent).toContain('Низкие результаты не объясняются условиями — 1: Школа № 3');
    expect(card.textContent).toContain('по 20 школам');
    fireEvent.click(screen.getByRole('button', { name: 'Открыть лист «Контекст» с диаграммой' }));
    expect(open).toHaveBeenCalledWith('Контекст');
  });
});

describe('SocialRules', () => {
  it('changes the method, the line (the region\'s with its numbers) and the ШНСУ threshold', () => {
    const onChange = jest.fn();
    render(<FluentProvider theme={webLightTheme}><SocialRules rules={{ ...DEFAULT_RULES, socialLine: 'regional' }} onChange={onChange} /></FluentProvider>);
    fireEvent.change(screen.getByRole('combobox', { name: 'Социальный индекс' }), { target: { value: 'pca' } });
    expect(onChange).toHaveBeenLastCalledWith({ socialMethod: 'pca' });
    fireEvent.change(screen.getByRole('combobox', { name: /Ожидаемый результат/ }), { target: { value: 'none' } });
    expect(onChange).toHaveBeenLastCalledWith({ socialLine: 'none' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Наклон' }), { target: { value: '4,5' } });
    expect(onChange).toHaveBeenLastCalledWith({ socialSlope: 4.5 });
  });
});

describe('IndicatorDirections (Источники)', () => {
  it('lists each indicator with its direction; a change is saved per column; unmatched rows are named', () => {
    const onChange = jest.fn();
    const report: SheetReport = {
      file: '', sheet: 'Социальный паспорт', layout: 'socialContext', context: { subjects: [] }, range: 'A1:D5', columns: [], rowsRead: 4, resultsRead: 0,
      schools: [], aggregates: [], warnings: [], unmatched: ['Сидоровская СОШ'],
      indicators: [
        { column: 'C', header: 'Малообеспеченные, %', direction: 'worse', kind: 'indicator' },
        { column: 'D', header: 'Родители с высшим образованием, %', direction: 'better', kind: 'indicator' },
      ],
    };
    render(<FluentProvider theme={webLightTheme}><IndicatorDirections report={report} settings={{ directions: { C: 'worse' } }} onChangeSettings={onChange} /></FluentProvider>);
    const select = screen.getByRole('combobox', { name: 'Направление показателя «Родители с высшим образованием, %»' }) as HTMLSelectElement;
    expect(select.value).toBe('better');
    fireEvent.change(select, { target: { value: 'worse' } });
    expect(onChange).toHaveBeenCalledWith('Социальный паспорт', { directions: { C: 'worse', D: 'worse' } });
    expect(screen.getByText(/Нет среди школ с результатами/).textContent).toContain('Сидоровская СОШ');
  });
});
