/**
 * The comparison that makes a resolved case early, on time or late (RULES.md §3), at its boundaries: a
 * completion in the very minute of the due time is on time, one minute later is late; a completion on
 * the due day is on time whenever either side has no time of day. A new appointment date never moves
 * the judgement (RULES.md §2).
 */
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Period } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue } from '../../src/domain/dates';
import { caseStatus } from '../../src/domain/status';

const cal = WorkCalendar.builtIn();
const at = (day: number, hh: number | null = null, mm = 0): DateTimeValue => ({ day: dayFromYmd(2024, 2, day), minutes: hh === null ? null : hh * 60 + mm });
const Q1: Period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) };

function resolved(due: DateTimeValue, completed: DateTimeValue, newDue: DateTimeValue | null = null): CaseRecord {
  return {
    sheet: 'Hồ sơ', row: 2, code: 'X', unit: 'Sở Tư pháp', field: null, procedure: null,
    received: at(1, 8), due, newDue, completed, status: 'done', channel: 'direct',
    handler: null, levelHint: null, districtHint: null, stepLate: null, supplements: null, agenciesContacted: null, complaintUpheld: null,
  };
}
const outcome = (c: CaseRecord): string => caseStatus(c, Q1, cal).outcome;

describe('completion against the due time, both with a time of day (Tue 20/02/2024 10:00)', () => {
  it('is on time in the same minute as the due time', () => {
    expect(outcome(resolved(at(20, 10, 0), at(20, 10, 0)))).toBe('onTime');
  });
  it('is on time a minute before, and late a minute after, with 0 whole working days late', () => {
    expect(outcome(resolved(at(20, 10, 0), at(20, 9, 59)))).toBe('onTime');
    expect(caseStatus(resolved(at(20, 10, 0), at(20, 10, 1)), Q1, cal)).toMatchObject({ outcome: 'late', daysLate: 0 });
  });
  it('is early the day before whatever the hours, late the next working day by 1', () => {
    expect(outcome(resolved(at(20, 8, 0), at(19, 17, 0)))).toBe('early');
    expect(caseStatus(resolved(at(20, 17, 0), at(21, 7, 30)), Q1, cal)).toMatchObject({ outcome: 'late', daysLate: 1 });
  });
});

describe('completion on the due day when a side has no time', () => {
  it('is on time on the same day without times', () => {
    expect(outcome(resolved(at(20), at(20)))).toBe('onTime');
  });
  it('is on time on the due day when only one side carries a time, late hours included', () => {
    expect(outcome(resolved(at(20), at(20, 23, 59)))).toBe('onTime');
    expect(outcome(resolved(at(20, 0, 1), at(20)))).toBe('onTime');
  });
});

describe('a new appointment date (RULES.md §2)', () => {
  it('does not make a case completed after the original due date on time', () => {
    // Due Tue 20/2, new date Fri 23/2, completed Thu 22/2: late by Wed 21 and Thu 22 = 2 working days.
    expect(caseStatus(resolved(at(20), at(22), at(23)), Q1, cal)).toMatchObject({ outcome: 'late', daysLate: 2 });
  });
  it('leaves a case completed before the original due date early', () => {
    expect(outcome(resolved(at(20), at(19), at(27)))).toBe('early');
  });
});
