/**
 * Dates as the user types and reads them in the pane: dd/mm/yyyy, whatever the browser's locale (a native
 * date input shows mm/dd/yyyy under en-US next to messages in dd/mm/yyyy). The period is kept as ISO text
 * (the workbook settings' format); only what is shown and typed is dd/mm/yyyy.
 */
import { dayFromYmd, formatIso, formatVn, isRealDate, MAX_YEAR, MIN_YEAR, parseIsoDay } from '../domain/dates';

export const DATE_PLACEHOLDER = 'dd/mm/yyyy';

/** `iso` is '' for a blank field. */
type TypedDate = { ok: true; iso: string } | { ok: false; message: string };

/** '2024-03-31' → '31/03/2024'; '' stays ''. */
export function isoToVn(iso: string): string {
  const day = parseIsoDay(iso);
  return day === null ? '' : formatVn(day);
}

/**
 * '31/3/2024', '31-03-2024' or '31.03.2024' → '2024-03-31'; blank → ''. A message names the text and says
 * what is wrong with it: not day/month/year, a day that does not exist, a year outside the rules' range.
 */
export function parseTypedDate(text: string): TypedDate {
  const typed = text.trim();
  if (typed === '') return { ok: true, iso: '' };
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(typed);
  if (!m) return { ok: false, message: `«${typed}» không phải ngày dạng ngày/tháng/năm — nhập như 31/03/2024.` };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return { ok: false, message: `Không có ngày ${typed}: kiểm tra ngày và tháng (ngày trước, tháng sau).` };
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, message: `Năm ${y} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.` };
  return { ok: true, iso: formatIso(dayFromYmd(y, mo, d)) };
}
