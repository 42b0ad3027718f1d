// Параметры sheet: parameters used, time and version, the sources read, every warning with its cell.
import { Warning } from '../../src/core/model';
import { Doubt } from '../../src/ingest/types';
import { buildParametersSheet } from '../../src/report/parametersSheet';
import { compareRuleSets } from '../../src/core/ruleSets/compare';
import { SheetSpec } from '../../src/report/model';
import { makeFixture, makeInfo } from './fixtures';
import { integrityProblems, rowWhere, valueAt } from './sheetHelpers';

const param = (sheet: SheetSpec, key: string) => valueAt(sheet, rowWhere(sheet, 1, key), 2);

describe('buildParametersSheet', () => {
  const { analysis, info } = makeFixture();
  const sheet = buildParametersSheet(analysis, info);

  it('lists the parameters, the time of the run and the version', () => {
    expect(sheet.kind).toBe('parameters');
    expect(sheet.name).toBe('Параметры');
    expect(param(sheet, 'Порог доли «2», %')).toBe(30);
    expect(param(sheet, 'Процедуры')).toBe('ВПР-5 русский язык; ВПР-5 математика; ОГЭ математика');
    expect(param(sheet, 'Целевой год')).toBe(2024);
    expect(param(sheet, 'Малая выборка, участников')).toBe(5);
    expect(param(sheet, 'Зона риска, п.п.')).toBe(5);
    expect(param(sheet, 'Порог объективности, %')).toBe(30);
    expect(param(sheet, 'Без изменений в пределах, п.п.')).toBe(2);
    expect(param(sheet, 'Сформировано')).toBe('2024-11-23 10:15');
    expect(param(sheet, 'Версия')).toBe('0.1.0-test');
    expect(param(sheet, 'Файлы')).toBe('results.xlsx');
  });

  it('names the rule set with its source, the minimum of participants, and lists the schools two rule sets disagree on', () => {
    const f0 = makeFixture({ parameters: { ruleSet: 'same-procedure', minParticipants: 3, compareRules: 'municipal' } });
    const { dataset, identification } = f0.analysis;
    const f = { ...f0, analysis: { ...f0.analysis, comparison: compareRuleSets(dataset, identification.parameters, identification, 'municipal') } };
    const s = buildParametersSheet(f.analysis, f.info);
    expect(String(param(s, 'Правила'))).toMatch(/^«К2 по одной процедуре» — формулировка проверок Рособрнадзора/);
    expect(param(s, 'Минимум участников')).toBe('3: результат с меньшим числом участников не считается низким');
    expect(String(param(s, 'Сравнение с правилами'))).toMatch(/^«Муниципальная» — муниципальные программы/);
    const header = rowWhere(s, 1, `Сравнение правил: «К2 по одной процедуре» и «Муниципальная» — различий: ${f.analysis.comparison?.differences.length}`);
    expect(header).toBeGreaterThan(0);
    for (const d of f.analysis.comparison?.differences ?? []) expect(rowWhere(s, 1, d.name)).toBeGreaterThan(header);
    expect(integrityProblems(s)).toEqual([]);
  });

  it('writes «возможно, одна школа» one row per group, a large group with ten names and a count', () => {
    const f = makeFixture();
    const big = Array.from({ length: 2000 }, (_, i) => `Лесная ${i === 0 ? 'СОШ' : `СОШ ${'ООШ '.repeat(i).trim()}`}`);
    const groups = [{ keys: big, names: big }, { keys: ['м сош', 'м оош'], names: ['Мокрушинская СОШ', 'Мокрушинская ООШ'] }];
    const s = buildParametersSheet({ ...f.analysis, dataset: { ...f.analysis.dataset, possibleDuplicates: groups } }, f.info);
    const header = rowWhere(s, 1, 'Возможно, одна школа') + 1;
    expect(s.values[header - 1].slice(0, 3)).toEqual(['Школа', 'Похожая', 'Решение']);
    expect(valueAt(s, header + 1, 1)).toBe('Лесная СОШ');
    expect(valueAt(s, header + 1, 2)).toBe(`${big.slice(1, 11).map((n) => `«${n}»`).join(', ')} и ещё 1\u00a0989`);
    expect([valueAt(s, header + 2, 1), valueAt(s, header + 2, 2)]).toEqual(['Мокрушинская СОШ', 'Мокрушинская ООШ']);
    expect(valueAt(s, header + 3, 1)).not.toBe('Лесная СОШ');
  });

  it('shows changed parameters', () => {
    const f = makeFixture({ parameters: { threshold: 25, stableBand: 1.5, procedures: 'all' } });
    const s = buildParametersSheet(f.analysis, f.info);
    expect(param(s, 'Порог доли «2», %')).toBe(25);
    expect(param(s, 'Без изменений в пределах, п.п.')).toBe(1.5);
    expect(param(s, 'Процедуры')).toBe('все процедуры в данных: ВПР-5 русский язык; ВПР-5 математика; ОГЭ математика');
  });

  it('lists every source sheet read, with its layout in Russian and why a sheet was skipped', () => {
    const header = rowWhere(sheet, 3, 'Диапазон');
    expect(sheet.values[header - 1]).toEqual([
      'Файл', 'Лист', 'Диапазон', 'Макет', 'Год', 'Процедура', 'Класс', 'Предметы', 'Строк', 'Результатов', 'Школ', 'Агрегатов', 'Пропущен',
    ]);
    expect(sheet.values[header]).toEqual([
      'results.xlsx', 'ВПР-2024', 'A1:I437', 'длинная таблица', 2024, 'ВПР', 5, 'Русский язык, Математика', 436, 400, 2, 1, '',
    ]);
    expect(sheet.values[header + 1]).toEqual(['results.xlsx', 'ОГЭ', 'A1:D12', '', null, '', null, '', 0, 0, 0, 0, 'Не найден год']);
  });

  it('lists every warning with its file, sheet and cell', () => {
    const warnings: Warning[] = Array.from({ length: 30 }, (_, i) => ({
      file: i % 2 ? 'a.xlsx' : 'b.xlsx', sheet: `Лист${i}`, ...(i % 3 ? { cell: `C${i + 2}` } : {}), message: `Сообщение ${i}`,
    }));
    const f = makeFixture({ warnings });
    const s = buildParametersSheet(f.analysis, f.info);
    const header = rowWhere(s, 4, 'Сообщение');
    expect(s.values[header - 1].slice(0, 4)).toEqual(['Файл', 'Лист', 'Ячейка', 'Сообщение']);
    expect(valueAt(s, header - 1, 1)).toBe('Предупреждения (30)');
    const rows = s.values.slice(header, header + 30).map((r) => r.slice(0, 4));
    expect(rows).toEqual(warnings.map((w) => [w.file, w.sheet, w.cell ?? '', w.message]));
    expect(s.values).toHaveLength(header + 30);
    expect(s.styles).toContainEqual({ range: `D${header + 1}:D${header + 30}`, style: { wrap: true } });
    expect(integrityProblems(s)).toEqual([]);
  });

  it('opens with the «Сомнения» block — what was decided, the schools that depend on it, how to correct it — before the parameters', () => {
    const doubt: Doubt = {
      kind: 'units', file: 'form.xlsx', sheet: '2023', cell: 'E', decided: 'столбец E («…, %») по заголовку — доля, но … прочитан как число учащихся с «2»',
      fix: 'Укажите роль столбца вручную.', schools: [{ key: 'a', name: 'СОШ № 5 г. Энска' }, { key: 'b', name: 'Лицей № 1' }],
    };
    const s = buildParametersSheet(analysis, { ...info, doubts: [doubt] });
    const title = rowWhere(s, 1, 'Сомнения (1): решение, от которого зависят выводы о школах, — проверьте');
    expect(title).toBe(3);
    expect(s.values[title].slice(0, 4)).toEqual(['Где', 'Что решено', 'Зависят выводы о школах', 'Как исправить']);
    expect(s.values[title + 1].slice(0, 4)).toEqual(['form.xlsx, лист «2023», столбец E', doubt.decided, 'СОШ № 5 г. Энска; Лицей № 1', doubt.fix]);
    expect(rowWhere(s, 1, 'Правила')).toBeGreaterThan(title + 1);
    expect(integrityProblems(s)).toEqual([]);
  });

  it('says «Сомнений нет» first when there are none, and lists every row taken as an aggregate with its evidence', () => {
    const source = { ...info.sources[0], aggregateRows: [{ name: 'Итого по области', cell: 'B16', level: 'total' as const, by: 'both' as const, evidence: 'подпись «Итого по области»; числа — сумма строк 7–15' }] };
    const s = buildParametersSheet(analysis, { ...info, sources: [source], doubts: [] });
    expect(rowWhere(s, 1, 'Сомнений нет')).toBe(3);
    const section = rowWhere(s, 1, 'Строки, взятые как итоги, а не школы (1), и почему');
    expect(valueAt(s, section + 1, 1)).toBe('results.xlsx, лист «ВПР-2024», B16 «Итого по области» — итог: подпись «Итого по области»; числа — сумма строк 7–15');
    expect(integrityProblems(s)).toEqual([]);
  });

  it('says so when there are no warnings and no sources', () => {
    const f = makeFixture({ warnings: [] });
    const s = buildParametersSheet(f.analysis, makeInfo([]));
    expect(rowWhere(s, 1, 'Предупреждений нет.')).toBeGreaterThan(0);
    expect(rowWhere(s, 1, 'Источники не переданы.')).toBeGreaterThan(0);
    expect(integrityProblems(s)).toEqual([]);
    expect(integrityProblems(sheet)).toEqual([]);
  });
});
