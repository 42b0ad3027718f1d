// «Возможно, одна школа» on stderr: one line per group (five names and a count), twenty groups at most and the rest
// counted — 2 000 names of one group never print 1 999 000 lines.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-similar-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER = ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %'];
const PLACES = Array.from({ length: 25 }, (_, i) => `Посёлок${String.fromCharCode(1072 + i)}`);

describe('similar names in the CLI', () => {
  it('prints a line per group, capped, and counts the groups left', async () => {
    const big = ['СОШ', 'ООШ', 'НОШ', 'СОШ ООШ', 'ООШ СОШ', 'НОШ СОШ', 'школа'].map((t) => `Лесная ${t}`);
    const names = [...big, ...PLACES.flatMap((p) => [`${p} СОШ`, `${p} ООШ`])];
    const file = path.join(dir, 'похожие.xlsx');
    fs.writeFileSync(file, await newWorkbookBytes([{ name: 'Итоги', values: [HEADER, ...names.map((n) => [2024, n, 'ВПР', 5, 'Русский язык', 20, 10])] }]));
    const r = await runCli(['analyze', file, '--json', path.join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n').filter((l) => l.startsWith('Возможно, одна школа'));
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^Возможно, одна школа: «Лесная СОШ», «Лесная ООШ», «Лесная НОШ», «Лесная СОШ ООШ», «Лесная ООШ СОШ» и ещё 2 — считаются разными/);
    expect(lines[1]).toMatch(/^Возможно, одна школа: «Посёлока СОШ» и «Посёлока ООШ» — /);
    expect(r.err).toContain('… и ещё 6 групп похожих названий (все — на листе «Параметры»).');
  });
});
