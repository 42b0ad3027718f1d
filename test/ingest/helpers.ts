// Test helpers: grids written in code, and look-ups in an ingest result by school name and procedure.
import { Dataset, ProcedureKind, ResultRecord } from '../../src/core/model';
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { schoolKey } from '../../src/ingest/schoolNames';

export function sheet(
  name: string,
  values: RawValue[][],
  extra: { file?: string; merges?: string[]; numberFormats?: (string | null)[][] } = {},
): SheetGrid {
  return { file: extra.file ?? 'test.xlsx', sheet: name, values, originRow: 1, originCol: 1, merges: extra.merges ?? [], numberFormats: extra.numberFormats };
}

export function resultsOf(ds: Dataset, school: string): ResultRecord[] {
  const key = schoolKey(school);
  return ds.results.filter((r) => r.schoolKey === key);
}

export function findResult(ds: Dataset, school: string, year: number, kind: ProcedureKind, subject: string, grade: number): ResultRecord | undefined {
  return resultsOf(ds, school).find((r) => r.year === year && r.procedure.kind === kind && r.procedure.subject === subject && r.procedure.grade === grade);
}

/** Parses a decimal-comma text the way a person reads it (for expectations computed from cells). */
export function num(v: RawValue): number {
  return typeof v === 'number' ? v : Number(String(v).replace(',', '.').replace('%', '').trim());
}
