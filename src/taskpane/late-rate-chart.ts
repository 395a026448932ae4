/**
 * The pane's chart of late rates (issue 16): the units with the highest share of late cases among those
 * resolved, each with its change since the previous period when the run has one.
 */
import type { JobResult } from '../workbook/score-job';
import { formatPoints } from './progress-text';

export interface LateRateBar {
  name: string;
  /** Late ÷ resolved, %. */
  rate: number;
  /** This rate minus the previous period's, in percentage points; null when there is nothing to compare. */
  change: number | null;
}

/** Bars the pane draws; the sheet «Biểu đồ» and `DS quá hạn theo đơn vị` list every unit. */
const CHART_UNITS = 10;

interface PreviousRates {
  lateRateOfResolved: number | null;
}

/** Units with late cases, highest rate first (ties by name), at most CHART_UNITS, and how many more there are. */
export function lateRateBars(result: JobResult): { bars: LateRateBar[]; more: number } {
  const all = result.summary.units.flatMap((u) => {
    if (u.lateRateOfResolved === null || u.lateRateOfResolved === 0) return [];
    const previous = (u as { previous?: PreviousRates | null }).previous?.lateRateOfResolved ?? null;
    const change = previous === null ? null : Math.round((u.lateRateOfResolved - previous) * 100) / 100;
    return [{ name: u.name, rate: u.lateRateOfResolved, change }];
  });
  all.sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, 'vi'));
  return { bars: all.slice(0, CHART_UNITS), more: Math.max(0, all.length - CHART_UNITS) };
}

/** «12,50%». */
export const rateText = (rate: number): string => `${formatPoints(rate)}%`;

/** «tăng 1,20 điểm %», «giảm 0,50 điểm %», «không đổi», or «chưa có kỳ trước». */
export function changeText(change: number | null): string {
  if (change === null) return 'chưa có kỳ trước';
  if (change === 0) return 'không đổi';
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPoints(Math.abs(change))} điểm %`;
}
