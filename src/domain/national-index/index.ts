/** The national index of QĐ 766/QĐ-TTg (RULES.md §7): six groups, 100 points, ranked within each level. */
export { progressCaseCost, progressIndex, progressPointsPerCase } from './progress';
export { tallyRows } from './row-tally';
export type { CaseColumns } from './row-tally';
export { scoreNationalIndex } from './unit-index';
export type { EnteredPoints, GroupScore, MetricScore, RowsLack, UnitIndexInput, UnitNationalIndex } from './unit-index';
