/**
 * User days off outside the built-in years (RULES.md §2: a day the user lists replaces the built-in
 * calendar; every other day outside 2019–2027 is a weekday or not). They stretch the span the calendar
 * precomputes, so these check its ends: a day off that is the first special day (before 2019), one that is
 * the last (after 2027) and a day just past the built-in span, where counting switches between the table
 * and the weekday formula. Also the words describe() prints for user days and the refusal of a bad n.
 * Each calendar is built inside its test so that per-test coverage (mutation run) links the two.
 */
import { parseIsoDay, formatIso, type DayNumber } from '../../src/domain/dates';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';

const d = (iso: string): DayNumber => {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(iso);
  return day;
};
const withDayOff = (iso: string): WorkCalendar =>
  WorkCalendar.builtIn().withOverrides([{ day: d(iso), kind: 'off', note: 'Nghỉ do thiên tai' }], 'sheet «Ngày nghỉ»');

describe('a user day off after the built-in years: Friday 1/3/2030, the last special day', () => {
  it('is not a working day, and the days around it are', () => {
    const cal = withDayOff('2030-03-01');
    expect([cal.isWorkingDay(d('2030-02-28')), cal.isWorkingDay(d('2030-03-01')), cal.isWorkingDay(d('2030-03-04'))]).toEqual([true, false, true]);
    expect(cal.isWorkingDay(d('2024-02-08'))).toBe(false); // the built-in Tết 2024 is kept
  });

  it('ends a deadline on the Thursday before it, and skips it to the Monday after', () => {
    const cal = withDayOff('2030-03-01');
    // Wed 27/2 + 1 = Thu 28/2 (the last working day of the span); Thu 28/2 + 1 = Mon 4/3 (Fri off, weekend).
    expect(formatIso(cal.addWorkingDays(d('2030-02-27'), 1))).toBe('2030-02-28');
    expect(formatIso(cal.addWorkingDays(d('2030-02-28'), 1))).toBe('2030-03-04');
    expect(formatIso(cal.addWorkingDays(d('2030-02-27'), 3))).toBe('2030-03-05');
    // Tue 26/2 exclusive to Tue 5/3 inclusive: Wed, Thu, Mon, Tue.
    expect(cal.workingDaysBetween(d('2030-02-26'), d('2030-03-05'))).toBe(4);
  });
});

describe('a user make-up work day on Saturday 1/1/2028, the day right after the built-in years', () => {
  it('is a working day: a deadline from Friday 31/12/2027 ends on it', () => {
    const cal = WorkCalendar.builtIn().withOverrides([{ day: d('2028-01-01'), kind: 'work', note: 'Làm bù' }], 'sheet «Ngày nghỉ»');
    expect(cal.isWorkingDay(d('2028-01-01'))).toBe(true);
    expect(formatIso(cal.addWorkingDays(d('2027-12-31'), 1))).toBe('2028-01-01');
  });
});

describe('a user day off before the built-in years: Monday 1/6/2015, the first special day', () => {
  it('moves a deadline from Friday 29/5 to Tuesday 2/6', () => {
    const cal = withDayOff('2015-06-01');
    expect(cal.isWorkingDay(d('2015-06-01'))).toBe(false);
    expect(cal.isWorkingDay(d('2015-05-29'))).toBe(true);
    expect(cal.isWorkingDay(d('2024-02-08'))).toBe(false); // the built-in Tết 2024 is kept
    expect(formatIso(cal.addWorkingDays(d('2015-05-29'), 1))).toBe('2015-06-02');
    expect(formatIso(cal.addWorkingDays(d('2015-05-28'), 1))).toBe('2015-05-29');
    // Thu 28/5 exclusive to Tue 2/6 inclusive: Fri 29/5 and Tue 2/6.
    expect(cal.workingDaysBetween(d('2015-05-28'), d('2015-06-02'))).toBe(2);
    // The span now starts on 1/6/2015, so its weekends come from the table: Fri 5/6 + 1 = Mon 8/6.
    expect(formatIso(cal.addWorkingDays(d('2015-06-05'), 1))).toBe('2015-06-08');
    expect(cal.workingDaysBetween(d('2015-06-05'), d('2015-06-12'))).toBe(5);
  });
});

describe('the calendar’s words', () => {
  it('names each source of user days, in the order added', () => {
    const cal = withDayOff('2030-03-01').withOverrides([{ day: d('2030-03-08'), kind: 'off', note: 'Nghỉ' }], 'sheet «Lịch riêng»');
    expect(cal.describe()).toBe(
      'Lịch nghỉ lễ, Tết của cán bộ, công chức 2019–2027 (tích hợp sẵn) và 1 ngày từ sheet «Ngày nghỉ», 1 ngày từ sheet «Lịch riêng»',
    );
  });

  it('says which number of working days it refuses', () => {
    expect(() => WorkCalendar.builtIn().addWorkingDays(d('2024-03-04'), -1)).toThrow('Số ngày làm việc không hợp lệ: -1');
  });
});
