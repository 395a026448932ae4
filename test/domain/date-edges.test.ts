/**
 * Edges of dates.ts that the reading tests do not reach: dayFromYmd's Date.UTC meaning for non-integers and
 * two-digit years, the last day of a 400-year cycle, Excel serials both ways (a time that rounds up to
 * midnight), two-digit padding, day 0, minute 60, a long unreadable text, and the shared date-only values
 * at the end of the accepted years.
 */
import { dayFromYmd, excelSerialFromDay, formatIso, formatVn, fromExcelSerial, parseDateText } from '../../src/domain/dates';

const JAN_1_2024 = 19_723; // 54 years of 365 days from 1970, plus the 13 leap days 1972 … 2020

describe('dayFromYmd reads what Date.UTC reads', () => {
  it('truncates a non-integer year, month or day', () => {
    expect(dayFromYmd(2024, 1, 1)).toBe(JAN_1_2024);
    expect(dayFromYmd(2024, 1.5, 1)).toBe(JAN_1_2024);
    expect(dayFromYmd(2024.5, 1, 1)).toBe(JAN_1_2024);
    expect(dayFromYmd(2024, 1, 1.5)).toBe(JAN_1_2024);
  });

  it('reads years 0–99 as 1900–1999', () => {
    expect(dayFromYmd(99, 12, 31)).toBe(10_956); // the eve of 2000-01-01, day 10 957
    expect(dayFromYmd(1999, 12, 31)).toBe(10_956);
  });
});

describe('day numbers back to dates', () => {
  it('knows the last day of a 400-year cycle, 29/02/2000', () => {
    expect(formatIso(dayFromYmd(2000, 2, 29))).toBe('2000-02-29');
    expect(formatIso(dayFromYmd(2000, 3, 1))).toBe('2000-03-01');
  });

  it('pads one-digit days and months only', () => {
    expect(formatVn(dayFromYmd(2024, 10, 10))).toBe('10/10/2024');
    expect(formatVn(dayFromYmd(2024, 9, 9))).toBe('09/09/2024');
  });
});

describe('Excel serials', () => {
  it('gives the serial of a day (45 323 is 2024-02-01)', () => {
    expect(excelSerialFromDay(dayFromYmd(2024, 2, 1))).toBe(45_323);
  });

  it('takes a time a hair before midnight, 1440 minutes once rounded, as the next day without a time', () => {
    expect(fromExcelSerial(45_323.9999999999)).toEqual({ day: dayFromYmd(2024, 2, 2), minutes: null });
  });
});

describe('parseDateText edges', () => {
  it('refuses day 0 and minute 60, and keeps minute 59', () => {
    const day0 = parseDateText('00/01/2024');
    expect(day0).toEqual({ ok: false, reason: 'ngày không tồn tại (00/01/2024)' });
    expect(parseDateText('01/01/2024 10:60')).toEqual({ ok: false, reason: 'giờ không hợp lệ (10:60)' });
    expect(parseDateText('01/01/2024 10:59')).toEqual({ ok: true, value: { day: JAN_1_2024, minutes: 659 } });
  });

  it('quotes at most 40 characters of a text it cannot read', () => {
    const text = 'ngày tiếp nhận: xem hồ sơ giấy kèm theo, bản gốc';
    expect(parseDateText(text)).toEqual({
      ok: false,
      reason: `không đọc được ngày "${text.slice(0, 40)}…" (dùng dd/mm/yyyy)`,
    });
  });

  it('shares one frozen value per date-only day up to 31/12/2100, the last accepted day', () => {
    const a = parseDateText('31/12/2100');
    const b = parseDateText('31/12/2100');
    if (!a.ok || !b.ok) throw new Error('31/12/2100 was refused');
    expect(a.value).toBe(b.value);
    expect(Object.isFrozen(a.value)).toBe(true);
    expect(formatIso(a.value.day)).toBe('2100-12-31');
  });
});
