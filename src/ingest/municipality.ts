// Municipalities as forms write them — a subtotal row («Облученский муниципальный район», «город Биробиджан») or the
// department's name on every row («Комитет образования … администрации городского округа «Город Энск»») — reduced to
// the municipality's own name (the department's words stripped, the municipality kept whole) and a key that is the
// same for all of them. A regional ministry's schools are the region's own (their «municipality» says so).
import { collapseSpaces, fixLookalikes, forMatching, stripQuotes } from './text';

/** The department in charge of education, at the start of a label: «Управление образованием», «МКУ «Отдел образования»». */
const DEPARTMENT_START_RE =
  /^(?:(?:муниципальн|государственн|краев|областн)\S*\s+(?:(?:казенн|бюджетн|автономн)\S*\s+)?учреждени\S*\s+|(?:мку|мбу|мау)\s+[«"]?)?(?:управлени\S*|отдел\S*|комитет\S*|департамент\S*|министерств\S*|муо|моуо)(?=\s|$)/;
/** Where the municipality starts after the department's words: after «администрации / мэрии / исполкома» … */
const AFTER_ADMINISTRATION_RE = /(?:^|\s)(?:администраци\S*|мэри\S*|исполнительн\S*\s+комитет\S*|исполком\S*)\s+/g;
/** … or at the first genitive of a municipality or region kind. */
const MUNICIPALITY_START_RE =
  /(?:^|\s)(?=(?:городского\s+округа|муниципального\s+(?:района|округа|образования)|сельского\s+поселения|городского\s+поселения|города\s|г\.\s?|\S+(?:ского|цкого|ого)\s+(?:муниципального\s+|городского\s+)?(?:района|округа)(?:\s|$)|(?:\S+(?:ого|ой|ей)\s+){1,2}(?:края|области|автономного\s+округа)(?:\s|$)|республики\s))/;
/** A region (not a municipality): what a ministry's or a regional department's name ends with. */
const REGION_RE = /^(?:(?:\S+(?:ого|ой|ей)\s+){1,2}(?:края|области|автономного\s+округа)|республики\s+.+)$/;
const REGIONAL_SUFFIX = ', ОО регионального подчинения';

/** «городского округа» → «городской округ» … the kinds kept before a quoted name. */
const KIND_NOMINATIVE: readonly (readonly [RegExp, string])[] = [
  [/городского\s+округа/, 'городской округ'],
  [/муниципального\s+округа/, 'муниципальный округ'],
  [/муниципального\s+района/, 'муниципальный район'],
  [/городского\s+поселения/, 'городское поселение'],
  [/сельского\s+поселения/, 'сельское поселение'],
];

/** Lower case with ё→е and Latin look-alikes fixed, same length as the text (so positions carry over). */
function lower(text: string): string {
  return fixLookalikes(text).toLowerCase().replace(/ё/g, 'е');
}

/** The label with the department's words stripped ("" when it names no department). */
function afterDepartment(clean: string): string {
  const low = lower(clean);
  if (!DEPARTMENT_START_RE.test(low)) return '';
  let at = -1;
  for (const m of low.matchAll(AFTER_ADMINISTRATION_RE)) at = (m.index ?? 0) + m[0].length;
  if (at < 0) {
    const m = MUNICIPALITY_START_RE.exec(low);
    if (!m) return '';
    at = m.index + m[0].length;
  }
  return clean.slice(at).trim();
}

/** «Облученского муниципального района» → «Облученский муниципальный район»; «Энской области» → «Энская область». */
function nominative(name: string): string {
  return name
    .replace(/^(\S+)(ского|цкого)\s+(муниципального\s+|городского\s+)?(района|округа)$/i, (_m, stemWord: string, suffix: string, mid: string | undefined, kind: string) =>
      `${stemWord}${suffix.toLowerCase() === 'цкого' ? 'цкий' : 'ский'} ${mid ? (/^м/i.test(mid) ? 'муниципальный ' : 'городской ') : ''}${kind.toLowerCase() === 'района' ? 'район' : 'округ'}`)
    .replace(/^((?:\S+ого\s+){1,2})края$/i, (_m, adj: string) => `${adjectives(adj, 'ий')}край`)
    .replace(/^((?:\S+(?:ой|ей)\s+){1,2})области$/i, (_m, adj: string) => `${adjectives(adj, 'ая')}область`)
    .replace(/^((?:\S+ого\s+){1,2})округа$/i, (_m, adj: string) => `${adjectives(adj, 'ий')}округ`)
    .replace(/^республики\s+/i, 'Республика ');
}

/** Genitive adjectives of a region's name in the nominative: «Еврейской автономной » → «Еврейская автономная ». */
function adjectives(words: string, ending: 'ий' | 'ая'): string {
  return words.replace(/(\S+?)(ого|ой|ей)(?=\s)/g, (_m, s: string, suf: string) => {
    if (ending === 'ая') return `${s}${suf === 'ей' ? 'яя' : 'ая'}`;
    return `${s}${/[кгхжшщч]$/.test(s) ? 'ий' : 'ый'}`;
  });
}

/** «городского округа «Город Энск»» → «городской округ «Город Энск»»; «… района «Энский район»» → «Энский район». */
function withQuotedName(rest: string): string | undefined {
  const m = /^(.*?)\s*[«"„“”']\s*(.+?)\s*[»"“”']*\s*$/.exec(rest);
  if (!m || m[2].trim() === '') return undefined;
  const name = m[2].replace(/[«»"„“”']/g, '').trim();
  const kindText = lower(m[1]);
  // The name already says what it is («Энский район», «Облученский муниципальный район»).
  if (/(^|\s)(район|округ|поселени)\S*(\s|$)/i.test(lower(name))) return name;
  const kind = KIND_NOMINATIVE.find(([re]) => re.test(kindText));
  return kind ? `${kind[1]} «${name}»` : name;
}

/** A department's title is a line, not a page: longer labels are taken as written (and no regex scans them twice). */
const LONGEST_TITLE = 400;
/** Names already worked out: a form repeats a few department titles on thousands of rows. */
const NAMES = new Map<string, string>();
const NAMES_KEPT = 10_000;

/** The municipality a label names, without the department words; a regional ministry's schools say so. */
export function municipalityName(label: string): string {
  let name = NAMES.get(label);
  if (name === undefined) {
    name = nameOf(label);
    if (NAMES.size >= NAMES_KEPT) NAMES.clear();
    NAMES.set(label, name);
  }
  return name;
}

function nameOf(label: string): string {
  const clean = collapseSpaces(forMatching(label).replace(/[<>]/g, ' '));
  if (clean.length > LONGEST_TITLE) return collapseSpaces(stripQuotes(clean));
  const rest = afterDepartment(clean);
  if (rest === '') return collapseSpaces(stripQuotes(clean));
  if (REGION_RE.test(lower(rest))) return `${nominative(rest)}${REGIONAL_SUFFIX}`;
  // «города муниципального образования «Город Биробиджан»»: the quoted name is the municipality.
  const quoted = withQuotedName(rest.replace(/^(?:города\s+)(?=муниципального)/i, ''));
  if (quoted !== undefined) return quoted;
  // «городского округа Город Чита» (no quotes) → «городской округ Город Чита».
  const kind = KIND_NOMINATIVE.find(([re]) => new RegExp(`^${re.source}\\s+\\S`).test(lower(rest)));
  if (kind) return `${kind[1]} ${rest.replace(new RegExp(`^${kind[0].source}\\s+`, 'i'), '')}`;
  return nominative(rest.replace(/^муниципального\s+образования\s+/i, ''));
}

/** Generic words that do not tell two municipalities apart. */
const GENERIC_RE = /(^|\s)(муниципальн\S*|образовани\S*|район\S*|округ\S*|поселени\S*|администраци\S*|мэри\S*|городск\S*|города?|г\.?|го|мр|мо|р-н)(?=\s|$)/g;
/** A city (not a district): its key differs from the district named after it (город Биробиджан ≠ Биробиджанский район). */
const CITY_RE = /(^|\s)(город\S*|г\.|г|городск\S* округ\S*|го)(\s|$)/;

/** Words of a region's kind, left out of a regional key («Забайкальский край» and «Забайкальского края» alike). */
const REGION_WORDS_RE = /(^|\s)(кра[йяю]|област\S*|республик\S*|автономн\S*)(?=\s|$)/g;

/** Stem of a place word: «облученского», «облученский», «облученск» → «облучен»; «Энска» → «энск». */
function stem(word: string): string {
  const adjective = word.replace(/(ского|ский|ская|ское|ской|ском|скому|цкого|цкий|цкая|ого|его|ий|ый|ая|ое|ой|ом)$/, '');
  // A city's genitive («г. Энска», «города Москвы»): the final vowel goes.
  return adjective === word && word.length > 4 ? word.replace(/[аыиуяеь]$/, '') : adjective;
}

/** A key equal for every way one municipality is written; "" when the label names none. */
export function municipalityKey(label: string): string {
  const name = lower(municipalityName(label)).replace(/[«»"„“”']/g, ' ');
  const regional = name.endsWith(lower(REGIONAL_SUFFIX));
  const base = regional ? name.slice(0, name.length - REGIONAL_SUFFIX.length) : name;
  const city = !regional && CITY_RE.test(base) ? 'г:' : '';
  const own = regional ? base.replace(REGION_WORDS_RE, ' ') : base;
  const words = own.replace(GENERIC_RE, ' ').replace(/[.,;:()№-]/g, ' ').split(/\s+/).filter(Boolean).map(stem);
  if (words.length === 0) return '';
  return `${regional ? 'рег:' : city}${words.join(' ')}`;
}
