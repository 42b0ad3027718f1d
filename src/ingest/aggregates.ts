// Aggregate rows among school rows by their label: итого, район/округ, край/область/республика, вся выборка/РФ.
// A school word in any grammatical form makes a label a school; place words inside a school's name never make it an
// aggregate. Numbers that prove a sum are the other evidence (sumEvidence.ts).
import { AggregateLevel } from '../core/model';
import { fold } from './text';

/**
 * Words that make a label a school whatever else it says («СОШ № 1 Ивановского района», «… школа № 5 г. Энска»), in
 * every grammatical form: школа/школы/школ/школе…, лицей/лицея, гимназия/гимназии, учреждение/учреждения, …
 */
const SCHOOL_WORDS_RE = new RegExp([
  '(^|[^а-я])(сош|оош|нош|сш|цо|сцо|нш|сок|цдо)([^а-я]|$)',
  '(^|[^а-я])(школ|прогимнази|гимнази|лице[йяюяе]|интернат|учрежд|учрежден|филиал|кадетск|общеобразовательн|образовательн\\S* (организац|учрежд|комплекс|центр))',
  'центр\\S* образовани|детск\\S* сад|детск\\S* дом',
  // Legal forms: МОУ, МБОУ, МАОУ, МКОУ, ГБОУ, ГКОУ, ЧОУ, НОУ, ФГБОУ, ГОБУ, МБОУ-СОШ…
  '(^|[^а-я])([а-я]{0,4}оу|[а-я]{0,3}обу)([^а-я]|$)',
].join('|'));
/** A ФИС ОКО school login (sch/edu + digits): names a school, whatever its label says besides. */
const LOGIN_RE = /(?:^|[^a-z])(?:sch|edu)\d{3,}/;

const LEVELS: readonly { readonly level: AggregateLevel; readonly re: RegExp }[] = [
  { level: 'country', re: /^(вся выборка|рф|россия|российская федерация|по россии|по рф)([^а-я]|$)/ },
  { level: 'total', re: /^(итог|всего|в среднем|среднее|средн\S* по)/ },
  {
    level: 'region',
    re: /(^|[^а-я])(край|края|области|область|обл|республика|республики|автономн\S* округ|ао|по региону|регион)([^а-я]|$)/,
  },
  {
    level: 'municipality',
    re: /(^|[^а-я])(район|района|муниципальн\S* (округ|район|образование)|городской округ|го|мо|мр|мо р-н|р-н|улус|по муниципалитету|муниципалитет|г|город)([^а-я]|$)/,
  },
];
/** A label that starts with «итого» / «всего» is a total whatever words follow («Итого по школам района»). */
const TOTAL_FIRST_RE = /^(итог\S*|всего)([^а-я]|$)/;

/** True when a label names a school: a school word in any form, or a login. */
export function hasSchoolWord(label: string): boolean {
  const folded = fold(label);
  return SCHOOL_WORDS_RE.test(folded) || LOGIN_RE.test(folded);
}

/** The level of an aggregate row by its label alone, or undefined when the label is (probably) a school. */
export function aggregateLevel(label: string): AggregateLevel | undefined {
  const folded = fold(label);
  if (folded === '') return undefined;
  if (TOTAL_FIRST_RE.test(folded) && !LOGIN_RE.test(folded)) return 'total';
  if (SCHOOL_WORDS_RE.test(folded) || LOGIN_RE.test(folded)) return undefined;
  for (const { level, re } of LEVELS) if (re.test(folded)) return level;
  return undefined;
}
