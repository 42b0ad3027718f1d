// Objectivity markers from ФИС ОКО school reports only (§7): P1 and P4 from «Распределение первичных баллов», P7 from
// «Выполнение заданий» (gap ≥ 0,10), P3 from two years — read from the real layout and its variants, and checked
// against the protocol path on the same pupils.
import { objectivityIndex } from '../../src/core/flags';
import { ResultRecord } from '../../src/core/model';
import { MarkerId, WorkObjectivity } from '../../src/core/objectivity';
import { params } from '../../src/core/testing/builders';
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { IngestResult } from '../../src/ingest/types';
import { journalReport, marksReport, ReportOptions, scoresReport, tasksReport } from '../fixtures/forms/fisOkoReports';
import { SchoolSpec, protocolRows } from '../fixtures/protocols/generate';
import { Plant, makeRegion, taskMaxima } from '../fixtures/protocols/region';

const MAX = taskMaxima(16, 20);
const BOUNDS: [number, number, number] = [6, 11, 16];
const OPTIONS: ReportOptions = { year: 2021, grade: 5, subject: 'Математика', bounds: BOUNDS, taskMax: MAX };

function region(seed: number, plants: ReadonlyMap<number, Plant> = new Map(), earlier = false): SchoolSpec[] {
  return makeRegion({ seed, schools: 90, taskMax: MAX, bounds: BOUNDS, plants, earlier })
    // Every present pupil has a journal mark: the journal report and the protocol compare the same pupils.
    .map((s) => ({ ...s, pupils: s.pupils.filter((p) => p.total !== null).map((p) => ({ ...p, journal: p.journal ?? 4 })) }));
}

function reports(schools: readonly SchoolSpec[], o: ReportOptions = OPTIONS): SheetGrid[] {
  return [marksReport(schools, o), journalReport(schools, o), scoresReport(schools, o), tasksReport(schools, o)];
}

/** The works judged, each keyed by its school's login (reports key schools by name, protocols by login). */
function judged(read: IngestResult): WorkObjectivity[] {
  const login = new Map(read.dataset.schools.map((s) => [s.key, s.code ?? s.key]));
  return [...objectivityIndex(read.dataset.results, read.dataset.aggregates, params({})).values()].flat()
    .map((w) => ({ ...w, schoolKey: login.get(w.schoolKey) ?? w.schoolKey }));
}

function loginOf(read: IngestResult, r: ResultRecord): string {
  return read.dataset.schools.find((s) => s.key === r.schoolKey)?.code ?? r.schoolKey;
}

function marker(w: WorkObjectivity, id: MarkerId) {
  return w.markers.find((m) => m.id === id);
}

const protocolGrid = (schools: readonly SchoolSpec[]): SheetGrid => ({
  file: 'Проведение работы по математике, 5 класс. ВПР 2021.xlsx', sheet: 'Лист1', values: protocolRows('2021', schools, MAX.length, undefined, MAX),
  originRow: 1, originCol: 1, merges: [],
});

describe('the reports are read as they are downloaded', () => {
  const schools = region(11);
  const got = ingest(reports(schools));

  it('recognises the score distribution and the task report and attaches them to every school', () => {
    const layouts = got.sheets.map((s) => [s.sheet, s.layout, s.skippedReason ?? '']);
    expect(layouts).toEqual([
      ['Статистика по отметкам', 'fisOko', ''], ['Сравнение с журналом', 'fisOko', ''],
      ['Распределение первичных баллов', 'fisOkoScores', ''], ['Выполнение заданий', 'fisOkoTasks', ''],
    ]);
    expect(got.dataset.results).toHaveLength(schools.length);
    for (const r of got.dataset.results) {
      const s = schools.find((x) => x.login === loginOf(got, r)) as SchoolSpec;
      expect(r.statistics?.scores?.n).toBe(s.pupils.length);
      // Counts come back exactly from the two-decimal percents.
      for (const [score, count] of r.statistics?.scores?.totals ?? []) expect(count).toBe(s.pupils.filter((p) => p.total === score).length);
      expect(r.statistics?.scores?.lowest3).toBe(BOUNDS[0] + 1);
      expect(r.statistics?.tasks?.max).toEqual(MAX);
    }
    const regionRow = got.dataset.aggregates.find((a) => a.level === 'region');
    expect(regionRow?.statistics?.scores?.n).toBe(schools.reduce((a, s) => a + s.pupils.length, 0));
    expect(regionRow?.statistics?.tasks?.success).toHaveLength(MAX.length);
  });

  it('reads shares given as fractions of 1, and sub-task labels «1К1», «3(2)»', () => {
    const labels = MAX.map((_, i) => (i < 3 ? `1К${i + 1}` : i === 3 ? '2' : i === 4 ? '3(1)' : i === 5 ? '3(2)' : String(i - 2)));
    const other = ingest(reports(schools, { ...OPTIONS, fractions: true, taskLabels: labels }));
    const a = got.dataset.results.map((r) => [r.schoolKey, [...(r.statistics?.scores?.totals ?? [])].join(';'), r.statistics?.tasks?.success.map((x) => (x ?? 0).toFixed(4)).join(';')]);
    const b = other.dataset.results.map((r) => [r.schoolKey, [...(r.statistics?.scores?.totals ?? [])].join(';'), r.statistics?.tasks?.success.map((x) => (x ?? 0).toFixed(4)).join(';')]);
    expect(b).toEqual(a);
    expect(other.dataset.results[0].statistics?.tasks?.labels.slice(0, 6)).toEqual(['1К1', '1К2', '1К3', '2', '3(1)', '3(2)']);
  });

  it('reads counts of pupils per score (the row adds up to the participants) as counts', () => {
    const scores = scoresReport(schools, OPTIONS);
    const values = scores.values.map((row, i) => (i < 7 ? row : row.map((v, c) => (c >= 3 && typeof v === 'number' ? Math.round((v * (row[2] as number)) / 100) : v))));
    const counted = ingest([marksReport(schools, OPTIONS), { ...scores, values }]);
    expect(counted.dataset.results.map((r) => [...(r.statistics?.scores?.totals ?? [])].join(';')))
      .toEqual(got.dataset.results.map((r) => [...(r.statistics?.scores?.totals ?? [])].join(';')));
  });

  it('names the cell of a row whose shares do not add up, and of a school with no result; reads the rest', () => {
    const scores = scoresReport(schools, OPTIONS);
    const values: RawValue[][] = scores.values.map((row) => [...row]);
    const school = values.findIndex((row) => String(row[0]).startsWith('('));
    (values[school] as RawValue[])[3] = 50;
    values.push(['(sch229999) МБОУ «Неизвестная СОШ»', 1, 12, ...new Array<RawValue>(20).fill(0), 100]);
    const read = ingest([marksReport(schools, OPTIONS), { ...scores, values }]);
    const sheet = read.sheets.find((s) => s.layout === 'fisOkoScores');
    const messages = (sheet?.warnings ?? []).map((w) => `${w.cell}: ${w.message}`);
    expect(messages.some((m) => m.startsWith(`D${school + 1}: `) && m.includes('не 100 % и не число участников'))).toBe(true);
    expect(messages.some((m) => m.startsWith(`A${values.length}: `) && m.includes('Неизвестная СОШ') && m.includes('нет результата'))).toBe(true);
    expect(read.dataset.results.filter((r) => r.statistics?.scores).length).toBe(schools.length - 1);
  });

  it('says P4 cannot be checked when no scale of the work is known', () => {
    const o: ReportOptions = { ...OPTIONS, year: 2019 };
    const read = ingest(reports(schools, o));
    const sheet = read.sheets.find((s) => s.layout === 'fisOkoScores');
    expect(sheet?.warnings.some((w) => w.message.includes('нет шкалы перевода баллов') && w.message.includes('P4'))).toBe(true);
    const p4 = judged(read).map((w) => marker(w, 'P4'));
    expect(p4.every((m) => m?.state === 'no_data' && m.reason === 'no_source')).toBe(true);
    // P1 needs no scale.
    expect(judged(read).some((w) => marker(w, 'P1')?.state !== 'no_data')).toBe(true);
  });
});

describe('statistics against protocols, same pupils', () => {
  const plants = new Map<number, Plant>([[0, 'boundary'], [1, 'hard'], [2, 'fives'], [3, 'reversed']]);
  const schools = region(23, plants);
  const fromReports = ingest(reports(schools));
  const statistics = judged(fromReports);
  const protocols = judged(ingest([protocolGrid(schools)]));
  const byLogin = (ws: WorkObjectivity[], login: string): WorkObjectivity => ws.find((w) => w.schoolKey === login) as WorkObjectivity;
  const pick = (ws: WorkObjectivity[], id: MarkerId): string[] =>
    ws.map((w) => { const m = marker(w, id); return `${w.schoolKey}:${m?.state}:${(m?.p ?? 1).toFixed(9)}:${(m?.value ?? 0).toFixed(6)}`; }).sort();

  it('a statistics sheet read before the protocols does not hide the pupils: the works are judged from the protocols', () => {
    const both = judged(ingest([...reports(schools), protocolGrid(schools)]));
    expect(both).toHaveLength(schools.length);
    expect(both.every((w) => w.source === 'protocol')).toBe(true);
    expect(pick(both, 'P2')).toEqual(pick(protocols, 'P2'));
  });

  it('every work is judged from statistics, P2 and P8 say «нет данных»', () => {
    expect(statistics.every((w) => w.source === 'statistics')).toBe(true);
    for (const w of statistics) for (const id of ['P2', 'P8'] as const) expect(marker(w, id)).toMatchObject({ state: 'no_data', reason: 'no_source' });
  });

  it('P1 and P4 are the same as from the protocols (the distribution is the pupils\' totals)', () => {
    for (const id of ['P1', 'P4', 'P5'] as const) expect(pick(statistics, id)).toEqual(pick(protocols, id));
    // P6a compares with the region row of the journal report, rounded to 0,01 %: the same verdicts, p within 10⁻³.
    for (const id of ['P6a', 'P6b'] as const) {
      const a = pick(statistics, id).map((x) => x.split(':'));
      const b = pick(protocols, id).map((x) => x.split(':'));
      expect(a.map(([k, st, , v]) => [k, st, v])).toEqual(b.map(([k, st, , v]) => [k, st, v]));
      a.forEach((x, i) => expect(Math.abs(Number(x[2]) - Number(b[i][2]))).toBeLessThan(1e-3));
    }
    expect(marker(byLogin(statistics, 'sch221000'), 'P4')).toMatchObject({ state: 'marked', data: 'score_distribution' });
  });

  it('P7 by the gap marks the school that solves hard tasks better, and few others', () => {
    expect(marker(byLogin(statistics, 'sch221001'), 'P7')).toMatchObject({ state: 'marked', data: 'task_report' });
    expect(marker(byLogin(protocols, 'sch221001'), 'P7')?.state).toBe('marked');
    const others = statistics.filter((w) => w.schoolKey !== 'sch221001' && marker(w, 'P7')?.state === 'marked');
    expect(others.length / statistics.length).toBeLessThanOrEqual(0.05);
    // Marked only with the school below the region on the easiest third and above on the hardest (value = gap in p. p.).
    expect(marker(byLogin(statistics, 'sch221001'), 'P7')?.value).toBeGreaterThanOrEqual(10);
  });

  it('each planted school shows its own marker from statistics alone; the headline stays short', () => {
    const marked = (login: string): string[] => byLogin(statistics, login).markers.filter((m) => m.state === 'marked').map((m) => m.id);
    expect(marked('sch221000')).toContain('P4');
    expect(marked('sch221002')).toContain('P5');
    expect(marked('sch221003')).toContain('P6a');
    expect(statistics.filter((w) => w.flagged).length / statistics.length).toBeLessThanOrEqual(0.1);
  });
});

describe('P3 from two years of reports', () => {
  const plants = new Map<number, Plant>([[4, 'jump']]);
  const later = region(31, plants);
  const earlier = region(31, plants, true);
  const grids = [
    ...reports(earlier, { ...OPTIONS, year: 2020, grade: 4, file: 'ВПР 2020 4 класс.xlsx' }).filter((g) => g.sheet !== 'Выполнение заданий'),
    ...reports(later, { ...OPTIONS, file: 'ВПР 2021 5 класс.xlsx' }),
  ];

  it('marks the cohort that jumps, from the score distributions of both years', () => {
    const read = ingest(grids);
    const ws = judged(read).filter((w) => w.year === 2021);
    const jump = ws.find((w) => w.schoolKey === 'sch221004') as WorkObjectivity;
    expect(marker(jump, 'P3')).toMatchObject({ state: 'marked', strong: true, data: 'score_distribution' });
    expect(jump.flagged).toBe(true);
    expect(ws.filter((w) => marker(w, 'P3')?.state === 'marked').length).toBeLessThanOrEqual(2);
    expect(ws.filter((w) => marker(w, 'P3')?.state !== 'no_data').length).toBeGreaterThan(60);
  });

  it('uses the task report with its maxima when there is no distribution', () => {
    const onlyTasks = [
      ...reports(earlier, { ...OPTIONS, year: 2020, grade: 4, file: 'ВПР 2020 4 класс.xlsx' }).filter((g) => g.sheet !== 'Распределение первичных баллов'),
      ...reports(later, { ...OPTIONS, file: 'ВПР 2021 5 класс.xlsx' }).filter((g) => g.sheet !== 'Распределение первичных баллов'),
    ];
    const read = ingest(onlyTasks);
    const jump = judged(read).find((w) => w.year === 2021 && w.schoolKey === 'sch221004') as WorkObjectivity;
    expect(marker(jump, 'P3')).toMatchObject({ state: 'marked', data: 'task_report' });
  });
});

describe('variants of the reports', () => {
  const schools = region(41);
  const base = ingest(reports(schools));
  const totals = (read: IngestResult): string[] => read.dataset.results.map((r) => `${loginOf(read, r)}:${[...(r.statistics?.scores?.totals ?? [])].join(';')}`).sort();
  const tasks = (read: IngestResult): string[] => read.dataset.results.map((r) => `${loginOf(read, r)}:${(r.statistics?.tasks?.success ?? []).map((x) => (x ?? -1).toFixed(4)).join(';')}`).sort();
  const marks = marksReport(schools, OPTIONS);
  const journal = journalReport(schools, OPTIONS);

  it('one header row «ОО | Кол-во уч. | 0 | 1 | …» with no «Кол-во ОО», scores as text with a decimal comma', () => {
    const g = scoresReport(schools, OPTIONS);
    const values: RawValue[][] = g.values.map((row, i) => {
      if (i === 5) return ['ОО', 'Кол-во уч.', ...g.values[6].slice(3)];
      if (i === 6) return null as unknown as RawValue[];
      return i < 5 ? [...row] : [row[0], row[2], ...row.slice(3).map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v))];
    }).filter((row) => row !== null);
    const read = ingest([marks, journal, { ...g, values }]);
    expect(read.sheets.find((s) => s.layout === 'fisOkoScores')?.skippedReason).toBeUndefined();
    expect(totals(read)).toEqual(totals(base));
  });

  it('context from the sheet name alone, «Кол-во участников» before «Кол-во ОО», the «Макс балл» row under the labels', () => {
    const g = tasksReport(schools, OPTIONS);
    const swap = (row: readonly RawValue[]): RawValue[] => [row[0], row[2], row[1], ...row.slice(3)];
    const values = g.values.slice(2).map((row, i) => (i < 3 ? row : swap(row)));
    // Titles «Предмет: …» and the year are gone: «ВПР 2021 5 кл математика» names the work.
    values[0] = ['Выполнение заданий (в % от числа участников)'];
    const read = ingest([marks, journal, { ...g, sheet: 'ВПР 2021 5 кл математика', values }]);
    expect(read.sheets.find((s) => s.layout === 'fisOkoTasks')?.skippedReason).toBeUndefined();
    expect(tasks(read)).toEqual(tasks(base));
    expect(read.dataset.results[0].statistics?.tasks?.max).toEqual(MAX);
  });

  it('a report whose work cannot be told says so and reads nothing', () => {
    const g = scoresReport(schools, OPTIONS);
    const values = g.values.map((row, i) => (i < 2 ? [] : row));
    const read = ingest([marks, { ...g, sheet: 'Лист1', file: 'отчёт.xlsx', values }]);
    const sheet = read.sheets.find((s) => s.layout === 'fisOkoScores');
    expect(sheet?.skippedReason).toMatch(/не удалось определить/);
    expect(read.dataset.results.every((r) => r.statistics === undefined)).toBe(true);
  });

  it('a municipality named without «район» («ЗАТО Сибирский», «Город Энск») is not a school', () => {
    const renamed = schools.map((s, i) => ({ ...s, municipality: i % 2 === 0 ? 'ЗАТО Сибирский' : 'Город Энск' }));
    const read = ingest([marksReport(renamed, OPTIONS), scoresReport(renamed, OPTIONS)]);
    const sheet = read.sheets.find((s) => s.layout === 'fisOkoScores');
    expect(sheet?.aggregates).toEqual(expect.arrayContaining(['ЗАТО Сибирский', 'Город Энск']));
    expect(sheet?.warnings.filter((w) => w.message.includes('нет результата'))).toEqual([]);
    expect(read.dataset.results.every((r) => r.statistics?.scores !== undefined)).toBe(true);
  });
});
