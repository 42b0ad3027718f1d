// Realistic synthetic districts of any size for the bench: stable weak and strong schools, 3+ years, ВПР 4–8 and
// 10–11, ОГЭ, ЕГЭ, municipal and regional rows, gaps. As a Dataset (engine cases) or as a long sheet (CLI case).
import { AggregateRecord, Dataset, Procedure, ResultRecord, School } from '../src/core/model';
import { RawValue } from '../src/ingest/grid';
import { seededRandom } from '../src/cli/sample/district';

/** Twenty procedures of a secondary school (СОШ); a basic school (ООШ) writes the first 15, a primary one the first 3. */
export const PROCEDURES: readonly Procedure[] = [
  { kind: 'ВПР', subject: 'Русский язык', grade: 4 }, { kind: 'ВПР', subject: 'Математика', grade: 4 }, { kind: 'ВПР', subject: 'Окружающий мир', grade: 4 },
  { kind: 'ВПР', subject: 'Русский язык', grade: 5 }, { kind: 'ВПР', subject: 'Математика', grade: 5 }, { kind: 'ВПР', subject: 'История', grade: 5 },
  { kind: 'ВПР', subject: 'Биология', grade: 5 }, { kind: 'ВПР', subject: 'Русский язык', grade: 6 }, { kind: 'ВПР', subject: 'Математика', grade: 6 },
  { kind: 'ВПР', subject: 'Русский язык', grade: 7 }, { kind: 'ВПР', subject: 'Математика', grade: 7 }, { kind: 'ВПР', subject: 'Русский язык', grade: 8 },
  { kind: 'ВПР', subject: 'Математика', grade: 8 }, { kind: 'ОГЭ', subject: 'Русский язык', grade: 9 }, { kind: 'ОГЭ', subject: 'Математика', grade: 9 },
  { kind: 'ВПР', subject: 'География', grade: 10 }, { kind: 'ВПР', subject: 'История', grade: 11 }, { kind: 'ЕГЭ', subject: 'Русский язык', grade: 11 },
  { kind: 'ЕГЭ', subject: 'Математика (базовая)', grade: 11 }, { kind: 'ЕГЭ', subject: 'Математика (профильная)', grade: 11 },
];

export interface DistrictOptions {
  readonly schools: number;
  readonly years: readonly number[];
  /** Schools per municipality (a region is many municipalities). */
  readonly perMunicipality?: number;
  readonly seed?: number;
  /** Share of missing results (a class that did not write, a school without a 10th grade that year). */
  readonly gaps?: number;
}

interface SchoolPlan {
  readonly school: School;
  readonly procedures: number;
  /** Stable level of доля «2» of the school (weak ~35 %, borderline ~18 %, strong ~5 %). */
  readonly base: number;
  readonly size: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const clamp = (x: number): number => Math.min(100, Math.max(0, x));

function planSchools(options: DistrictOptions, random: () => number): SchoolPlan[] {
  const per = options.perMunicipality ?? 60;
  return Array.from({ length: options.schools }, (_, i) => {
    const kind = random();
    const type = kind < 0.7 ? 'СОШ' : kind < 0.9 ? 'ООШ' : 'НОШ';
    const municipality = `${Math.floor(i / per) + 1}-й муниципальный район`;
    const name = `${type} № ${i + 1} (${municipality})`;
    const weakness = random();
    const base = weakness < 0.08 ? 30 + random() * 20 : weakness < 0.25 ? 14 + random() * 12 : random() * 10;
    return {
      school: { key: `school-${i + 1}`, name, municipality, aliases: [name] },
      procedures: type === 'СОШ' ? 20 : type === 'ООШ' ? 15 : 3,
      base,
      size: 8 + Math.floor(random() * 90),
    };
  });
}

/** The district as the engine gets it after ingest. */
export function generateDataset(options: DistrictOptions): Dataset {
  const random = seededRandom(options.seed ?? 11);
  const gaps = options.gaps ?? 0.04;
  const plans = planSchools(options, random);
  const results: ResultRecord[] = [];
  const sums = new Map<string, { share: number; weight: number; lowered: number; procedure: Procedure; year: number; municipality: string }>();
  let row = 2;
  for (const year of options.years) {
    for (const plan of plans) {
      for (let p = 0; p < plan.procedures; p++) {
        if (random() < gaps) continue;
        const procedure = PROCEDURES[p];
        const participants = Math.max(3, Math.round(plan.size * (0.7 + random() * 0.6)));
        // Shares as the forms have them: a whole number of pupils out of the participants, to one decimal.
        const twos = Math.round((participants * clamp(plan.base + (random() - 0.5) * 16 + (p % 4) - 1.5)) / 100);
        const share2 = round1((100 * twos) / participants);
        const lowered = procedure.kind === 'ВПР' ? round1(random() * 35) : undefined;
        row += 1;
        results.push({
          schoolKey: plan.school.key,
          year,
          procedure,
          participants,
          share2,
          share45: round1((100 * Math.round((participants * clamp(70 - share2 - random() * 20)) / 100)) / participants),
          ...(lowered !== undefined ? { lowered } : {}),
          source: { file: 'region.xlsx', sheet: 'Результаты', cell: `G${row}` },
        });
        const key = `${plan.school.municipality}|${year}|${p}`;
        const sum = sums.get(key) ?? { share: 0, weight: 0, lowered: 0, procedure, year, municipality: plan.school.municipality ?? '' };
        sum.share += share2 * participants;
        sum.lowered += (lowered ?? 0) * participants;
        sum.weight += participants;
        sums.set(key, sum);
      }
    }
  }
  // Municipal rows of the region's form, and the region's own row per procedure and year.
  const aggregates: AggregateRecord[] = [];
  const region = new Map<string, { share: number; weight: number; lowered: number; procedure: Procedure; year: number }>();
  for (const s of sums.values()) {
    aggregates.push({ name: s.municipality, level: 'municipality', year: s.year, procedure: s.procedure, participants: s.weight, share2: round1(s.share / s.weight), source: { file: 'region.xlsx', sheet: 'Районы', cell: `C${aggregates.length + 2}` } });
    const key = `${s.year}|${s.procedure.kind}|${s.procedure.subject}|${s.procedure.grade}`;
    const r = region.get(key) ?? { share: 0, weight: 0, lowered: 0, procedure: s.procedure, year: s.year };
    r.share += s.share;
    r.lowered += s.lowered;
    r.weight += s.weight;
    region.set(key, r);
  }
  for (const r of region.values()) {
    aggregates.push({
      name: 'Регион', level: 'region', year: r.year, procedure: r.procedure, participants: r.weight, share2: round1(r.share / r.weight),
      ...(r.procedure.kind === 'ВПР' ? { lowered: round1(r.lowered / r.weight) } : {}),
      source: { file: 'region.xlsx', sheet: 'Регион', cell: `C${aggregates.length + 2}` },
    });
  }
  return { schools: plans.map((p) => p.school), results, aggregates, officialLists: [], warnings: [] };
}

/** The same district as a region's long sheet: a title line, a header, text numbers with commas in every third row. */
export function districtSheet(options: DistrictOptions): RawValue[][] {
  const dataset = generateDataset(options);
  const names = new Map(dataset.schools.map((s) => [s.key, s]));
  const values: RawValue[][] = [
    ['Результаты оценочных процедур по образовательным организациям региона'],
    ['Год', 'Муниципалитет', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %', 'Доля «4» и «5», %'],
  ];
  dataset.results.forEach((r, i) => {
    const school = names.get(r.schoolKey);
    const share: RawValue = i % 3 === 0 ? String(r.share2).replace('.', ',') : r.share2;
    values.push([r.year, school?.municipality ?? '', `МБОУ «${school?.name ?? r.schoolKey}»`, r.procedure.kind, r.procedure.grade, r.procedure.subject, r.participants ?? null, share, r.share45 ?? null]);
  });
  return values;
}
