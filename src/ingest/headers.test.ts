// Header words of the name columns: the municipality (or the department in charge of education) and the school, as
// regions write them; a grade and a subject code are no mark.
import { recogniseRole } from './headers';

describe('header words of the name columns', () => {
  it.each([
    'Муниципальное образование', 'Наименование органа управления образованием', 'Орган управления образованием',
    'Муниципальный орган управления образованием', 'Наименование МОУО', 'Муниципальный район (городской округ)',
    'Муниципальный район / городской округ', 'Муниципальный район/городской округ', 'Наименование муниципального района / городского округа',
    'Район/город', 'Город/район', 'МО/ГО', 'МО', 'Наименование муниципального образования', 'Управление образования', 'Территория',
    'Городской округ', 'Муниципальный округ',
  ])('«%s» is the municipality', (text) => {
    expect(recogniseRole(text)).toBe('municipality');
  });

  it.each([
    'Наименование ОО', 'Полное наименование ОО', 'ОО', 'Образовательная организация (школа)', 'Наименование образовательной организации',
    'Наименование муниципального общеобразовательного учреждения', 'Школа', 'Наименование',
  ])('«%s» is the school', (text) => {
    expect(recogniseRole(text)).toBe('school');
  });

  it.each(['4 РУ', '5 МА', '8 ФИ', '11 ХИ'])('«%s» is no mark column', (text) => {
    expect(recogniseRole(text)).toBeUndefined();
  });
});
