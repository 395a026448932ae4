/**
 * Cases still open that are overdue or fall due within the next N working days, and what one more late
 * case costs a unit in QĐ 766's Tiến độ (RULES.md §7): the list staff act on each morning.
 */
import type { WorkCalendar } from './calendar/work-calendar';
import type { CaseRecord, CaseStatus } from './cases';
import type { DayNumber } from './dates';

export const DEFAULT_DUE_WITHIN = 2;
/** About a month of working days: the index is monthly, and further ahead the list is simply every open case. */
export const MAX_DUE_WITHIN = 20;

/**
 * The last due date the list takes: the N-th working day after the as-of date, counted as deadlines are
 * (RULES.md §2: the as-of day itself not counted, days off skipped). N = 0 is the as-of day: only what is
 * overdue or due that day.
 */
export function dueSoonLimit(asOf: DayNumber, within: number, calendar: WorkCalendar): DayNumber {
  return calendar.addWorkingDays(asOf, within);
}

/**
 * Working days from the as-of date to the due date: 0 when no working day is left before it (due that day,
 * or on the days off right after it), −n when overdue by n working days (RULES.md §3's days late).
 */
export function workingDaysLeft(due: DayNumber, asOf: DayNumber, calendar: WorkCalendar): number {
  return due >= asOf ? calendar.workingDaysBetween(asOf, due) : -calendar.workingDaysBetween(due, asOf);
}

/**
 * Whether a case belongs on the list: in progress at the end of the period (RULES.md §3), still open on the
 * as-of date, and due no later than `limit`. The period's status says «in progress at its end»; an as-of
 * date inside or after the period also drops cases not yet received, or already done, on that day.
 */
export function isDueSoon(c: CaseRecord, s: CaseStatus, asOf: DayNumber, limit: DayNumber): boolean {
  if (s.outcome !== 'withinDeadline' && s.outcome !== 'overdue') return false;
  if (!c.due || c.due.day > limit || c.received.day > asOf) return false;
  return !c.completed || c.completed.day > asOf;
}

/** Per unit (indexed as `caseUnit` gives), the cases on the list: what the pane counts beside each unit's Tiến độ. */
export function dueSoonCounts(
  cases: readonly CaseRecord[],
  statuses: readonly CaseStatus[],
  caseUnit: Int32Array,
  unitCount: number,
  asOf: DayNumber,
  limit: DayNumber,
): number[] {
  const counts = new Array<number>(unitCount).fill(0);
  for (let i = 0; i < cases.length; i++) if (isDueSoon(cases[i], statuses[i], asOf, limit)) counts[caseUnit[i]]++;
  return counts;
}
