// The CLI's JSON carries school codes and, for each ШНОР school, its partner schools with the reason; --settings
// can set the methodologist's own choice.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { ResultJson } from '../../src/cli/resultJson';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-partners-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const ROWS = [
  ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %'],
  ...[2023, 2024].flatMap((y) => [
    [y, 'МБОУ «Ивановская СОШ»', 'ВПР', 5, 'Русский язык', 20, y === 2024 ? 45 : 35],
    [y, 'МБОУ «Ивановская СОШ»', 'ОГЭ', 9, 'Математика', 18, y === 2024 ? 40 : 10],
    [y, 'МБОУ «Петровская СОШ»', 'ВПР', 5, 'Русский язык', 25, 5],
    [y, 'МБОУ «Петровская СОШ»', 'ОГЭ', 9, 'Математика', 22, 4],
    [y, 'МБОУ «Лесная ООШ»', 'ВПР', 5, 'Русский язык', 9, 0],
    [y, 'МБОУ «Лесная ООШ»', 'ОГЭ', 9, 'Математика', 6, 0],
    [y, 'МБОУ «Гимназия № 2»', 'ВПР', 5, 'Русский язык', 30, 10],
    [y, 'МБОУ «Гимназия № 2»', 'ОГЭ', 9, 'Математика', 28, 12],
  ]),
];

describe('partner schools in the CLI', () => {
  it('suggests them with reasons in the JSON, and on the ШНОР sheet; --settings replaces them', async () => {
    const file = path.join(dir, 'район.xlsx');
    fs.writeFileSync(file, await newWorkbookBytes([{ name: 'Результаты', values: ROWS }]));
    const r = await runCli(['analyze', file, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    const weak = json.schools.find((s) => s.name === 'Ивановская СОШ');
    expect(weak?.status).toBe('shnor');
    // One curator per ШНОР (an assignment): the best stable school of its level in both low procedures.
    expect(weak?.partners?.map((p) => p.name)).toEqual(['Петровская СОШ']);
    expect(weak?.partners?.[0].reason).toBe('лучше по ВПР-5 рус. (5\u00a0% против 45\u00a0%) и ОГЭ мат. (4\u00a0% против 40\u00a0%); стабильна 2\u00a0года (2023–2024)');
    expect(weak?.curatorGap).toBeUndefined();
    expect(json.schools.find((s) => s.name === 'Петровская СОШ')?.partners).toBeUndefined();

    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ '*': { partners: { 'Ивановская СОШ': ['Лесная ООШ'] } } }));
    const chosen = JSON.parse((await runCli(['analyze', file, '--settings', settings, '--json', '-'])).out) as ResultJson;
    expect(chosen.schools.find((s) => s.name === 'Ивановская СОШ')?.partners).toEqual([{ name: 'Лесная ООШ', reason: 'выбрано методистом' }]);
  });
});
