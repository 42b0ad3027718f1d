// Hand-made analyses for the report tests (invented numbers; no dependency on the engine).
import { AggregateRecord, Procedure, ResultRecord, School, Warning } from '../../src/core/model';
import { DEFAULT_PARAMETERS, Parameters } from '../../src/core/parameters';
import {
  Analysis, BenchmarkRow, CohortRow, Direction, DynamicsRow, RankingRow, Verdict, YearCount,
} from '../../src/core/results';
import { SheetReport } from '../../src/ingest/types';
import { RunInfo } from '../../src/report/runInfo';
import { objectivityWork } from '../../src/core/testing/builders';

export const Y = 2024;
export const PREV = 2023;

export const VPR5_RU: Procedure = { kind: 'ВПР', subject: 'Русский язык', grade: 5 };
export const VPR5_MA: Procedure = { kind: 'ВПР', subject: 'Математика', grade: 5 };
export const OGE_MA: Procedure = { kind: 'ОГЭ', subject: 'Математика', grade: 9 };
export const VPR4_RU: Procedure = { kind: 'ВПР', subject: 'Русский язык', grade: 4 };
export const VPR7_MA: Procedure = { kind: 'ВПР', subject: 'Математика', grade: 7 };

/** The counted procedures of the main fixture (a subset of the default set, in this order). */
export const COUNTED: readonly Procedure[] = [VPR5_RU, VPR5_MA, OGE_MA];

let cellCounter = 0;
export function rec(schoolKey: string, year: number, procedure: Procedure, share2: number, extra: Partial<ResultRecord> = {}): ResultRecord {
  cellCounter += 1;
  return {
    schoolKey, year, procedure, share2,
    participants: 20,
    source: { file: 'results.xlsx', sheet: `${procedure.kind}-${year}`, cell: `E${cellCounter + 1}` },
    ...extra,
  };
}

export function verdict(v: Partial<Verdict> & Pick<Verdict, 'schoolKey' | 'name' | 'status'>): Verdict {
  return {
    criteria: [], listChange: 'none', low: [], nearThreshold: [], smallSamples: [], objectivity: [], flags: [],
    explanation: `Пояснение для ${v.name}.`,
    ...v,
  };
}

/** Dynamics rows grouped from results (change between the last two years present, ±stable band). */
export function dynamicsRowsFrom(results: readonly ResultRecord[], names: ReadonlyMap<string, string>, stableBand = 2): DynamicsRow[] {
  const groups = new Map<string, ResultRecord[]>();
  for (const r of results) {
    const key = `${r.schoolKey}|${r.procedure.kind}|${r.procedure.subject}|${r.procedure.grade}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rs) => {
    const sorted = [...rs].sort((a, b) => a.year - b.year);
    const values = sorted.map((r) => ({ year: r.year, share2: r.share2, participants: r.participants, source: r.source }));
    let change: number | undefined;
    let direction: Direction | undefined;
    if (sorted.length >= 2) {
      change = sorted[sorted.length - 1].share2 - sorted[sorted.length - 2].share2;
      direction = Math.abs(change) <= stableBand ? 'stable' : change > 0 ? 'worsened' : 'improved';
    }
    return {
      schoolKey: sorted[0].schoolKey, name: names.get(sorted[0].schoolKey) ?? sorted[0].schoolKey,
      procedure: sorted[0].procedure, values, ...(change !== undefined ? { change, direction } : {}),
    };
  });
}

export const HYPERLINK_NAME = '=HYPERLINK("x")';

export interface Fixture {
  readonly analysis: Analysis;
  readonly info: RunInfo;
  readonly results: readonly ResultRecord[];
}

export function makeFixture(options: { parameters?: Partial<Parameters>; warnings?: readonly Warning[] } = {}): Fixture {
  const parameters: Parameters = { ...DEFAULT_PARAMETERS, ...options.parameters };
  const names = new Map<string, string>([
    ['ivan', 'Ивановская СОШ'],
    ['petr', 'Петровская ООШ'],
    ['anton', 'Антоновская СОШ'],
    ['alex', 'Алексеевская СОШ'],
    ['hyper', HYPERLINK_NAME],
    ['bor', 'Борисовская СОШ'],
  ]);
  const ivanRu24 = rec('ivan', Y, VPR5_RU, 41);
  const ivanOge24 = rec('ivan', Y, OGE_MA, 33);
  const petrOge24 = rec('petr', Y, OGE_MA, 50);
  const petrMa23 = rec('petr', PREV, VPR5_MA, 37.5, { participants: 4 });
  const antonRu24 = rec('anton', Y, VPR5_RU, 30);
  const antonRu23 = rec('anton', PREV, VPR5_RU, 31.2);
  const alexMa24 = rec('alex', Y, VPR5_MA, 27, { lowered: 45 });
  const results: ResultRecord[] = [
    ivanRu24, ivanOge24, rec('ivan', PREV, VPR5_RU, 20), rec('ivan', PREV, VPR4_RU, 20),
    petrOge24, petrMa23,
    antonRu24, antonRu23,
    alexMa24, rec('alex', PREV, VPR5_MA, 12),
    rec('hyper', Y, VPR5_RU, 10), rec('hyper', Y, VPR7_MA, 36),
    rec('bor', PREV, VPR5_RU, 8),
  ];
  const verdicts: Verdict[] = [
    verdict({ schoolKey: 'bor', name: 'Борисовская СОШ', status: 'no_data', listChange: 'unknown', explanation: 'Нет результатов за 2024 г.' }),
    verdict({ schoolKey: 'hyper', name: HYPERLINK_NAME, status: 'ok', explanation: 'Низких результатов нет.' }),
    verdict({
      schoolKey: 'alex', name: 'Алексеевская СОШ', status: 'risk', nearThreshold: [alexMa24], flags: ['objectivity'],
      objectivity: [objectivityWork('alex', Y, VPR5_MA, [{ id: 'P5', value: 40, region: 12, n: 25, p: 0.0004 }, { id: 'P6b', value: 30, region: 8, n: 25, p: 0.002 }])],
      explanation: 'Зона риска: ВПР-5 математика 27,0 % (Лист ВПР-2024, E10).',
    }),
    verdict({
      schoolKey: 'petr', name: 'Петровская ООШ', status: 'shnor', criteria: ['K2'], listChange: 'entered', low: [petrOge24, petrMa23],
      smallSamples: [petrMa23], flags: ['small_sample'],
      explanation: 'К2: ОГЭ математика 2024 — 50,0 %; ВПР-5 математика 2023 — 37,5 %.',
    }),
    verdict({
      schoolKey: 'ivan', name: 'Ивановская СОШ', status: 'shnor', criteria: ['K1'], listChange: 'entered', low: [ivanRu24, ivanOge24],
      explanation: 'К1: ВПР-5 русский язык 41,0 %, ОГЭ математика 33,0 % в 2024 г.',
    }),
    verdict({
      schoolKey: 'anton', name: 'Антоновская СОШ', status: 'shnor', criteria: ['K2'], listChange: 'stayed', low: [antonRu24, antonRu23],
      explanation: 'К2: ВПР-5 русский язык 2024 — 30,0 %, 2023 — 31,2 %.',
    }),
  ];
  const benchmarks: BenchmarkRow[] = [
    { procedure: OGE_MA, year: Y, municipality: { share2: 12, origin: 'computed' }, schoolCount: 2 },
    { procedure: VPR5_RU, year: Y, municipality: { share2: 18.5, origin: 'sheet', name: 'Кировский район' }, region: { share2: 15.2, name: 'Краснодарский край' }, schoolCount: 3 },
    { procedure: VPR5_RU, year: PREV, municipality: { share2: 16, origin: 'sheet', name: 'Кировский район' }, region: { share2: 14.1, name: 'Краснодарский край' }, schoolCount: 3 },
    { procedure: VPR5_MA, year: PREV, municipality: { share2: 22.4, origin: 'computed' }, schoolCount: 2 },
    { procedure: VPR7_MA, year: Y, municipality: { share2: 36, origin: 'computed' }, schoolCount: 1 },
  ];
  const cohorts: CohortRow[] = [
    {
      schoolKey: 'ivan', name: 'Ивановская СОШ', subject: 'Русский язык',
      steps: [
        { year: PREV, procedure: VPR4_RU, share2: 20, source: { file: 'results.xlsx', sheet: 'ВПР-2023', cell: 'E5' } },
        { year: Y, procedure: VPR5_RU, share2: 41, source: ivanRu24.source },
      ],
      change: 21, direction: 'worsened',
    },
  ];
  const counts: YearCount[] = [
    { year: Y, shnor: 3, risk: 1, entered: 2, exited: 1, positiveDynamicsShare: 40, schoolsWithData: 5, comparable: true },
    { year: PREV, shnor: 2, risk: 0, entered: 0, exited: 0, schoolsWithData: 5, comparable: false },
  ];
  const ranking: RankingRow[] = [
    { rank: 2, schoolKey: 'alex', name: 'Алексеевская СОШ', meanShare2: 27, meanShare45: 40, procedures: 1, group: 'ВПР-5 русский язык', groupSize: 2 },
    { rank: 1, schoolKey: 'hyper', name: HYPERLINK_NAME, meanShare2: 10, meanShare45: 55.5, procedures: 1, group: 'ВПР-5 русский язык', groupSize: 2 },
    { rank: 1, schoolKey: 'ivan', name: 'Ивановская СОШ', meanShare2: 37, procedures: 2, group: 'ВПР-5 русский язык, ОГЭ математика', groupSize: 1 },
  ];
  const schools: School[] = [...names].map(([key, name]) => ({ key, name, aliases: [name] }));
  const aggregates: AggregateRecord[] = [];
  const warnings: readonly Warning[] = options.warnings ?? [
    { file: 'results.xlsx', sheet: 'ВПР-2024', cell: 'C17', message: 'Доля «2» 120 больше 100 %: строка пропущена.' },
    { file: 'results.xlsx', sheet: 'ОГЭ', message: 'Не найден год: лист пропущен.' },
  ];
  const analysis: Analysis = {
    dataset: { schools, results, aggregates, officialLists: [], warnings },
    identification: { targetYear: Y, previousYear: PREV, parameters, procedures: COUNTED, verdicts },
    dynamics: { rows: dynamicsRowsFrom(results, names, parameters.stableBand), cohorts, benchmarks, counts, ranking },
    years: [Y, PREV],
  };
  return { analysis, info: makeInfo(), results };
}

export function makeInfo(sources: readonly SheetReport[] = SOURCES): RunInfo {
  return { generatedAt: new Date(2024, 10, 23, 10, 15), version: '0.1.0-test', files: ['results.xlsx'], sources };
}

export const SOURCES: readonly SheetReport[] = [
  {
    file: 'results.xlsx', sheet: 'ВПР-2024', layout: 'long', context: { year: 2024, kind: 'ВПР', grade: 5, subjects: ['Русский язык', 'Математика'] },
    range: 'A1:I437', headerRow: 1, columns: [], rowsRead: 436, resultsRead: 400, schools: ['Ивановская СОШ', 'Алексеевская СОШ'],
    aggregates: ['Кировский район'], warnings: [],
  },
  {
    file: 'results.xlsx', sheet: 'ОГЭ', context: { subjects: [] }, range: 'A1:D12', columns: [], rowsRead: 0, resultsRead: 0,
    schools: [], aggregates: [], warnings: [], skippedReason: 'Не найден год',
  },
];

/** An analysis with nothing in it (no schools, no results): every sheet must still be well formed. */
export function emptyAnalysis(): Analysis {
  return {
    dataset: { schools: [], results: [], aggregates: [], officialLists: [], warnings: [] },
    identification: { targetYear: Y, previousYear: PREV, parameters: DEFAULT_PARAMETERS, procedures: [], verdicts: [] },
    dynamics: { rows: [], cohorts: [], benchmarks: [], counts: [], ranking: [] },
    years: [],
  };
}
