// What the objectivity markers found per school and work (§7): each marker with its evidence, the headline, checks.
import { Procedure } from '../model';
import { DataCheck } from './evidence';
import { MarkerId } from './markers';

/** Which data a marker was computed from. */
export type MarkerData = 'protocol' | 'mark_statistics' | 'journal_comparison'
  /** ФИС ОКО «Распределение первичных баллов» (P1, P3, P4 without protocols). */
  | 'score_distribution'
  /** ФИС ОКО «Выполнение заданий» (P3 with task maxima, P7 by the gap ≥ 0,10 in place of z). */
  | 'task_report';

/** One marker of one work: marked / clear / no data (and why), with the numbers that decided it. */
export interface MarkerResult {
  readonly id: MarkerId;
  readonly state: 'marked' | 'clear' | 'no_data';
  /** no_data: too few pupils (below the minimum n) or the data needed is not there. */
  readonly reason?: 'few' | 'no_source';
  /** Marked and strong by itself (headline). */
  readonly strong: boolean;
  /** Marked but not counted by itself (P1 without P5 or P6b). */
  readonly uncounted?: boolean;
  /** The school's value (share in %, mean, r, K, gap in p. p., pupils — as the marker defines it). */
  readonly value?: number;
  /** The region's value of the same measure. */
  readonly region?: number;
  /** Pupils (or pairs) the test used. */
  readonly n?: number;
  readonly p?: number;
  /** P2: Spearman r; P7: z. */
  readonly r?: number;
  readonly z?: number;
  readonly data?: MarkerData;
}

/** The markers of one school in one work. */
export interface WorkObjectivity {
  readonly schoolKey: string;
  readonly year: number;
  readonly procedure: Procedure;
  /** Participants of the work. */
  readonly n: number;
  /** n below the «малая выборка» bound. */
  readonly small: boolean;
  readonly source: 'protocol' | 'statistics';
  readonly markers: readonly MarkerResult[];
  /** Headline: two or more counted markers, or one strong. */
  readonly flagged: boolean;
  /** D «ошибка данных?»: shown first, never a marker. */
  readonly checks: readonly DataCheck[];
}

/** The parameters of the markers (§7 defaults; every one changeable). */
export interface ObjectivitySettings {
  readonly alpha: number;
  readonly minN: number;
  /** «малая выборка» below this n. */
  readonly smallN: number;
  readonly markers: readonly MarkerId[];
}
