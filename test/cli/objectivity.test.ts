// The CLI on a region's protocols (streamed .xlsx): schools[].objectivity in the JSON, the sheet «Объективность» in
// --out, and the parameters --objectivity-alpha, --objectivity-min-n, --objectivity-markers.
import fs from 'fs';
import os from 'os';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import { ResultJson } from '../../src/cli/resultJson';
import { loginOf, protocolRows, xlsxOf } from '../fixtures/protocols/generate';
import { makeRegion, taskMaxima } from '../fixtures/protocols/region';
import { runCli } from './runCli';

let dir: string;
let file: string;
const MAX = taskMaxima(20, 45);
const region = makeRegion({ seed: 5, schools: 50, taskMax: MAX, bounds: [17, 28, 38], plants: new Map([[0, 'reversed'], [1, 'copied'], [2, 'fives']]) });
const code = (i: number): string => loginOf('2022+', region[i]);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-objectivity-'));
  file = path.join(dir, 'Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx');
  fs.writeFileSync(file, xlsxOf([{ name: 'Протокол', rows: protocolRows('2022+', region, MAX.length, undefined, MAX) }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type School = ResultJson['schools'][number];
const byCode = (json: ResultJson, c: string): School => json.schools.find((s) => s.code === c) as School;

describe('shnor analyze: objectivity markers', () => {
  it('JSON gives each school\'s works with the marked markers and their evidence; flagged = the headline', async () => {
    const r = await runCli(['analyze', file, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.parameters.objectivity).toEqual({ alpha: 0.01, minN: 10, markers: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6a', 'P6b', 'P7', 'P8'] });
    const reversed = byCode(json, code(0));
    expect(reversed.flags).toContain('objectivity');
    const work = reversed.objectivity?.works[0];
    expect(work).toMatchObject({ procedure: 'ВПР|Русский язык|5', year: 2021, flagged: true, source: 'protocol' });
    const p2 = work?.markers.find((m) => m.id === 'P2');
    expect(p2?.strong).toBe(true);
    expect(p2?.r).toBeLessThan(0);
    expect(byCode(json, code(1)).objectivity?.works[0].markers.map((m) => m.id)).toContain('P8');
    const p5 = byCode(json, code(2)).objectivity?.works[0].markers.find((m) => m.id === 'P5');
    expect(p5?.value).toBeGreaterThan(p5?.region ?? 100);
    expect(p5?.p).toBeLessThan(0.01);
    // Fewer flagged than the old rule would flag: a short list.
    expect(json.schools.filter((s) => s.objectivity?.flagged).length).toBeLessThanOrEqual(5);
  });

  it('markers can be switched off and α tightened; a bad value is a usage error', async () => {
    const off = JSON.parse((await runCli(['analyze', file, '--json', '-', '--objectivity-markers', 'P5,P6a'])).out) as ResultJson;
    expect(byCode(off, code(0)).flags).not.toContain('objectivity');
    expect(byCode(off, code(0)).objectivity?.works[0].markers.every((m) => m.id === 'P5' || m.id === 'P6a')).toBe(true);
    const strict = JSON.parse((await runCli(['analyze', file, '--json', '-', '--objectivity-min-n', '1000'])).out) as ResultJson;
    expect(strict.schools.some((s) => s.objectivity?.flagged)).toBe(false);
    const bad = await runCli(['analyze', file, '--objectivity-markers', 'P9']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--objectivity-markers: «p9»/);
  });

  it('--out writes the sheet «Объективность» with the flagged school and its evidence', async () => {
    const out = path.join(dir, 'out.xlsx');
    const r = await runCli(['analyze', file, '--out', out]);
    expect(r.code).toBe(0);
    const wb = XLSX.read(fs.readFileSync(out), { type: 'buffer' });
    expect(wb.SheetNames).toContain('Объективность');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Объективность'], { header: 1 });
    const header = rows.findIndex((x) => x[0] === 'Школа');
    expect(rows[header].slice(5, 8)).toEqual(['Признаки', 'P1 результат выше региона', 'P2 отметки не согласуются']);
    // «МБОУ СОШ №1» is written «СОШ № 1»; its P2 cell gives r, strong (●).
    const row = rows.find((x) => /СОШ №\s1$/.test(String(x[0])) && x[5] === 'есть') as unknown[];
    expect(row).toBeDefined();
    expect(String(row[7])).toMatch(/^● r\u00a0=\u00a0\u22120,\d+, n\u00a0=\u00a0\d+$/);
  });
});
