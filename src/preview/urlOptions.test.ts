// Tests the preview's address options (?now fixes the clock, ?theme=dark) and the download file name.
import { outputFileName } from '../web/download';
import { statsLine } from './previewGlobal';
import { previewOptions } from '../taskpane/urlOptions';

describe('previewOptions', () => {
  it('reads a fixed time and the theme', () => {
    const options = previewOptions('?now=2024-11-23T10:00:00Z&theme=dark');
    expect(options.now?.toISOString()).toBe('2024-11-23T10:00:00.000Z');
    expect(options.theme).toBe('dark');
  });

  it('uses the real clock and the light theme otherwise', () => {
    expect(previewOptions('')).toEqual({ now: undefined, theme: 'light' });
    expect(previewOptions('?now=вчера&theme=blue')).toEqual({ now: undefined, theme: 'light' });
  });
});

describe('outputFileName', () => {
  it('names the download after the opened file', () => {
    expect(outputFileName('severo-ozersky.xlsx')).toBe('severo-ozersky — ШНОР.xlsx');
    expect(outputFileName('Отчёт.XLSX')).toBe('Отчёт — ШНОР.xlsx');
    expect(outputFileName('')).toBe('Книга — ШНОР.xlsx');
  });
});

describe('statsLine', () => {
  it('sums up the Office.js traffic and names refused syncs', () => {
    expect(statsLine({ runs: 3, syncs: 7, maxRequestBytes: 120 * 1024 + 1, oversizeSyncs: 0 })).toBe(
      'Excel.run: 3 · синхронизаций: 7 · наибольший запрос: 121 КБ',
    );
    expect(statsLine({ runs: 1, syncs: 1, maxRequestBytes: 0, oversizeSyncs: 2 })).toContain('отклонено из-за размера: 2');
  });
});
