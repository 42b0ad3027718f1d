// Municipality names and keys: a subtotal row, the department's name in any wording, a city apart from its district.
import { municipalityKey, municipalityName } from './municipality';

describe('municipality', () => {
  it('gives one key to a subtotal row and to every department name of the same municipality', () => {
    const district = [
      'Облученский муниципальный район', 'Отдел образования администрации Облученского муниципального района',
      'Управление образования администрации муниципального образования "Облученский муниципальный район"',
    ];
    expect(new Set(district.map(municipalityKey)).size).toBe(1);
    const city = ['город Биробиджан', 'Отдел образования мэрии города муниципального образования «Город Биробиджан»',
      'Комитет образования администрации городского округа "Город Биробиджан"', 'г. Биробиджан'];
    expect(new Set(city.map(municipalityKey)).size).toBe(1);
  });
  it('keeps a city apart from the district named after it', () => {
    expect(municipalityKey('город Биробиджан')).not.toBe(municipalityKey('Биробиджанский муниципальный район'));
  });
  it('names the municipality without the department words, in the nominative', () => {
    expect(municipalityName('Отдел образования администрации Облученского муниципального района')).toBe('Облученский муниципальный район');
    expect(municipalityName('Комитет образования администрации городского округа "Город Чита"')).toBe('Город Чита');
    expect(municipalityName('город Биробиджан')).toBe('город Биробиджан');
  });
});
