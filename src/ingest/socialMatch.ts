// Context rows matched to the schools of the results by the same identity rules (name key, login, municipality); the rest named.
import { School } from '../core/model';
import { SocialData, SocialRow } from '../core/social/types';
import { SheetRead } from './draft';
import { municipalityKey } from './municipality';

/**
 * The first context sheet's rows as SocialData (a second context sheet is named in a warning and not used); a row that
 * names no school of the results, or a school named twice, is said with its cell.
 */
export function matchSocial(
  reads: readonly SheetRead[],
  schools: readonly School[],
  keyOf: (name: string, code: string | undefined) => string,
): SocialData | undefined {
  const sheets = reads.filter((r) => r.social !== undefined);
  if (sheets.length === 0) return undefined;
  const [first, ...rest] = sheets;
  for (const other of rest) {
    other.warnings.push({
      file: other.file, sheet: other.sheet,
      message: `Лист «${other.sheet}» — ещё один лист социальных показателей; используется лист «${first.sheet}»${first.file && first.file !== other.file ? ` файла «${first.file}»` : ''}, этот не учтён`,
    });
  }
  const known = new Set(schools.map((s) => s.key));
  const social = first.social as NonNullable<SheetRead['social']>;
  const rows: SocialRow[] = [];
  const seen = new Map<string, string>();
  const unmatched: string[] = [];
  for (const row of social.rows) {
    const base = keyOf(row.name, row.code);
    const mk = row.municipality ? municipalityKey(row.municipality) : '';
    const qualified = mk !== '' ? `${base} @${mk}` : '';
    const key = qualified !== '' && known.has(qualified) ? qualified : base;
    if (!known.has(key)) {
      unmatched.push(row.name);
      first.warnings.push({
        file: first.file, sheet: first.sheet, cell: row.cell,
        message: `Лист «${first.sheet}», ячейка ${row.cell}: «${row.name}» нет среди школ с результатами — строка социальных показателей не учтена (проверьте название)`,
      });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      first.warnings.push({
        file: first.file, sheet: first.sheet, cell: row.cell,
        message: `Лист «${first.sheet}», ячейка ${row.cell}: школа «${row.name}» уже есть в строке ${earlier} — взята первая строка`,
      });
      continue;
    }
    seen.set(key, row.cell);
    rows.push({ schoolKey: key, values: row.values, source: { file: first.file, sheet: first.sheet, cell: row.cell } });
  }
  first.unmatched = unmatched;
  return { indicators: social.indicators, rows, source: { file: first.file, sheet: first.sheet } };
}
