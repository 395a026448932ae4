/**
 * Optional index of QĐ 766/QĐ-TTg, "Tiến độ giải quyết" (20 points):
 * 20 × (resolved early or on time + in progress within deadline) ÷ cases handled in the period.
 * Cases handled = resolved + in progress; withdrawn cases got no decision and are not counted.
 */
import { roundHalfUp } from '../rounding';

export const PROGRESS_INDEX_MAX = 20;

export interface ProgressCounts {
  early: number;
  onTime: number;
  late: number;
  withinDeadline: number;
  overdue: number;
}

/** Null when the unit handled no case in the period (the index is undefined, shown as "—"). */
export function progressIndex(counts: ProgressCounts, decimals: number): number | null {
  const handled = counts.early + counts.onTime + counts.late + counts.withinDeadline + counts.overdue;
  if (handled === 0) return null;
  const good = counts.early + counts.onTime + counts.withinDeadline;
  return roundHalfUp((PROGRESS_INDEX_MAX * good) / handled, decimals);
}
