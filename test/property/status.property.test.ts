/**
 * Case status (RULES.md §3) for random cases and periods, against an oracle built another way than
 * status.ts: the case is first placed by where its completion falls relative to the period (before, in,
 * after, none), then a decision table keyed by that place and by withdrawn-or-not says what it is;
 * early / on time / late compare absolute minutes; days late are counted by walking the calendar day by day
 * over the holiday list (vn-holidays.ts) with JavaScript's own Date, not WorkCalendar's or dates.ts's arithmetic.
 */
import fc from 'fast-check';
import { VN_HOLIDAYS } from '../../src/domain/calendar/vn-holidays';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseOutcome, CaseRecord, CaseStatus, Period } from '../../src/domain/cases';
import type { DateTimeValue } from '../../src/domain/dates';
import { caseStatus } from '../../src/domain/status';
import { caseRecord, period } from './arbitraries';

const cal = WorkCalendar.builtIn();
const OUTCOMES: readonly CaseOutcome[] = ['early', 'onTime', 'late', 'withinDeadline', 'overdue', 'withdrawn', 'outside'];

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), by the Date object. */
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const OFF = new Set(VN_HOLIDAYS.filter((h) => h.kind === 'off').map((h) => h.date));
const MAKE_UP = new Set(VN_HOLIDAYS.filter((h) => h.kind === 'work').map((h) => h.date));

/** RULES.md §1: Monday–Friday not off, or a make-up weekend day. */
function isWorkingDay(day: number): boolean {
  const iso = isoOf(day);
  if (MAKE_UP.has(iso)) return true;
  const weekday = new Date(day * 86_400_000).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !OFF.has(iso);
}

/** RULES.md §3: working days from `after` (exclusive) to `upTo` (inclusive), one day at a time. */
function walkWorkingDays(after: number, upTo: number): number {
  let n = 0;
  for (let day = after + 1; day <= upTo; day++) if (isWorkingDay(day)) n++;
  return n;
}

/** RULES.md §3 resolved: by day, unless both dates carry a time of day, then by the minute. */
function resolvedOutcome(completed: DateTimeValue, due: DateTimeValue): 'early' | 'onTime' | 'late' {
  if (completed.day < due.day) return 'early';
  const byMinute = completed.minutes !== null && due.minutes !== null;
  const finish = byMinute ? completed.day * 1440 + completed.minutes! : completed.day;
  const deadline = byMinute ? due.day * 1440 + due.minutes! : due.day;
  return finish <= deadline ? 'onTime' : 'late';
}

type Place = 'doneBefore' | 'doneIn' | 'doneAfter' | 'notDone';
type Verdict = 'outside' | 'resolved' | 'withdrawn' | 'inProgress' | 'withdrawnIfReceivedInPeriod';

/** Where the completion date falls relative to [from, to]. */
function placeOf(c: CaseRecord, p: Period): Place {
  if (c.completed === null) return 'notDone';
  if (c.completed.day < p.from) return 'doneBefore';
  return c.completed.day <= p.to ? 'doneIn' : 'doneAfter';
}

/** RULES.md §3 as a table: a case received by `to` is, by where its completion falls and whether it was withdrawn… */
const TABLE: Record<Place, { withdrawn: Verdict; other: Verdict }> = {
  doneBefore: { withdrawn: 'outside', other: 'outside' }, // an earlier period's
  doneIn: { withdrawn: 'withdrawn', other: 'resolved' },
  doneAfter: { withdrawn: 'inProgress', other: 'inProgress' }, // still being handled at the end
  notDone: { withdrawn: 'withdrawnIfReceivedInPeriod', other: 'inProgress' }, // no date: only where received
};

const OUTSIDE: CaseStatus = { outcome: 'outside', returned: false, receivedInPeriod: false, carriedOver: false, daysLate: 0 };

function oracle(c: CaseRecord, p: Period): CaseStatus {
  if (c.received.day > p.to || c.status === 'notReceived') return OUTSIDE;
  const receivedInPeriod = c.received.day >= p.from;
  let verdict = TABLE[placeOf(c, p)][c.status === 'withdrawn' ? 'withdrawn' : 'other'];
  if (verdict === 'withdrawnIfReceivedInPeriod') verdict = receivedInPeriod ? 'withdrawn' : 'outside';
  if (verdict === 'outside') return OUTSIDE;
  const status = (outcome: CaseOutcome, daysLate = 0, returned = false): CaseStatus =>
    ({ outcome, returned, receivedInPeriod, carriedOver: !receivedInPeriod, daysLate });
  if (verdict === 'withdrawn') return status('withdrawn');
  // The generator gives every case but a withdrawn one a due date (the reader refuses the others).
  const due = c.due;
  if (verdict === 'resolved') {
    const outcome = resolvedOutcome(c.completed!, due!);
    return status(outcome, outcome === 'late' ? walkWorkingDays(due!.day, c.completed!.day) : 0, c.status === 'returned');
  }
  if (due === null || due.day >= p.asOf) return status('withinDeadline');
  return status('overdue', walkWorkingDays(due.day, p.asOf));
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

  it('has an oracle that counts working days by hand: Tết 2024 and a make-up Saturday', () => {
    // Due Wed 7/2/2024; Thu 8 – Wed 14/2 are Tết (5 weekdays off), so (7/2, 16/2] holds Thu 15 and Fri 16.
    expect(walkWorkingDays(Date.UTC(2024, 1, 7) / 86_400_000, Date.UTC(2024, 1, 16) / 86_400_000)).toBe(2);
    // Sat 5/1/2019 was worked for Mon 31/12/2018: (Fri 4/1, Mon 7/1/2019] holds Sat 5 and Mon 7.
    expect(walkWorkingDays(Date.UTC(2019, 0, 4) / 86_400_000, Date.UTC(2019, 0, 7) / 86_400_000)).toBe(2);
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
