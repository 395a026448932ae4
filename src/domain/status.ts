/** Per-case status for a period and an as-of date — RULES.md §3. */
import type { CaseRecord, CaseStatus, Period } from './cases';
import type { WorkCalendar } from './calendar/work-calendar';

const OUTSIDE: CaseStatus = { outcome: 'outside', returned: false, receivedInPeriod: false, carriedOver: false, daysLate: 0 };

export function caseStatus(c: CaseRecord, period: Period, calendar: WorkCalendar): CaseStatus {
  const received = c.received.day;
  if (received > period.to || c.status === 'notReceived') return OUTSIDE;
  const completed = c.completed;
  // Done before the period started: belongs to an earlier period.
  if (completed && completed.day < period.from) return OUTSIDE;

  const receivedInPeriod = received >= period.from;
  const carriedOver = !receivedInPeriod;
  const base = { returned: false, receivedInPeriod, carriedOver, daysLate: 0 };

  if (c.status === 'withdrawn') {
    // Without a date we cannot tell when it was withdrawn: count it only where it was received.
    if (!completed && carriedOver) return OUTSIDE;
    // Withdrawn only after the period: at its end the case was still being handled.
    if (completed && completed.day > period.to) return { ...base, ...inProgress(c, period, calendar) };
    return { ...base, outcome: 'withdrawn' };
  }

  const due = c.due;
  if (!due) return OUTSIDE; // the reader never lets such a row through; kept total for type safety

  if (completed && completed.day <= period.to) {
    const returned = c.status === 'returned';
    if (completed.day < due.day) return { ...base, returned, outcome: 'early' };
    const sameDayLate =
      completed.day === due.day && completed.minutes !== null && due.minutes !== null && completed.minutes > due.minutes;
    if (completed.day === due.day && !sameDayLate) return { ...base, returned, outcome: 'onTime' };
    // Working days (due, completion]: 0 when it was late by hours or finished on a non-working day.
    return { ...base, returned, outcome: 'late', daysLate: calendar.workingDaysBetween(due.day, completed.day) };
  }
  return { ...base, ...inProgress(c, period, calendar) };
}

function inProgress(c: CaseRecord, period: Period, calendar: WorkCalendar): Pick<CaseStatus, 'outcome' | 'daysLate'> {
  const due = c.due;
  if (!due || due.day >= period.asOf) return { outcome: 'withinDeadline', daysLate: 0 };
  return { outcome: 'overdue', daysLate: calendar.workingDaysBetween(due.day, period.asOf) };
}
