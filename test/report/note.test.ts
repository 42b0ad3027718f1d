// The справка: sections in order, true counts, years in every comparison, appendices holding every school of a long
// list, conclusions with numbers, Russian plurals and non-breaking spaces, the user's header and signature fields —
// on hand-made fixtures, on the sample district and on a generated region of 640 schools.
import { pluralRu } from '../../src/core/format';
import { Analysis } from '../../src/core/results';
import { buildNote } from '../../src/report/note/buildNote';
import { NoteBlock, NoteDoc } from '../../src/report/note/model';
import { buildNoteSheet, MAX_CELL_TEXT, splitText, tableSpans } from '../../src/report/note/noteSheet';
import { noteText } from '../../src/report/note/plainText';
import { LIST_LIMIT } from '../../src/report/note/sections/context';
import { sortVerdicts } from '../../src/report/shnorSheet';
import { changeText, cohorts, joinNames, schools, typeset, withParticipants } from '../../src/report/note/words';
import { emptyAnalysis, makeFixture, makeInfo } from './fixtures';
import { integrityProblems } from './sheetHelpers';
import { NOTE_NOW, regionAnalysis, sampleAnalysis } from './noteRegion';

const NB = '\u00A0';
const plain = (s: string): string => s.replace(/\u00A0/g, ' ');
const headings = (doc: NoteDoc): string[] => doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));

/** The blocks between the appendix heading that starts with `title` and the next appendix. */
function appendix(doc: NoteDoc, title: RegExp): NoteBlock[] {
  const start = doc.blocks.findIndex((b) => b.type === 'appendix' && title.test(plain(b.text)));
  if (start < 0) return [];
  const end = doc.blocks.findIndex((b, i) => i > start && b.type === 'appendix');
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** Every text of the main part (before the first appendix). */
function mainText(doc: NoteDoc): string {
  const end = doc.blocks.findIndex((b) => b.type === 'appendix');
  return noteText({ ...doc, blocks: doc.blocks.slice(0, end < 0 ? undefined : end) });
}

function tableCells(blocks: readonly NoteBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string')) : []));
}

describe('buildNote on a hand-made analysis', () => {
  const { analysis, info } = makeFixture();
  const doc = buildNote(analysis, info.generatedAt);
  const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor');

  it('numbers the sections that have something to say, in order', () => {
    const h = headings(doc);
    expect(h.map((t) => Number(t.split('.')[0]))).toEqual(h.map((_, i) => i + 1));
    expect(h[0]).toBe(`1. Перечень ШНОР в 2024${NB}г.`);
    expect(plain(h[h.length - 1])).toMatch(/Выводы и предложения$/);
  });

  it('states the count by criteria, the movement against last year and each school with its low results', () => {
    const k1 = shnor.filter((v) => v.criteria.includes('K1')).length;
    const k2 = shnor.filter((v) => v.criteria.includes('K2')).length;
    const all = plain(noteText(doc));
    expect(all).toContain(`В 2024 г. выявлено ${plain(schools(shnor.length))} с низкими образовательными результатами (доля «2» не ниже 30 %): по критерию К1 — ${k1}, по критерию К2 — ${k2}.`);
    const entered = sortVerdicts(analysis.identification.verdicts, 2024).filter((v) => v.listChange === 'entered').map((v) => v.name);
    if (entered.length > 0) expect(all).toContain(`вошли в перечень — ${entered.length}: ${entered.join(', ')}`);
    expect(tableCells(doc.blocks)).toEqual(expect.arrayContaining(shnor.map((v) => v.name)));
  });

  it('shows both years of a К2 school (the results that make К2)', () => {
    const k2 = shnor.find((v) => v.criteria.includes('K2') && v.low.some((r) => r.year === 2023));
    expect(k2).toBeDefined();
    const table = doc.blocks.find((b) => b.type === 'table');
    const row = table?.type === 'table' ? table.rows.find((r) => r[1] === k2?.name) : undefined;
    expect(plain(String(row?.[4]))).toMatch(/^2024 г\.: .*\d %; 2023 г\.: .*\d %$/);
  });

  it('says there is no data for Y−1 instead of an empty movement, and that no school was found', () => {
    const empty = plain(noteText(buildNote(emptyAnalysis(), makeInfo().generatedAt)));
    expect(empty).toContain('В 2024 г. школ с низкими образовательными результатами не выявлено');
    expect(empty).toContain('Нет данных за 2023 г.: движение по перечню и критерий К2 проверить нельзя.');
  });

  it('says objectivity was not checked when no ВПР work of Y could be judged by the markers (§7)', () => {
    const text = plain(noteText(doc));
    expect(text).not.toContain('не проверялись');
    const id = analysis.identification;
    const without: Analysis = { ...analysis, identification: { ...id, verdicts: id.verdicts.map((v) => ({ ...v, objectivity: [], flags: v.flags.filter((f) => f !== 'objectivity') })) } };
    const t = plain(noteText(buildNote(without, info.generatedAt)));
    expect(t).toContain('Признаки необъективности в 2024 г. не проверялись: в данных нет результатов ВПР 2024 г., по которым можно рассчитать маркеры');
    expect(t).not.toMatch(/не отмечено/);
  });

  it('renders as a sheet whose ranges all lie inside its grid, printable portrait', () => {
    const sheet = buildNoteSheet(doc);
    expect(integrityProblems(sheet)).toEqual([]);
    expect(sheet.columnWidths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(130);
  });

  it('puts the fields the user filled in the header and the signature; blanks to sign by hand otherwise', () => {
    const settings = { organ: 'Отдел образования администрации Северо-Озёрского района', addressee: 'Начальнику управления образования\nИ. И. Иванову', position: 'Главный специалист', executor: 'П. П. Петрова', date: '01.12.2024' };
    const filled = buildNote(analysis, info.generatedAt, settings);
    const lines = filled.blocks.filter((b) => b.type === 'lines').flatMap((b) => (b.type === 'lines' ? b.lines : []));
    expect(lines.slice(0, 3)).toEqual([settings.organ, 'Начальнику управления образования', 'И. И. Иванову']);
    const signature = filled.blocks.find((b) => b.type === 'signature');
    expect(signature).toEqual({ type: 'signature', position: settings.position, executor: settings.executor, date: settings.date });
    const blank = doc.blocks.find((b) => b.type === 'signature');
    expect(blank).toEqual({ type: 'signature', position: expect.stringMatching(/^_+$/), executor: expect.stringMatching(/^_+$/), date: '23.11.2024' });
  });
});

describe('Russian wording', () => {
  it('declines nouns by number and joins names with «и»', () => {
    expect([1, 2, 3, 5, 11, 21, 22, 25, 111].map((n) => plain(schools(n)))).toEqual(['1 школа', '2 школы', '3 школы', '5 школ', '11 школ', '21 школа', '22 школы', '25 школ', '111 школ']);
    expect([1, 1253, 5, 11].map(cohorts)).toEqual(['1 когорта', '1253 когорты', '5 когорт', '11 когорт']);
    expect([1, 3, 11, 21].map(withParticipants)).toEqual(['при 1 участнике', 'при 3 участниках', 'при 11 участниках', 'при 21 участнике']);
    expect([[], ['А'], ['А', 'Б'], ['А', 'Б', 'В']].map(joinNames)).toEqual(['', 'А', 'А и Б', 'А, Б и В']);
  });

  it('names the years of every change, with non-breaking spaces', () => {
    expect(changeText(33.3, 2023, 50, 2024, 2)).toBe(`выросла с 33,3${NB}% в 2023${NB}г. до 50${NB}% в 2024${NB}г.`);
    expect(changeText(50, 2022, 33.3, 2024, 2)).toBe(`снизилась с 50${NB}% в 2022${NB}г. до 33,3${NB}% в 2024${NB}г.`);
    expect(changeText(10, 2023, 11, 2024, 2)).toBe(`почти не изменилась (10${NB}% в 2023${NB}г., 11${NB}% в 2024${NB}г.)`);
    expect(typeset('СОШ № 2: 50 % на 2,5 п. п. в 2024 г..')).toBe(`СОШ №${NB}2: 50${NB}% на 2,5 п.${NB}п. в 2024${NB}г.`);
  });

  it('splits a long text for the sheet at sentence boundaries, never over the limit', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Школа № ${i} — 33,3 %`).join(', ');
    const pieces = splitText(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(pieces.join(' ')).toBe(long);
  });

  it('gives each table column at least the width of its longest header word (no word broken in a header)', () => {
    const header = ['Муниципалитет', 'Школа', 'Процедура', 'Изменение'];
    const spans = tableSpans(header, [20, 30, 20, 30]);
    spans.forEach(([a, b], i) => expect((b - a + 1) * 5).toBeGreaterThanOrEqual(Math.max(...header[i].split(' ').map((w) => w.length)) * 1.2));
    expect(spans[spans.length - 1][1]).toBe(20);
  });
});

/** Forms a count must take in the nominative after a number («1253 когорты», «5 школ», «159 строк»). */
const NOUNS: readonly [RegExp, string, string, string][] = [
  [/когорт[аы]?/, 'когорта', 'когорты', 'когорт'],
  [/школ[аы]?/, 'школа', 'школы', 'школ'],
  [/строк[аи]?/, 'строка', 'строки', 'строк'],
];

describe.each([
  ['the sample district', 'sample'],
  ['a generated region of 640 schools', 'region'],
] as const)('the справка of %s', (_label, which) => {
  let analysis: Analysis;
  let doc: NoteDoc;
  let text: string;
  beforeAll(async () => {
    analysis = which === 'sample' ? await sampleAnalysis() : regionAnalysis();
    doc = buildNote(analysis, NOTE_NOW, { organ: 'Отдел образования', executor: 'П. П. Петрова', position: 'Главный специалист' });
    text = noteText(doc);
  }, 120_000);

  it('writes no cell over Excel\'s 32 767 characters (nor over its own split limit)', () => {
    const sheet = buildNoteSheet(doc);
    const longest = Math.max(...sheet.values.flat().map((v) => (typeof v === 'string' ? v.length : 0)));
    expect(longest).toBeLessThanOrEqual(32_767);
    expect(longest).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(integrityProblems(sheet)).toEqual([]);
  });

  it('breaks the «Справка» sheet\'s page above each appendix heading, and nowhere else', () => {
    const sheet = buildNoteSheet(doc);
    const headingRows = sheet.values.flatMap((row, i) => (typeof row[0] === 'string' && /^Приложение \d+\./.test(row[0]) ? [i + 1] : []));
    const appendices = doc.blocks.filter((b) => b.type === 'appendix').length;
    expect(headingRows).toHaveLength(appendices);
    expect(sheet.pageBreaks ?? []).toEqual(headingRows);
  });

  it('counts cohorts as the «Динамика» sheet does', () => {
    const all = analysis.dynamics.cohorts;
    const worse = all.filter((c) => c.direction === 'worsened').length;
    const better = all.filter((c) => c.direction === 'improved').length;
    expect(all.length).toBeGreaterThan(LIST_LIMIT);
    expect(plain(text)).toContain(`Прослежено ${plain(cohorts(all.length))}`);
    expect(plain(text)).toMatch(new RegExp(`Доля «2» выросла в ${worse} когорт(е|ах), снизилась в ${better} когорт(е|ах)`));
  });

  it('names the years of every «с … до …»', () => {
    const changes = [...plain(text).matchAll(/(?<![а-яё])с (-?[\d,]+) %(.{0,14})/g)];
    expect(changes.length).toBeGreaterThan(0);
    for (const m of changes) expect(m[2]).toMatch(/^ в \d{4} г\./);
    for (const m of plain(text).matchAll(/(?<![а-яё])до (-?[\d,]+) %(.{0,14})/g)) expect(m[2]).toMatch(/^ в \d{4} г\./);
  });

  it('lists every ШНОР, in the text or in an appendix grouped by municipality, and counts them in the text', () => {
    const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor');
    const names = shnor.length > LIST_LIMIT ? tableCells(appendix(doc, /^Приложение \d+\. Перечень ШНОР/)) : tableCells(doc.blocks);
    for (const v of shnor) expect(names).toContain(typeset(v.name));
    expect(plain(mainText(doc))).toContain(`выявлено ${plain(schools(shnor.length))}`);
    if (shnor.length > LIST_LIMIT) expect(mainText(doc)).toMatch(/в приложении \d+/);
  });

  it('numbers the ШНОР appendix 1, 2, 3 … down the table grouped by municipality, written as whole numbers on the sheet', () => {
    const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor');
    if (shnor.length <= LIST_LIMIT) return;
    const table = appendix(doc, /^Приложение \d+\. Перечень ШНОР/).find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table in the ШНОР appendix');
    expect(table.header.slice(0, 2)).toEqual(['Муниципалитет', '№']);
    expect(table.rows.map((r) => r[1])).toEqual(shnor.map((_, i) => i + 1));
    const sheet = buildNoteSheet(doc);
    const numberCells = new Set(sheet.numberFormats.filter((f) => f.format === '0.0').map((f) => f.range));
    const first = sheet.values.findIndex((row) => row.includes('№'));
    const col = sheet.values[first].indexOf('№');
    const rowOf1 = sheet.values.findIndex((row, i) => i > first && row[col] === 1);
    expect(rowOf1).toBeGreaterThan(first);
    expect(numberCells.has(`${String.fromCharCode(65 + col)}${rowOf1 + 1}:${String.fromCharCode(65 + col)}${rowOf1 + 1}`)).toBe(false);
  });

  it('puts every long list in an appendix: the main text names at most about 15 schools per list', () => {
    const risk = analysis.identification.verdicts.filter((v) => v.status === 'risk');
    if (risk.length > LIST_LIMIT) {
      const names = tableCells(appendix(doc, /Школы в зоне риска/));
      for (const v of risk) expect(names).toContain(typeset(v.name));
    }
    const flagged = analysis.identification.verdicts.filter((v) => v.flags.includes('objectivity'));
    if (flagged.length > LIST_LIMIT) {
      const names = tableCells(appendix(doc, /Вопросы к объективности/));
      for (const v of flagged) expect(names).toContain(typeset(v.name));
    }
    for (const b of doc.blocks.slice(0, doc.blocks.findIndex((x) => x.type === 'appendix'))) {
      if (b.type === 'paragraph') expect((b.text.match(/[,;] /g) ?? []).length).toBeLessThan(60);
    }
  });

  it('draws numbered conclusions, each with its numbers', () => {
    const conclusions = doc.blocks.find((b) => b.type === 'list' && b.numbered);
    const items = conclusions?.type === 'list' ? conclusions.items : [];
    expect(items.length).toBeGreaterThanOrEqual(5);
    items.forEach((item, i) => {
      expect(item.startsWith(`${i + 1}. `)).toBe(true);
      expect(item.slice(`${i + 1}. `.length)).toMatch(/\d/);
    });
    const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor').length;
    expect(plain(items[0])).toContain(`к ШНОР отнесено ${plain(schools(shnor))}`);
  });

  it('declines every counted noun and puts non-breaking spaces in «№ 2», «50 %», «п. п.», «2024 г.»', () => {
    for (const [noun, one, few, many] of NOUNS) {
      for (const m of text.matchAll(new RegExp(`([Ии]з |[Уу] |[Вв] |[Дд]ля )?(?<!\\d)(\\d+)[ ${NB}](${noun.source})(?![а-яё])`, 'g'))) {
        if (m[1]) continue; // genitive / locative contexts have their own forms
        expect(`${m[2]} ${m[3]}`).toBe(`${m[2]} ${pluralRu(Number(m[2]), one, few, many)}`);
      }
    }
    expect(text).not.toMatch(/№ \d|\d %|п\. п\.|\d г\./);
    expect(text).toContain(`${NB}%`);
    expect(text).not.toMatch(/г\.\./);
  });

  it('never lists a ШНОР as improving without «остаётся высокой»', () => {
    const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor').map((v) => typeset(v.name));
    const fellItems = doc.blocks.flatMap((b) => (b.type === 'list' ? b.items : [])).flatMap((item) => item.split('снизилась: ').slice(1).join('').split('; '));
    for (const part of fellItems) if (shnor.some((n) => part.startsWith(`${n} (`))) expect(part).toContain('остаётся высокой');
    const rows = appendix(doc, /Изменение доли «2» по процедурам/).flatMap((b) => (b.type === 'table' ? b.rows : []));
    for (const r of rows) {
      const name = r.find((c) => typeof c === 'string' && shnor.includes(c));
      if (name !== undefined && String(r[r.length - 1]).startsWith('снизилась')) expect(String(r[r.length - 1])).toContain('остаётся высокой');
    }
  });

  it('titles the territory by a name the sheets gave, never by how a figure was computed', () => {
    const header = doc.blocks.filter((b) => b.type === 'lines').flatMap((b) => (b.type === 'lines' ? b.lines : [])).join('\n');
    expect(header).not.toMatch(/рассчитано|Итого|по данным листов/);
    expect(header).toContain('Отдел образования');
  });
});
