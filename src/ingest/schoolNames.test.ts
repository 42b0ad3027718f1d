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
});
