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
  /**
   * This rate minus the previous period's, in percentage points; 'none' when the rows do not cover the
   * previous period, 'unresolved' when the unit resolved no case in it (no rate to compare with).
   */
  change: number | 'none' | 'unresolved';
}

/** Bars the pane draws; the sheet «Biểu đồ» and `DS quá hạn theo đơn vị` list every unit. */
const CHART_UNITS = 10;

/** Units with late cases, highest rate first (ties by name), at most CHART_UNITS, and how many more there are. */
export function lateRateBars(result: JobResult): { bars: LateRateBar[]; more: number } {
  const all = result.summary.units.flatMap((u) => {
    if (u.lateRateOfResolved === null || u.lateRateOfResolved === 0) return [];
    const rate = u.lateRateOfResolved;
    const before = u.previous;
    const change = !before ? 'none' : before.lateRateOfResolved === null ? 'unresolved' : Math.round((rate - before.lateRateOfResolved) * 100) / 100;
    return [{ name: u.name, rate, change } satisfies LateRateBar];
  });
  all.sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, 'vi'));
  return { bars: all.slice(0, CHART_UNITS), more: Math.max(0, all.length - CHART_UNITS) };
}

/** «12,50%». */
export const rateText = (rate: number): string => `${formatPoints(rate)}%`;

/** «tăng 1,20 điểm %», «giảm 0,50 điểm %», «không đổi», «chưa có số liệu kỳ trước», «kỳ trước không có hồ sơ đã giải quyết». */
export function changeText(change: LateRateBar['change']): string {
  if (change === 'none') return 'chưa có số liệu kỳ trước';
  if (change === 'unresolved') return 'kỳ trước không có hồ sơ đã giải quyết';
  if (change === 0) return 'không đổi';
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPoints(Math.abs(change))} điểm %`;
}
