// The invented district of the bundled sample: schools, their tendencies, and deterministic result numbers.

export interface SampleSchool {
  /** Clean display name. */
  readonly name: string;
  /** ФИС ОКО login code. */
  readonly code: string;
  /** Has grades 10–11 (takes ЕГЭ). */
  readonly senior: boolean;
  /** Typical class size. */
  readonly size: number;
  /** Base доля «2» per year 2022, 2023, 2024 (the school's tendency). */
  readonly base: readonly [number, number, number];
  /** Typical доля «понизили» (objectivity). */
  readonly lowered: number;
}

export const SAMPLE_YEARS = [2022, 2023, 2024] as const;
export const DISTRICT = 'Северо-Озёрский район';
export const REGION = 'Ивановская область';

/** Fifteen invented schools; the tendencies give ШНОР that stay, enter, exit, and a watch list. */
export const SAMPLE_SCHOOLS: readonly SampleSchool[] = [
  { name: 'Берёзовская СОШ', code: 'sch500100', senior: true, size: 14, base: [12, 10, 9], lowered: 10 },
  { name: 'Липовская ООШ', code: 'sch500107', senior: false, size: 9, base: [36, 34, 33], lowered: 9 },
  { name: 'Сосновская СОШ', code: 'sch500114', senior: true, size: 11, base: [14, 17, 20], lowered: 11 },
  { name: 'СОШ № 1 п. Озёрный', code: 'sch500121', senior: true, size: 55, base: [9, 8, 8], lowered: 15 },
  { name: 'Гимназия № 2', code: 'sch500128', senior: true, size: 60, base: [5, 5, 4], lowered: 41 },
  { name: 'Каменская ООШ', code: 'sch500135', senior: false, size: 8, base: [38, 30, 18], lowered: 14 },
  { name: 'Ключевская СОШ', code: 'sch500142', senior: true, size: 12, base: [15, 18, 34], lowered: 15 },
  { name: 'Ключевская СОШ (филиал Малоключевская ООШ)', code: 'sch500149', senior: false, size: 4, base: [18, 20, 33], lowered: 10 },
  { name: 'Лесная СОШ', code: 'sch500156', senior: true, size: 10, base: [29, 32, 31], lowered: 11 },
  { name: 'Центр образования № 3', code: 'sch500163', senior: true, size: 13, base: [11, 12, 10], lowered: 35 },
  { name: 'Ракитинская ООШ', code: 'sch500170', senior: false, size: 10, base: [33, 37, 40], lowered: 8 },
  { name: 'Лицей № 5', code: 'sch500177', senior: true, size: 58, base: [4, 3, 3], lowered: 12 },
  { name: 'Дубравинская СОШ', code: 'sch500184', senior: true, size: 16, base: [17, 21, 24], lowered: 13 },
  { name: 'Заречная ООШ', code: 'sch500191', senior: false, size: 7, base: [25, 21, 24], lowered: 9 },
  { name: 'Полянская СОШ им. Героя России И. И. Иванова', code: 'sch500198', senior: true, size: 20, base: [15, 14, 13], lowered: 12 },
];

/** A small deterministic pseudo-random generator (mulberry32), so the sample is the same every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleResult {
  readonly participants: number;
  readonly share2: number;
  readonly share45: number;
  readonly lowered: number;
  /** Distribution of marks 2..5 in percent (sums to 100). */
  readonly marks: readonly [number, number, number, number];
}

/** A result whose shares are exact fractions of the participants, as real reports have them. */
export function sampleResult(random: () => number, school: SampleSchool, yearIndex: number, offset: number): SampleResult {
  const participants = Math.max(2, Math.round(school.size * (0.75 + random() * 0.5)));
  const target = Math.max(0, school.base[yearIndex] + offset + (random() - 0.5) * 10);
  const twos = Math.min(participants, Math.round((target / 100) * participants));
  const rest = participants - twos;
  const fives = Math.round(rest * (0.1 + random() * 0.2));
  const fours = Math.round((rest - fives) * (0.3 + random() * 0.3));
  const threes = rest - fives - fours;
  const pct = (n: number): number => Math.round((n / participants) * 10000) / 100;
  return {
    participants,
    share2: pct(twos),
    share45: pct(fours + fives),
    lowered: Math.round(Math.max(0, school.lowered + (random() - 0.5) * 10) * 100) / 100,
    marks: [pct(twos), pct(threes), pct(fours), pct(fives)],
  };
}
