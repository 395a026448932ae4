/**
 * Built-in public holidays and official swaps of the Vietnamese civil service, 2019–2027 (RULES.md §1).
 *
 * Legal basis: Bộ luật Lao động 2012 art. 115 (until 2020) and Bộ luật Lao động 2019 art. 112 (from 2021):
 * Tết Dương lịch 1 day, Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương (10/3 âm lịch) 1, 30/4 1, 1/5 1, Quốc khánh
 * 2/9 1 day (2 days from 2021: 2/9 and one adjacent day). Art. 111(3) (2019 Code; art. 110 of the 2012
 * Code): a holiday that falls on the weekly rest day is compensated on the next working day (nghỉ bù).
 * Each year the Prime Minister fixes the Tết days and any swap (hoán đổi) of a working day with a
 * Saturday for the civil service; the Ministry of Labour (Bộ LĐTBXH, until 02/2025) or the Ministry of
 * Home Affairs (Bộ Nội vụ, after) announces it. Sources per year are cited below.
 *
 * Only weekdays are listed as 'off' (weekends are off anyway): a holiday on a weekend shows through its
 * nghỉ bù day. 'work' entries are Saturdays made working days by a swap.
 *
 * Ngày Văn hóa Việt Nam (24/11) is a paid day off every year from 2026: Nghị quyết 28/2026/QH16, in force
 * 1/7/2026; 24/11/2026 (a Tuesday) confirmed off by Công văn 10065/VPCP-KGVX. It is not among the Labour
 * Code's holidays, so when it falls on a weekend no compensatory day follows (none does before 2028:
 * 24/11/2027 is a Wednesday).
 */

interface HolidayEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: 'off' | 'work';
  /** Vietnamese, shown to users. */
  readonly note: string;
}

export const BUILT_IN_FIRST_YEAR = 2019;
export const BUILT_IN_LAST_YEAR = 2027;

/**
 * Solar dates of lunar 1/1 (Tết) and 10/3 (Giỗ Tổ) the table was built from, Vietnamese calendar
 * (UTC+7); cross-checked against a lunar-calendar library in the tests.
 */
export const LUNAR_ANCHORS: Readonly<Record<number, { readonly tet: string; readonly gioTo: string }>> = {
  2019: { tet: '2019-02-05', gioTo: '2019-04-14' },
  2020: { tet: '2020-01-25', gioTo: '2020-04-02' },
  2021: { tet: '2021-02-12', gioTo: '2021-04-21' },
  2022: { tet: '2022-02-01', gioTo: '2022-04-10' },
  2023: { tet: '2023-01-22', gioTo: '2023-04-29' },
  2024: { tet: '2024-02-10', gioTo: '2024-04-18' },
  2025: { tet: '2025-01-29', gioTo: '2025-04-07' },
  2026: { tet: '2026-02-17', gioTo: '2026-04-26' },
  2027: { tet: '2027-02-06', gioTo: '2027-04-16' },
};

const TET = 'Tết Nguyên đán';
const TET_BU = 'Nghỉ bù Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương';
const D30_4 = 'Ngày Chiến thắng 30/4';
const D1_5 = 'Ngày Quốc tế Lao động 1/5';
const QK = 'Quốc khánh 2/9';
const QK_LIEN_KE = 'Quốc khánh (ngày liền kề 2/9)';
const TDL = 'Tết Dương lịch';
const VAN_HOA = 'Ngày Văn hóa Việt Nam 24/11';

export const VN_HOLIDAYS: readonly HolidayEntry[] = [
  // 2019 — Công văn 6519/VPCP-KGVX (07/2018) of the Prime Minister's Office; Thông báo 3238/TB-LĐTBXH.
  // Tết Dương lịch: Mon 31/12/2018 swapped with Sat 05/01/2019. Tết 02–10/02 (weekdays 04–08/02).
  // Giỗ Tổ Sun 14/4 → nghỉ bù Mon 15/4. 29/4 swapped with Sat 04/5. Quốc khánh 1 day (BLLĐ 2012).
  { date: '2018-12-31', kind: 'off', note: 'Tết Dương lịch 2019 (hoán đổi, làm bù 05/01/2019)' },
  { date: '2019-01-01', kind: 'off', note: TDL },
  { date: '2019-01-05', kind: 'work', note: 'Làm bù cho ngày 31/12/2018' },
  { date: '2019-02-04', kind: 'off', note: TET },
  { date: '2019-02-05', kind: 'off', note: TET },
  { date: '2019-02-06', kind: 'off', note: TET },
  { date: '2019-02-07', kind: 'off', note: TET },
  { date: '2019-02-08', kind: 'off', note: TET },
  { date: '2019-04-15', kind: 'off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2019-04-29', kind: 'off', note: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù 04/05)' },
  { date: '2019-04-30', kind: 'off', note: D30_4 },
  { date: '2019-05-01', kind: 'off', note: D1_5 },
  { date: '2019-05-04', kind: 'work', note: 'Làm bù cho ngày 29/04' },
  { date: '2019-09-02', kind: 'off', note: QK },

  // 2020 — Thông báo 4544/TB-LĐTBXH (25/10/2019): Tết 23–29/01 (Tết Sat 25/1: 29 and 30 tháng Chạp,
  // mùng 3, then nghỉ bù mùng 4–5 for mùng 1–2 on the weekend). Other holidays on weekdays, 1 day each.
  { date: '2020-01-01', kind: 'off', note: TDL },
  { date: '2020-01-23', kind: 'off', note: TET },
  { date: '2020-01-24', kind: 'off', note: TET },
  { date: '2020-01-27', kind: 'off', note: TET },
  { date: '2020-01-28', kind: 'off', note: TET_BU },
  { date: '2020-01-29', kind: 'off', note: TET_BU },
  { date: '2020-04-02', kind: 'off', note: GIO_TO },
  { date: '2020-04-30', kind: 'off', note: D30_4 },
  { date: '2020-05-01', kind: 'off', note: D1_5 },
  { date: '2020-09-02', kind: 'off', note: QK },

  // 2021 — Thông báo 4875/TB-LĐTBXH (12/2020): Tết 10–16/02 (nghỉ bù 15–16/02 for mùng 2–3 on the
  // weekend); Quốc khánh 02–03/9 (BLLĐ 2019). 1/5 on Saturday → nghỉ bù Mon 03/5.
  { date: '2021-01-01', kind: 'off', note: TDL },
  { date: '2021-02-10', kind: 'off', note: TET },
  { date: '2021-02-11', kind: 'off', note: TET },
  { date: '2021-02-12', kind: 'off', note: TET },
  { date: '2021-02-15', kind: 'off', note: TET_BU },
  { date: '2021-02-16', kind: 'off', note: TET_BU },
  { date: '2021-04-21', kind: 'off', note: GIO_TO },
  { date: '2021-04-30', kind: 'off', note: D30_4 },
  { date: '2021-05-03', kind: 'off', note: 'Nghỉ bù ngày Quốc tế Lao động 1/5' },
  { date: '2021-09-02', kind: 'off', note: QK },
  { date: '2021-09-03', kind: 'off', note: QK_LIEN_KE },

  // 2022 — Công văn 245/VPCP-KGVX (11/01/2022): Tết 31/01–04/02, Quốc khánh 01–02/9. Nghỉ bù by art.
  // 111(3): Tết Dương lịch Sat → Mon 03/1; Giỗ Tổ Sun 10/4 → Mon 11/4; 30/4 Sat and 1/5 Sun → 02–03/5.
  { date: '2022-01-03', kind: 'off', note: 'Nghỉ bù Tết Dương lịch' },
  { date: '2022-01-31', kind: 'off', note: TET },
  { date: '2022-02-01', kind: 'off', note: TET },
  { date: '2022-02-02', kind: 'off', note: TET },
  { date: '2022-02-03', kind: 'off', note: TET },
  { date: '2022-02-04', kind: 'off', note: TET },
  { date: '2022-04-11', kind: 'off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2022-05-02', kind: 'off', note: 'Nghỉ bù ngày Chiến thắng 30/4' },
  { date: '2022-05-03', kind: 'off', note: 'Nghỉ bù ngày Quốc tế Lao động 1/5' },
  { date: '2022-09-01', kind: 'off', note: QK_LIEN_KE },
  { date: '2022-09-02', kind: 'off', note: QK },

  // 2023 — Công văn 8056/VPCP-KGVX (01/12/2022): Tết 20–26/01 (nghỉ bù 25–26/01 for 30 tháng Chạp and
  // mùng 1 on the weekend), Quốc khánh 01–04/9 (Fri 1/9 adjacent, Mon 4/9 nghỉ bù for Sat 2/9). Art.
  // 111(3): Tết Dương lịch Sun → Mon 02/1; Giỗ Tổ Sat 29/4 and 30/4 Sun → nghỉ bù 02–03/5.
  { date: '2023-01-02', kind: 'off', note: 'Nghỉ bù Tết Dương lịch' },
  { date: '2023-01-20', kind: 'off', note: TET },
  { date: '2023-01-23', kind: 'off', note: TET },
  { date: '2023-01-24', kind: 'off', note: TET },
  { date: '2023-01-25', kind: 'off', note: TET_BU },
  { date: '2023-01-26', kind: 'off', note: TET_BU },
  { date: '2023-05-01', kind: 'off', note: D1_5 },
  { date: '2023-05-02', kind: 'off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2023-05-03', kind: 'off', note: 'Nghỉ bù ngày Chiến thắng 30/4' },
  { date: '2023-09-01', kind: 'off', note: QK_LIEN_KE },
  { date: '2023-09-04', kind: 'off', note: 'Nghỉ bù Quốc khánh 2/9' },

  // 2024 — Công văn 8662/VPCP-KGVX (03/11/2023): Tết 08–14/02 (5 days + nghỉ bù 13–14/02 for mùng 1–2
  // on the weekend), Quốc khánh 31/8–03/9. Công văn 2450/VPCP-KGVX (12/04/2024): Mon 29/4 off, Sat 04/5
  // worked.
  { date: '2024-01-01', kind: 'off', note: TDL },
  { date: '2024-02-08', kind: 'off', note: TET },
  { date: '2024-02-09', kind: 'off', note: TET },
  { date: '2024-02-12', kind: 'off', note: TET },
  { date: '2024-02-13', kind: 'off', note: TET_BU },
  { date: '2024-02-14', kind: 'off', note: TET_BU },
  { date: '2024-04-18', kind: 'off', note: GIO_TO },
  { date: '2024-04-29', kind: 'off', note: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù 04/05)' },
  { date: '2024-04-30', kind: 'off', note: D30_4 },
  { date: '2024-05-01', kind: 'off', note: D1_5 },
  { date: '2024-05-04', kind: 'work', note: 'Làm bù cho ngày 29/04' },
  { date: '2024-09-02', kind: 'off', note: QK },
  { date: '2024-09-03', kind: 'off', note: QK_LIEN_KE },

  // 2025 — Công văn 8726/VPCP-KGVX (26/11/2024); Thông báo 6150/TB-LĐTBXH: Tết 25/01–02/02 (weekdays
  // 27–31/01), 30/4–04/5 with Fri 02/5 swapped with Sat 26/4, Quốc khánh 30/8–02/9 (Mon 1/9 adjacent).
  { date: '2025-01-01', kind: 'off', note: TDL },
  { date: '2025-01-27', kind: 'off', note: TET },
  { date: '2025-01-28', kind: 'off', note: TET },
  { date: '2025-01-29', kind: 'off', note: TET },
  { date: '2025-01-30', kind: 'off', note: TET },
  { date: '2025-01-31', kind: 'off', note: TET },
  { date: '2025-04-07', kind: 'off', note: GIO_TO },
  { date: '2025-04-26', kind: 'work', note: 'Làm bù cho ngày 02/05' },
  { date: '2025-04-30', kind: 'off', note: D30_4 },
  { date: '2025-05-01', kind: 'off', note: D1_5 },
  { date: '2025-05-02', kind: 'off', note: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù 26/04)' },
  { date: '2025-09-01', kind: 'off', note: QK_LIEN_KE },
  { date: '2025-09-02', kind: 'off', note: QK },

  // 2026 — Công văn 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 01–04/01 with Fri 02/01 swapped with
  // Sat 10/01. Thông báo 9441/TB-BNV: Tết 14–22/02 (weekdays 16–20/02); Quốc khánh 29/8–02/9 with Mon
  // 31/8 swapped with Sat 22/8. No swap around 30/4 (Công văn 3383/BNV-CVL). Giỗ Tổ Sun 26/4 → nghỉ bù
  // Mon 27/4 (art. 111(3)). 24/11 off (Nghị quyết 28/2026/QH16; Công văn 10065/VPCP-KGVX).
  { date: '2026-01-01', kind: 'off', note: TDL },
  { date: '2026-01-02', kind: 'off', note: 'Nghỉ hoán đổi Tết Dương lịch (làm bù 10/01)' },
  { date: '2026-01-10', kind: 'work', note: 'Làm bù cho ngày 02/01' },
  { date: '2026-02-16', kind: 'off', note: TET },
  { date: '2026-02-17', kind: 'off', note: TET },
  { date: '2026-02-18', kind: 'off', note: TET },
  { date: '2026-02-19', kind: 'off', note: TET },
  { date: '2026-02-20', kind: 'off', note: TET },
  { date: '2026-04-27', kind: 'off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2026-04-30', kind: 'off', note: D30_4 },
  { date: '2026-05-01', kind: 'off', note: D1_5 },
  { date: '2026-08-22', kind: 'work', note: 'Làm bù cho ngày 31/08' },
  { date: '2026-08-31', kind: 'off', note: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù 22/08)' },
  { date: '2026-09-01', kind: 'off', note: QK_LIEN_KE },
  { date: '2026-09-02', kind: 'off', note: QK },
  { date: '2026-11-24', kind: 'off', note: VAN_HOA },

  // 2027 — Công văn 10065/VPCP-KGVX: Tết 04–10/02 (weekdays 04–05 and 08–10/02), Quốc khánh 02–05/9
  // (weekdays Thu 2/9, Fri 3/9). Not yet announced, so by the Labour Code, no swaps assumed: Tết Dương
  // lịch Fri 1/1; 30/4 Fri; 1/5 on Saturday → nghỉ bù Mon 03/5. 24/11 a Wednesday. Replace when announced
  // (the user sheet `Ngày nghỉ` overrides meanwhile).
  { date: '2027-01-01', kind: 'off', note: TDL },
  { date: '2027-02-04', kind: 'off', note: TET },
  { date: '2027-02-05', kind: 'off', note: TET },
  { date: '2027-02-08', kind: 'off', note: TET },
  { date: '2027-02-09', kind: 'off', note: TET_BU },
  { date: '2027-02-10', kind: 'off', note: TET_BU },
  { date: '2027-04-16', kind: 'off', note: GIO_TO },
  { date: '2027-04-30', kind: 'off', note: D30_4 },
  { date: '2027-05-03', kind: 'off', note: 'Nghỉ bù ngày Quốc tế Lao động 1/5' },
  { date: '2027-09-02', kind: 'off', note: QK },
  { date: '2027-09-03', kind: 'off', note: QK_LIEN_KE },
  { date: '2027-11-24', kind: 'off', note: VAN_HOA },
];
