/**
 * The seed reports' tables as unit targets for test/support/case-sheet.ts, shared by the seed-vector tests
 * and the report-form tests. The comments name the seed line each figure was read from.
 */
import { dayFromYmd } from '../../src/domain/dates';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import { caseSheet, unitListSheet, type CasePeriod, type ListedUnit, type UnitTarget } from './case-sheet';

/** Splits a printed "Đúng hạn" (early + on time) so that both outcomes are generated. */
export const byTimeliness = (n: number): Pick<UnitTarget, 'early' | 'onTime'> => ({ early: n - Math.floor(n / 4), onTime: Math.floor(n / 4) });

export function scoreTargets(targets: UnitTarget[], period: CasePeriod, listed: ListedUnit[]): ScoreRun {
  return scoreWorkbook([caseSheet(targets, period), unitListSheet(listed)], period);
}

/** Resolved, đúng hạn (early + on time), late, exact late % of resolved, overdue in progress. */
export type OverdueRow = [unit: string, resolved: number, onTime: number, late: number, rate: number | null, overdue: number];

/** Seed 000 — Điện Biên, units with late cases, July 2023 (appendix table). */
export function seed000() {
  const period = { from: dayFromYmd(2023, 7, 1), to: dayFromYmd(2023, 7, 31) };

  // Section A prints only sentences. The late and overdue counts are the seed's; the resolved counts are
  // not printed: the seven units without figures share 2438 − 2102 = 336 resolved (332 on time), split here
  // by assumption. The TỔNG CỘNG row ("chỉ cộng … đơn vị có hồ sơ quá hạn") fixes only their sum.
  const PROVINCIAL: OverdueRow[] = [
    ['Sở Giao thông vận tải', 120, 118, 2, 1.67, 0], // A.1 «Có 02 hồ sơ đã giải quyết quá hạn»; 2/120
    ['Sở Kế hoạch và Đầu tư', 40, 40, 0, 0, 1], // A.2 «… có 01 hồ sơ đang giải quyết quá hạn»
    ['Sở Nông nghiệp và PTNT', 60, 59, 1, 1.67, 0], // A.3 «Có 01 hồ sơ …»; 1/60
    ['Sở Tư pháp', 50, 49, 1, 2, 0], // A.4 «Có 01 hồ sơ …»; 1/50
  ];
  const DISTRICTS: { group: string; district?: OverdueRow; communes: OverdueRow[] }[] = [
    {
      group: 'Thị xã Mường Lay', // B.I
      district: ['UBND thị xã Mường Lay', 208, 207, 1, 0.48, 0], // B.I.1 «208 207 1 0,48»
      communes: [['UBND phường Na Lay', 41, 39, 2, 4.88, 0]], // B.I.2 «41 39 2 4,88»
    },
    {
      group: 'Huyện Mường Nhé', // B.II
      communes: [
        ['UBND xã Nậm Kè', 12, 11, 1, 8.33, 1], // B.II.1 «12 11 1 8,33 01 hồ sơ đang giải quyết quá hạn»
        ['UBND xã Quảng Lâm', 3, 2, 1, 33.33, 1], // B.II.2 «3 2 1 33,33 01 hồ sơ …»
        ['UBND xã Mường Nhé', 34, 33, 1, 2.94, 0], // B.II.3 «34 33 1 2,94»
        ['UBND xã Leng Su Sìn', 4, 3, 1, 25, 0], // B.II.4 «4 3 1 25%»
        ['UBND xã Nậm Vi', 20, 20, 0, 0, 1], // B.II.5 only «01 hồ sơ đang giải quyết quá hạn»; resolved assumed
      ],
    },
    {
      group: 'Huyện Mường Chà', // B.III
      communes: [
        ['UBND xã Na Sang', 70, 67, 3, 4.29, 0], // B.III.1 «70 67 3 4,3» — 3/70 = 4.2857
        ['UBND xã Sa Long', 82, 81, 1, 1.22, 0], // B.III.2 «82 81 1 1,22»
        ['UBND xã Mường Tùng', 63, 62, 1, 1.59, 0], // B.III.3 printed «Mường Tùg» «63 62 1 1,59»
      ],
    },
    {
      group: 'Huyện Điện Biên Đông', // B.IV
      district: ['UBND huyện Điện Biên Đông', 36, 36, 0, 0, 2], // B.IV.1 only «02 hồ sơ đang …»; resolved assumed
      communes: [
        ['UBND xã Tìa Đình', 37, 35, 2, 5.41, 0], // B.IV.2 «37 35 2 5,4» — 2/37 = 5.4054
        ['UBND xã Pú Hồng', 33, 32, 1, 3.03, 1], // B.IV.3 «33 32 1 3,03 01 hồ sơ …»
        ['UBND xã Pú Nhi', 46, 44, 2, 4.35, 0], // B.IV.4 «46 44 2 4,34» — 2/46 = 4.3478
        ['UBND xã Mường Luân', 21, 20, 1, 4.76, 0], // B.IV.5 «21 20 1 4,76»
        ['UBND xã Phì Nhừ', 22, 21, 1, 4.55, 0], // B.IV.6 «22 21 1 4,54» — 1/22 = 4.5454…
        ['UBND xã Keo Lôm', 10, 10, 0, 0, 2], // B.IV.7 only «02 hồ sơ đang …»; resolved assumed
      ],
    },
    {
      group: 'Huyện Tuần Giáo', // B.V
      district: ['UBND huyện Tuần Giáo', 470, 468, 2, 0.43, 0], // B.V.1 «470 468 2 0,43»
      communes: [
        ['UBND xã Tỏa Tình', 25, 24, 1, 4, 0], // B.V.2 printed «Tỏa Tinh» «25 24 1 4,0»
        ['UBND xã Mường Mùn', 38, 37, 1, 2.63, 0], // B.V.3 «38 37 1 2,63»
        ['UBND xã Nà Tông', 30, 29, 1, 3.33, 0], // B.V.4 «30 29 1 3,33»
      ],
    },
    {
      group: 'Huyện Mường Ảng', // B.VI
      communes: [
        ['UBND xã Nậm Lịch', 20, 19, 1, 5, 0], // B.VI.1 «20 19 1 5,0»
        ['UBND xã Ảng Cang', 54, 53, 1, 1.85, 0], // B.VI.2 «54 53 1 1,85»
      ],
    },
    {
      group: 'Huyện Điện Biên', // B.VII
      communes: [
        ['UBND xã Thanh Chăn', 32, 31, 1, 3.13, 0], // B.VII.1 «32 31 1 3,13» — 1/32 = 3.125 exactly, half-up
        ['UBND xã Mường Nhà', 26, 22, 4, 15.38, 0], // B.VII.2 «26 22 4 15,38»
      ],
    },
    {
      group: 'Thành phố Điện Biên Phủ', // B.VIII
      district: ['UBND thành phố Điện Biên Phủ', 450, 415, 35, 7.78, 4], // B.VIII.1 «450 415 35 7,78 04 hồ sơ …»
      communes: [
        ['UBND xã Nà Nhạn', 231, 230, 1, 0.43, 0], // B.VIII.2 «231 230 1 0,43»
        ['UBND xã Thanh Minh', 50, 49, 1, 2, 0], // B.VIII.3 «50 49 1 2,0»
      ],
    },
  ];
  // Units with no late case, which the list leaves out: on-time cases up to the province's 11 133 resolved
  // (TỔNG CHUNG TOÀN TỈNH); 2500 + 1800 + 2200 + 2195 = 8695 = 11133 − 2438. Names and split assumed.
  const FILLERS: (ListedUnit & { resolved: number })[] = [
    { name: 'Sở Tài nguyên và Môi trường', level: 'Tỉnh', resolved: 2500 },
    { name: 'UBND huyện Mường Ảng', level: 'Huyện', resolved: 1800 },
    { name: 'UBND huyện Nậm Pồ', level: 'Huyện', resolved: 2200 },
    { name: 'UBND huyện Tủa Chùa', level: 'Huyện', resolved: 2195 },
  ];

  const rows: OverdueRow[] = [...PROVINCIAL, ...DISTRICTS.flatMap((d) => [...(d.district ? [d.district] : []), ...d.communes])];
  const listed: ListedUnit[] = [
    ...PROVINCIAL.map(([name]): ListedUnit => ({ name, level: 'Tỉnh' })),
    ...DISTRICTS.flatMap((d) => [
      ...(d.district ? [{ name: d.district[0], level: 'Huyện' as const }] : []),
      ...d.communes.map(([name]): ListedUnit => ({ name, level: 'Xã', district: d.group })),
    ]),
    ...FILLERS.map(({ name, level }) => ({ name, level })),
  ];
  const targets: UnitTarget[] = [
    ...rows.map(([unit, , onTime, late, , overdue]) => ({ unit, ...byTimeliness(onTime), late, withinDeadline: 0, overdue })),
    ...FILLERS.map(({ name, resolved }) => ({ unit: name, ...byTimeliness(resolved), late: 0, withinDeadline: 0, overdue: 0 })),
  ];
  return { period, PROVINCIAL, DISTRICTS, FILLERS, rows, listed, targets };
}

/** Seed 004 — Tuần Giáo Q1/2020, Biểu 2 (counts) with Biểu 4's rates. */
export function seed004() {
  // The period ends on 1 April as printed («Từ ngày 01/01/2020 đến ngày 01/04/2020»).
  const period = { from: dayFromYmd(2020, 1, 1), to: dayFromYmd(2020, 4, 1) };
  // Biểu 2 columns in order: Tổng hồ sơ, Trực tuyến, Kỳ trước chuyển qua, Trực tiếp | đã giải quyết: Tổng số,
  // Đúng hạn, Trễ hạn | đang giải quyết: Tổng số, Trong hạn, Quá hạn | Hồ sơ rút, Hồ sơ trả lại; then Biểu 4's
  // Tỷ lệ trễ hạn, Tỷ lệ quá hạn. Blank cells are 0.
  type Printed = [string, number, number, number, number, number, number, number, number, number, number, number, number, number | null, number | null];
  const PRINTED: Printed[] = [
    ['UBND huyện Tuần Giáo', 466, 0, 0, 466, 389, 385, 4, 77, 77, 0, 0, 4, 0.86, null], // row 1; Biểu 4 «0,86»
    ['UBND Xã Phình Sáng', 154, 0, 1, 153, 154, 142, 12, 0, 0, 0, 0, 0, 7.79, null], // row 2; «7,79»
    ['UBND Xã Quài Tở', 73, 0, 0, 73, 73, 16, 57, 0, 0, 0, 0, 0, 78.08, null], // row 3; «78,08»
    ['UBND Xã Mường Thín', 66, 0, 0, 66, 59, 56, 3, 7, 7, 0, 0, 0, 4.55, null], // row 4; «4,55»
    ['UBND Xã Quài Cang', 50, 0, 0, 50, 49, 47, 2, 1, 1, 0, 0, 0, 4, null], // row 5; «4»
    ['UBND Xã Chiềng Sinh', 30, 0, 1, 29, 30, 26, 4, 0, 0, 0, 0, 0, 13.33, null], // row 6; «13,33»
    ['UBND Xã Chiềng Đông', 11, 0, 1, 10, 0, 0, 0, 9, 8, 1, 0, 0, null, 9.09], // row 7; «9,09» — does not balance
    ['UBND Xã Ta Ma', 8, 0, 0, 8, 8, 7, 1, 0, 0, 0, 0, 0, 12.5, null], // row 8; «12,5»
    ['UBND Xã Mùn Chung', 7, 0, 0, 7, 6, 5, 1, 1, 0, 1, 0, 1, 14.29, 14.29], // row 9; «14,29 14,29»
    ['UBND Xã Quài Nưa', 7, 0, 1, 6, 7, 6, 1, 0, 0, 0, 0, 0, 14.29, null], // row 10; «14,29»
    ['UBND Xã Rạng Đông', 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, null, 100], // row 11; «100»
  ];
  // Biểu 2 rows 12–20: listed with every cell blank.
  const NO_CASES = ['UBND Thị trấn', 'UBND Xã Nà Tông', 'UBND Xã Mường Mùn', 'UBND Xã Pú Xi', 'UBND Xã Pú Nhung', 'UBND Xã Tỏa Tình', 'UBND Xã Nà Sáy', 'UBND Xã Mường Khong', 'UBND Xã Tênh Phong'];
  const CHIENG_DONG = 'UBND Xã Chiềng Đông';
  return { period, PRINTED, NO_CASES, CHIENG_DONG };
}

/** Seed 001 — Hà Nam, November 2023: the province totals of section I. */
export function seed001() {
  const period = { from: dayFromYmd(2023, 11, 1), to: dayFromYmd(2023, 11, 30) };
  // The letter prints province totals only (its per-unit late lists add up to 62 + 2 + 3 = 67, one short of
  // the 68 it totals), so the split across these units is assumed; the column sums are the seed's:
  // early + on time 5500 + 4800 + 3000 + 791 = 14091, late 30 + 25 + 10 + 3 = 68, within 400 + 350 + 300 + 155
  // = 1205, overdue 150 + 100 + 90 + 40 = 380, carried 600 + 450 + 336 + 150 = 1536, online 5000 + 4300 + 2500
  // + 532 = 12332; received in the period 5480 + 4825 + 3064 + 839 = 14208.
  const targets: UnitTarget[] = [
    { unit: 'Sở Tư pháp', early: 4200, onTime: 1300, late: 30, withinDeadline: 400, overdue: 150, carriedOver: 600, online: 5000, postal: 150 },
    { unit: 'Sở Giao thông vận tải', early: 3700, onTime: 1100, late: 25, withinDeadline: 350, overdue: 100, carriedOver: 450, online: 4300, postal: 100 },
    { unit: 'UBND huyện Kim Bảng', early: 2200, onTime: 800, late: 10, withinDeadline: 300, overdue: 90, carriedOver: 336, online: 2500, postal: 20 },
    { unit: 'UBND xã An Ninh', early: 600, onTime: 191, late: 3, withinDeadline: 155, overdue: 40, carriedOver: 150, online: 532, postal: 5 },
  ];
  const listed: ListedUnit[] = [
    { name: 'Sở Tư pháp', level: 'Tỉnh' },
    { name: 'Sở Giao thông vận tải', level: 'Tỉnh' },
    { name: 'UBND huyện Kim Bảng', level: 'Huyện' },
    { name: 'UBND xã An Ninh', level: 'Xã', district: 'Huyện Bình Lục' },
  ];
  return { period, targets, listed };
}

/**
 * A row of Biểu 1–3 in the forms' column order: Tổng hồ sơ, Trực tuyến, Kỳ trước chuyển qua, Trực tiếp | đã
 * giải quyết: Tổng số, Đúng hạn, Trễ hạn | đang giải quyết: Tổng số, Trong hạn, Quá hạn | Hồ sơ rút, Hồ sơ trả lại.
 */
export type FormCounts = [number, number, number, number, number, number, number, number, number, number, number, number];

/**
 * Seed 004, Biểu 3 — UBND huyện Tuần Giáo per procedure, under its field (row numbers as printed). Every
 * case was filed in person in the period; the columns add up to Biểu 2's row 1 (466 … 4).
 */
export const SEED004_PROCEDURES: [field: string, procedure: string, counts: FormCounts][] = [
  ['Kinh doanh khí cấp huyện', 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', [3, 0, 0, 3, 3, 3, 0, 0, 0, 0, 0, 0]], // 1
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) cấp huyện', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', [10, 0, 0, 10, 10, 10, 0, 0, 0, 0, 0, 0]], // 2
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) cấp huyện', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', [1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]], // 3
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) cấp huyện', 'Đăng ký thành lập hộ kinh doanh', [19, 0, 0, 19, 19, 19, 0, 0, 0, 0, 0, 0]], // 4
  ['Quản lý hoạt động xây dựng cấp huyện', 'Cấp giấy phép xây dựng (xây dựng mới; sửa chữa, cải tạo; di dời công trình) đối với công trình từ cấp III trở xuống (không theo tuyến/theo tuyến trong đô thị), nhà ở riêng lẻ xây dựng trong đô thị, trung tâm cụm xã, trong khu bảo tồn, khu di tích lịch sử - văn hóa thuộc địa bàn do mình quản lý', [6, 0, 0, 6, 5, 5, 0, 1, 1, 0, 0, 0]], // 5
  ['Đăng ký biện pháp bảo đảm cấp huyện', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', [37, 0, 0, 37, 36, 36, 0, 1, 1, 0, 0, 0]], // 6
  ['Đăng ký biện pháp bảo đảm cấp huyện', 'Xoá đăng ký thế chấp', [35, 0, 0, 35, 34, 34, 0, 1, 1, 0, 0, 0]], // 7
  ['Đất đai cấp huyện', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', [55, 0, 0, 55, 41, 40, 1, 14, 14, 0, 0, 3]], // 8
  ['Đất đai cấp huyện', 'Tách thửa hoặc hợp thửa đất', [16, 0, 0, 16, 7, 7, 0, 9, 9, 0, 0, 0]], // 9
  ['Đất đai cấp huyện', 'Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất đối với trường hợp có nhu cầu', [41, 0, 0, 41, 36, 36, 0, 5, 5, 0, 0, 0]], // 10
  ['Đất đai cấp huyện', 'Đăng ký biến động về sử dụng đất, tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận (đổi tên hoặc giấy tờ pháp nhân, giấy tờ nhân thân, địa chỉ); giảm diện tích thửa đất do sạt lở tự nhiên; thay đổi về hạn chế quyền sử dụng đất; thay đổi về nghĩa vụ tài chính; thay đổi về tài sản gắn liền với đất so với nội dung đã đăng ký, cấp Giấy chứng nhận.', [8, 0, 0, 8, 6, 6, 0, 2, 2, 0, 0, 0]], // 11
  ['Đất đai cấp huyện', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất của vợ hoặc chồng thành của chung vợ và chồng', [18, 0, 0, 18, 11, 11, 0, 7, 7, 0, 0, 0]], // 12
  ['Đất đai cấp huyện', 'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho người đã đăng ký quyền sử dụng đất lần đầu', [1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0]], // 13
  ['Đất đai cấp huyện', 'Đăng ký và cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu', [18, 0, 0, 18, 7, 7, 0, 11, 11, 0, 0, 1]], // 14
  ['Đất đai cấp huyện', 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân', [1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0]], // 15
  ['Đất đai cấp huyện', 'Cấp lại Giấy chứng nhận hoặc cấp lại Trang bổ sung của Giấy chứng nhận do bị mất', [1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]], // 16
  ['Bảo trợ xã hội cấp huyện', 'Thực hiện trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú trong cùng địa bàn quận, huyện, thị xã, thành phố thuộc tỉnh', [1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]], // 17
  ['Bảo trợ xã hội cấp huyện', 'Thủ tục thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng', [140, 0, 0, 140, 118, 118, 0, 22, 22, 0, 0, 0]], // 18
  ['Lao động, Thương binh và Xã hội cấp huyện', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội (được trợ giúp xã hội thường xuyên tại cộng đồng)', [25, 0, 0, 25, 25, 22, 3, 0, 0, 0, 0, 0]], // 19
  ['Hộ tịch cấp huyện', 'Thủ tục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc', [30, 0, 0, 30, 28, 28, 0, 2, 2, 0, 0, 0]], // 20
];

/** Seed 004, Biểu 1 — the fields with cases (the form lists 67, the others blank); Tổng «466 466 389 385 4 77 77 4». */
export const SEED004_FIELDS: [field: string, counts: FormCounts][] = [
  ['Bảo trợ xã hội cấp huyện', [141, 0, 0, 141, 119, 119, 0, 22, 22, 0, 0, 0]], // row 3
  ['Hộ tịch cấp huyện', [30, 0, 0, 30, 28, 28, 0, 2, 2, 0, 0, 0]], // row 24
  ['Kinh doanh khí cấp huyện', [3, 0, 0, 3, 3, 3, 0, 0, 0, 0, 0, 0]], // row 26
  ['Lao động, Thương binh và Xã hội cấp huyện', [25, 0, 0, 25, 25, 22, 3, 0, 0, 0, 0, 0]], // row 30
  ['Quản lý hoạt động xây dựng cấp huyện', [6, 0, 0, 6, 5, 5, 0, 1, 1, 0, 0, 0]], // row 43
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) cấp huyện', [30, 0, 0, 30, 30, 30, 0, 0, 0, 0, 0, 0]], // row 49
  ['Đăng ký biện pháp bảo đảm cấp huyện', [72, 0, 0, 72, 70, 70, 0, 2, 2, 0, 0, 0]], // row 64
  ['Đất đai cấp huyện', [159, 0, 0, 159, 109, 108, 1, 50, 50, 0, 0, 4]], // row 65
];
