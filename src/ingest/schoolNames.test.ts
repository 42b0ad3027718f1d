// School names: display form and matching key (prefixes, quotes, spaces, ё/е, Latin look-alikes, branches, codes).
import { displayName, loginCode, schoolKey } from './schoolNames';

describe('displayName', () => {
  it.each([
    ['МБОУ «Ивановская СОШ»', 'Ивановская СОШ'],
    ['Ивановская СОШ', 'Ивановская СОШ'],
    ['МБОУ Ивановская СОШ ', 'Ивановская СОШ'],
    ['МАОУ "Гимназия № 2"', 'Гимназия № 2'],
    ['МКОУ „Липовская ООШ“', 'Липовская ООШ'],
    ['МОУ  Лицей   №5', 'Лицей № 5'],
    ['ГБОУ «Школа № 1»', 'Школа № 1'],
    ['ЧОУ «Частная школа»', 'Частная школа'],
    ['МБОУ СОШ № 1 п. Озёрный', 'СОШ № 1 п. Озёрный'],
    ['СОШ № 1 п. Озёрный', 'СОШ № 1 п. Озёрный'],
    ['(sch500100) МБОУ "Берёзовская СОШ"', 'Берёзовская СОШ'],
    ['MБOУ «Ивановская COШ»', 'Ивановская СОШ'],
    ['Муниципальное бюджетное общеобразовательное учреждение «Ивановская СОШ»', 'Ивановская СОШ'],
  ])('%p → %p', (raw, name) => expect(displayName(raw)).toBe(name));
});

describe('schoolKey', () => {
  it('gives one key to every spelling of a school', () => {
    const spellings = ['МБОУ «Ивановская СОШ»', 'Ивановская СОШ', 'МБОУ Ивановская СОШ ', 'ивановская сош', 'Ивановская COШ',
      'MБOУ «Ивaновская СОШ»', '(sch123456) МБОУ "Ивановская СОШ"'];
    const keys = new Set(spellings.map(schoolKey));
    expect(keys.size).toBe(1);
  });
  it('treats ё and е alike and unifies "№"', () => {
    expect(schoolKey('Берёзовская СОШ')).toBe(schoolKey('Березовская СОШ'));
    expect(schoolKey('Лицей №5')).toBe(schoolKey('Лицей № 5'));
    expect(schoolKey('Лицей N 5')).toBe(schoolKey('Лицей № 5'));
  });
  it('keeps a branch apart from its main school', () => {
    expect(schoolKey('Ключевская СОШ (филиал Малоключевская ООШ)')).not.toBe(schoolKey('Ключевская СОШ'));
  });
  it('reads login codes', () => {
    expect(loginCode('(sch500100) МБОУ "Берёзовская СОШ"')).toBe('sch500100');
    expect(loginCode('edu123456 Школа')).toBe('edu123456');
    expect(loginCode('Берёзовская СОШ')).toBeUndefined();
  });
  it('shortens full legal names to what tells the school apart, typos, <…> and unbalanced quotes included', () => {
    expect(displayName('Муниципальное бюджетное общеобразовательное учреждение "Средняя общеобразовательная школа № 6"')).toBe('СОШ № 6');
    expect(displayName('Муниципальное казённое общеобразовательное учрждение «Средняя общеебразовательная школа с. Дубовое')).toBe('СОШ с. Дубовое');
    expect(displayName('Муниципальное бюджетное общеобразовательное учреждение <Лицей № 23>')).toBe('Лицей № 23');
    expect(displayName('МБОУ «Основная общеобразовательная школа №3 п. Бира»')).toBe('ООШ № 3 п. Бира');
    expect(displayName('МКОУ «Начальная общеобразовательная школа-детский сад»')).toBe('НОШ-детский сад');
  });
  it('finds one school across years when its legal form changed (МБОУ → МАОУ) or its type was written out', () => {
    expect(schoolKey('МАОУ «СОШ № 7»')).toBe(schoolKey('МБОУ «Средняя общеобразовательная школа №7»'));
    expect(schoolKey('Муниципальное автономное общеобразовательное учреждение "Гимназия № 1"')).toBe(schoolKey('МБОУ Гимназия №1'));
  });
});

describe('debris never reaches a name (issue 18)', () => {
  it.each([
    [': Усть-Энская ООШ', 'Усть-Энская ООШ'],
    ['МБОУ: Усть-Энская ООШ', 'Усть-Энская ООШ'],
    ['СОШ СОШ № 31', 'СОШ № 31'],
    ['МБОУ СОШ «Средняя общеобразовательная школа № 31»', 'СОШ № 31'],
    ['- гимназия № 1', 'Гимназия № 1'],
    ['— лицей №2 ,', 'Лицей № 2'],
    ['усть-энская ООШ', 'Усть-энская ООШ'],
    ['Школа им. Пушкина А.С.', 'Школа им. Пушкина А.С.'],
    ['Лицей Лицей № 5', 'Лицей № 5'],
  ])('%p → %p', (raw, name) => expect(displayName(raw)).toBe(name));
  it('gives the cleaned name the key of the clean one', () => {
    expect(schoolKey('СОШ СОШ № 31')).toBe(schoolKey('СОШ № 31'));
    expect(schoolKey(': Усть-Энская ООШ')).toBe(schoolKey('Усть-Энская ООШ'));
  });
});

describe('format characters never tell two schools apart (issue 21)', () => {
  it.each([
    ['zero-width space', 'Лес\u200Bная СОШ'],
    ['zero-width joiner', 'Лес\u200Dная СОШ'],
    ['soft hyphen', 'Лес\u00ADная СОШ'],
    ['right-to-left override', '\u202EЛесная СОШ\u202C'],
    ['right-to-left isolate', '\u2067Лесная\u2069 СОШ'],
    ['byte order mark', '\uFEFFЛесная СОШ'],
    ['variation selector', 'Лесная\uFE0F СОШ'],
    ['word joiner', 'Лесная\u2060 СОШ'],
    ['supplementary variation selector', 'Лесная\u{E0100} СОШ'],
  ])('%s', (_what, raw) => {
    expect(schoolKey(raw)).toBe(schoolKey('Лесная СОШ'));
    expect(displayName(raw)).toBe('Лесная СОШ');
  });
});

describe('long names', () => {
  it('are matched on their first 1 000 characters, whatever they repeat', () => {
    const long = 'средн'.repeat(6554);
    expect(displayName(long)).toBe(`С${long.slice(1, 1000)}`);
    expect(displayName(`Лицей № 5 ${'средняя '.repeat(4096)}`).length).toBeLessThanOrEqual(1000);
  });
});
