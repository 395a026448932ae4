/**
 * Case status (RULES.md §3) for random cases and periods: every case is exactly one of early, onTime, late,
 * withinDeadline, overdue, withdrawn or outside, and the one it is follows the rules — restated here on
 * their own, rule by rule, as the oracle.
 */
import fc from 'fast-check';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseOutcome, CaseRecord, CaseStatus, Period } from '../../src/domain/cases';
import { caseStatus } from '../../src/domain/status';
import { caseRecord, period } from './arbitraries';

const cal = WorkCalendar.builtIn();
const OUTCOMES: readonly CaseOutcome[] = ['early', 'onTime', 'late', 'withinDeadline', 'overdue', 'withdrawn', 'outside'];

/** The rules as RULES.md §3 words them. */
function oracle(c: CaseRecord, p: Period): CaseStatus {
  const outside: CaseStatus = { outcome: 'outside', returned: false, receivedInPeriod: false, carriedOver: false, daysLate: 0 };
  // Not received in time for the period, never received, or finished before it began.
  if (c.received.day > p.to || c.status === 'notReceived') return outside;
  if (c.completed !== null && c.completed.day < p.from) return outside;
  const receivedInPeriod = c.received.day >= p.from;
  const base = { returned: false, receivedInPeriod, carriedOver: !receivedInPeriod };
  const openAt = (): CaseStatus =>
    c.due !== null && c.due.day < p.asOf
      ? { ...base, outcome: 'overdue', daysLate: cal.workingDaysBetween(c.due.day, p.asOf) }
      : { ...base, outcome: 'withinDeadline', daysLate: 0 };
  if (c.status === 'withdrawn') {
    if (c.completed === null) return receivedInPeriod ? { ...base, outcome: 'withdrawn', daysLate: 0 } : outside;
    return c.completed.day > p.to ? openAt() : { ...base, outcome: 'withdrawn', daysLate: 0 };
  }
  if (c.due === null) return outside;
  if (c.completed !== null && c.completed.day <= p.to) {
    const returned = c.status === 'returned';
    const { completed, due } = c;
    const byHour = completed.minutes !== null && due.minutes !== null;
    if (completed.day < due.day) return { ...base, returned, outcome: 'early', daysLate: 0 };
    if (completed.day === due.day && !(byHour && completed.minutes! > due.minutes!)) return { ...base, returned, outcome: 'onTime', daysLate: 0 };
    return { ...base, returned, outcome: 'late', daysLate: cal.workingDaysBetween(due.day, completed.day) };
  }
  return openAt();
}

describe('caseStatus', () => {
  it('gives exactly one of the seven outcomes, the one the rules give', () => {
    fc.assert(
      fc.property(caseRecord, period, (c, p) => {
        const s = caseStatus(c, p, cal);
        expect(OUTCOMES.filter((o) => o === s.outcome)).toHaveLength(1);
        expect(s).toEqual(oracle(c, p));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps its flags consistent: in the period or carried over, days late only when late or overdue', () => {
    fc.assert(
      fc.property(caseRecord, period, (c, p) => {
        const s = caseStatus(c, p, cal);
        if (s.outcome === 'outside') {
          expect(s).toMatchObject({ receivedInPeriod: false, carriedOver: false, returned: false, daysLate: 0 });
          return;
        }
        expect(s.receivedInPeriod).toBe(!s.carriedOver);
        expect(s.receivedInPeriod).toBe(c.received.day >= p.from);
        expect(s.daysLate).toBeGreaterThanOrEqual(0);
        if (s.outcome !== 'late' && s.outcome !== 'overdue') expect(s.daysLate).toBe(0);
        if (s.returned) expect(['early', 'onTime', 'late']).toContain(s.outcome);
        if (['early', 'onTime', 'late'].includes(s.outcome)) expect(c.completed!.day).toBeLessThanOrEqual(p.to);
      }),
      { numRuns: 5000 },
    );
  });

  it('never depends on the time of day except to split on time from late on the due day', () => {
    fc.assert(
      fc.property(caseRecord, period, (c, p) => {
        const noTimes: CaseRecord = {
          ...c,
          received: { ...c.received, minutes: null },
          due: c.due && { ...c.due, minutes: null },
          completed: c.completed && { ...c.completed, minutes: null },
        };
        const a = caseStatus(c, p, cal);
        const b = caseStatus(noTimes, p, cal);
        if (a.outcome === 'late' && b.outcome === 'onTime') expect(c.completed!.day).toBe(c.due!.day);
        else expect(a).toEqual(b);
      }),
      { numRuns: 3000 },
    );
  });
});
