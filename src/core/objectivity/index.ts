// Objectivity markers (methodology.md §7): definitions, evidence types, the judge and its results.
export * from './evidence';
export * from './markers';
export * from './results';
export { judgeObjectivity, headline } from './judge';
export { binomialUpperTail, spearman, quantile, normalUpperTail } from './stats';
