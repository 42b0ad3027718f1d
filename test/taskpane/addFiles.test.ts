// «Добавить файлы…»: protocols picked in the pane become the source sheet «Результаты из протоколов», read by the next run.
import * as XLSX from '@e965/xlsx';
import { memorySettingsStore } from '../../src/app/settingsStore';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook as FakeExcelBook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { PickedFile } from '../../src/taskpane/controller/pickedFiles';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';
import { directoryRows, makeSchools, protocolRows, reference, xlsxOf } from '../fixtures/protocols/generate';
import { FakeWorkbook, grid } from './fakeWorkbook';

const picked = (name: string, bytes: Uint8Array): PickedFile => ({ name, bytes: async () => bytes });
const schools = makeSchools(21, 12, 45);
const PROTOCOL = picked('Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx', xlsxOf([{ name: 'Лист1', rows: protocolRows('2021', schools) }]));

function controller(port: FakeWorkbook): TaskpaneController {
  return new TaskpaneController({ port, settings: memorySettingsStore(), version: 't', now: () => new Date('2024-09-01T10:00:00Z') });
}

describe('TaskpaneController.addFiles', () => {
  it('writes the per-school table as a source sheet named by the workbook\'s login directory, and the next read recognises it', async () => {
    const port = new FakeWorkbook([grid('Логины', directoryRows(schools))]);
    const c = controller(port);
    await c.start();
    const progress: string[] = [];
    c.subscribe(() => {
      const p = c.getState().fileProgress;
      if (p) progress.push(`${p.done}/${p.total}`);
    });
    const notProtocol = picked('Статистика.xlsx', xlsxOf([{ name: 'Лист1', rows: [['ОО', 'Доля «2»'], ['СОШ', 10]] }]));
    await c.addFiles([PROTOCOL, notProtocol]);
    expect(progress).toEqual(expect.arrayContaining(['0/2', '1/2', '2/2']));
    // The other workbook's sheets are copied in as sources; the protocol becomes «Результаты из протоколов».
    expect(port.sheetNames()).toEqual(['Логины', 'Лист1', 'Результаты из протоколов']);
    const s = c.getState();
    expect(s.phase).toBe('ready');
    expect(s.messages.find((m) => m.title === 'Добавлены листы из «Статистика.xlsx»')?.text).toBe('«Лист1»');
    const message = s.messages.find((m) => m.title === 'Добавлен лист «Результаты из протоколов»');
    expect(message).toMatchObject({ intent: 'success', text: '12 ОО, 12 результатов из 1 протокола.' });
    const sheet = s.sheets.find((r) => r.sheet === 'Результаты из протоколов');
    expect(sheet?.layout).toBe('long');
    expect(sheet?.resultsRead).toBe(12);
    const [table] = await port.readSheets(['Результаты из протоколов']);
    const row = table.values.find((r) => String(r[0]).startsWith(schools[4].login));
    expect(row?.[0]).toBe(`${schools[4].login} СОШ № 5 (Бийский район)`);
    expect(row?.[1]).toBe(schools[4].municipality);
    expect(row?.[8]).toBe(Math.round((reference(schools[4], [17, 28, 38])?.share2 as number) * 100) / 100);
  });

  it('a second import takes a free name; a file with no scale is named, and nothing is written when nothing counts', async () => {
    const port = new FakeWorkbook([grid('Результаты из протоколов', [['ОО'], ['x']])]);
    const c = controller(port);
    await c.start();
    await c.addFiles([PROTOCOL]);
    expect(port.sheetNames()).toContain('Результаты из протоколов (2)');
    const noScale = picked('ВПР 2023 математика 5 класс.xlsx', xlsxOf([{ name: 'Протокол', rows: protocolRows('2022+', schools) }]));
    await c.addFiles([noScale]);
    expect(port.sheetNames()).toHaveLength(2);
    const m = c.getState().messages.find((x) => x.title === 'Файлы не добавлены');
    expect(m?.text).toMatch(/нет шкалы перевода баллов в отметки для работы «ВПР 2023 г\., математика, 5 класс»/);
  });
});

describe('ExcelWorkbook.addSourceSheet', () => {
  it('writes values as given (a formula-like name stays text) in a few syncs, and never over a sheet of that name', async () => {
    const book = new FakeExcelBook();
    book.setCell('Данные', 'A1', 'x');
    const fake = createFakeExcel(book, { isSetSupported: () => true });
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const rows = [['ОО', 'Доля «2», %'], ...Array.from({ length: 3000 }, (_, i) => [i === 0 ? '=SUM(A1)' : `СОШ ${i}`, i % 50])];
    const before = fake.stats.syncs;
    expect(await port.addSourceSheet('Результаты из протоколов', rows, [40, 10])).toBe(true);
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(4);
    const snap = book.getSheetSnapshot('Результаты из протоколов');
    expect(snap.values[1][0]).toBe('=SUM(A1)');
    expect(snap.values[3000][1]).toBe(2999 % 50);
    expect(snap.freeze).toEqual({ rows: 1, columns: 1 });
    expect(await port.addSourceSheet('данные', rows)).toBe(false);
  });
});

describe('TaskpaneController.addFiles with nothing to doubt', () => {
  it('ends in a green message naming the sheet (the scale used is an account, not a warning)', async () => {
    const port = new FakeWorkbook([]);
    const c = controller(port);
    await c.start();
    await c.addFiles([PROTOCOL]);
    const m = c.getState().messages.find((x) => x.title === 'Добавлен лист «Результаты из протоколов»');
    expect(m).toMatchObject({ intent: 'success', text: '12 ОО, 12 результатов из 1 протокола.' });
  });
});

describe('«Добавить файлы…» for other workbooks, through the Office.js adapter', () => {
  const district = xlsxOfFormatted();

  /** A ФИС ОКО-like table: merged title, shares as fractions with a percent format. */
  function xlsxOfFormatted(): Uint8Array {
    const ws = XLSX.utils.aoa_to_sheet([['ВПР 2024 5 класс русский язык'], ['ОО', 'Кол-во участников', '2'], ['МБОУ СОШ №1', 20, 0.35], ['МБОУ СОШ №2', 25, 0.04]]);
    ws['!merges'] = [XLSX.utils.decode_range('A1:C1')];
    for (const a of ['C3', 'C4']) ws[a].z = '0.0%';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'ВПР 5');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  }

  async function add(isSetSupported: (n: string, v: string) => boolean): Promise<{ book: FakeExcelBook; c: TaskpaneController; syncs: number }> {
    const book = new FakeExcelBook();
    book.setCell('ВПР 5', 'A1', 'моя таблица');
    const fake = createFakeExcel(book, { isSetSupported });
    const port = new ExcelWorkbook(fake.run, { isSetSupported });
    const c = new TaskpaneController({ port, settings: memorySettingsStore(), version: 't' });
    await c.start();
    const before = fake.stats.syncs;
    await c.addFiles([picked('район 2024.xlsx', district)]);
    return { book, c, syncs: fake.stats.syncs - before };
  }

  it.each([
    ['ExcelApi 1.13: inserted from the file', (_n: string, _v: string) => true],
    ['ExcelApi 1.12: values with their percent formats and merges', (_n: string, v: string) => Number(v.split('.')[1]) <= 12],
  ])('%s — never over the user\'s sheet of the same name, and read as a source', async (_label, isSetSupported) => {
    const { book, c } = await add(isSetSupported);
    expect(book.sheetNames()).toEqual(['ВПР 5', 'ВПР 5 (2)']);
    expect(book.getSheetSnapshot('ВПР 5').values[0][0]).toBe('моя таблица');
    const copy = book.getSheetSnapshot('ВПР 5 (2)');
    expect(copy.values[2]).toEqual(['МБОУ СОШ №1', 20, 0.35]);
    expect(copy.numberFormats[2][2]).toBe('0.0%');
    const report = c.getState().sheets.find((s) => s.sheet === 'ВПР 5 (2)');
    expect(report?.resultsRead).toBe(2);
    expect(c.getState().messages.find((m) => m.title === 'Добавлены листы из «район 2024.xlsx»')?.text).toBe('«ВПР 5 (2)»');
  });
});
