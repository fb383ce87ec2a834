/** The network over time: growth figures on a date, two dates compared, the growth trend, in words. */
export { figuresOn, snapshotOn, NEAR_CORE_STEPS, type GrowthFigures, type GrowthOptions, type Snapshot } from './figures.ts';
export { compareDates, nodeRef, DateOrderError, type Changes, type Comparison, type MemberChange, type NodeRef, type TieChange } from './compare.ts';
export { growthTrend, MAX_TREND_POINTS, TREND_BY, type GrowthTrend, type TrendBy, type TrendOptions, type TrendPoint } from './trend.ts';
export { growthWords, figureWords, undatedWords, type GrowthWordsInput } from './words.ts';
