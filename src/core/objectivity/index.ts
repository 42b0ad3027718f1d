// Objectivity markers (methodology.md §7): definitions, evidence types, the judge and its results.
export * from './evidence';
export * from './markers';
export * from './results';
export { judgeObjectivity, headline } from './judge';
export type { RegionRow } from './statisticsMarkers';
export { TASK_REPORT_GAP } from './statisticsMarkers';
export { binomialUpperTail, spearman, quantile, normalUpperTail } from './stats';
