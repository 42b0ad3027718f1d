// «Возможно, одна школа» as groups: names that differ only in their type words make one group however many there are
// (2 000 «Лесная СОШ ООШ …» are one group, not 1 999 000 pairs), and every place that prints them caps the line.
import { quotedNames } from '../../src/core/format';
import { School } from '../../src/core/model';
import { schoolKey } from '../../src/ingest/schoolNames';
import { possibleDuplicates } from '../../src/ingest/similarSchools';

const TYPES = ['СОШ', 'ООШ', 'НОШ', 'СШ', 'ОШ', 'школа'];

function school(name: string): School {
  return { key: schoolKey(name), name, aliases: [name] };
}

/** n distinct names «Лесная» + a sequence of type words (the digits of i in base 6, no word twice in a row). */
function typeWordNames(base: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) {
    const words: string[] = [];
    for (let k = i; k > 0; k = Math.floor(k / TYPES.length)) words.push(TYPES[k % TYPES.length]);
    if (words.every((w, j) => j === 0 || w !== words[j - 1])) out.push(`${base} ${words.join(' ')}`);
  }
  return out;
}

describe('possibleDuplicates', () => {
  it('puts every name sharing the rest into one group, in the order read', () => {
    const names = typeWordNames('Лесная', 2000);
    const schools = [...names.map(school), school('Гимназия № 1'), school('Мокрушинская СОШ'), school('Мокрушинская ООШ')];
    expect(new Set(schools.map((s) => s.key)).size).toBe(2003);
    const groups = possibleDuplicates(schools);
    expect(groups.map((g) => g.names.length)).toEqual([2000, 2]);
    expect(groups[0].names).toEqual(names);
    expect(groups[1]).toEqual({ keys: ['мокрушинская сош', 'мокрушинская оош'], names: ['Мокрушинская СОШ', 'Мокрушинская ООШ'] });
  });

  it('lists no group for names that differ in more than the type', () => {
    expect(possibleDuplicates(['Лесная СОШ', 'Полевая СОШ', 'СОШ № 1', 'СОШ № 2'].map(school))).toEqual([]);
  });
});

describe('quotedNames', () => {
  it('names a pair as before, a large group with a capped list and a count', () => {
    expect(quotedNames(['А', 'Б'], 5)).toBe('«А» и «Б»');
    expect(quotedNames(['А', 'Б', 'В'], 5)).toBe('«А», «Б» и «В»');
    expect(quotedNames(typeWordNames('Лесная', 2000), 3)).toBe('«Лесная ООШ», «Лесная НОШ», «Лесная СШ» и ещё 1\u00a0997');
  });
});
