import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Period } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue } from '../../src/domain/dates';
import { caseStatus } from '../../src/domain/status';

const cal = WorkCalendar.builtIn();
const d = (y: number, m: number, day: number, minutes: number | null = null): DateTimeValue => ({ day: dayFromYmd(y, m, day), minutes });
// Q1/2024: spans Tết (8–14/2/2024 off).
const Q1: Period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) };

function kase(p: Partial<CaseRecord>): CaseRecord {
  return {
    sheet: 'Hồ sơ', row: 2, code: 'X', unit: 'Sở Tư pháp', field: null, procedure: null,
    received: d(2024, 2, 1), due: d(2024, 2, 20), completed: null, status: 'unknown', channel: 'direct',
    handler: null, levelHint: null, districtHint: null, stepLate: null, supplements: null, agenciesContacted: null, complaintUpheld: null,
    ...p,
  };
}

describe('resolved cases (RULES.md §3)', () => {
  it('is early when completed on a day before the due date', () => {
    expect(caseStatus(kase({ completed: d(2024, 2, 19) }), Q1, cal).outcome).toBe('early');
  });
  it('is on time on the due date, whatever the hour when either side has no time', () => {
    expect(caseStatus(kase({ completed: d(2024, 2, 20, 16 * 60) }), Q1, cal).outcome).toBe('onTime');
  });
  it('is late on the due date when both carry a time and completion is after it', () => {
    const s = caseStatus(kase({ due: d(2024, 2, 20, 10 * 60), completed: d(2024, 2, 20, 15 * 60) }), Q1, cal);
    expect(s.outcome).toBe('late');
    expect(s.daysLate).toBe(0); // (due, completion] holds no whole working day
  });
  it('counts days late in working days, skipping Tết', () => {
    // Due Wed 7/2/2024; 8–14/2 are Tết; completed Fri 16/2 → Thu 15 and Fri 16 = 2 working days late.
    const s = caseStatus(kase({ received: d(2024, 1, 30), due: d(2024, 2, 7), completed: d(2024, 2, 16) }), Q1, cal);
    expect(s).toMatchObject({ outcome: 'late', daysLate: 2, receivedInPeriod: true, carriedOver: false });
  });
  it('counts a returned case as resolved and flags it', () => {
    expect(caseStatus(kase({ status: 'returned', completed: d(2024, 2, 5) }), Q1, cal)).toMatchObject({ outcome: 'early', returned: true });
  });
});

describe('cases in progress at the end of the period', () => {
  it('is within deadline when due on or after the as-of date', () => {
    expect(caseStatus(kase({ received: d(2024, 3, 25), due: d(2024, 3, 31) }), Q1, cal).outcome).toBe('withinDeadline');
  });
  it('is overdue when due before the as-of date, with working days late', () => {
    // Due Fri 22/3/2024, as of Sun 31/3: Mon 25 – Fri 29 = 5 working days.
    const s = caseStatus(kase({ received: d(2024, 3, 1), due: d(2024, 3, 22) }), Q1, cal);
    expect(s).toMatchObject({ outcome: 'overdue', daysLate: 5 });
  });
  it('is in progress when completed only after the period', () => {
    expect(caseStatus(kase({ due: d(2024, 4, 10), completed: d(2024, 4, 2) }), Q1, cal).outcome).toBe('withinDeadline');
  });
  it('judges against a later as-of date when given', () => {
    const period = { ...Q1, asOf: dayFromYmd(2024, 4, 15) };
    expect(caseStatus(kase({ due: d(2024, 4, 10) }), period, cal).outcome).toBe('overdue');
  });
});

describe('period membership', () => {
  it('carries over a case received before the period and still open at its start', () => {
    const s = caseStatus(kase({ received: d(2023, 12, 20), due: d(2024, 1, 10), completed: d(2024, 1, 5) }), Q1, cal);
    expect(s).toMatchObject({ outcome: 'early', carriedOver: true, receivedInPeriod: false });
  });
  it('leaves out a case completed before the period', () => {
    expect(caseStatus(kase({ received: d(2023, 12, 1), completed: d(2023, 12, 29) }), Q1, cal).outcome).toBe('outside');
  });
  it('leaves out a case received after the period', () => {
    expect(caseStatus(kase({ received: d(2024, 4, 1), due: d(2024, 4, 5) }), Q1, cal).outcome).toBe('outside');
  });
  it('leaves out cases that were never received', () => {
    expect(caseStatus(kase({ status: 'notReceived' }), Q1, cal).outcome).toBe('outside');
  });
});

describe('withdrawn cases', () => {
  it('counts a withdrawn case on its own, not as resolved', () => {
    expect(caseStatus(kase({ status: 'withdrawn', completed: d(2024, 2, 2) }), Q1, cal).outcome).toBe('withdrawn');
  });
  it('counts a case withdrawn on the last day of the period as withdrawn, not in progress ([from, to] holds to)', () => {
    expect(caseStatus(kase({ status: 'withdrawn', completed: d(2024, 3, 31) }), Q1, cal).outcome).toBe('withdrawn');
    // Withdrawn the day after: still being handled at the end, and due 20/2, before 31/3.
    expect(caseStatus(kase({ status: 'withdrawn', completed: d(2024, 4, 1) }), Q1, cal).outcome).toBe('overdue');
  });
  it('counts a withdrawn case without a date only in the period it was received', () => {
    expect(caseStatus(kase({ status: 'withdrawn', due: null }), Q1, cal).outcome).toBe('withdrawn');
    expect(caseStatus(kase({ status: 'withdrawn', due: null, received: d(2023, 11, 2) }), Q1, cal).outcome).toBe('outside');
  });
});

describe('the status objects', () => {
  it('shares one frozen object per outcome, returned and received-in-period when there are no days late', () => {
    // A 200 000-case list then allocates statuses only for its late and overdue cases (status.ts).
    const a = caseStatus(kase({ completed: d(2024, 2, 19) }), Q1, cal);
    const b = caseStatus(kase({ received: d(2024, 1, 5), completed: d(2024, 1, 8) }), Q1, cal);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
