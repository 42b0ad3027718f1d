// The CLI on real forms: the regional ЕГЭ form and a title-metric table read from disk, skipped sheets named with
// their reasons on stderr, possibly-one-school pairs named, and merged by --settings.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ResultJson } from '../../src/cli/resultJson';
import { rawXlsx } from '../fixtures/rawXlsx';
import { MUNICIPALITIES_2022, MUNICIPALITIES_2023, applicationsSheet, regionalEgeSheet } from '../fixtures/forms/regionalEge';
import { BY_GRADE, COHORT } from '../fixtures/forms/titleMetric';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-forms-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = runCli;

describe('shnor analyze on real forms', () => {
  it('reads the regional ЕГЭ form: verdicts, counts with both cells in the JSON, the applications sheet named with its reason', async () => {
    const file = path.join(dir, 'ЕГЭ ЕАО.xlsx');
    fs.writeFileSync(file, await rawXlsx([
      regionalEgeSheet({ sheet: '2023', year: 2023, region: 'Еврейская автономная область', municipalities: MUNICIPALITIES_2023, variant: 'subtotals' }),
      regionalEgeSheet({ sheet: '2022', year: 2022, headerYear: 2023, region: 'Еврейская автономная область', municipalities: MUNICIPALITIES_2022, variant: 'departments', columnNumbers: false }),
      applicationsSheet(2023),
    ]));
    const r = await run(['analyze', file, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.schools.filter((s) => s.status === 'shnor').map((s) => s.name).sort()).toEqual(['Лицей № 23', 'СОШ № 7 с. Валдгейм', 'СОШ с. Дубовое'].sort());
    const low = json.schools.find((s) => s.name === 'СОШ № 7 с. Валдгейм')?.low.find((l) => l.subject === 'Русский язык');
    expect(low).toMatchObject({ share2: 66.67, count2: 2, participants: 3, participantsCell: 'E10', source: { sheet: '2023', cell: 'F10' } });
    expect(r.err).toContain('Пропущены листы:\n  ЕГЭ ЕАО.xlsx: «Заявления» — лист заявлений на участие (по одному числу на предмет): результатов экзамена в нём нет');
  });

  it('reads the form whose department and school columns are both headed «Наименование …»: the contents choose, the decision is said', async () => {
    const file = path.join(dir, 'ЕГЭ другие заголовки.xlsx');
    const headers = { municipalityHeader: 'Наименование', schoolHeader: 'Наименование ОО' } as const;
    fs.writeFileSync(file, await rawXlsx([
      regionalEgeSheet({ sheet: '2023', year: 2023, region: 'Еврейская автономная область', municipalities: MUNICIPALITIES_2023, variant: 'departments', ...headers }),
      regionalEgeSheet({ sheet: '2022', year: 2022, region: 'Еврейская автономная область', municipalities: MUNICIPALITIES_2022, variant: 'departments', columnNumbers: false, ...headers }),
    ]));
    const r = await run(['analyze', file, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.schools.filter((s) => s.status === 'shnor').map((s) => s.name).sort()).toEqual(['Лицей № 23', 'СОШ № 7 с. Валдгейм', 'СОШ с. Дубовое'].sort());
    expect(json.schools.filter((s) => s.status === 'risk').map((s) => s.name).sort()).toEqual(['ООШ № 3 п. Бира', 'СОШ № 7 (Облученский муниципальный район)']);
    expect(r.err).toContain('Лист «2023»: названия ОО могли быть в нескольких колонках; по содержимому ОО — колонка B «Наименование ОО» (B6)');
  });

  it('a workbook where nothing is read says why, naming the header cells', async () => {
    const file = path.join(dir, 'Свод.xlsx');
    fs.writeFileSync(file, await rawXlsx([{
      name: 'Свод',
      rows: [
        ['Информация о результатах ЕГЭ в 2024 году'],
        ['Наименование ОО', 'Кол-во участников', 'Доля «2», %'],
        ['Управление образования администрации Энского района', 120, 4],
        ['Итого по области', 120, 4],
      ],
    }]));
    const r = await run(['analyze', file, '--json', '-']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Свод.xlsx: «Свод» — в таблице нет строк с результатами ОО: все строки с числами прочитаны как итоги или муниципалитеты');
    expect(r.err).toContain('заголовки строки 2: A «Наименование ОО» (A2) — ОО');
  });

  it('names «возможно, одна школа» pairs and merges them with --settings { "*": { "schoolMerges": … } }', async () => {
    const file = path.join(dir, 'Карагай.xlsx');
    fs.writeFileSync(file, await rawXlsx([BY_GRADE, COHORT]));
    const before = await run(['analyze', file, '--json', '-']);
    expect(before.err).toContain('Возможно, одна школа: «Мокрушинская СОШ» и «Мокрушинская ООШ» — считаются разными');
    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ '*': { schoolMerges: [['Мокрушинская СОШ', 'Мокрушинская ООШ']] } }));
    const after = await run(['analyze', file, '--settings', settings, '--json', '-']);
    expect(after.code).toBe(0);
    const json = JSON.parse(after.out) as ResultJson;
    expect(json.schools.find((s) => s.name === 'Мокрушинская СОШ')?.criteria).toEqual(['K1', 'K2']);
    expect(json.schools.some((s) => s.name === 'Мокрушинская ООШ')).toBe(false);
    expect(after.err).not.toContain('Возможно, одна школа');
  });
});
