/** What `tthc score --district` says about the district its Biểu 1–4 were made for (district-choice.ts). */
import type { DistrictChoice } from '../workbook/reports/district-choice';
import { DISTRICT_FORM_NAMES } from '../workbook/reports/report-forms';

/** `sheets`: the result sheets chosen with `--sheets` (all when undefined); `typed`: the flag's value. */
export function districtLines(district: DistrictChoice, typed: string, sheets: readonly string[] | undefined): string[] {
  if (sheets && !sheets.some((name) => DISTRICT_FORM_NAMES.includes(name))) return [`Cảnh báo: --sheets không có Biểu 1–4 nên --district «${typed}» không được dùng.`];
  const communes = district.units.filter((u) => u.level === 'Xã').length;
  const units = communes > 0 ? ` và ${communes} xã của huyện` : '';
  return [`Biểu 1–4 cho «${district.name}»${units}; các sheet khác cho toàn tỉnh.`, ...district.issues.map((i) => `Cảnh báo: ${i.message}`)];
}
