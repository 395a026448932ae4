/**
 * Working-day arithmetic for deadlines (RULES.md §1–2): Monday–Friday except days off, plus weekend days
 * declared make-up work days. The engine calls it for every case, so counting is O(1) and adding is
 * O(log n) over a cumulative count precomputed where special days exist; outside that span only weekends
 * matter and closed formulas are used.
 */
import { dayFromYmd, parseIsoDay, weekday, ymdFromDay, type DayNumber } from '../dates';
import { BUILT_IN_FIRST_YEAR, BUILT_IN_LAST_YEAR, VN_HOLIDAYS } from './vn-holidays';

export interface CalendarOverride {
  day: DayNumber;
  kind: 'off' | 'work';
  note: string;
}

interface Source {
  label: string;
  days: number;
}

// Monday 1969-12-29 is day -3: counting weeks from a Monday makes the weekday formulas exact.
const MONDAY_ORIGIN = -3;

/** Number of Monday–Friday days d with MONDAY_ORIGIN <= d < x (negative for earlier x). */
function weekdaysBefore(x: DayNumber): number {
  const offset = x - MONDAY_ORIGIN;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Smallest x with weekdaysBefore(x) >= count: the day after the count-th weekday. */
function firstWithWeekdays(count: number): DayNumber {
  const weeks = Math.floor((count - 1) / 5);
  return MONDAY_ORIGIN + weeks * 7 + (count - weeks * 5);
}

const isWeekend = (day: DayNumber): boolean => {
  const w = weekday(day);
  return w === 0 || w === 6;
};

function builtInDays(): Map<DayNumber, CalendarOverride> {
  const days = new Map<DayNumber, CalendarOverride>();
  for (const e of VN_HOLIDAYS) {
    const day = parseIsoDay(e.date);
    // A programming error in vn-holidays.ts (its tests read every entry), never the user's data.
    if (day === null) throw new Error(`Bad built-in holiday date ${e.date}`);
    days.set(day, { day, kind: e.kind, note: e.note });
  }
  return days;
}

export class WorkCalendar {
  /** Span [start, end) holding every special day; cum[i] = working days in [start, start + i). */
  private readonly start: DayNumber;
  private readonly end: DayNumber;
  private readonly cum: Int32Array;
  /** Working days before `start` counted from MONDAY_ORIGIN, so that counts are global. */
  private readonly base: number;

  private constructor(
    private readonly days: ReadonlyMap<DayNumber, CalendarOverride>,
    private readonly sources: readonly Source[],
    private readonly userYears: ReadonlySet<number>,
  ) {
    let start = dayFromYmd(BUILT_IN_FIRST_YEAR, 1, 1);
    let end = dayFromYmd(BUILT_IN_LAST_YEAR + 1, 1, 1);
    for (const d of days.keys()) {
      if (d < start) start = d;
      if (d >= end) end = d + 1;
    }
    this.start = start;
    this.end = end;
    this.base = weekdaysBefore(start);
    this.cum = new Int32Array(end - start + 1);
    for (let d = start; d < end; d++) {
      const special = days.get(d);
      const working = special ? special.kind === 'work' : !isWeekend(d);
      this.cum[d - start + 1] = this.cum[d - start] + (working ? 1 : 0);
    }
  }

  static builtIn(): WorkCalendar {
    return new WorkCalendar(builtInDays(), [], new Set());
  }

  /** A calendar where the given days replace or add to this one's; the label names them in describe(). */
  withOverrides(overrides: CalendarOverride[], sourceLabel: string): WorkCalendar {
    const days = new Map(this.days);
    const added = new Set<DayNumber>();
    const years = new Set(this.userYears);
    for (const o of overrides) {
      days.set(o.day, o);
      added.add(o.day);
      years.add(ymdFromDay(o.day).year);
    }
    const sources = added.size > 0 ? [...this.sources, { label: sourceLabel, days: added.size }] : this.sources;
    return new WorkCalendar(days, sources, years);
  }

  /** Working days d with MONDAY_ORIGIN <= d < x (negative before it); differences are what matter. */
  private countBefore(x: DayNumber): number {
    if (x <= this.start) return weekdaysBefore(x);
    if (x <= this.end) return this.base + this.cum[x - this.start];
    return this.base + this.cum[this.end - this.start] + weekdaysBefore(x) - weekdaysBefore(this.end);
  }

  /** Smallest x with countBefore(x) >= count, i.e. the day after the day that reaches the count. */
  private firstWithCount(count: number): DayNumber {
    if (count <= this.base) return firstWithWeekdays(count);
    const total = this.base + this.cum[this.end - this.start];
    if (count > total) return firstWithWeekdays(count - total + weekdaysBefore(this.end));
    let lo = 0;
    let hi = this.end - this.start;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.base + this.cum[mid] >= count) hi = mid;
      else lo = mid + 1;
    }
    return this.start + lo;
  }

  isWorkingDay(day: DayNumber): boolean {
    return this.countBefore(day + 1) > this.countBefore(day);
  }

  /** The n-th working day strictly after `day` (RULES.md §2); n = 0 gives `day` itself. */
  addWorkingDays(day: DayNumber, n: number): DayNumber {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}`);
    if (n === 0) return day;
    return this.firstWithCount(this.countBefore(day + 1) + n) - 1;
  }

  /** Working days d with fromExclusive < d <= toInclusive; 0 when to <= from. */
  workingDaysBetween(fromExclusive: DayNumber, toInclusive: DayNumber): number {
    if (toInclusive <= fromExclusive) return 0;
    return this.countBefore(toInclusive + 1) - this.countBefore(fromExclusive + 1);
  }

  /** Whether holidays are known for the day's year: the built-in years or a year the user's data lists. */
  covers(day: DayNumber): boolean {
    const { year } = ymdFromDay(day);
    return (year >= BUILT_IN_FIRST_YEAR && year <= BUILT_IN_LAST_YEAR) || this.userYears.has(year);
  }

  /** The calendar used, in the words the result sheets print. */
  describe(): string {
    const builtIn = `Lịch nghỉ lễ, Tết của cán bộ, công chức ${BUILT_IN_FIRST_YEAR}–${BUILT_IN_LAST_YEAR} (tích hợp sẵn)`;
    const user = this.sources.map((s) => `${s.days} ngày từ ${s.label}`);
    return user.length === 0 ? builtIn : `${builtIn} và ${user.join(', ')}`;
  }
}
