// Tests the preview's workbook view in jsdom: formatted cells, styles and rule colours, notes, merges, tabs, charts.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PreviewSheet } from '../view/sheetModel';
import { PreviewApp } from './PreviewApp';
import { WorkbookView } from './WorkbookView';

const shnor: PreviewSheet = {
  name: 'ШНОР 2024',
  tabColor: 'C00000',
  values: [
    ['Школы с низкими результатами', null, null],
    ['Школа', 'Доля «2»', 'Статус'],
    ['СОШ №1', 0.351, 'ШНОР'],
    ['СОШ №2', 0.1, 'не ШНОР'],
    ['Год', 'ШНОР', null],
    [2023, 2, null],
    [2024, 3, null],
  ],
  numberFormats: [[], [], [null, '0.0%'], [null, '0.0%']],
  styles: [[{ bold: true, fill: 'DDEBF7' }]],
  merges: ['A1:C1'],
  columnPixels: [120, 80],
  notes: [{ cell: 'B3', text: 'Источник: «ВПР 5»!G7' }],
  conditionalFormats: [
    { type: 'cellIs', range: 'B3:B4', operator: 'greaterThanOrEqual', values: [0.3], style: { fill: 'FFC7CE', fontColor: '9C0006' } },
    { type: 'text', range: 'C3:C4', operator: 'equals', text: 'ШНОР', style: { bold: true } },
  ],
  charts: [{ type: 'column', title: 'Число ШНОР по годам', categories: 'A6:A7', series: [{ name: 'ШНОР', values: 'B6:B7' }] }],
};
const source: PreviewSheet = { name: 'ВПР 5', values: [['Школа'], ['СОШ №1']], merges: [], notes: [], conditionalFormats: [], charts: [] };

const cell = (address: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`td[data-cell="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
};

describe('WorkbookView', () => {
  it('shows number-formatted values, direct styles and conditional colours', () => {
    render(<WorkbookView sheets={[source, shnor]} active="ШНОР 2024" onSelect={() => undefined} />);
    expect(cell('B3').textContent).toBe('35,1%');
    expect(cell('B3').style.background).toBe('rgb(255, 199, 206)');
    expect(cell('B3').style.color).toBe('rgb(156, 0, 6)');
    expect(cell('B4').style.background).toBe('');
    expect(cell('C3').style.fontWeight).toBe('700');
    expect(cell('C4').style.fontWeight).toBe('');
    expect(cell('A1').style.fontWeight).toBe('700');
    expect(cell('A1').getAttribute('colspan')).toBe('3');
    expect(document.querySelector('td[data-cell="B1"]')).toBeNull();
  });

  it('marks notes and shows their text on hover', () => {
    render(<WorkbookView sheets={[shnor]} active="ШНОР 2024" onSelect={() => undefined} />);
    expect(cell('B3').className).toContain('has-note');
    expect(cell('B3').getAttribute('title')).toBe('Примечание B3: Источник: «ВПР 5»!G7');
    expect(document.querySelectorAll('td.has-note')).toHaveLength(1);
  });

  it('clips wrapped text to a set row height and leaves other rows free', () => {
    const tall: PreviewSheet = {
      ...source,
      values: [['Пояснение: очень длинный текст'], ['ещё']],
      styles: [[{ wrap: true }], [{ wrap: true }]],
      rowPixels: { 1: 30 },
    };
    render(<WorkbookView sheets={[tall]} active="ВПР 5" onSelect={() => undefined} />);
    const clip = cell('A1').querySelector<HTMLElement>('div.clip');
    expect(clip?.style.maxHeight).toBe('27px');
    expect(cell('A1').closest('tr')?.style.height).toBe('30px');
    expect(cell('A2').querySelector('div.clip')).toBeNull();
  });

  it('draws the sheet charts as SVG with a bar per value', () => {
    render(<WorkbookView sheets={[shnor]} active="ШНОР 2024" onSelect={() => undefined} />);
    const figure = screen.getByText(/Число ШНОР по годам/).closest('figure');
    if (!figure) throw new Error('no chart');
    expect(figure.querySelectorAll('rect')).toHaveLength(2);
    expect(within(figure).getByText('2023').tagName).toBe('text');
  });

  it('lists every sheet as a tab and reports a click', () => {
    const chosen: string[] = [];
    render(<WorkbookView sheets={[source, shnor]} active="ВПР 5" onSelect={(n) => chosen.push(n)} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual(['ВПР 5', 'ШНОР 2024']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'ШНОР 2024' }));
    expect(chosen).toEqual(['ШНОР 2024']);
  });
});

describe('PreviewApp', () => {
  const props = { source: 'a.xlsx', busy: false, onOpenFile: () => undefined, onOpenSample: () => undefined, onDownload: () => undefined };

  it('switches sheets on a tab click and follows a show request from the task pane', () => {
    const { rerender } = render(<PreviewApp {...props} sheets={[source, shnor]} />);
    expect(screen.getByRole('tabpanel').getAttribute('aria-label')).toBe('ВПР 5');
    fireEvent.click(screen.getByRole('tab', { name: 'ШНОР 2024' }));
    expect(screen.getByRole('tabpanel').getAttribute('aria-label')).toBe('ШНОР 2024');
    fireEvent.click(screen.getByRole('tab', { name: 'ВПР 5' }));
    rerender(<PreviewApp {...props} sheets={[source, shnor]} show={{ sheet: 'ШНОР 2024', cell: 'C3', serial: 1 }} />);
    expect(screen.getByRole('tabpanel').getAttribute('aria-label')).toBe('ШНОР 2024');
    expect(cell('C3').className).toContain('highlight');
  });

  it('downloads on «Скачать .xlsx» and shows errors', () => {
    let downloads = 0;
    render(<PreviewApp {...props} sheets={[source]} error="Не удалось открыть «x.xlsx»" onDownload={() => (downloads += 1)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Скачать .xlsx' }));
    expect(downloads).toBe(1);
    expect(screen.getByRole('alert').textContent).toContain('x.xlsx');
  });
});
