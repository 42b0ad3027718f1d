// CLI argument parsing: flags of cli.md, defaults of methodology.md, usage errors.
import { UsageError, parseAnalyzeArgs } from '../../src/cli/args';
import { DEFAULT_PROCEDURES } from '../../src/core/parameters';

describe('parseAnalyzeArgs', () => {
  it('takes files and keeps the methodology defaults', () => {
    const a = parseAnalyzeArgs(['a.xlsx', 'b.xlsx']);
    expect(a.files).toEqual(['a.xlsx', 'b.xlsx']);
    expect(a.parameters.threshold).toBe(30);
    expect(a.parameters.procedures).toBe(DEFAULT_PROCEDURES);
    expect(a.parameters.targetYear).toBeUndefined();
    expect(a.lang).toBe('ru');
  });

  it('reads every flag, in both "--flag value" and "--flag=value" forms', () => {
    const a = parseAnalyzeArgs(['f.xlsx', '--year', '2023', '--threshold=25,5', '--out', 'o.xlsx', '--json=-', '--lang', 'en', '--small-sample', '3']);
    expect(a.parameters.targetYear).toBe(2023);
    expect(a.parameters.threshold).toBe(25.5);
    expect(a.parameters.smallSample).toBe(3);
    expect(a.out).toBe('o.xlsx');
    expect(a.json).toBe('-');
    expect(a.lang).toBe('en');
  });

  it('accepts default, all and explicit procedure lists', () => {
    expect(parseAnalyzeArgs(['f', '--procedures', 'all']).parameters.procedures).toBe('all');
    expect(parseAnalyzeArgs(['f', '--procedures', 'default']).parameters.procedures).toBe(DEFAULT_PROCEDURES);
    expect(parseAnalyzeArgs(['f', '--procedures', 'ВПР|Русский язык|5;ОГЭ|Математика|9']).parameters.procedures).toEqual([
      { kind: 'ВПР', subject: 'Русский язык', grade: 5 },
      { kind: 'ОГЭ', subject: 'Математика', grade: 9 },
    ]);
  });

  it.each([
    [[], 'не указан'],
    [['f', '--threshold', 'abc'], '--threshold'],
    [['f', '--threshold', '150'], '--threshold'],
    [['f', '--year', '23'], '--year'],
    [['f', '--lang', 'de'], '--lang'],
    [['f', '--procedures', 'ВПР-5'], '--procedures'],
    [['f', '--unknown'], 'неизвестный'],
    [['f', '--out'], '--out'],
  ])('rejects %j with a message naming the problem', (argv, fragment) => {
    expect(() => parseAnalyzeArgs(argv)).toThrow(UsageError);
    expect(() => parseAnalyzeArgs(argv)).toThrow(fragment);
  });
});
