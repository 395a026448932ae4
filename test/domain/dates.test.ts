import { dayFromYmd, formatIso, fromExcelSerial, fromJsDate, parseDateText, parseIsoDay, weekday } from '../../src/domain/dates';

const ok = (text: string) => {
  const r = parseDateText(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return { date: formatIso(r.value.day), minutes: r.value.minutes };
};

describe('parseDateText: day first, never locale parsing (RULES.md §2)', () => {
  it.each([
    ['03/04/2020', '2020-04-03', null],
    ['3/4/2020', '2020-04-03', null],
    ['03-04-2020', '2020-04-03', null],
    ['03.04.2020', '2020-04-03', null],
    ['03/04/20', '2020-04-03', null],
    ['2020-04-03', '2020-04-03', null],
    ['13/11/2018 17:31:43', '2018-11-13', 17 * 60 + 31],
    ['13/11/2018 05:31 CH', '2018-11-13', 17 * 60 + 31],
    ['2023-11-30T08:15:00+07:00', '2023-11-30', 8 * 60 + 15],
    ['20231130081500', '2023-11-30', 8 * 60 + 15],
    ['  01/02/2024  ', '2024-02-01', null],
  ])('%s → %s', (text, date, minutes) => {
    expect(ok(text)).toEqual({ date, minutes });
  });

  it.each([
    ['31/02/2024', 'không tồn tại'],
    ['29/02/2023', 'không tồn tại'],
    ['01/13/2024', 'không tồn tại'],
    ['01/01/1999', 'ngoài khoảng'],
    ['01/01/2101', 'ngoài khoảng'],
    ['hôm qua', 'không đọc được'],
    ['12/25', 'không đọc được'],
    ['01/01/2024 25:00', 'giờ không hợp lệ'],
  ])('rejects %s with a Vietnamese reason', (text, reason) => {
    const r = parseDateText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('Excel serials and ISO flags', () => {
  it('reads serials with and without a time of day', () => {
    // 45323 is 2024-02-01 in the 1900 date system.
    expect(fromExcelSerial(45323)).toEqual({ day: dayFromYmd(2024, 2, 1), minutes: null });
    expect(fromExcelSerial(45323.75)).toEqual({ day: dayFromYmd(2024, 2, 1), minutes: 18 * 60 });
  });
  it('drops seconds instead of rounding them, as text times do: 10:00:45 is 10:00, not a late 10:01', () => {
    const at = (h: number, m: number, s: number): number => 45323 + (h * 3600 + m * 60 + s) / 86_400;
    expect(fromExcelSerial(at(10, 0, 45)).minutes).toBe(600);
    expect(fromExcelSerial(at(10, 0, 0)).minutes).toBe(600); // a whole minute's float error does not drop it to 9:59
    expect(fromExcelSerial(at(16, 59, 59)).minutes).toBe(16 * 60 + 59);
    expect(fromJsDate(new Date(Date.UTC(2024, 1, 1, 10, 0, 45)))).toEqual({ day: dayFromYmd(2024, 2, 1), minutes: 600 });
    expect(fromJsDate(new Date(Date.UTC(2024, 1, 1, 23, 59, 59)))!.minutes).toBe(1439);
  });
  it('parses strict YYYY-MM-DD only', () => {
    expect(parseIsoDay('2024-03-31')).toBe(dayFromYmd(2024, 3, 31));
    expect(parseIsoDay('31/03/2024')).toBeNull();
    expect(parseIsoDay('2024-02-30')).toBeNull();
  });
  it('knows the weekday', () => {
    expect(weekday(dayFromYmd(2024, 5, 4))).toBe(6); // Saturday 4 May 2024
  });
});
