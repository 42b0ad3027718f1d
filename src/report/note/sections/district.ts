// Section «Доля «2» по процедурам и годам» (§4a item 3): the territory's доля «2» by procedure and year, with the
// region beside every year it exists for (otherwise said once); each comparison names its years.
import { Procedure, procedureKey, procedureLabel } from '../../../core/model';
import { BenchmarkRow } from '../../../core/results';
import { NoteBlock, NoteCell } from '../model';
import { changeText, inYear, pct, year } from '../words';
import { NoteContext } from './context';
import { territoryName } from './header';

const round1 = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 10) / 10);

/** «выше» / «ниже» / «на уровне» as the rounded figures read (12,1 % is «на уровне» 12,1 %). */
function compared(own: number, region: number): string {
  const a = round1(own) ?? own;
  const b = round1(region) ?? region;
  return a > b ? 'выше' : a < b ? 'ниже' : 'на уровне';
}

export function districtSection(ctx: NoteContext): NoteBlock[] {
  const { analysis, y, stableBand } = ctx;
  const procedures = analysis.identification.procedures;
  const benchmarks = new Map<string, BenchmarkRow>();
  for (const b of analysis.dynamics.benchmarks) {
    const key = `${procedureKey(b.procedure)}|${b.year}`;
    if (!benchmarks.has(key)) benchmarks.set(key, b);
  }
  const of = (p: Procedure, yr: number): BenchmarkRow | undefined => benchmarks.get(`${procedureKey(p)}|${yr}`);
  const years = analysis.years.filter((yr) => yr <= y).slice(-3);
  const allRegionYears = years.filter((yr) => procedures.some((p) => of(p, yr)?.region !== undefined));
  // A regional form: the region's own rows are the series (the schools' computed share would repeat them).
  const regional = ctx.multiMunicipal && allRegionYears.length === years.length;
  const regionYears = regional ? [] : allRegionYears;
  const own = regional ? 'Регион' : ctx.multiMunicipal ? 'Все школы' : 'Муниципалитет';
  const ownShare = (p: Procedure, yr: number): number | undefined => (regional ? of(p, yr)?.region?.share2 : of(p, yr)?.municipality?.share2);
  const rows: NoteCell[][] = procedures
    .map((p) => [procedureLabel(p), ...years.map((yr) => round1(ownShare(p, yr))), ...regionYears.map((yr) => round1(of(p, yr)?.region?.share2))])
    .filter((r) => r.slice(1).some((v) => v !== null));
  if (rows.length === 0) return [];
  const territory = territoryName(analysis);
  const blocks: NoteBlock[] = [
    { type: 'heading', text: `Доля «2» ${territory ? `(${territory}) ` : ''}по процедурам и годам` },
    {
      type: 'table',
      header: ['Процедура', ...years.map((yr) => `${own}, ${yr}`), ...regionYears.map((yr) => `Регион, ${yr}`)],
      widths: [28, ...years.map(() => 12), ...regionYears.map(() => 12)],
      rows,
    },
  ];
  const notes: string[] = [];
  const origins = new Set(analysis.dynamics.benchmarks.map((b) => b.municipality?.origin).filter(Boolean));
  if (origins.has('computed') && !regional) notes.push(`${own === 'Все школы' ? 'Доля «2» по всем школам' : 'Доля «2» муниципалитета'}${origins.has('sheet') ? ' там, где в листах нет итоговой строки,' : ''} рассчитана по школам с учётом числа участников.`);
  if (allRegionYears.length === 0) notes.push('Региональных показателей в данных нет.');
  else if (!regional && regionYears.length < years.length) notes.push(`Региональные показатели есть только за ${regionYears.map(year).join(', ')}`);
  if (notes.length > 0) blocks.push({ type: 'paragraph', text: notes.join(' ') });
  const sentences: string[] = [];
  for (const p of procedures) {
    const now = ownShare(p, y);
    if (now === undefined) continue;
    const earlier = [...years].reverse().find((yr) => yr < y && ownShare(p, yr) !== undefined);
    const before = earlier !== undefined ? ownShare(p, earlier) : undefined;
    const reg = regional ? undefined : of(p, y)?.region?.share2;
    let s = `${procedureLabel(p)}: доля «2» ${before !== undefined && earlier !== undefined ? changeText(before, earlier, now, y, stableBand) : `составила ${pct(now)} ${inYear(y)}`}`;
    if (reg !== undefined) s += `, ${compared(now, reg)} регионального показателя (${pct(reg)} ${inYear(y)})`;
    sentences.push(`${s}.`);
  }
  if (sentences.length > 0) blocks.push({ type: 'list', items: sentences });
  return blocks;
}
