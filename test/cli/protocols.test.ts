// The CLI on a region's pupil protocols: two years, a login directory, streamed reading, JSON by logins, --scales, --out.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ResultJson } from '../../src/cli/resultJson';
import { Generation, SchoolSpec, directoryRows, makeSchools, protocolRows, reference, xlsxOf } from '../fixtures/protocols/generate';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-protocols-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Work {
  readonly file: string;
  readonly gen: Generation;
  readonly year: number;
  readonly subject: string;
  readonly grade: number;
  readonly upper: [number, number, number];
  readonly max: number;
  readonly seed: number;
}

/** Autumn 2020 in the 2020 export, spring 2021 in the 2021 export; grades 5 and 6, both subjects. */
const WORKS: readonly Work[] = [
  { file: 'ВПР 2020 (осень) 5 класс русский язык протокол.xlsx', gen: '2020', year: 2020, subject: 'Русский язык', grade: 5, upper: [17, 28, 38], max: 45, seed: 1 },
  { file: 'ВПР 2020 (осень) 5 класс математика протокол.xlsx', gen: '2020', year: 2020, subject: 'Математика', grade: 5, upper: [6, 10, 14], max: 20, seed: 2 },
  { file: 'Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx', gen: '2021', year: 2021, subject: 'Русский язык', grade: 5, upper: [17, 28, 38], max: 45, seed: 3 },
  { file: 'Проведение работы по математике, 5 класс. ВПР 2021.xlsx', gen: '2021', year: 2021, subject: 'Математика', grade: 5, upper: [6, 11, 16], max: 20, seed: 4 },
  { file: 'Проведение работы по русскому языку, 6 класс. ВПР 2021.xlsx', gen: '2021', year: 2021, subject: 'Русский язык', grade: 6, upper: [24, 34, 44], max: 51, seed: 5 },
  { file: 'Проведение работы по математике, 6 класс. ВПР 2021.xlsx', gen: '2021', year: 2021, subject: 'Математика', grade: 6, upper: [5, 9, 13], max: 16, seed: 6 },
];
const SCHOOLS = 24;

function writeWorks(): { files: string[]; schools: Map<Work, SchoolSpec[]> } {
  const schools = new Map<Work, SchoolSpec[]>();
  const files = WORKS.map((w) => {
    const list = makeSchools(w.seed, SCHOOLS, w.max);
    schools.set(w, list);
    const file = path.join(dir, w.file);
    fs.writeFileSync(file, xlsxOf([{ name: 'Лист1', rows: protocolRows(w.gen, list) }], w.seed % 2 === 0));
    return file;
  });
  return { files, schools };
}

describe('shnor analyze on pupil protocols', () => {
  it('gives the region’s list by logins and names, every low share as the naive reference, explained down to the protocol', async () => {
    const { files, schools } = writeWorks();
    const logins = path.join(dir, 'логины.xlsx');
    fs.writeFileSync(logins, xlsxOf([{ name: 'Логины', rows: directoryRows(schools.get(WORKS[0]) as SchoolSpec[]) }]));
    const r = await runCli(['analyze', ...files, logins, '--json', '-']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/ВПР 2021\.xlsx: протокол «Лист1» — \d+ строк[аи]? учеников, 24 ОО/);
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.targetYear).toBe(2021);
    expect(json.schools).toHaveLength(SCHOOLS);
    for (const s of json.schools) expect(s.code).toMatch(/^sch22\d{4}$/);
    const first = json.schools.find((s) => s.code === 'sch221003');
    expect(first?.name).toBe('СОШ № 4 (г. Барнаул)');
    expect(first?.municipality).toBe('г. Барнаул');
    for (const w of WORKS) {
      for (const spec of schools.get(w) as SchoolSpec[]) {
        const ref = reference(spec, w.upper);
        const got = json.schools.find((s) => s.code === spec.login);
        const low = got?.low.find((l) => l.year === w.year && l.subject === w.subject && l.grade === w.grade);
        if (w.year === 2021 && ref && ref.share2 >= 30) {
          expect(low?.count2).toBe(ref.count2);
          expect(low?.participants).toBe(ref.participants);
          expect(low?.source.file).toBe(w.file);
          expect(low?.source.cell).toMatch(/^I\d+:I\d+$/);
        } else if (w.year === 2021) expect(low).toBeUndefined();
      }
    }
    const shnor = json.schools.filter((s) => s.status === 'shnor');
    expect(shnor.length).toBeGreaterThan(0);
    expect(shnor[0].explanation).toMatch(/из \d+ = [\d,]+ % \(.*Лист1!I\d+:I\d+/);
    expect(json.warnings.some((w) => /ВПР осени 2020 г\./.test(w.message))).toBe(true);
    expect(json.warnings.map((w) => w.message)).toContain(
      'Лист «Лист1»: отметки работы «ВПР 2021 г., математика, 6 класс» — по шкале «2»: 0–5, «3»: 6–9, «4»: 10–13, «5»: 14–16 (шкала поставки: ФИОКО, описание проверочной работы ВПР 2021 г. (математика, 6 класс): рекомендации по переводу первичных баллов в отметки по пятибалльной шкале)');
  });

  it('--out with protocols only writes a new workbook whose «Результаты из протоколов» reads back to the same verdicts', async () => {
    const { files } = writeWorks();
    const out = path.join(dir, 'итог.xlsx');
    const first = await runCli(['analyze', ...files, '--json', path.join(dir, 'a.json'), '--out', out]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/лист «Результаты из протоколов»/);
    const again = await runCli(['analyze', out, '--json', '-']);
    expect(again.code).toBe(0);
    const a = JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')) as ResultJson;
    const b = JSON.parse(again.out) as ResultJson;
    const summary = (j: ResultJson): string[] => j.schools.map((s) => `${s.code}|${s.status}|${s.criteria.join(',')}|${s.low.map((l) => `${l.year}:${l.subject}:${l.grade}:${l.share2.toFixed(2)}`).join(';')}`).sort();
    expect(summary(b)).toEqual(summary(a));
  });

  it('a work with no shipped scale is left out with a warning until --scales gives it', async () => {
    const list = makeSchools(9, 10, 20);
    const file = path.join(dir, 'ВПР 2023 математика 5 класс.xlsx');
    fs.writeFileSync(file, xlsxOf([{ name: 'Протокол', rows: protocolRows('2022+', list) }, { name: 'Классы', rows: [['Наименование класса', 'Количество'], ['5а', 25]] }]));
    const without = await runCli(['analyze', file, '--json', '-']);
    expect(without.code).toBe(2);
    expect(without.err).toMatch(/нет шкалы перевода баллов в отметки для работы «ВПР 2023 г\., математика, 5 класс»/);
    const scales = path.join(dir, 'шкалы.csv');
    fs.writeFileSync(scales, 'Год;Процедура;Предмет;Класс;«2»;«3»;«4»;«5»;Источник\n2023;ВПР;Математика;5;0–6;7–11;12–16;17–20;ФИОКО 2023\n');
    const withScales = await runCli(['analyze', file, '--scales', scales, '--json', '-']);
    expect(withScales.code).toBe(0);
    expect(withScales.err).toMatch(/«Классы» — список классов выгрузки ФИС ОКО: результатов в нём нет/);
    const json = JSON.parse(withScales.out) as ResultJson;
    expect(json.schools.every((s) => /^edu22\d{4}$/.test(s.code ?? ''))).toBe(true);
    expect(json.schools.find((s) => s.code === 'edu221001')?.name).toBe('СОШ № 2 (Бийский район)');
  });

  it('--scales that is not a scale table stops with a sentence naming the columns it needs', async () => {
    const bad = path.join(dir, 'не шкалы.csv');
    fs.writeFileSync(bad, 'a;b\n1;2\n');
    const r = await runCli(['analyze', path.join(dir, WORKS[2].file), '--scales', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/В файле шкал «не шкалы\.csv» не найдена строка заголовков Год \| Процедура \| Предмет \| Класс/);
  });
});
