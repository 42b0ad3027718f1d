// Aggregate rows among school rows: итого, район/округ, край/область/республика, вся выборка/РФ.
import { AggregateLevel } from '../core/model';
import { fold } from './text';

/** Words that make a label a school whatever else it says ("СОШ № 1 Ивановского района"). */
const SCHOOL_MARKERS_RE =
  /(^|[^а-я])(сош|оош|нош|сш|оош|школ|гимназ|лице|кадет|интернат|учрежд|филиал|детск\S* сад|центр образования|цо|оу|мбоу|маоу|мкоу|моу|гбоу|чоу)([^а-я]|$)/;
const LEVELS: readonly { readonly level: AggregateLevel; readonly re: RegExp }[] = [
  { level: 'country', re: /^(вся выборка|рф|россия|российская федерация|по россии|по рф)([^а-я]|$)/ },
  { level: 'total', re: /^(итог|всего|в среднем|среднее|средн\S* по)/ },
  {
    level: 'region',
    re: /(^|[^а-я])(край|области|область|обл|республика|республики|автономн\S* округ|ао|по региону|регион)([^а-я]|$)/,
  },
  {
    level: 'municipality',
    re: /(^|[^а-я])(район|района|муниципальн\S* (округ|район|образование)|городской округ|го|мо|мр|мо р-н|р-н|улус|по муниципалитету|муниципалитет|г|город)([^а-я]|$)/,
  },
];

/** The level of an aggregate row, or undefined when the label is (probably) a school. */
export function aggregateLevel(label: string): AggregateLevel | undefined {
  const folded = fold(label);
  // A ФИС ОКО school login (sch/edu + digits) names a school, whatever its label says besides.
  if (folded === '' || SCHOOL_MARKERS_RE.test(folded) || /(?:^|[^a-z])(?:sch|edu)\d{3,}/.test(folded)) return undefined;
  for (const { level, re } of LEVELS) if (re.test(folded)) return level;
  return undefined;
}
