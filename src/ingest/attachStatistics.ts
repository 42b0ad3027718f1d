// ФИС ОКО score distributions and task reports attached to the results (by login or name) and to the region rows.
import { AggregateRecord, procedureKey, procedureLabel } from '../core/model';
import { ScoreStatistics, WorkStatistics } from '../core/objectivity/evidence';
import { DraftResult, SheetRead } from './draft';
import { DraftStatistics } from './layouts/fisOkoReports';
import { cellWarning, quoted, sheetWarning } from './messages';
import { ScaleTable } from './protocols/scales';
import { fold } from './text';

function merged(into: WorkStatistics | undefined, row: DraftStatistics): WorkStatistics {
  return { ...into, ...(row.scores ? { scores: row.scores } : {}), ...(row.tasks ? { tasks: row.tasks } : {}) };
}

/** The lowest «3» score for P4, when the scale of the work is known and has the report's maximum; else why not. */
function withScale(row: DraftStatistics, scales: ScaleTable): { readonly scores?: ScoreStatistics; readonly problem?: string } {
  const s = row.scores;
  if (!s) return {};
  const p = row.procedure;
  const scale = scales.find(row.year, p.kind, p.subject, p.grade);
  const what = `${procedureLabel(p)}, ${row.year}`;
  if (!scale) return { scores: s, problem: `нет шкалы перевода баллов в отметки для ${what}: маркер P4 (сгущение у границы «3») не проверяется — добавьте лист «Шкалы»` };
  if (scale.max !== s.max) return { scores: s, problem: `максимальный балл в отчёте (${s.max}) не совпадает со шкалой ${what} (${scale.max}): маркер P4 не проверяется` };
  return { scores: { ...s, lowest3: scale.upper2 + 1 } };
}

/**
 * Attaches every report row to the results of the same school, year and work read on any sheet (by login, else by
 * name), and the region row to the region aggregate. A school with no result is named in a warning with its cell.
 */
export function attachStatistics(reads: SheetRead[], scales: ScaleTable): void {
  const results = new Map<string, DraftResult[]>();
  const add = (k: string, res: DraftResult): void => {
    const list = results.get(k);
    if (list) list.push(res);
    else results.set(k, [res]);
  };
  for (const read of reads) for (const res of read.results) {
    const wk = `${res.year}|${procedureKey(res.procedure)}`;
    add(`${wk}|k|${res.key}`, res);
    if (res.code) add(`${wk}|c|${res.code}`, res);
  }
  for (const read of reads) {
    if (!read.statisticsRows) continue;
    const problems = new Set<string>();
    for (const raw of read.statisticsRows) {
      const scaled = withScale(raw, scales);
      if (scaled.problem && raw.level === undefined) problems.add(scaled.problem);
      const row: DraftStatistics = scaled.scores ? { ...raw, scores: scaled.scores } : raw;
      const wk = `${row.year}|${procedureKey(row.procedure)}`;
      if (row.level === 'region') {
        attachRegion(reads, read, row);
        continue;
      }
      if (row.level) continue;
      const targets = (row.code ? results.get(`${wk}|c|${row.code}`) : undefined) ?? results.get(`${wk}|k|${row.key}`) ?? [];
      if (targets.length === 0) {
        read.warnings.push(cellWarning(read.file, read.sheet, row.source.cell,
          `${quoted(row.name)}: нет результата ${procedureLabel(row.procedure)}, ${row.year} («Статистика по отметкам» или протокола) — строка не учтена`));
        continue;
      }
      for (const t of targets) t.statistics = merged(t.statistics, row);
      read.attached++;
    }
    for (const p of problems) read.warnings.push(sheetWarning(read.file, read.sheet, p));
    if (read.attached === 0 && read.skippedReason === undefined) {
      read.skippedReason = 'ни одна строка отчёта не относится к результатам ВПР, прочитанным на других листах (нужна «Статистика по отметкам» той же работы)';
    }
  }
}

function attachRegion(reads: SheetRead[], read: SheetRead, row: DraftStatistics): void {
  const name = fold(row.name);
  const pk = procedureKey(row.procedure);
  for (const r of reads) {
    const i = r.aggregates.findIndex((a) => a.level === 'region' && a.year === row.year && a.procedure !== undefined && procedureKey(a.procedure) === pk && fold(a.name) === name);
    if (i >= 0) {
      r.aggregates[i] = { ...r.aggregates[i], statistics: merged(r.aggregates[i].statistics, row) };
      return;
    }
  }
  const added: AggregateRecord = {
    name: row.name, level: 'region', year: row.year, procedure: row.procedure, participants: row.scores?.n ?? row.tasks?.n,
    statistics: merged(undefined, row), source: row.source,
  };
  read.aggregates.push(added);
}
