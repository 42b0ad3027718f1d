// A protocol's tally → per-school results of one work: marks from the scale, shares, comparison with the journal.
import { Procedure, Warning } from '../../core/model';
import { TextContext } from '../context';
import { DraftResult, SheetRead, Values } from '../draft';
import { sheetWarning } from '../messages';
import { displayName } from '../schoolNames';
import { LoginDirectory } from './directory';
import { MarkScale, ScaleTable, markOf } from './scales';
import { ProtocolTally, SchoolTally } from './tally';
import { copiedVectors } from './vectorSketch';
import { CopiedVector, WorkEvidence } from '../../core/objectivity/evidence';
import { WorkContext, workContext } from './workContext';

const GENERATION_TEXT: Readonly<Record<ProtocolTally['generation'], string>> = {
  '2020': 'выгрузка 2020 г. (user, sum, otc)',
  '2021': 'выгрузка 2021 г. («Логин школы», «Всего баллов»)',
  '2022+': 'выгрузка 2022 г. и позже («Пользователь», «Итого баллов»)',
};

/** How the line naming the scale a protocol's marks came from begins (an account, not a doubt about the data). */
export const SCALE_NOTE = 'отметки работы';

/** Share of `n` in `of`, in percent, multiplied first so that 3 of 10 is exactly 30. */
function percent(n: number, of: number): number {
  return (n * 100) / of;
}

interface Counts {
  participants: number;
  marks: [number, number, number, number];
  lowered: number;
  confirmed: number;
  raised: number;
  /** First sheet rows of totals above the maximum, and how many pupils have one. */
  aboveMax: number[];
  abovePupils: number;
}

function countMarks(school: SchoolTally, scale: MarkScale): Counts {
  const out: Counts = { participants: 0, marks: [0, 0, 0, 0], lowered: 0, confirmed: 0, raised: 0, aboveMax: [], abovePupils: 0 };
  for (const [total, n] of school.totals) {
    out.participants += n;
    out.marks[markOf(total, scale) - 2] += n;
    if (total > scale.max) {
      out.aboveMax.push(school.firstRowOfTotal.get(total) as number);
      out.abovePupils += n;
    }
  }
  for (const [key, n] of school.journal) {
    const [total, journal] = key.split('|').map(Number);
    const mark = markOf(total, scale);
    if (mark < journal) out.lowered += n;
    else if (mark === journal) out.confirmed += n;
    else out.raised += n;
  }
  return out;
}

function valuesOf(c: Counts): Values {
  const p = c.participants;
  const values: Values = {
    participants: p, count2: c.marks[0], share2: percent(c.marks[0], p), share3: percent(c.marks[1], p),
    share4: percent(c.marks[2], p), share5: percent(c.marks[3], p), share45: percent(c.marks[2] + c.marks[3], p),
  };
  const compared = c.lowered + c.confirmed + c.raised;
  if (compared > 0) {
    values.lowered = percent(c.lowered, compared);
    values.confirmed = percent(c.confirmed, compared);
    values.raised = percent(c.raised, compared);
  }
  return values;
}

function missingContext(ctx: WorkContext): string | undefined {
  const missing = [ctx.year === undefined ? 'год' : '', ctx.subject === undefined ? 'предмет' : '', ctx.grade === undefined ? 'класс' : ''].filter(Boolean);
  return missing.length === 0 ? undefined : missing.join(', ');
}

/** The sum check means something only when almost every pupil's task scores add up to the total (all task columns read). */
function sumCheckUsable(tally: ProtocolTally): boolean {
  let pupils = 0;
  let mismatched = 0;
  for (const s of tally.schools) {
    pupils += s.tasks?.pupils ?? 0;
    mismatched += s.sumMismatch;
  }
  return pupils > 0 && mismatched * 20 < pupils;
}

/** What the objectivity markers (§7) need of one school: distributions, task moments, copied vectors, data checks. */
function evidenceOf(school: SchoolTally, scale: MarkScale, tally: ProtocolTally, copied: readonly CopiedVector[], sumChecked: boolean, counts: Counts): WorkEvidence {
  const t = school.tasks;
  const col = tally.totalColumn;
  return {
    totals: school.totals, journal: school.journal, scale: { upper2: scale.upper2, upper3: scale.upper3, upper4: scale.upper4, max: scale.max },
    ...(t ? { tasks: { pupils: t.pupils, sums: t.sums, products: t.products, maxSeen: t.maxSeen, ...(tally.taskMax ? { maxDeclared: tally.taskMax } : {}) }, copied } : {}),
    ...(sumChecked && school.sumMismatch > 0 && school.sumMismatchCell ? { sumMismatch: { count: school.sumMismatch, cell: school.sumMismatchCell } } : {}),
    ...(counts.abovePupils > 0 ? { aboveMax: { count: counts.abovePupils, cell: `${col}${Math.min(...counts.aboveMax)}` } } : {}),
  };
}

export interface ResolveOptions {
  readonly scales: ScaleTable;
  readonly directory: LoginDirectory;
  /** The user's correction of the sheet's context. */
  readonly override?: TextContext;
}

/** The sheet read of a protocol: results per school, or a skip reason naming what is missing (never a guess). */
export function resolveProtocol(tally: ProtocolTally, options: ResolveOptions): SheetRead {
  const { file, sheet } = tally;
  const ctx = workContext(file, sheet, tally.titles, options.override);
  const warnings: Warning[] = [...tally.warnings];
  const base: SheetRead = {
    file, sheet, layout: 'protocol', context: { year: ctx.year, kind: 'ВПР', grade: ctx.grade, subjects: ctx.subject ? [ctx.subject] : [] },
    range: `A${tally.headerRow}:${tally.totalColumn}${Math.max(tally.lastRow, tally.headerRow)}`, headerRow: tally.headerRow, columns: [],
    rowsRead: tally.pupilRows, results: [], aggregates: [], attachments: [], warnings, schoolNames: [], aggregateNames: [], attached: 0,
  };
  const missing = missingContext(ctx);
  if (missing !== undefined) {
    base.skippedReason = `протокол ФИС ОКО по ученикам (${GENERATION_TEXT[tally.generation]}): не удалось определить ${missing} работы — ни в заголовке, ни в имени листа, ни в имени файла; укажите вручную`;
    return base;
  }
  const year = ctx.year as number;
  const grade = ctx.grade as number;
  const subject = ctx.subject as string;
  const scale = options.scales.find(year, 'ВПР', subject, grade);
  const work = `ВПР ${year} г., ${subject.toLowerCase()}, ${grade} класс`;
  if (!scale) {
    const reason = `нет шкалы перевода баллов в отметки для работы «${work}»: работа не учтена (отметки не угадываются) — добавьте шкалу на лист «Шкалы» (Год | Процедура | Предмет | Класс | «2» | «3» | «4» | «5» | Источник) или в файл --scales`;
    warnings.push(sheetWarning(file, sheet, reason));
    base.skippedReason = reason;
    return base;
  }
  if (ctx.autumn2020) {
    warnings.push(sheetWarning(file, sheet, `ВПР осени 2020 г.: работа «${grade} класс» писалась в начале следующего учебного года по программе ${grade} класса — учтена как ВПР-${grade} 2020 г. (методика §1a)`));
  }
  // Which scale made the marks, so that every verdict can be followed down to it.
  warnings.push(sheetWarning(file, sheet, `${SCALE_NOTE} «${work}» — по шкале «2»: 0–${scale.upper2}, «3»: ${scale.upper2 + 1}–${scale.upper3}, «4»: ${scale.upper3 + 1}–${scale.upper4}, «5»: ${scale.upper4 + 1}–${scale.max} (${scale.user ? 'шкала пользователя' : 'шкала поставки'}: ${scale.source})`));
  const procedure: Procedure = { kind: 'ВПР', subject, grade };
  const col = tally.totalColumn;
  const copied = copiedVectors(tally.vectorGroups, scale.upper4);
  // Task columns not all recognised (a wrong header, filler cells): the check is not made, and nothing else is lost.
  const sumChecked = sumCheckUsable(tally);
  const aboveMax: number[] = [];
  let aboveCount = 0;
  for (const school of tally.schools) {
    const counts = countMarks(school, scale);
    if (counts.participants === 0) continue;
    aboveMax.push(...counts.aboveMax);
    aboveCount += counts.abovePupils;
    const entry = options.directory.get(school.login);
    const name = entry?.name ?? school.label ?? school.login;
    const range = `${col}${school.firstRow}:${col}${school.lastRow}`;
    const result: DraftResult = {
      key: school.login, name, code: /^(sch|edu)\d+$/.test(school.login) ? school.login : undefined,
      municipality: entry?.municipality ?? school.municipality, year, procedure, values: valuesOf(counts),
      evidence: evidenceOf(school, scale, tally, copied.get(school.login) ?? [], sumChecked, counts),
      cells: { share2: range, participants: range }, source: { file, sheet, cell: range },
    };
    base.results.push(result);
    base.schoolNames.push(displayName(name) || name);
  }
  if (base.results.length === 0) {
    base.skippedReason = tally.pupilRows === 0
      ? 'протокол ФИС ОКО без строк учеников'
      : `в протоколе ни у одного ученика нет суммы баллов (${tally.pupilRows} строк, все отсутствовали или сумма не прочитана)`;
  }
  if (aboveCount > 0) {
    const rows = aboveMax.sort((a, b) => a - b).slice(0, 5);
    const cells = rows.map((r) => `${col}${r}`).join(', ');
    warnings.push(sheetWarning(file, sheet, `сумма баллов выше максимума работы (${scale.max}) у ${aboveCount} ${aboveCount % 10 === 1 && aboveCount % 100 !== 11 ? 'ученика' : 'учеников'} (например, ${cells}) — ошибка ввода в ФИС ОКО; они учтены как участники с отметкой «5»`, `${col}${rows[0]}`));
  }
  return base;
}
