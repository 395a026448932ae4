/**
 * Per-case status for a period and an as-of date — RULES.md §3. A paused case (status `paused`: waiting for
 * documents or fees) is judged exactly like an open one — by its completion date, else in progress against
 * the due date in the data — and `isPaused` then tells whether it belongs to the «tạm dừng» sub-group.
 */
import type { CaseOutcome, CaseRecord, CaseStatus, Period } from './cases';
import type { WorkCalendar } from './calendar/work-calendar';

const OUTSIDE: CaseStatus = Object.freeze({ outcome: 'outside', returned: false, receivedInPeriod: false, carriedOver: false, daysLate: 0 });

export function caseStatus(c: CaseRecord, period: Period, calendar: WorkCalendar): CaseStatus {
  const received = c.received.day;
  if (received > period.to || c.status === 'notReceived') return OUTSIDE;
  const completed = c.completed;
  // Done before the period started: belongs to an earlier period.
  if (completed && completed.day < period.from) return OUTSIDE;

  const receivedInPeriod = received >= period.from;
  const carriedOver = !receivedInPeriod;

  if (c.status === 'withdrawn') {
    // Without a date we cannot tell when it was withdrawn: count it only where it was received.
    if (!completed && carriedOver) return OUTSIDE;
    // Withdrawn only after the period: at its end the case was still being handled.
    if (completed && completed.day > period.to) return inProgress(c, period, calendar, receivedInPeriod);
    return make('withdrawn', false, receivedInPeriod, 0);
  }

  const due = c.due;
  if (!due) return OUTSIDE; // the reader never lets such a row through; kept total for type safety

  if (completed && completed.day <= period.to) {
    const returned = c.status === 'returned';
    if (completed.day < due.day) return make('early', returned, receivedInPeriod, 0);
    const sameDayLate =
      completed.day === due.day && completed.minutes !== null && due.minutes !== null && completed.minutes > due.minutes;
    if (completed.day === due.day && !sameDayLate) return make('onTime', returned, receivedInPeriod, 0);
    // Working days (due, completion]: 0 when it was late by hours or finished on a non-working day.
    return make('late', returned, receivedInPeriod, calendar.workingDaysBetween(due.day, completed.day));
  }
  return inProgress(c, period, calendar, receivedInPeriod);
}

/**
 * A status. Those without days late are one of 16 shared, frozen objects (outcome × returned × received in
 * the period): a 200 000-case list then allocates statuses only for its late and overdue cases.
 */
function make(outcome: CaseOutcome, returned: boolean, receivedInPeriod: boolean, daysLate: number): CaseStatus {
  if (daysLate !== 0) return { outcome, returned, receivedInPeriod, carriedOver: !receivedInPeriod, daysLate };
  const key = OUTCOME_INDEX[outcome] * 4 + (returned ? 2 : 0) + (receivedInPeriod ? 1 : 0);
  return (SHARED[key] ??= Object.freeze({ outcome, returned, receivedInPeriod, carriedOver: !receivedInPeriod, daysLate: 0 }));
}

const OUTCOME_INDEX: Record<CaseOutcome, number> = { early: 0, onTime: 1, late: 2, withinDeadline: 3, overdue: 4, withdrawn: 5, outside: 6 };
const SHARED: (CaseStatus | undefined)[] = [];

function inProgress(c: CaseRecord, period: Period, calendar: WorkCalendar, receivedInPeriod: boolean): CaseStatus {
  const due = c.due;
  if (!due || due.day >= period.asOf) return make('withinDeadline', false, receivedInPeriod, 0);
  return make('overdue', false, receivedInPeriod, calendar.workingDaysBetween(due.day, period.asOf));
}

/**
 * Whether a case is in the «tạm dừng» sub-group of in progress at the end of the period: its status says it
 * waits for documents or fees, it is in progress (within deadline or overdue) and it has no completion date
 * — a finished case is never paused, even one finished after the period (the word then is out of date).
 */
export function isPaused(c: CaseRecord, s: CaseStatus): boolean {
  return c.status === 'paused' && c.completed === null && (s.outcome === 'withinDeadline' || s.outcome === 'overdue');
}
