// The справка: sections numbered in order, counts and names from the analysis, Russian plurals, «нет данных за Y−1».
import { buildNote } from '../../src/report/note/buildNote';
import { sortVerdicts } from '../../src/report/shnorSheet';
import { NoteDoc } from '../../src/report/note/model';
import { buildNoteSheet } from '../../src/report/note/noteSheet';
import { changeText, joinNames, schools } from '../../src/report/note/words';
import { emptyAnalysis, makeFixture, makeInfo } from './fixtures';
import { integrityProblems } from './sheetHelpers';

const text = (doc: NoteDoc): string => doc.blocks.map((b) => (b.type === 'table' ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n') : b.type === 'list' ? b.items.join('\n') : b.text)).join('\n');

describe('buildNote', () => {
  const { analysis, info } = makeFixture();
  const doc = buildNote(analysis, info.generatedAt);
  const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor');

  it('numbers the sections that have something to say, in order', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings.map((h) => Number(h.split('.')[0]))).toEqual(headings.map((_, i) => i + 1));
    expect(headings[0]).toBe('1. Перечень ШНОР в 2024 г.');
  });

  it('states the count by criteria, the movement against last year and each school with its low results', () => {
    const k1 = shnor.filter((v) => v.criteria.includes('K1')).length;
    const k2 = shnor.filter((v) => v.criteria.includes('K2')).length;
    const all = text(doc);
    expect(all).toContain(`В 2024 г. выявлено ${schools(shnor.length)} с низкими образовательными результатами (доля «2» не ниже 30 %): по критерию К1 — ${k1}, по критерию К2 — ${k2}.`);
    const entered = sortVerdicts(analysis.identification.verdicts, 2024).filter((v) => v.listChange === 'entered').map((v) => v.name);
    if (entered.length > 0) expect(all).toContain(`вошли в перечень — ${joinNames(entered)}`);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r[1]) : []).toEqual(expect.arrayContaining(shnor.map((v) => v.name)));
  });

  it('says there is no data for Y−1 instead of an empty movement, and that no school was found', () => {
    const empty = text(buildNote(emptyAnalysis(), makeInfo().generatedAt));
    expect(empty).toContain('В 2024 г. школ с низкими образовательными результатами не выявлено');
    expect(empty).toContain('Нет данных за 2023 г.: движение по перечню и критерий К2 проверить нельзя.');
  });

  it('renders as a sheet whose ranges all lie inside its grid, printable portrait', () => {
    const sheet = buildNoteSheet(doc);
    expect(integrityProblems(sheet)).toEqual([]);
    expect(sheet.columnWidths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(130);
  });
});

describe('Russian wording', () => {
  it('declines «школа» by number and joins names with «и»', () => {
    expect([1, 2, 3, 5, 11, 21, 22, 25, 111].map(schools)).toEqual(['1 школа', '2 школы', '3 школы', '5 школ', '11 школ', '21 школа', '22 школы', '25 школ', '111 школ']);
    expect([[], ['А'], ['А', 'Б'], ['А', 'Б', 'В']].map(joinNames)).toEqual(['', 'А', 'А и Б', 'А, Б и В']);
    expect(changeText(33.3, 50, 2)).toBe('выросла с 33,3 % до 50 %');
    expect(changeText(50, 33.3, 2)).toBe('снизилась с 50 % до 33,3 %');
    expect(changeText(10, 11, 2)).toBe('почти не изменилась (10 % и 11 %)');
  });
});
