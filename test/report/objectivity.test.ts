// The справка's objectivity section and the sheet «Объективность» (§7): flagged schools with their markers in a table
// (an appendix when long), plainly «not checked» where no check was possible; data checks first; printable.
import { buildNote } from '../../src/report/note/buildNote';
import { buildObjectivitySheet } from '../../src/report/objectivitySheet';
import { buildReport } from '../../src/report/buildReport';
import { objectivityWork } from '../../src/core/testing/builders';
import { Verdict } from '../../src/core/results';
import { makeFixture, makeInfo, VPR5_MA, VPR5_RU, Y } from './fixtures';
import { NoteBlock } from '../../src/report/note/model';

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
    const rows = sheet.values.slice(header + 1).filter((r) => r[1] === 'ВПР-5 русский язык 2024');
    expect(String(rows[0][4])).toBe('задание 3: 0 баллов у всех (14 уч.), в регионе 81\u00a0%');
    const alex = rows.find((r) => r[0] === 'Алексеевская СОШ');
    expect(alex?.[5]).toBe('есть');
    expect(alex?.[7]).toBe('● r\u00a0=\u00a0-0,25, n\u00a0=\u00a022');
    expect(alex?.[10]).toBe('—');
  });

  it('is printable like the other sheets: landscape, header rows repeated, a footer with its title', () => {
    const model = buildReport(analysis, makeInfo());
    const spec = model.sheets.find((s) => s.kind === 'objectivity');
    expect(spec?.print).toMatchObject({ orientation: 'landscape', repeatRows: { first: 1, last: header + 1 }, footer: { title: 'Признаки необъективности ВПР 2024 г.' } });
    expect(sheet.freeze).toEqual({ rows: header + 1, columns: 2 });
  });
});
