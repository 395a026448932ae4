/**
 * The default reporting period (RULES.md §3): the calendar quarter where the receipt dates are, chosen
 * from the bulk of them so that one mistyped year (2025 for 2024) never moves the whole report.
 */
import { dayFromYmd, formatVn, ymdFromDay, type DayNumber } from '../domain/dates';
import { InputError } from './errors';

/**
 * A period is given by both its ends or by neither (then the quarter of defaultPeriod is used): one end
 * alone stops the run with `message`, which each front end words for its own inputs.
 */
export function requireBothEndsOrNeither(from: unknown, to: unknown, message: string): void {
  if ((from === undefined) !== (to === undefined)) throw new InputError(message);
}

interface DefaultPeriod {
  from: DayNumber;
  to: DayNumber;
  /** Receipts after `to` in quarters too thin to be the report's (typos, or a few days of the next quarter). */
  after: number;
}

/**
 * A quarter holding fewer receipts than this share of the fullest quarter, or a single receipt where
 * another quarter has more, is not where the bulk is: a stray row, or the first weeks of a new quarter in
 * a list exported after the old one closed. A year-long list has even quarters, so its last one is taken.
 */
const THIN_QUARTER = 0.5;

const isThin = (n: number, fullest: number): boolean => n < fullest * THIN_QUARTER || (n === 1 && fullest > 1);

const quarterIndex = (day: DayNumber): number => {
  const { year, month } = ymdFromDay(day);
  return year * 4 + Math.floor((month - 1) / 3);
};

/** The latest quarter whose receipts are not thin. `receipts` must not be empty. */
export function defaultPeriod(receipts: ArrayLike<DayNumber>): DefaultPeriod {
  const counts = new Map<number, number>();
  let fullest = 0;
  for (let i = 0; i < receipts.length; i++) {
    const q = quarterIndex(receipts[i]);
    const n = (counts.get(q) ?? 0) + 1;
    counts.set(q, n);
    if (n > fullest) fullest = n;
  }
  const chosen = Math.max(...[...counts].filter(([, n]) => !isThin(n, fullest)).map(([q]) => q));
  let after = 0;
  for (const [q, n] of counts) if (q > chosen) after += n;
  const year = Math.floor(chosen / 4);
  const firstMonth = (chosen % 4) * 3 + 1;
  return { from: dayFromYmd(year, firstMonth, 1), to: dayFromYmd(year, firstMonth + 3, 1) - 1, after };
}

/** «Quý I/2024» for a whole quarter, else «01/01/2024 – 15/02/2024». */
export function periodLabel(from: DayNumber, to: DayNumber): string {
  const a = ymdFromDay(from);
  const isQuarter = a.day === 1 && (a.month - 1) % 3 === 0 && to === dayFromYmd(a.year, a.month + 3, 1) - 1;
  return isQuarter ? `quý ${['I', 'II', 'III', 'IV'][(a.month - 1) / 3]}/${a.year}` : `${formatVn(from)} – ${formatVn(to)}`;
}

/** What bounds the as-of date: the run's day, or the export date printed above a case table. */
export interface KnownUntil {
  day: DayNumber;
  /** «hôm nay» or «ngày xuất danh sách (dòng 2 sheet «…»)», for the sentence. */
  what: string;
}

/**
 * The as-of date (RULES.md §3): the one given, else the period's end — but a default never lies after the
 * day the data was known (today, the export date), where a case still within its deadline would count
 * as overdue. A given date after that day, or before the period, is kept and warned.
 */
export function chooseAsOf(from: DayNumber, to: DayNumber, given: DayNumber | undefined, known: KnownUntil): { asOf: DayNumber; note: string | null } {
  if (given === undefined) {
    if (known.day >= to) return { asOf: to, note: null };
    return {
      asOf: known.day,
      note: `Ngày tính đến là ${formatVn(known.day)} (${known.what}), không phải ngày cuối kỳ ${formatVn(to)}: sau ngày đó dữ liệu chưa cho biết hồ sơ nào quá hạn. Chọn ngày tính đến khác nếu cần.`,
    };
  }
  if (given > known.day) {
    return { asOf: given, note: `Ngày tính đến ${formatVn(given)} sau ${known.what} (${formatVn(known.day)}): hồ sơ còn trong hạn đến ngày đó vẫn có thể bị tính là quá hạn.` };
  }
  if (given < from) return { asOf: given, note: `Ngày tính đến ${formatVn(given)} trước ngày đầu kỳ ${formatVn(from)}.` };
  return { asOf: given, note: null };
}
