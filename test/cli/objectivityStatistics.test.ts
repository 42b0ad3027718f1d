// The CLI on ФИС ОКО school reports only (one download per report, as a municipality gets them): the markers they allow
// (§7) in the JSON with the data each used, and the справка saying which reports were used and what could not be checked.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { ResultJson } from '../../src/cli/resultJson';
import { SheetGrid } from '../../src/ingest/grid';
import { journalReport, marksReport, ReportOptions, scoresReport, tasksReport } from '../fixtures/forms/fisOkoReports';
import { xlsxOf } from '../fixtures/protocols/generate';
import { makeRegion, taskMaxima } from '../fixtures/protocols/region';
import { runCli } from './runCli';

const MAX = taskMaxima(16, 20);
const o: ReportOptions = { year: 2021, grade: 5, subject: 'Математика', bounds: [6, 11, 16], taskMax: MAX };
const region = makeRegion({ seed: 9, schools: 60, taskMax: MAX, bounds: o.bounds, plants: new Map([[0, 'boundary'], [1, 'hard'], [2, 'fives']]) });
let dir: string;
let files: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-fisoko-reports-'));
  const write = (name: string, grids: readonly SheetGrid[]): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, xlsxOf(grids.map((g) => ({ name: g.sheet, rows: g.values.map((r) => [...r]) }))));
    return file;
  };
  files = [
    write('Статистика по отметкам.xlsx', [marksReport(region, o), journalReport(region, o)]),
    write('Распределение первичных баллов.xlsx', [scoresReport(region, o)]),
    write('Выполнение заданий.xlsx', [tasksReport(region, o)]),
  ];
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type School = ResultJson['schools'][number];

describe('shnor analyze on ФИС ОКО reports without protocols', () => {
  it('gives P1 from the distribution, P7 from the task report and P5 from the marks, each naming its data; P2, P3, P8 «нет данных»', async () => {
    const r = await runCli(['analyze', ...files, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    const byCode = (c: string): School => json.schools.find((s) => s.code === c) as School;
    const boundary = byCode('sch221000').objectivity?.works[0];
    expect(boundary?.source).toBe('statistics');
    // One year only: P3 has no earlier work; P2 and P8 need pupils.
    expect(boundary?.noData).toEqual(['P2', 'P3', 'P8']);
    const p1 = json.schools.flatMap((s) => s.objectivity?.works.flatMap((w) => w.markers.filter((m) => m.id === 'P1')) ?? []);
    expect(p1.length).toBeGreaterThan(0);
    expect(p1.every((m) => m.data === 'score_distribution')).toBe(true);
    const hard = byCode('sch221001').objectivity?.works[0];
    expect(hard?.markers.find((m) => m.id === 'P7')).toMatchObject({ data: 'task_report' });
    expect(byCode('sch221002').objectivity?.works[0].markers.find((m) => m.id === 'P5')).toMatchObject({ data: 'mark_statistics' });
  });

  it('the terminal summary counts the flagged schools and says which data they were judged from', async () => {
    const json = JSON.parse((await runCli(['analyze', ...files, '--json', '-'])).out) as ResultJson;
    const flagged = json.schools.filter((s) => s.flags.includes('objectivity')).length;
    const works = json.schools.flatMap((s) => s.objectivity?.works ?? []).filter((w) => w.flagged).length;
    expect(flagged).toBeGreaterThan(0);
    const r = await runCli(['analyze', ...files]);
    expect(r.out).toContain(`Признаки необъективности ВПР 2021 г. (маркеры §7): у ${flagged} школ`);
    expect(r.out).toContain(`работ с признаками — ${works} из ${region.length} (по отчётам ФИС ОКО о школах — ${region.length}).`);
  });

  it('the справка names the reports used and the markers they cannot give', async () => {
    const docx = path.join(dir, 'справка.docx');
    const r = await runCli(['analyze', ...files, '--report', docx]);
    expect(r.code).toBe(0);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');
    expect(text).toContain('только по отчётам ФИС ОКО о школах («Статистика по отметкам», «Сравнение с журналом», «Распределение первичных баллов», «Выполнение заданий»); маркеры P2, P3, P8 по этим данным не рассчитываются — нет данных');
    expect(text).toMatch(/P7 трудные лучше лёгких: разрыв \d+,?\d* п\. п\. \(по отчёту о выполнении заданий; порог 10 п\. п\.\)/);
  });
});
