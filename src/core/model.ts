// Domain model of the ШНОР analysis: procedures, results with their source cells, aggregates, warnings.
import { WorkEvidence, WorkStatistics } from './objectivity/evidence';
import type { SocialData } from './social/types';

/** Kinds of оценочная процедура (methodology.md, Vocabulary). */
export type ProcedureKind = 'ВПР' | 'ОГЭ' | 'ЕГЭ' | 'КДР';

/** One оценочная процедура: kind × subject × grade (ОГЭ is grade 9, ЕГЭ grade 11). */
export interface Procedure {
  readonly kind: ProcedureKind;
  /** Canonical subject: 'Русский язык', 'Математика', 'Математика (базовая)', 'Математика (профильная)', … */
  readonly subject: string;
  readonly grade: number;
}

/** Where a number came from: file (may be empty inside Excel), sheet and A1 address. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}

/** Shares of one result, all in percent (0..100). */
export interface Shares {
  /** доля «2» (for ОГЭ/ЕГЭ: did not pass the minimum threshold). */
  readonly share2: number;
  readonly share3?: number;
  readonly share4?: number;
  readonly share5?: number;
  /** доля «4» и «5» (качество знаний). */
  readonly share45?: number;
  /** понизили / подтвердили / повысили (ВПР mark vs journal mark). */
  readonly lowered?: number;
  readonly confirmed?: number;
  readonly raised?: number;
  readonly meanScore?: number;
}

/** The result of one school in one procedure in one year. */
export interface ResultRecord extends Shares {
  /** Normalised identity of the school (see ingest/schoolNames). */
  readonly schoolKey: string;
  readonly year: number;
  readonly procedure: Procedure;
  readonly participants?: number;
  /** The cell that holds доля «2» (or the count of «2» it was computed from). */
  readonly source: SourceRef;
  /** When доля «2» was computed from a count (methodology §1a): the count of «2» / not passed … */
  readonly count2?: number;
  /** … and the cell of the participants it was divided by. */
  readonly participantsCell?: string;
  /** Pupil protocols only: the distributions the objectivity markers (§7) need, never the pupils. */
  readonly evidence?: WorkEvidence;
  /** ФИС ОКО score distribution and task report of the school (no protocols): the markers they allow (§7). */
  readonly statistics?: WorkStatistics;
}

export type AggregateLevel = 'municipality' | 'region' | 'country' | 'total';

/** A benchmark row (район, область, вся выборка, итого): never a school. */
export interface AggregateRecord {
  readonly name: string;
  readonly level: AggregateLevel;
  readonly year: number;
  readonly procedure?: Procedure;
  readonly participants?: number;
  readonly share2?: number;
  readonly share45?: number;
  readonly lowered?: number;
  /** The region row of a ФИС ОКО score distribution or task report: the region the statistics markers compare with. */
  readonly statistics?: WorkStatistics;
  readonly source: SourceRef;
}

/** A school as found in the sheets. */
export interface School {
  readonly key: string;
  /** Display name: legal-form prefix and quotes removed ("Ивановская СОШ"). */
  readonly name: string;
  /** Login code from ФИС ОКО (sch123456 / edu123456) when a sheet gave one. */
  readonly code?: string;
  /** Municipality as a sheet or a login directory named it (for lists and partner schools). */
  readonly municipality?: string;
  /** Every spelling seen, for the user to check the matching. */
  readonly aliases: readonly string[];
}

/** Something that could not be read, or was read with a doubt; always names sheet and, where known, cell. */
/**
 * A group of schools whose names differ only in their type («Мокрушинская СОШ» / «Мокрушинская ООШ»): the user
 * decides. Two or more schools, in the order first read; one group however many names share the rest.
 */
export interface PossibleDuplicate {
  readonly keys: readonly string[];
  readonly names: readonly string[];
}

export interface Warning {
  readonly file: string;
  readonly sheet: string;
  readonly cell?: string;
  readonly message: string;
  /** 'conflict': two sheets gave different numbers for one result and a rule chose one. */
  readonly kind?: 'conflict';
  /** The school a conflict concerns (its row on the ШНОР sheet says so). */
  readonly schoolKey?: string;
  /** A conflict: the sheet whose value was taken («Лист» or «Лист» of «файл»), and how many more such cells this warning stands for. */
  readonly conflictWith?: string;
  readonly conflictMore?: number;
}

/** A list of ШНОР for a year read from a sheet (the official list of last year). */
export interface OfficialList {
  readonly year: number;
  readonly schoolKeys: readonly string[];
  readonly source: SourceRef;
}

/** A school in an official ФИОКО list «с признаками необъективности результатов ВПР» (read as it is, never recomputed). */
export interface FiokoListing {
  readonly year: number;
  /** The school login as the list writes it (lower case). */
  readonly login: string;
  readonly name: string;
  readonly municipality?: string;
  /** The works the list marks («4 РУ» → ВПР русский язык 4 класс). */
  readonly works: readonly { readonly grade: number; readonly subject: string }[];
  /** «Количество маркеров», when given. */
  readonly markers?: number;
  readonly source: SourceRef;
}

/** Everything read from the workbook(s), ready for analysis. */
export interface Dataset {
  readonly schools: readonly School[];
  readonly results: readonly ResultRecord[];
  readonly aggregates: readonly AggregateRecord[];
  readonly officialLists: readonly OfficialList[];
  /** Official ФИОКО lists of schools with signs of non-objectivity (methodology §7), as read. */
  readonly fiokoLists?: readonly FiokoListing[];
  readonly warnings: readonly Warning[];
  /** Names the rules cannot safely merge but that look like one school (ingest/similarSchools). */
  readonly possibleDuplicates?: readonly PossibleDuplicate[];
  /** Pairs the user merged (kept name first), as applied. */
  readonly mergedSchools?: readonly (readonly [string, string])[];
  /** The social passport of the schools (a context sheet, methodology §6), matched to the schools above. */
  readonly social?: SocialData;
}

const KEYS = new WeakMap<Procedure, string>();

/** Key of a procedure, as in cli.md: "ВПР|Русский язык|5" (one string per procedure object, so maps hash it once). */
export function procedureKey(p: Procedure): string {
  let key = KEYS.get(p);
  if (key === undefined) {
    key = `${p.kind}|${p.subject}|${p.grade}`;
    KEYS.set(p, key);
  }
  return key;
}

/** Inverse of procedureKey; undefined when the text is not of that form. */
export function parseProcedureKey(key: string): Procedure | undefined {
  const parts = key.split('|');
  if (parts.length !== 3) return undefined;
  const [kind, subject, gradeText] = parts;
  const grade = Number(gradeText);
  if (!isProcedureKind(kind) || subject.trim() === '' || !Number.isInteger(grade)) return undefined;
  return { kind, subject: subject.trim(), grade };
}

export function isProcedureKind(text: string): text is ProcedureKind {
  return text === 'ВПР' || text === 'ОГЭ' || text === 'ЕГЭ' || text === 'КДР';
}

/** Short Russian label: "ВПР-5 русский язык", "ОГЭ математика", "ЕГЭ математика (профильная)". */
export function procedureLabel(p: Procedure): string {
  const subject = p.subject.charAt(0).toLowerCase() + p.subject.slice(1);
  return p.kind === 'ОГЭ' || p.kind === 'ЕГЭ' ? `${p.kind} ${subject}` : `${p.kind}-${p.grade} ${subject}`;
}
