// Section 1 of the справка (§4a): the organ and the addressee the user filled, the title, the territory, the period
// and the data used. The territory is a name the sheets gave (never «рассчитано по школам» or an «Итого» row).
import { Analysis } from '../../../core/results';
import { NoteBlock } from '../model';
import { count, inYear, yearsSpan } from '../words';
import { NoteContext } from './context';

/** Names a sheet gives to totals, not to a territory. */
const NOT_A_TERRITORY = /итог|всего|по\s+выборке|рассчитано|по данным листов/i;

/** The territory the справка is about: the region of a regional form, else the one municipality the sheets named. */
export function territoryName(analysis: Analysis): string | undefined {
  const municipalities = new Set(analysis.dataset.schools.map((s) => s.municipality).filter((m): m is string => m !== undefined));
  const aggregateNames = (level: string): Set<string> =>
    new Set(analysis.dataset.aggregates.filter((a) => a.level === level && !NOT_A_TERRITORY.test(a.name)).map((a) => a.name.trim()));
  const regions = aggregateNames('region');
  if (municipalities.size > 1) return regions.size === 1 ? [...regions][0] : undefined;
  const named = aggregateNames('municipality');
  if (named.size === 1) return [...named][0];
  return municipalities.size === 1 ? [...municipalities][0] : undefined;
}

export function noteTitle(y: number): string {
  return `Аналитическая справка по результатам выявления школ с низкими образовательными результатами (ШНОР) ${inYear(y)}`;
}

export function headerSection(ctx: NoteContext): NoteBlock[] {
  const { analysis, settings, y } = ctx;
  const blocks: NoteBlock[] = [];
  if (settings.organ) blocks.push({ type: 'lines', lines: [settings.organ], align: 'center', bold: true });
  if (settings.addressee) blocks.push({ type: 'lines', lines: settings.addressee.split(/\n/), align: 'right' });
  blocks.push({ type: 'lines', lines: [noteTitle(y)], align: 'center', bold: true, large: true });
  const years = analysis.years.filter((yr) => yr <= y);
  const kinds = [...new Set(analysis.dataset.results.filter((r) => r.year <= y).map((r) => r.procedure.kind))];
  const schoolCount = new Set(analysis.dataset.results.map((r) => r.schoolKey)).size;
  const municipalities = new Set(analysis.dataset.schools.map((s) => s.municipality).filter(Boolean)).size;
  const territory = territoryName(analysis);
  const scope = [count(schoolCount, 'школа', 'школы', 'школ'), ...(municipalities > 1 ? [count(municipalities, 'муниципалитет', 'муниципалитета', 'муниципалитетов')] : [])];
  blocks.push({
    type: 'lines', align: 'center', italic: true,
    lines: [`${territory ? `${territory}. ` : ''}Период: ${yearsSpan(years)}; данные: ${kinds.join(', ')} (${scope.join(', ')}).`],
  });
  return blocks;
}
