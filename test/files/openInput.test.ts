// The one opener of every front end: protocols streamed where asked, any other file a workbook, refusals in Russian.
import { openInput } from '../../src/adapters/input/openInput';
import { InputFileError } from '../../src/adapters/files/fileKind';
import { directoryRows, makeSchools, protocolRows, xlsxOf } from '../fixtures/protocols/generate';

jest.setTimeout(60000);

const schools = makeSchools(21, 6, 20);
const PROTOCOL = xlsxOf([{ name: 'Протокол', rows: protocolRows('2021', schools) }, { name: 'Логины', rows: directoryRows(schools) }]);

describe('openInput', () => {
  it('streams a package of pupil protocols (tallies, its other sheets as grids) when the front end asks', async () => {
    const opened = await openInput(PROTOCOL, 'ВПР 2021 русский язык 5 класс.xlsx', { streamProtocols: true, clock: () => 0 });
    expect(opened.workbook).toBeUndefined();
    expect(opened.protocols.map((t) => t.sheet)).toEqual(['Протокол']);
    expect(opened.grids.map((g) => g.sheet)).toEqual(['Логины']);
    expect(opened.sheetNames).toEqual(['Протокол', 'Логины']);
    expect(opened.notes[0]).toMatch(/^протокол «Протокол» — \d+ строк[аи]? учеников, 6 ОО \(0,0 с\)$/);
  });

  it('opens the same file as a workbook where one is needed, with its source sheets read', async () => {
    const opened = await openInput(PROTOCOL, 'p.xlsx', { streamProtocols: false });
    expect(opened.workbook).toBeDefined();
    expect(opened.protocols).toEqual([]);
    expect(opened.grids.map((g) => g.sheet)).toEqual(['Протокол', 'Логины']);
    const unread = await openInput(PROTOCOL, 'p.xlsx', { streamProtocols: false, readSources: false });
    expect(unread.grids).toEqual([]);
  });

  it('refuses what is not a spreadsheet with one Russian sentence', async () => {
    await expect(openInput(new TextEncoder().encode('%PDF-1.7'), 'отчёт.pdf', { streamProtocols: true })).rejects.toThrow(InputFileError);
    await expect(openInput(new Uint8Array(0), 'пусто.xlsx', { streamProtocols: true })).rejects.toThrow('файл пуст');
  });
});
