// The справка's objectivity section and the sheet «Объективность» (§7): flagged schools with their markers in a table
// (an appendix when long), plainly «not checked» where no check was possible; data checks first; printable one page
// across at a legible scale; negative numbers with the minus sign.
import { buildNote } from '../../src/report/note/buildNote';
import { buildObjectivitySheet } from '../../src/report/objectivitySheet';
import { buildReport } from '../../src/report/buildReport';
import { objectivityWork } from '../../src/core/testing/builders';
import { Verdict } from '../../src/core/results';
import { makeFixture, makeInfo, VPR5_MA, VPR5_RU, Y } from './fixtures';
import { NoteBlock } from '../../src/report/note/model';
import { formatNumber } from '../../src/report/format';
import { markerEvidence } from '../../src/report/objectivityWords';
import { MIN_PRINT_SCALE, printScale } from '../../src/report/printSetup';
import { SheetSpec } from '../../src/report/model';

// The справка sets non-breaking spaces («2024 г.», «50 %»); the checks read plain spaces.
const texts = (blocks: readonly NoteBlock[]): string[] => blocks.map((b) => ('text' in b ? b.text.replace(/\u00a0/g, ' ') : b.type === 'table' ? b.header.join('|') : b.type === 'list' ? b.items.join('|') : 'lines' in b ? b.lines.join('|') : '')).map((t) => t.replace(/\u00a0/g, ' '));

function withWorks(works: (v: Verdict, i: number) => Verdict['objectivity']) {
  const { analysis } = makeFixture();
  const verdicts = analysis.identification.verdicts.map((v, i) => {
    const objectivity = works(v, i);
    return { ...v, objectivity, flags: objectivity.some((w) => w.flagged) ? ['objectivity' as const] : [] };
  });
  return { ...analysis, identification: { ...analysis.identification, verdicts } };
}

describe('справка: objectivity section', () => {
  it('names a flagged school with each marker\'s evidence in a table; one marker alone is not named', () => {
    const analysis = withWorks((v) => v.schoolKey === 'alex'
      ? [objectivityWork('alex', Y, VPR5_MA, [{ id: 'P5', value: 40, region: 12, n: 25, p: 0.0004 }, { id: 'P6b', value: 30, region: 8, n: 25, p: 0.002 }])]
      : [objectivityWork(v.schoolKey, Y, VPR5_RU, [{ id: 'P6a', value: 50, region: 30, n: 25, p: 0.004 }])]);
    const note = buildNote(analysis, new Date('2024-11-23T10:00:00Z'));
    const all = texts(note.blocks).join('\n');
    expect(all).toMatch(/Признаки необъективности \(два маркера или один сильный: P2, P3, P8 по русскому языку\) — у 1 школы\./);
    const table = note.blocks.find((b): b is Extract<NoteBlock, { type: 'table' }> => b.type === 'table' && b.header.includes('Маркеры и их основания'));
    expect(table?.rows).toHaveLength(1);
    expect(table?.rows[0]).toContain('Алексеевская СОШ');
    expect(String(table?.rows[0].at(-1)).replace(/\u00a0/g, ' ')).toBe('P5 избыток «5»: 40 % при 12 % по региону, n = 25, p < 0,001; P6b повысили выше региона: 30 % при 8 % по региону, n = 25, p = 0,002');
    expect(all).not.toMatch(/понизивших отметку выше ориентира/);
  });

  it('lists works with a data check first, then by school; the work without the year the section is about', () => {
    const analysis = withWorks((v) => [v.schoolKey === 'alex' ? objectivityWork('alex', Y, VPR5_MA, [{ id: 'P2', r: -0.4, value: -0.4, n: 25 }])
      : { ...objectivityWork(v.schoolKey, Y, VPR5_RU, [{ id: 'P2', r: -0.3, value: -0.3, n: 20 }]), checks: v.schoolKey === 'petr' ? [{ kind: 'zero_task' as const, count: 14, task: 3, regionSuccess: 81 }] : [] }]);
    const note = buildNote(analysis, new Date('2024-11-23T10:00:00Z'));
    const table = note.blocks.find((b): b is Extract<NoteBlock, { type: 'table' }> => b.type === 'table' && b.header.includes('Маркеры и их основания'));
    const rows = table?.rows ?? [];
    const markers = rows.map((r) => String(r.at(-1)));
    // Петровская ООШ (a data check) before Алексеевская and the others, though it comes later in the alphabet.
    expect(rows[0]).toContain('Петровская ООШ');
    expect(markers[0]).toMatch(/^ошибка данных\?: задание 3/);
    expect(rows.map((r) => r.at(-3)).filter((n) => typeof n === 'string' && n.endsWith('СОШ'))).toEqual(['Алексеевская СОШ', 'Антоновская СОШ', 'Борисовская СОШ', 'Ивановская СОШ'].filter((n) => rows.some((r) => r.includes(n))));
    expect(rows.map((r) => r.at(-2))).toContain('ВПР-5 математика');
    expect(markers.join(' ')).toMatch(/r\u00a0=\u00a0\u22120,4\b/);
    expect(markers.join(' ')).not.toMatch(/-\d/);
  });

  it('a long list goes to an appendix at the end; the section says where', () => {
    const analysis = withWorks((v) => Array.from({ length: 5 }, (_, g) => objectivityWork(v.schoolKey, Y, { kind: 'ВПР', subject: 'Русский язык', grade: 4 + g }, [{ id: 'P2', r: -0.3, value: -0.3, n: 20 }])));
    const note = buildNote(analysis, new Date('2024-11-23T10:00:00Z'));
    const all = texts(note.blocks);
    const pointer = all.findIndex((t) => /Перечень \(\d+ работ[аы]?\) — в приложении \d+\./.test(t));
    const appendix = all.findIndex((t) => /^Приложение \d+\. Признаки необъективности в 2024 г\.$/.test(t));
    expect(pointer).toBeGreaterThan(0);
    expect(appendix).toBeGreaterThan(pointer);
  });

  it('says plainly when no check was possible', () => {
    const none = buildNote(withWorks(() => []), new Date('2024-11-23T10:00:00Z'));
    expect(texts(none.blocks).join('\n')).toMatch(/Признаки необъективности в 2024 г\. не проверялись: в данных нет результатов ВПР 2024 г\., по которым можно рассчитать маркеры/);
    const few = buildNote(withWorks((v, i) => [i === 0 ? objectivityWork(v.schoolKey, Y, VPR5_RU, [])
      : { ...objectivityWork(v.schoolKey, Y, VPR5_RU, []), markers: [{ id: 'P5', state: 'no_data', reason: 'few', strong: false, n: 6 }] }]), new Date('2024-11-23T10:00:00Z'));
    expect(texts(few.blocks).join('\n')).toMatch(/Проверка невозможна \(мало участников или нет нужных данных\) — \d+ школ/);
  });
});

describe('sheet «Объективность»', () => {
  const analysis = withWorks((v, i) => [
    i === 0 ? { ...objectivityWork(v.schoolKey, Y, VPR5_RU, []), checks: [{ kind: 'zero_task' as const, count: 14, task: 3, regionSuccess: 81 }] }
      : objectivityWork(v.schoolKey, Y, VPR5_RU, v.schoolKey === 'alex' ? [{ id: 'P2', r: -0.25, value: -0.25, n: 22 }] : []),
  ]);
  const sheet = buildObjectivitySheet(analysis);
  const header = sheet.values.findIndex((r) => r[0] === 'Школа');

  it('data checks first, then flagged works; each marker cell its evidence, «—» when clear', () => {
    const rows = sheet.values.slice(header + 1).filter((r) => r[1] === 'ВПР-5 рус.');
    expect(String(rows[0][4])).toBe('задание 3: 0 баллов у всех (14 уч.), в регионе 81\u00a0%');
    const alex = rows.find((r) => r[0] === 'Алексеевская СОШ');
    expect(alex?.[5]).toBe('есть');
    expect(alex?.[7]).toBe('● r\u00a0=\u00a0\u22120,25, n\u00a0=\u00a022');
    expect(alex?.[10]).toBe('—');
  });

  it('is printable like the other sheets: landscape, header rows repeated, a footer with its title', () => {
    const model = buildReport(analysis, makeInfo());
    const spec = model.sheets.find((s) => s.kind === 'objectivity');
    expect(spec?.print).toMatchObject({ orientation: 'landscape', repeatRows: { first: 1, last: header + 1 }, footer: { title: 'Признаки необъективности ВПР 2024 г.' } });
    expect(sheet.freeze).toEqual({ rows: header + 1, columns: 2 });
  });

  it('prints one page across at 70 % or more; the empty ФИОКО column only when a list was read', () => {
    const printed = (a: typeof analysis): SheetSpec => buildReport(a, makeInfo()).sheets.find((s) => s.kind === 'objectivity') as SheetSpec;
    const plain = printed(analysis);
    const width = plain.columnWidths.length;
    expect(plain.values[header][width - 1]).toBe('Список ФИОКО');
    expect(plain.print).toMatchObject({ pagesWide: 1, area: `A1:${String.fromCharCode(64 + width - 1)}${plain.values.length}` });
    expect(plain.print?.repeatColumns).toBeUndefined();
    expect(printScale(plain)).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    const source = { file: 'fioko.xlsx', sheet: 'Лист1' } as unknown as NonNullable<typeof analysis.dataset.fiokoLists>[number]['source'];
    const listed = { ...analysis, dataset: { ...analysis.dataset, fiokoLists: [{ year: 2023, login: 'alex', name: 'Алексеевская СОШ', works: [{ grade: 5, subject: 'Русский язык' }], source }] } };
    const withList = printed(listed);
    expect(withList.print?.pagesWide).toBe(1);
    expect(withList.print?.area).toBeUndefined();
    expect(printScale(withList)).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(withList.values.find((r) => r[0] === 'Алексеевская СОШ')?.[width - 1]).toBe('в списке ФИОКО (2023: 5\u00a0РУ)');
  });

  it('groups the rows under a line per municipality with its counts; the hint wraps within the printed width', () => {
    const sections = sheet.values.slice(header + 1).filter((r) => typeof r[0] === 'string' && / — \d+ работ/.test(r[0]));
    expect(sections.length).toBeGreaterThan(0);
    expect(String(sections[0][0])).toMatch(/ — \d+ работ[аы]?; с признаками — \d+; ошибка данных\? — 1$/);
    const hint = header; // the row above the header (1-based)
    expect(sheet.merges).toContain(`A${hint}:${String.fromCharCode(64 + sheet.columnWidths.length - 1)}${hint}`);
  });
});

describe('negative numbers are printed with the minus sign «−» (U+2212)', () => {
  it('formatNumber: −0,25, never a hyphen; a value rounding to zero is 0', () => {
    expect(formatNumber(-0.25, 2)).toBe('\u22120,25');
    expect(formatNumber(-3)).toBe('\u22123');
    expect(formatNumber(-12.345)).toBe('\u221212,3');
    expect(formatNumber(-0.004, 2)).toBe('0');
    expect(formatNumber(0.25, 2)).toBe('0,25');
  });

  it('a marker\'s evidence: r = −0,25 in the sheet and in the справка', () => {
    const p2 = { id: 'P2' as const, state: 'marked' as const, strong: true, r: -0.25, value: -0.25, n: 22 };
    expect(markerEvidence(p2)).toBe('r\u00a0=\u00a0\u22120,25, n\u00a0=\u00a022');
    expect(markerEvidence({ id: 'P7', state: 'marked', strong: false, value: -12.4, z: -2.7 })).toBe('разрыв \u221212,4 п.\u00a0п., z\u00a0=\u00a0\u22122,7');
  });
});
