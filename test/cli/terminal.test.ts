// What the CLI prints for a person at a terminal: usage on --help, conflicts one line per pair of sheets, and the ШНОР
// on stdout in the order of the sheet and the JSON.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { ResultJson } from '../../src/cli/resultJson';
import { runCli } from './runCli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-terminal-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('shnor analyze --help', () => {
  it('prints the usage with exit 0 for --help and -h, as shnor --help does', async () => {
    for (const argv of [['analyze', '--help'], ['analyze', '-h'], ['analyze', 'x.xlsx', '--help'], ['--help']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Использование:/);
      expect(r.out).toMatch(/--curator-load/);
      expect(r.err).toBe('');
    }
  });
});

describe('conflicts between sheets on stderr', () => {
  it('are one line per pair of sheets with the count and the first cells, not one line per cell', async () => {
    const rows = (share: number): (string | number)[][] => [['ОО', 'Доля «2», %'], ...Array.from({ length: 45 }, (_, i) => [`Школа № ${i + 1}`, share])];
    const file = path.join(tmp, 'два листа.xlsx');
    fs.writeFileSync(file, await newWorkbookBytes([{ name: 'ВПР 5 кл 2024 рус', values: rows(10) }, { name: 'Итоги ВПР 5 кл 2024 рус', values: rows(20) }]));
    const r = await runCli(['analyze', file]);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n').filter((l) => l.includes('расходится'));
    expect(lines).toEqual(['два листа.xlsx: лист «Итоги ВПР 5 кл 2024 рус» расходится с листом «ВПР 5 кл 2024 рус» в 45 ячейках (B2, B3, B4, B5, B6, …): взяты значения листа «ВПР 5 кл 2024 рус» (все расхождения — в JSON и на листе «Параметры»)']);
    // Every cell is still in the JSON.
    const json = JSON.parse((await runCli(['analyze', file, '--json', '-'])).out) as ResultJson;
    expect(json.warnings.filter((w) => /расходится/.test(w.message))).toHaveLength(45);
  });
});

describe('the list on stdout', () => {
  it('names the ШНОР in the order of the sheet and the JSON', async () => {
    const names = ['Яблоневская СОШ', 'Абрикосовская СОШ', 'Грушевская СОШ', 'Вишнёвская СОШ'];
    const rows: (string | number)[][] = [['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %']];
    names.forEach((n, i) => {
      // Different criteria and shares, so that the sheet's order is not the input's.
      rows.push([2024, n, 'ВПР', 5, 'Русский язык', 20, 35 + i * 5], [2024, n, 'ВПР', 5, 'Математика', 20, i % 2 === 0 ? 40 : 10]);
      rows.push([2023, n, 'ВПР', 5, 'Русский язык', 20, i === 1 ? 50 : 10]);
    });
    const file = path.join(tmp, 'порядок.xlsx');
    fs.writeFileSync(file, await newWorkbookBytes([{ name: 'Результаты', values: rows }]));
    const text = await runCli(['analyze', file]);
    const json = JSON.parse((await runCli(['analyze', file, '--json', '-'])).out) as ResultJson;
    const jsonOrder = json.schools.filter((s) => s.status === 'shnor').map((s) => s.name);
    const printed = text.out.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4).replace(/ \(.*\)$/, ''));
    expect(jsonOrder.length).toBeGreaterThan(1);
    expect(printed).toEqual(jsonOrder);
  });
});
