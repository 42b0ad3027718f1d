// Merges what every sheet gave: one result per (school, year, procedure), schools matched by key and login code.
import { AggregateRecord, Dataset, OfficialList, ResultRecord, School, Warning, procedureKey, procedureLabel } from '../core/model';
import { DraftResult, SheetRead, Values } from './draft';
import { METRIC_ROLES, MetricRole } from './headers';
import { formatNumber } from './numbers';
import { displayName, loginCode, schoolKey } from './schoolNames';
import { municipalityKey, municipalityName } from './municipality';
import { possibleDuplicates } from './similarSchools';
import { matchSocial } from './socialMatch';
import { collapseSpaces, fold } from './text';

const TOLERANCE = 0.01;
const ROLE_TEXT: Readonly<Partial<Record<MetricRole, string>>> = {
  participants: 'число участников', share2: 'доля «2»', count2: 'число «2»', share3: 'доля «3»', share4: 'доля «4»', share5: 'доля «5»',
  share45: 'доля «4» и «5»', lowered: 'доля понизивших', confirmed: 'доля подтвердивших', raised: 'доля повысивших', meanScore: 'средний балл',
};

interface SchoolDraft {
  name: string;
  code?: string;
  municipality?: string;
  readonly aliases: string[];
}

class SchoolRegistry {
  private readonly byKey = new Map<string, SchoolDraft>();
  private readonly keyOfCode = new Map<string, string>();
  private readonly codeOfKey = new Map<string, string>();
  private readonly spelled = new Map<string, { display: string; alias: string }>();

  /** The key a school is filed under: a login code seen before wins over the name. */
  resolve(key: string, code: string | undefined): string {
    if (code === undefined) return key;
    const known = this.keyOfCode.get(code);
    if (known !== undefined) return known;
    // Two logins under one name («СОШ № 4» of two municipalities): the login keeps them apart.
    const owner = this.codeOfKey.get(key);
    const own = owner !== undefined && owner !== code ? `${key} #${code}` : key;
    this.keyOfCode.set(code, own);
    this.codeOfKey.set(own, code);
    return own;
  }

  add(key: string, raw: string, code: string | undefined, suffix?: string, municipality?: string): void {
    let names = this.spelled.get(raw);
    if (!names) {
      names = { display: displayName(raw) || collapseSpaces(raw), alias: collapseSpaces(raw) };
      this.spelled.set(raw, names);
    }
    const alias = names.alias;
    const display = suffix ? `${names.display} (${suffix})` : names.display;
    let s = this.byKey.get(key);
    if (!s) {
      s = { name: display, aliases: [] };
      this.byKey.set(key, s);
    } else if (display.length < s.name.length) s.name = display;
    if (code !== undefined && s.code === undefined) s.code = code;
    if (municipality !== undefined && s.municipality === undefined) s.municipality = municipality;
    if (!s.aliases.includes(alias)) s.aliases.push(alias);
  }

  /** The key a context row names (a login seen before wins), without filing anything. */
  lookup(key: string, code: string | undefined): string {
    return (code === undefined ? undefined : this.keyOfCode.get(code)) ?? key;
  }

  name(key: string): string {
    return this.byKey.get(key)?.name ?? key;
  }

  /**
   * The schools; schools kept apart by their logins but shown under one name («СОШ № 4» of two municipalities) get
   * the municipality, or else the login, after the name so that lists can tell them apart.
   */
  schools(): School[] {
    const byName = new Map<string, number>();
    for (const s of this.byKey.values()) if (s.code !== undefined) byName.set(s.name, (byName.get(s.name) ?? 0) + 1);
    const named = new Map<string, number>();
    const shown = [...this.byKey.entries()].map(([key, s]) => {
      const clash = s.code !== undefined && (byName.get(s.name) ?? 0) > 1 && s.name !== s.code;
      const name = clash ? `${s.name} (${s.municipality ?? s.code})` : s.name;
      named.set(name, (named.get(name) ?? 0) + 1);
      return { key, s, name };
    });
    return shown.map(({ key, s, name }) => ({
      key, name: (named.get(name) ?? 0) > 1 && s.code !== undefined && name !== s.code ? `${s.name} (${s.code})` : name,
      ...(s.code ? { code: s.code } : {}), ...(s.municipality ? { municipality: s.municipality } : {}), aliases: s.aliases,
    }));
  }
}

/** "лист «ВПР 5», ячейка C4" (nominative) or "ячейки C4 листа «ВПР 5»" (genitive), with the file when several. */
function where(res: DraftResult, role: MetricRole, withFile: boolean, genitive = false): string {
  const cell = res.cells[role] ?? res.source.cell;
  if (genitive) return `ячейки ${cell} листа «${res.source.sheet}»${withFile && res.source.file ? ` файла «${res.source.file}»` : ''}`;
  return `${withFile && res.source.file ? `файл «${res.source.file}», ` : ''}лист «${res.source.sheet}», ячейка ${cell}`;
}

function differing(a: Values, b: Values): MetricRole[] {
  return METRIC_ROLES.filter((role) => a[role] !== undefined && b[role] !== undefined && Math.abs((a[role] as number) - (b[role] as number)) > TOLERANCE);
}

function toRecord(res: DraftResult): ResultRecord {
  const v = res.values;
  const out: { -readonly [K in keyof ResultRecord]?: ResultRecord[K] } = {
    schoolKey: res.key, year: res.year, procedure: res.procedure, share2: v.share2 as number, source: res.source,
  };
  for (const role of METRIC_ROLES) if (role !== 'share2' && v[role] !== undefined) out[role] = v[role];
  if (v.count2 !== undefined && res.cells.participants !== undefined) out.participantsCell = res.cells.participants;
  if (res.evidence) out.evidence = res.evidence;
  if (res.statistics) out.statistics = res.statistics;
  return out as ResultRecord;
}

/**
 * Two schools of one name in two municipalities («СОШ № 7» in the city and in a district) are two schools: their keys
 * get the municipality and their names «(город Биробиджан)». A row of that name with no municipality cannot be told
 * apart: it stays separate and is named in a warning. One municipality per name changes nothing.
 */
function qualifyByMunicipality(reads: readonly SheetRead[]): Warning[] {
  // A form repeats the same few municipality labels on thousands of rows: each is reduced once.
  const keys = new Map<string, string>();
  const keyOf = (label: string): string => {
    let k = keys.get(label);
    if (k === undefined) keys.set(label, (k = municipalityKey(label)));
    return k;
  };
  const places = new Map<string, Map<string, string>>();
  for (const read of reads) {
    for (const res of read.results) {
      // A school keyed by its login needs no municipality to be told apart (exports name the municipality differently).
      if (!res.municipality || (res.code !== undefined && res.key === res.code)) continue;
      const mk = keyOf(res.municipality);
      if (mk === '') continue;
      const byKey = places.get(res.key) ?? new Map<string, string>();
      const name = municipalityName(res.municipality);
      const known = byKey.get(mk);
      if (known === undefined || name.length < known.length) byKey.set(mk, name);
      places.set(res.key, byKey);
    }
  }
  const warnings: Warning[] = [];
  const warned = new Set<string>();
  for (const read of reads) {
    for (const res of read.results) {
      const byKey = places.get(res.key);
      if (!byKey || byKey.size < 2) continue;
      const mk = res.municipality ? keyOf(res.municipality) : '';
      if (mk !== '' && byKey.has(mk)) {
        res.nameSuffix = byKey.get(mk);
        res.key = `${res.key} @${mk}`;
      } else if (!warned.has(`${read.file}|${read.sheet}|${res.key}`)) {
        warned.add(`${read.file}|${read.sheet}|${res.key}`);
        warnings.push({
          file: res.source.file, sheet: res.source.sheet, cell: res.source.cell,
          message: `Лист «${res.source.sheet}»: ОО «${displayName(res.name)}» есть в нескольких муниципалитетах (${[...byKey.values()].join('; ')}), а здесь муниципалитет не указан — строки учтены как отдельная ОО; укажите муниципалитет или объедините школы вручную`,
        });
      }
    }
  }
  return warnings;
}

/** «Лист», or «Лист» of «файл» when several files are read: the side of a conflict whose value was taken. */
function sheetLabel(source: { readonly file: string; readonly sheet: string }, manyFiles: boolean): string {
  return manyFiles && source.file ? `«${source.sheet}» (${source.file})` : `«${source.sheet}»`;
}

/** Conflicts listed one by one per pair of sheets; the rest are counted in one warning. */
const CONFLICTS_LISTED = 50;

interface ConflictPair {
  count: number;
  readonly lose: DraftResult;
  readonly win: DraftResult;
}

/** Counts `n` more conflicts between the sheets of `lose` and `win`; returns their running count. */
function conflictPair(conflicts: Map<string, ConflictPair>, lose: DraftResult, win: DraftResult, n: number): ConflictPair {
  const id = `${lose.source.file}|${lose.source.sheet}|${win.source.file}|${win.source.sheet}`;
  let pair = conflicts.get(id);
  if (!pair) {
    pair = { count: 0, lose, win };
    conflicts.set(id, pair);
  }
  pair.count += n;
  return pair;
}

/**
 * Merges the sheets into one Dataset; conflict warnings go to the sheet whose value was not taken. `schoolMerges`
 * are the user's pairs of names that are one school (the first name's key is kept).
 */
export function mergeReads(reads: readonly SheetRead[], schoolMerges: readonly (readonly [string, string])[] = []): Dataset {
  const registry = new SchoolRegistry();
  const kept = new Map<string, DraftResult>();
  const readOf = new Map<DraftResult, SheetRead>();
  const order: string[] = [];
  const manyFiles = new Set(reads.map((r) => r.file)).size > 1;
  const conflicts = new Map<string, ConflictPair>();

  const municipalityWarnings = qualifyByMunicipality(reads);
  const mergedInto = new Map<string, string>(schoolMerges.map(([keep, merged]) => [schoolKey(merged), schoolKey(keep)]));
  for (const read of reads) {
    for (const res of read.results) {
      res.key = mergedInto.get(res.key) ?? res.key;
      res.key = registry.resolve(res.key, res.code);
      if (res.code !== undefined && res.key.endsWith(` #${res.code}`) && res.nameSuffix === undefined) res.nameSuffix = res.code;
      registry.add(res.key, res.name, res.code, res.nameSuffix, res.municipality ? municipalityName(res.municipality) || undefined : undefined);
      readOf.set(res, read);
      const id = `${res.key}|${res.year}|${procedureKey(res.procedure)}`;
      const prev = kept.get(id);
      if (!prev) {
        kept.set(id, res);
        order.push(id);
        continue;
      }
      const takeNew = prev.values.participants === undefined && res.values.participants !== undefined;
      const [win, lose] = takeNew ? [res, prev] : [prev, res];
      const diff = differing(win.values, lose.values);
      if (diff.length > 0) {
        const loser = readOf.get(lose) as SheetRead;
        const what = `${registry.name(res.key)}, ${procedureLabel(res.procedure)}, ${res.year}`;
        const pair = conflictPair(conflicts, lose, win, diff.length);
        for (const role of diff) {
          if (pair.count - diff.length >= CONFLICTS_LISTED) continue;
          loser.warnings.push({
            kind: 'conflict', schoolKey: res.key, file: lose.source.file, sheet: lose.source.sheet, cell: lose.cells[role] ?? lose.source.cell,
            conflictWith: sheetLabel(win.source, manyFiles),
            message: `${what}: ${ROLE_TEXT[role]} ${formatNumber(lose.values[role] as number)} (${where(lose, role, manyFiles)}) расходится с ${formatNumber(win.values[role] as number)} (${where(win, role, manyFiles)}), взято значение из ${where(win, role, manyFiles, true)}`,
          });
        }
      }
      for (const role of METRIC_ROLES) {
        if (win.values[role] === undefined && lose.values[role] !== undefined && !diff.includes(role)) {
          win.values[role] = lose.values[role];
          if (lose.cells[role]) win.cells[role] = lose.cells[role];
        }
      }
      // The same result from a summary sheet and from the protocols: the pupils' evidence is kept whichever wins.
      if (win.evidence === undefined && lose.evidence !== undefined) win.evidence = lose.evidence;
      if (lose.statistics !== undefined) win.statistics = { ...lose.statistics, ...win.statistics };
      if (takeNew) kept.set(id, res);
    }
  }

  for (const pair of conflicts.values()) {
    if (pair.count <= CONFLICTS_LISTED) continue;
    const read = readOf.get(pair.lose) as SheetRead;
    read.warnings.push({
      kind: 'conflict', file: pair.lose.source.file, sheet: pair.lose.source.sheet,
      conflictWith: sheetLabel(pair.win.source, manyFiles), conflictMore: pair.count - CONFLICTS_LISTED,
      message: `Лист «${pair.lose.source.sheet}»: … и ещё ${pair.count - CONFLICTS_LISTED} расхождений со значениями листа «${pair.win.source.sheet}»${manyFiles && pair.win.source.file ? ` файла «${pair.win.source.file}»` : ''} (везде взято значение оттуда)`,
    });
  }

  const officialLists: OfficialList[] = [];
  for (const read of reads) {
    if (!read.list) continue;
    const keys: string[] = [];
    for (const { name } of read.list.names) {
      const code = loginCode(name);
      const key = registry.resolve(schoolKey(name), code);
      if (key === '') continue;
      registry.add(key, name, code);
      if (!keys.includes(key)) keys.push(key);
    }
    officialLists.push({ year: read.list.year, schoolKeys: keys, source: read.list.source });
  }

  const aggregates: AggregateRecord[] = [];
  const aggregateIndex = new Map<string, number>();
  for (const read of reads) {
    for (const a of read.aggregates) {
      const id = `${fold(a.name)}|${a.level}|${a.year}|${a.procedure ? procedureKey(a.procedure) : ''}`;
      const at = aggregateIndex.get(id);
      if (at === undefined) {
        aggregateIndex.set(id, aggregates.length);
        aggregates.push(a);
        continue;
      }
      const prev = aggregates[at];
      aggregates[at] = {
        ...prev,
        participants: prev.participants ?? a.participants, share2: prev.share2 ?? a.share2,
        share45: prev.share45 ?? a.share45, lowered: prev.lowered ?? a.lowered,
        ...(prev.statistics || a.statistics ? { statistics: { ...a.statistics, ...prev.statistics } } : {}),
      };
    }
  }

  const schools = registry.schools();
  const social = matchSocial(reads, schools, (name, code) => registry.lookup(mergedInto.get(schoolKey(name)) ?? schoolKey(name), code ?? loginCode(name)));
  const warnings: Warning[] = [...municipalityWarnings, ...reads.flatMap((r) => r.warnings)];
  return {
    ...(social ? { social } : {}),
    schools, results: order.map((id) => toRecord(kept.get(id) as DraftResult)), aggregates, officialLists, warnings,
    ...(reads.some((r) => r.fioko) ? { fiokoLists: reads.flatMap((r) => r.fioko ?? []) } : {}),
    possibleDuplicates: possibleDuplicates(schools),
    ...(schoolMerges.length > 0 ? { mergedSchools: schoolMerges } : {}),
  };
}
