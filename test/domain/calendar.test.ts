import { dayFromYmd, formatIso, parseIsoDay, weekday, type DayNumber } from '../../src/domain/dates';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import { LUNAR_ANCHORS, VN_HOLIDAYS } from '../../src/domain/calendar/vn-holidays';

// lunar-javascript ships no types and no ES module entry.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Lunar } = require('lunar-javascript');

const d = (iso: string): DayNumber => {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(iso);
  return day;
};
const cal = WorkCalendar.builtIn();
const isWeekend = (day: DayNumber): boolean => weekday(day) === 0 || weekday(day) === 6;

function expectOff(fromIso: string, toIso: string): void {
  for (let day = d(fromIso); day <= d(toIso); day++) expect([formatIso(day), cal.isWorkingDay(day)]).toEqual([formatIso(day), false]);
  expect(cal.isWorkingDay(d(fromIso) - 1)).toBe(true);
  expect(cal.isWorkingDay(d(toIso) + 1)).toBe(true);
}

describe('built-in table', () => {
  it('lists each date once, days off only on weekdays and make-up days only on weekends', () => {
    const dates = VN_HOLIDAYS.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const e of VN_HOLIDAYS) {
      expect([e.date, isWeekend(d(e.date))]).toEqual([e.date, e.kind === 'work']);
      expect(e.note.length).toBeGreaterThan(0);
    }
  });

  // Every holiday on a weekend gets a nghỉ bù weekday and every swap is one day off for one day worked,
  // so weekdays off minus make-up days = the statutory days: 10 under BLLĐ 2012, 11 from 2021, 12 from
  // 2026 with 24/11 (a weekday in 2026 and 2027, so no year here loses it to a weekend).
  const spans: [string, string, number][] = [
    ['2018-12-31', '2019-12-31', 10],
    ['2020-01-01', '2020-12-31', 10],
    ...[2021, 2022, 2023, 2024, 2025].map((y): [string, string, number] => [`${y}-01-01`, `${y}-12-31`, 11]),
    ['2026-01-01', '2026-12-31', 12],
    ['2027-01-01', '2027-12-31', 12],
  ];
  it.each(spans)('from %s to %s keeps the statutory %i days', (from, to, days) => {
    const net = VN_HOLIDAYS.filter((e) => e.date >= from && e.date <= to).reduce(
      (n, e) => n + (e.kind === 'off' ? 1 : -1),
      0,
    );
    expect(net).toBe(days);
  });
});

describe('official schedules', () => {
  it('Tết 2024: 8–14/2 off', () => expectOff('2024-02-08', '2024-02-14'));

  it('30/4–1/5 2024: Sat 27/4 to Wed 1/5 off, Sat 4/5 a make-up work day', () => {
    expectOff('2024-04-27', '2024-05-01');
    expect(cal.isWorkingDay(d('2024-05-04'))).toBe(true);
    expect(cal.isWorkingDay(d('2024-05-05'))).toBe(false);
  });

  it('Quốc khánh 2025: Sat 30/8 to Tue 2/9 off', () => expectOff('2025-08-30', '2025-09-02'));

  it.each([
    ['2019-02-02', '2019-02-10'],
    ['2020-01-23', '2020-01-29'],
    ['2021-02-10', '2021-02-16'],
    ['2022-01-29', '2022-02-06'],
    ['2023-01-20', '2023-01-26'],
    ['2025-01-25', '2025-02-02'],
    ['2026-02-14', '2026-02-22'],
  ])('Tết from %s to %s', (from, to) => expectOff(from, to));

  it('swaps of other years', () => {
    expect(cal.isWorkingDay(d('2018-12-31'))).toBe(false);
    expect(cal.isWorkingDay(d('2019-01-05'))).toBe(true);
    expect(cal.isWorkingDay(d('2025-04-26'))).toBe(true);
    expect(cal.isWorkingDay(d('2025-05-02'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-01-02'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-01-10'))).toBe(true);
    expectOff('2026-08-29', '2026-09-02');
    expect(cal.isWorkingDay(d('2026-08-22'))).toBe(true);
  });

  it('24/11 (Ngày Văn hóa Việt Nam) is off from 2026 (Nghị quyết 28/2026/QH16): 3 working days from Fri 20/11/2026 end Thu 26/11', () => {
    expect(cal.isWorkingDay(d('2025-11-24'))).toBe(true);
    expect(cal.isWorkingDay(d('2026-11-24'))).toBe(false);
    expect(cal.isWorkingDay(d('2027-11-24'))).toBe(false);
    expect(formatIso(cal.addWorkingDays(d('2026-11-20'), 3))).toBe('2026-11-26');
  });

  it('an ordinary Saturday is not a working day', () => {
    expect(cal.isWorkingDay(d('2024-05-11'))).toBe(false);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('counts across Tết 2024', () => {
    // Received Wed 7/2/2024 with 3 working days. Thu 8 – Wed 14/2 are Tết (with the weekend between),
    // so day 1 is Thu 15/2, day 2 Fri 16/2, day 3 Mon 19/2.
    expect(formatIso(cal.addWorkingDays(d('2024-02-07'), 3))).toBe('2024-02-19');
    expect(cal.workingDaysBetween(d('2024-02-07'), d('2024-02-19'))).toBe(3);
    // Finished on Wed 21/2 against that due date: 2 working days late (Tue 20, Wed 21).
    expect(cal.workingDaysBetween(d('2024-02-19'), d('2024-02-21'))).toBe(2);
  });

  it('counts across 30/4–1/5 2024 and lands on the make-up Saturday', () => {
    // Fri 26/4: Sat 27 – Wed 1/5 off, then Thu 2/5 (1), Fri 3/5 (2), Sat 4/5 worked (3).
    expect(formatIso(cal.addWorkingDays(d('2024-04-26'), 2))).toBe('2024-05-03');
    expect(formatIso(cal.addWorkingDays(d('2024-04-26'), 3))).toBe('2024-05-04');
    expect(formatIso(cal.addWorkingDays(d('2024-04-26'), 4))).toBe('2024-05-06');
  });

  it('n = 0 is the day itself, even on a holiday', () => {
    expect(cal.addWorkingDays(d('2024-02-10'), 0)).toBe(d('2024-02-10'));
    expect(cal.addWorkingDays(d('2024-03-06'), 0)).toBe(d('2024-03-06'));
  });

  it('a start on a weekend counts from it: day 1 is the next working day', () => {
    expect(formatIso(cal.addWorkingDays(d('2024-03-02'), 1))).toBe('2024-03-04');
    expect(formatIso(cal.addWorkingDays(d('2024-03-03'), 5))).toBe('2024-03-08');
  });

  it('rejects a negative or fractional n', () => {
    expect(() => cal.addWorkingDays(d('2024-03-04'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(d('2024-03-04'), 1.5)).toThrow(RangeError);
  });

  it('is 0 when to <= from', () => {
    expect(cal.workingDaysBetween(d('2024-03-04'), d('2024-03-04'))).toBe(0);
    expect(cal.workingDaysBetween(d('2024-03-08'), d('2024-03-04'))).toBe(0);
  });

  it('uses weekends only outside the built-in years, including across the boundary', () => {
    expect(formatIso(cal.addWorkingDays(d('2030-03-01'), 1))).toBe('2030-03-04');
    expect(formatIso(cal.addWorkingDays(d('2010-12-31'), 10))).toBe('2011-01-14');
    // 2018-01-01 (Mon) .. 2018-12-28 (Fri) is 52 weeks; 2018-12-31 is the swapped day off.
    expect(cal.workingDaysBetween(d('2017-12-31'), d('2018-12-31'))).toBe(260);
  });

  it('agrees with a day-by-day count from the table, 2015–2031', () => {
    const special = new Map(VN_HOLIDAYS.map((e) => [d(e.date), e.kind]));
    const working = (day: DayNumber): boolean => (special.get(day) ?? (isWeekend(day) ? 'off' : 'work')) === 'work';
    const first = dayFromYmd(2015, 1, 1);
    const last = dayFromYmd(2031, 12, 31);
    const prefix = [0];
    for (let day = first; day <= last; day++) prefix.push(prefix[prefix.length - 1] + (working(day) ? 1 : 0));
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const span = last - first - 400;
    const wrong: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const from = first + rand(span);
      const to = from + rand(400);
      const n = rand(60);
      const due = cal.addWorkingDays(from, n);
      const ok =
        cal.isWorkingDay(from) === working(from) &&
        cal.workingDaysBetween(from, to) === prefix[to - first + 1] - prefix[from - first + 1] &&
        cal.workingDaysBetween(from, due) === n &&
        (n === 0 || (working(due) && cal.workingDaysBetween(from, due - 1) === n - 1));
      if (!ok) wrong.push(`${formatIso(from)} → ${formatIso(to)}, n = ${n}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('user overrides', () => {
  const user = cal.withOverrides(
    [
      { day: d('2024-04-29'), kind: 'work', note: 'Tỉnh không hoán đổi' },
      { day: d('2024-04-24'), kind: 'off', note: 'Nghỉ do thiên tai' },
      { day: d('2028-01-03'), kind: 'off', note: 'Nghỉ bù Tết Dương lịch 2028' },
    ],
    'sheet «Ngày nghỉ»',
  );

  it('turns a built-in holiday into a working day and adds a day off', () => {
    expect(user.isWorkingDay(d('2024-04-29'))).toBe(true);
    expect(user.isWorkingDay(d('2024-04-24'))).toBe(false);
    expect(user.isWorkingDay(d('2024-05-04'))).toBe(true); // built-in days not overridden stay
    // Tue 23/4: Wed 24 off now, Thu 25 (1), Fri 26 (2), Mon 29 (3).
    expect(formatIso(user.addWorkingDays(d('2024-04-23'), 3))).toBe('2024-04-29');
    expect(user.workingDaysBetween(d('2024-04-22'), d('2024-05-06'))).toBe(cal.workingDaysBetween(d('2024-04-22'), d('2024-05-06')));
  });

  it('leaves the built-in calendar unchanged', () => {
    expect(cal.isWorkingDay(d('2024-04-29'))).toBe(false);
    expect(cal.isWorkingDay(d('2024-04-24'))).toBe(true);
  });

  it('extends the calendar to the years the user lists', () => {
    expect(user.isWorkingDay(d('2028-01-03'))).toBe(false);
    expect(formatIso(user.addWorkingDays(d('2027-12-31'), 1))).toBe('2028-01-04');
    expect(user.covers(d('2028-06-01'))).toBe(true);
    expect(cal.covers(d('2028-06-01'))).toBe(false);
  });

  it('names the calendar used', () => {
    expect(cal.describe()).toBe('Lịch nghỉ lễ, Tết của cán bộ, công chức 2019–2027 (tích hợp sẵn)');
    expect(user.describe()).toBe(
      'Lịch nghỉ lễ, Tết của cán bộ, công chức 2019–2027 (tích hợp sẵn) và 3 ngày từ sheet «Ngày nghỉ»',
    );
    expect(cal.withOverrides([], 'sheet «Ngày nghỉ»').describe()).toBe(cal.describe());
  });
});

describe('covers', () => {
  it('is true inside the built-in years only', () => {
    expect(cal.covers(d('2019-01-01'))).toBe(true);
    expect(cal.covers(d('2027-12-31'))).toBe(true);
    expect(cal.covers(d('2018-12-31'))).toBe(false);
    expect(cal.covers(d('2028-01-01'))).toBe(false);
  });
});

// lunar-javascript computes the Chinese calendar (new moons at UTC+8). Vietnam's calendar uses UTC+7 and
// differs when a new moon falls between 16:00 and 17:00 UTC. Recomputing the new moons at UTC+7 (Hồ Ngọc
// Đức's algorithm) gave the same lunar 1/1 and 10/3 for every year 2019–2027; nearby differences are Tết
// 1985 and 2007 and Giỗ Tổ 2009, so this check is valid for these years only.
describe('lunar anchors', () => {
  const solar = (y: number, m: number, day: number): string => Lunar.fromYmd(y, m, day).getSolar().toYmd();
  const entriesNear = (anchor: string, before: number, after: number, word: string): number =>
    VN_HOLIDAYS.filter((e) => {
      const gap = d(e.date) - d(anchor);
      return e.kind === 'off' && gap >= -before && gap <= after && e.note.includes(word);
    }).length;

  it.each(Object.keys(LUNAR_ANCHORS).map(Number))('%i', (year) => {
    const { tet, gioTo } = LUNAR_ANCHORS[year];
    expect(tet).toBe(solar(year, 1, 1));
    expect(gioTo).toBe(solar(year, 3, 10));
    expect(cal.isWorkingDay(d(tet))).toBe(false);
    expect(cal.isWorkingDay(d(gioTo))).toBe(false);
    // The five Tết weekdays (statutory or nghỉ bù) sit around lunar 1/1.
    expect(entriesNear(tet, 3, 6, 'Tết Nguyên đán')).toBe(5);
    // Giỗ Tổ is in the table on its own day, or as its nghỉ bù within the next days.
    const gioToEntries = VN_HOLIDAYS.filter((e) => e.note.includes('Giỗ Tổ') && e.date.startsWith(String(year)));
    expect(gioToEntries).toHaveLength(1);
    const gap = d(gioToEntries[0].date) - d(gioTo);
    expect(isWeekend(d(gioTo)) ? gap > 0 && gap <= 4 : gap === 0).toBe(true);
  });

  it('covers 2019–2027', () => {
    expect(Object.keys(LUNAR_ANCHORS).map(Number)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });
});
