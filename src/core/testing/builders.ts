// Test-data builders for the core: procedures, results, aggregates and datasets in a few words (pure, no I/O).
import { AggregateLevel, AggregateRecord, Dataset, OfficialList, Procedure, ResultRecord, School, SourceRef } from '../model';
import { DEFAULT_PARAMETERS, Parameters } from '../parameters';
import { MARKER_IDS, MarkerId, MarkerResult, WorkObjectivity, headline, isStrongMarker } from '../objectivity';

/** Procedures used across the tests (names say kind, grade, subject). */
export const P = {
  vpr4Math: { kind: 'ВПР', subject: 'Математика', grade: 4 },
  vpr5Rus: { kind: 'ВПР', subject: 'Русский язык', grade: 5 },
  vpr5Math: { kind: 'ВПР', subject: 'Математика', grade: 5 },
  vpr6Rus: { kind: 'ВПР', subject: 'Русский язык', grade: 6 },
  vpr6Math: { kind: 'ВПР', subject: 'Математика', grade: 6 },
  vpr7Math: { kind: 'ВПР', subject: 'Математика', grade: 7 },
  vpr8Math: { kind: 'ВПР', subject: 'Математика', grade: 8 },
  ogeRus: { kind: 'ОГЭ', subject: 'Русский язык', grade: 9 },
  ogeMath: { kind: 'ОГЭ', subject: 'Математика', grade: 9 },
  egeRus: { kind: 'ЕГЭ', subject: 'Русский язык', grade: 11 },
  egeBase: { kind: 'ЕГЭ', subject: 'Математика (базовая)', grade: 11 },
  egeProf: { kind: 'ЕГЭ', subject: 'Математика (профильная)', grade: 11 },
  kdr7Math: { kind: 'КДР', subject: 'Математика', grade: 7 },
  kdr8Math: { kind: 'КДР', subject: 'Математика', grade: 8 },
} as const satisfies Record<string, Procedure>;

export type ResultExtras = Partial<Omit<ResultRecord, 'schoolKey' | 'year' | 'procedure' | 'share2'>>;

/** A result with a default source cell (sheet "<kind> <year>", cell C2) unless `extras.source` says otherwise. */
export function result(schoolKey: string, year: number, procedure: Procedure, share2: number, extras: ResultExtras = {}): ResultRecord {
  const source: SourceRef = { file: 'test.xlsx', sheet: `${procedure.kind} ${year}`, cell: 'C2' };
  return { schoolKey, year, procedure, share2, source, ...extras };
}

export function cell(sheet: string, address: string, file = 'test.xlsx'): SourceRef {
  return { file, sheet, cell: address };
}

export function school(key: string, name: string = key): School {
  return { key, name, aliases: [name] };
}

export function aggregate(
  level: AggregateLevel,
  year: number,
  procedure: Procedure,
  fields: Partial<Omit<AggregateRecord, 'level' | 'year' | 'procedure'>> = {},
): AggregateRecord {
  return { name: level === 'region' ? 'Область' : 'Район', level, year, procedure, source: cell('Агрегаты', 'A1'), ...fields };
}

export function officialList(year: number, schoolKeys: readonly string[]): OfficialList {
  return { year, schoolKeys, source: cell(`ШНОР ${year}`, 'A2') };
}

export interface DatasetParts {
  readonly results?: readonly ResultRecord[];
  /** Defaults to one school per distinct result key, named by the key, in order of appearance. */
  readonly schools?: readonly School[];
  readonly aggregates?: readonly AggregateRecord[];
  readonly officialLists?: readonly OfficialList[];
}

export function dataset(parts: DatasetParts): Dataset {
  const results = parts.results ?? [];
  const schools = parts.schools ?? [...new Set(results.map((r) => r.schoolKey))].map((key) => school(key));
  return { schools, results, aggregates: parts.aggregates ?? [], officialLists: parts.officialLists ?? [], warnings: [] };
}

export function params(overrides: Partial<Parameters> = {}): Parameters {
  return { ...DEFAULT_PARAMETERS, ...overrides };
}

/** A judged work (§7) with the given marked markers (others clear); flagged by the headline rule unless told. */
export function objectivityWork(
  schoolKey: string,
  year: number,
  procedure: Procedure,
  marked: readonly (Partial<MarkerResult> & { readonly id: MarkerId })[],
  extras: Partial<WorkObjectivity> = {},
): WorkObjectivity {
  const markers = MARKER_IDS.map((id): MarkerResult => {
    const m = marked.find((x) => x.id === id);
    return m ? { state: 'marked', strong: isStrongMarker(id, procedure), ...m } : { id, state: 'clear', strong: false };
  });
  const h = headline(markers);
  return { schoolKey, year, procedure, n: 25, small: false, source: 'protocol', markers: h.markers, flagged: h.flagged, checks: [], ...extras };
}
