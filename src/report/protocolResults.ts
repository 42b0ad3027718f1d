// The per-school table of results tallied from pupil protocols: a plain source sheet any reader (and ours) can read.
import { Dataset, ResultRecord } from '../core/model';
import { SheetReport } from '../ingest/types';

/** Name of the sheet that carries protocol results into a workbook. */
export const PROTOCOL_RESULTS_SHEET = 'Результаты из протоколов';

export const PROTOCOL_RESULTS_HEADER = [
  'ОО', 'Муниципалитет', 'Год', 'Процедура', 'Предмет', 'Класс', 'Участников', 'Получили «2», чел.', 'Доля «2», %', 'Доля «3», %',
  'Доля «4», %', 'Доля «5», %', 'Доля «4» и «5», %', 'Понизили, %', 'Подтвердили, %', 'Повысили, %', 'Источник',
] as const;

/** Column widths (characters) of that sheet. */
export const PROTOCOL_RESULTS_WIDTHS: readonly number[] = [44, 24, 7, 10, 16, 7, 11, 11, 10, 10, 10, 10, 12, 12, 13, 11, 40];

type Cell = string | number | null;

/** True when the result was tallied from a protocol sheet of this run. */
export function fromProtocol(r: ResultRecord, sheets: readonly SheetReport[]): boolean {
  return sheets.some((s) => s.layout === 'protocol' && s.file === r.source.file && s.sheet === r.source.sheet);
}

/**
 * Rows (header first) of the results that came from protocols; the ОО cell starts with the login so that a later
 * reading keys the school by it. Empty when no protocol was read.
 */
export function protocolResultsTable(dataset: Dataset, sheets: readonly SheetReport[]): Cell[][] {
  const rows = dataset.results.filter((r) => fromProtocol(r, sheets));
  if (rows.length === 0) return [];
  const schools = new Map(dataset.schools.map((s) => [s.key, s]));
  const body = rows.map((r): Cell[] => {
    const s = schools.get(r.schoolKey);
    const name = s?.name ?? r.schoolKey;
    const label = s?.code && s.code !== name ? `${s.code} ${name}` : name;
    const n = (v: number | undefined): Cell => (v === undefined ? null : v);
    // Shares with two decimals, as every sheet shows them (the count and participants give the exact доля «2»).
    const pct = (v: number | undefined): Cell => (v === undefined ? null : Math.round(v * 100) / 100);
    return [
      label, s?.municipality ?? null, r.year, r.procedure.kind, r.procedure.subject, r.procedure.grade, n(r.participants), n(r.count2),
      pct(r.share2), pct(r.share3), pct(r.share4), pct(r.share5), pct(r.share45), pct(r.lowered), pct(r.confirmed), pct(r.raised),
      `${r.source.file ? `${r.source.file}: ` : ''}${r.source.sheet}!${r.source.cell}`,
    ];
  });
  return [[...PROTOCOL_RESULTS_HEADER], ...body];
}
