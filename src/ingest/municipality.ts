// Municipalities as forms write them — a subtotal row («Облученский муниципальный район», «город Биробиджан») or the
// department's name on every row («Отдел образования администрации Облученского муниципального района») — reduced to
// a display name and a key that is the same for all of them.
import { collapseSpaces, fold, forMatching, stripQuotes } from './text';

/** The department part of a name: «Управление / Отдел / Комитет / Департамент образования (и науки) администрации …». */
const DEPARTMENT_RE =
  /^(?:муниципальн\S*\s+(?:казенн\S*\s+|бюджетн\S*\s+)?учреждени\S*\s+)?(?:управлени\S*|отдел\S*|комитет\S*|департамент\S*|министерств\S*|муо)\s+(?:по\s+)?(?:образовани\S*|делам образования)(?:\s+и\s+(?:науки|молодежной политики|спорта)\S*)*\s*(?:(?:администраци\S*|мэри\S*)\s+)?/;
/** Generic words that do not tell two municipalities apart. */
const GENERIC_RE = /(^|\s)(муниципальн\S*|образовани\S*|район\S*|округ\S*|поселени\S*|администраци\S*|мэри\S*|городск\S*|города?|г\.?|го|мр|мо|р-н)(?=\s|$)/g;
/** A city (not a district): its key differs from the district named after it (город Биробиджан ≠ Биробиджанский район). */
const CITY_RE = /(^|\s)(город\S*|г\.|г|городск\S* округ\S*|го)(\s|$)/;

/** The municipality a label names, without the department words: «Облученского муниципального района». */
export function municipalityName(label: string): string {
  const clean = collapseSpaces(stripQuotes(forMatching(label).replace(/[<>]/g, ' ')));
  const folded = fold(clean);
  const m = DEPARTMENT_RE.exec(folded);
  if (!m || m[0].length === 0) return clean;
  // Cut the same number of characters from the original (fold keeps lengths but for collapsed spaces).
  const rest = clean.slice(clean.length - (folded.length - m[0].length)).trim();
  if (rest === '') return clean;
  // «городского округа Город Чита» → «Город Чита»; «муниципального образования "Биробиджанский район"» → the name.
  const named = rest.replace(/^(?:города\s+)?(?:муниципального образования|городского округа)\s+(?=\S)/i, '');
  return nominative(named === '' ? rest : named);
}

/** «Облученского муниципального района» → «Облученский муниципальный район» (the department's genitive). */
function nominative(name: string): string {
  return name.replace(/^(\S+)ского\s+(муниципального\s+)?(района|округа)$/i, (_m, stemWord: string, muni: string | undefined, kind: string) =>
    `${stemWord}ский ${muni ? 'муниципальный ' : ''}${kind.toLowerCase() === 'района' ? 'район' : 'округ'}`);
}

/** Stem of a place word: «облученского», «облученский», «облученск» → «облученск». */
function stem(word: string): string {
  return word.replace(/(ского|ский|ская|ское|ской|ском|скому|ского|ого|его|ий|ый|ая|ое|ой|ом)$/, '');
}

/** A key equal for every way one municipality is written; "" when the label names none. */
export function municipalityKey(label: string): string {
  const name = fold(municipalityName(label));
  const city = CITY_RE.test(name) ? 'г:' : '';
  const words = name.replace(GENERIC_RE, ' ').replace(/[.,;:()«»"'№-]/g, ' ').split(/\s+/).filter(Boolean).map(stem);
  return words.length === 0 ? '' : city + words.join(' ');
}
