import { dayFromYmd } from '../../src/domain/dates';
import { chooseAsOf, defaultPeriod, periodLabel, requireBothEndsOrNeither } from '../../src/workbook/period-choice';
import { InputError } from '../../src/workbook/errors';

const d = dayFromYmd;
/** n receipts spread over January–March 2024. */
const q1 = (n: number): number[] => Array.from({ length: n }, (_, i) => d(2024, 1 + (i % 3), 1 + (i % 28)));

describe('defaultPeriod', () => {
  it('is the quarter of the receipts', () => {
    expect(defaultPeriod(q1(30))).toEqual({ from: d(2024, 1, 1), to: d(2024, 3, 31), after: 0 });
  });

  it('one mistyped year (2025 for 2024) does not move it', () => {
    expect(defaultPeriod([...q1(30), d(2025, 5, 2)])).toEqual({ from: d(2024, 1, 1), to: d(2024, 3, 31), after: 1 });
    // Even in a small list: 1 in 11 is below a tenth of the fullest quarter.
    expect(defaultPeriod([...q1(10), d(2025, 2, 14)]).to).toBe(d(2024, 3, 31));
  });

  it('a few days of the next quarter in a list exported just after the old one closed', () => {
    const aprilDays = Array.from({ length: 20 }, (_, i) => d(2024, 4, 1 + (i % 3)));
    expect(defaultPeriod([...q1(300), ...aprilDays])).toEqual({ from: d(2024, 1, 1), to: d(2024, 3, 31), after: 20 });
  });

  it('a year-long list: its last quarter, as before', () => {
    const year = Array.from({ length: 400 }, (_, i) => d(2024, 1 + (i % 12), 5));
    expect(defaultPeriod(year)).toEqual({ from: d(2024, 10, 1), to: d(2024, 12, 31), after: 0 });
  });

  it('carried-over cases from earlier quarters never pull it back', () => {
    expect(defaultPeriod([d(2023, 11, 3), d(2023, 12, 1), ...q1(5)]).from).toBe(d(2024, 1, 1));
  });
});

describe('periodLabel', () => {
  it('names a quarter, else gives the dates', () => {
    expect(periodLabel(d(2024, 4, 1), d(2024, 6, 30))).toBe('quý II/2024');
    expect(periodLabel(d(2024, 4, 1), d(2024, 6, 29))).toBe('01/04/2024 – 29/06/2024');
  });
});

describe('chooseAsOf', () => {
  const today = { day: d(2026, 12, 7), what: 'hôm nay' };
  it('defaults to the period end, or to today when the period has not ended', () => {
    expect(chooseAsOf(d(2024, 1, 1), d(2024, 3, 31), undefined, today)).toEqual({ asOf: d(2024, 3, 31), note: null });
    const q4 = chooseAsOf(d(2026, 10, 1), d(2026, 12, 31), undefined, today);
    expect(q4.asOf).toBe(d(2026, 12, 7));
    expect(q4.note).toBe('Ngày tính đến là 07/12/2026 (hôm nay), không phải ngày cuối kỳ 31/12/2026: sau ngày đó dữ liệu chưa cho biết hồ sơ nào quá hạn. Chọn ngày tính đến khác nếu cần.');
  });
  it('keeps a date the user gives, warning when it is after today or before the period', () => {
    expect(chooseAsOf(d(2026, 10, 1), d(2026, 12, 31), d(2026, 11, 30), today)).toEqual({ asOf: d(2026, 11, 30), note: null });
    expect(chooseAsOf(d(2026, 10, 1), d(2026, 12, 31), d(2026, 12, 31), today).note).toContain('sau hôm nay (07/12/2026)');
    expect(chooseAsOf(d(2026, 10, 1), d(2026, 12, 31), d(2026, 9, 1), today).note).toBe('Ngày tính đến 01/09/2026 trước ngày đầu kỳ 01/10/2026.');
  });
});

describe('requireBothEndsOrNeither (the CLI flags and the engine share the rule, each with its own words)', () => {
  it('one end alone stops with the caller’s message; both or neither pass', () => {
    const message = 'Kỳ báo cáo cần cả ngày đầu và ngày cuối.';
    expect(() => requireBothEndsOrNeither(1, undefined, message)).toThrow(new InputError(message));
    expect(() => requireBothEndsOrNeither(undefined, '2024-03-31', message)).toThrow(InputError);
    expect(() => requireBothEndsOrNeither(undefined, undefined, message)).not.toThrow();
    expect(() => requireBothEndsOrNeither(1, 2, message)).not.toThrow();
  });
});
