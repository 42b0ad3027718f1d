// Shared by «Динамика» and «Когорты»: the low-share rule, the change colours, and the municipality/code columns.
import { ConditionalFormat } from './model';
import { BAD_FILL, BAD_FONT, GOOD_FILL, GOOD_FONT, MUTED_FONT, SCALE_HIGH, SCALE_LOW, SCALE_MID } from './palette';
import { DIRECTION_LABELS } from './labels';
import { SheetBuilder } from './sheetBuilder';
import { Places } from './shnorList';

/** Number format of a change in p.p.: sign always shown. */
export const CHANGE_FORMAT = '+0.0;-0.0;0.0';
/** p.p. of change at which the colour scale is at full strength. */
const CHANGE_SCALE_END = 10;

export function lowRule(range: string, threshold: number): ConditionalFormat {
  return { type: 'cellIs', range, operator: 'greaterThanOrEqual', values: [threshold], style: { fill: BAD_FILL, fontColor: BAD_FONT } };
}

/** Colour scale on the change (green = fewer «2», red = more) and text colours on the direction. */
export function addChangeRules(sheet: SheetBuilder, change: string, direction: string): void {
  sheet.format(change, CHANGE_FORMAT);
  // Fixed ends: a change of ±1 p.p. stays pale, ±CHANGE_SCALE_END p.p. and more is full colour.
  sheet.conditional({
    type: 'colorScale', range: change, colors: [SCALE_LOW, SCALE_MID, SCALE_HIGH], midpoint: 0, min: -CHANGE_SCALE_END, max: CHANGE_SCALE_END,
  });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.worsened, style: { fill: BAD_FILL, fontColor: BAD_FONT } });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.improved, style: { fill: GOOD_FILL, fontColor: GOOD_FONT } });
  sheet.conditional({ type: 'textEquals', range: direction, text: DIRECTION_LABELS.stable, style: { fontColor: MUTED_FONT } });
}

/** Municipality (and login code) columns after the school's name, only when the data spans several municipalities. */
export function placeColumns(places: Places): { headers: string[]; widths: number[]; values: (schoolKey: string) => string[] } {
  if (!places.several) return { headers: [], widths: [], values: () => [] };
  return {
    headers: ['Муниципалитет', ...(places.codes ? ['Логин / код'] : [])],
    widths: [20, ...(places.codes ? [12] : [])],
    values: (key) => {
      const p = places.of.get(key);
      return [p?.municipality ?? '', ...(places.codes ? [p?.code ?? ''] : [])];
    },
  };
}
