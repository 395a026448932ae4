/**
 * parseDateText reads `d/m/yyyy[ hh:mm[:ss]]` on a fast path without regular expressions and everything
 * else with the patterns; dates.ts promises both give the same result for every input. A leading space
 * sends a text to the patterns alone (the fast path needs a digit first, the patterns trim it), so each
 * text below is checked against itself behind a space, over shapes near the common one: digits missing or
 * extra, other separators, a letter where a digit goes, out-of-range hours and minutes.
 */
import { dayFromYmd, parseDateText } from '../../src/domain/dates';

/** What the patterns alone make of a text: its reason quotes the text as given, without the space. */
function patternsOnly(text: string): ReturnType<typeof parseDateText> {
  const r = parseDateText(' ' + text);
  return r.ok ? r : { ok: false, reason: r.reason.replace(`"${' ' + text}"`, `"${text}"`) };
}

const DAYS = ['3', '03', '13', '00', 'x', '3 ', '123'];
const SEPARATORS = ['/', '-', '.', 'x', '//', ''];
const MONTHS = ['4', '04', '12', '13', ''];
const YEARS = ['2020', '20', '202', '20201', '2a20', 'yyyy'];
const TIMES = [
  '', ' 7:31', ' 17:31', ' 17:31:43', ' 17:3', ' 17:31:4', ' 17:31:4x', ' 17:31:43x', ' 17:31 ', 'x17:31', 'T17:31',
  ' 17x31', ' 24:00', ' 23:60', ' 07:60', ' 17 :31', ' 1 :31', ' x:31', ' 7::31', ' 17:31x43', ' 17:31:60', '  17:31',
];

describe('the fast path of parseDateText agrees with the patterns', () => {
  it('reads the common shapes as the patterns do (hand-checked anchors)', () => {
    expect(parseDateText('3/4/2020')).toEqual({ ok: true, value: { day: dayFromYmd(2020, 4, 3), minutes: null } });
    expect(parseDateText('13.12.2020 7:05')).toEqual({ ok: true, value: { day: dayFromYmd(2020, 12, 13), minutes: 425 } });
    expect(parseDateText('03-04-2020 17:31:43')).toEqual({ ok: true, value: { day: dayFromYmd(2020, 4, 3), minutes: 1051 } });
    expect(parseDateText('03/04/2020 24:00')).toEqual({ ok: false, reason: 'giờ không hợp lệ (24:00)' });
    expect(parseDateText('03/04/2020 07:60')).toEqual({ ok: false, reason: 'giờ không hợp lệ (07:60)' });
    expect(parseDateText('3 /4/2020')).toEqual({ ok: false, reason: 'không đọc được ngày "3 /4/2020" (dùng dd/mm/yyyy)' });
  });

  it(`gives the same result with or without a leading space, for ${DAYS.length * SEPARATORS.length ** 2 * MONTHS.length * YEARS.length * TIMES.length} texts`, () => {
    const differing: string[] = [];
    for (const d of DAYS)
      for (const s1 of SEPARATORS)
        for (const m of MONTHS)
          for (const s2 of SEPARATORS)
            for (const y of YEARS)
              for (const t of TIMES) {
                const text = d + s1 + m + s2 + y + t;
                const fast = JSON.stringify(parseDateText(text));
                const slow = JSON.stringify(patternsOnly(text));
                if (fast !== slow) differing.push(`${text}: ${fast} ≠ ${slow}`);
              }
    expect(differing).toEqual([]);
  });
});
