/**
 * Case rows of a small district (Mường Ảng, two communes) and its Biểu 1 (per field) and Biểu 3 (per
 * procedure) typed as a district types them: our forms' header rows, group headings, «Cộng»/«Tổng» rows.
 * Every figure is worked out by hand from the targets below.
 */
import { dayFromYmd } from '../../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { caseSheet, unitListSheet, type UnitTarget } from '../../support/case-sheet';
import { grid } from '../review-fixtures';

export const PERIOD = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31) };
export const TITLE = 'Từ ngày 01/01/2024 đến ngày 31/03/2024';
export const MUONG_ANG = 'UBND huyện Mường Ảng';
export const ANG_TO = 'UBND xã Ẳng Tở';
export const BUNG_LAO = 'UBND xã Búng Lao';
export const DAT_DAI = 'Đất đai cấp huyện';
export const KHAI_SINH = 'Đăng ký khai sinh';

/**
 * T1 Tách thửa: 6 cases — early 2, on time 1, late 1, within 1, overdue 1 (carried over from before the
 *    period); 2 of the 5 received in the period online, 3 in person.
 * T2 Cấp đổi: 5 — early 3, within 2; 1 online, 4 in person.
 * T3 Cải chính hộ tịch: 3 — on time 2, late 1; 1 by post, 2 in person.
 * T4 Ẳng Tở, khai sinh: 6 — early 4, on time 1, overdue 1; 3 online, 3 in person.
 * T5 Búng Lao, khai sinh: 5 — early 2, late 1, within 1, withdrawn 1; all 5 in person.
 */
const TARGETS: UnitTarget[] = [
  { unit: MUONG_ANG, field: DAT_DAI, procedure: 'Tách thửa hoặc hợp thửa đất', early: 2, onTime: 1, late: 1, withinDeadline: 1, overdue: 1, carriedOver: 1, online: 2 },
  { unit: MUONG_ANG, field: DAT_DAI, procedure: 'Cấp đổi Giấy chứng nhận', early: 3, onTime: 0, late: 0, withinDeadline: 2, overdue: 0, online: 1 },
  { unit: MUONG_ANG, field: 'Hộ tịch cấp huyện', procedure: 'Thay đổi, cải chính hộ tịch', early: 0, onTime: 2, late: 1, withinDeadline: 0, overdue: 0, postal: 1 },
  { unit: ANG_TO, field: 'Hộ tịch cấp xã', procedure: KHAI_SINH, early: 4, onTime: 1, late: 0, withinDeadline: 0, overdue: 1, online: 3 },
  { unit: BUNG_LAO, field: 'Hộ tịch cấp xã', procedure: KHAI_SINH, early: 2, onTime: 0, late: 1, withinDeadline: 1, overdue: 0, withdrawn: 1 },
];

export const cases = (): SheetGrid[] => [
  caseSheet(TARGETS, PERIOD),
  unitListSheet([
    { name: MUONG_ANG, level: 'Huyện' },
    { name: ANG_TO, level: 'Xã', district: 'Huyện Mường Ảng' },
    { name: BUNG_LAO, level: 'Xã', district: 'Huyện Mường Ảng' },
  ]),
];

/** Our forms' three header rows (form-columns.ts), merged cells left blank as Office.js reads them. */
const formHeader = (name: string): CellValue[][] => [
  ['STT', name, 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết', null, null, null, null, null, 'Hồ sơ rút', 'Hồ sơ trả lại'],
  [null, null, 'Tổng số', 'Trực tuyến', 'Kỳ trước chuyển qua', 'Trực tiếp', 'Số hồ sơ đã giải quyết', null, null, 'Số hồ sơ đang giải quyết'],
  [null, null, null, null, null, null, 'Tổng số', 'Đúng hạn', 'Trễ hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
];

type Row = [number | string | null, string, ...number[]];
const row = ([stt, name, ...counts]: Row): CellValue[] => [stt, name, ...counts.map((n) => (n === 0 ? null : n))];

/**
 * Biểu 1 with both levels, as `tthc score` writes it when the data holds several: a heading per level, a
 * «Cộng» per level, «Tổng». Columns: total, online, carried over, direct (with post) | resolved, on time
 * (with early), late | in progress, within, overdue | withdrawn, returned. `overdueDatDai`: what the
 * district typed for Đất đai's «Quá hạn» (1 is right); the «Cộng» and «Tổng» rows add up what it typed.
 */
export function bieu1(overdueDatDai = 1): SheetGrid {
  const o = overdueDatDai;
  return grid('Biểu 1', [
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO LĨNH VỰC THỰC HIỆN'],
    [TITLE],
    ['BIỂU 1'],
    ...formHeader('Lĩnh vực'),
    ['I', 'CẤP HUYỆN'],
    // T1 + T2: 6 + 5 = 11; online 2 + 1; carried 1; in person 3 + 4 | resolved 4 + 3, on time (2 + 1) + 3, late 1 | open 2 + 2, within 1 + 2, overdue 1.
    row([1, DAT_DAI, 11, 3, 1, 7, 7, 6, 1, 4, 3, o, 0, 0]),
    // T3: 3, in person 2 + post 1 | resolved 3, on time 2, late 1.
    row([2, 'Hộ tịch cấp huyện', 3, 0, 0, 3, 3, 2, 1, 0, 0, 0, 0, 0]),
    row([null, 'Cộng cấp huyện', 14, 3, 1, 10, 10, 8, 2, 4, 3, o, 0, 0]),
    ['II', 'CẤP XÃ'],
    // T4 + T5: 6 + 5 = 11; online 3; in person 3 + 5 | resolved 5 + 3, on time 5 + 2, late 1 | open 1 + 1, within 1, overdue 1 | withdrawn 1.
    row([1, 'Hộ tịch cấp xã', 11, 3, 0, 8, 8, 7, 1, 2, 1, 1, 1, 0]),
    row([null, 'Cộng cấp xã', 11, 3, 0, 8, 8, 7, 1, 2, 1, 1, 1, 0]),
    row([null, 'Tổng', 25, 6, 1, 18, 18, 15, 3, 6, 4, 1 + o, 1, 0]),
  ]);
}

/**
 * Biểu 3 as `tthc score` writes it: procedures under their unit and field headings, numbered through.
 * Khai sinh is under both communes: only the headings tell the rows apart. `withdrawnBungLao`: what
 * Búng Lao typed for its withdrawn case (1 is right).
 */
export function bieu3(withdrawnBungLao = 1): SheetGrid {
  const w = withdrawnBungLao;
  return grid('Biểu 3', [
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO LOẠI HỒ SƠ THỰC HIỆN'],
    [TITLE],
    ['BIỂU 3'],
    ...formHeader('Thủ tục'),
    [null, MUONG_ANG],
    [null, `Lĩnh vực ${DAT_DAI}`],
    row([1, 'Cấp đổi Giấy chứng nhận', 5, 1, 0, 4, 3, 3, 0, 2, 2, 0, 0, 0]), // T2
    row([2, 'Tách thửa hoặc hợp thửa đất', 6, 2, 1, 3, 4, 3, 1, 2, 1, 1, 0, 0]), // T1
    [null, 'Lĩnh vực Hộ tịch cấp huyện'],
    row([3, 'Thay đổi, cải chính hộ tịch', 3, 0, 0, 3, 3, 2, 1, 0, 0, 0, 0, 0]), // T3
    [null, ANG_TO],
    [null, 'Lĩnh vực Hộ tịch cấp xã'],
    row([4, KHAI_SINH, 6, 3, 0, 3, 5, 5, 0, 1, 0, 1, 0, 0]), // T4
    [null, BUNG_LAO],
    [null, 'Lĩnh vực Hộ tịch cấp xã'],
    row([5, KHAI_SINH, 5, 0, 0, 5, 3, 2, 1, 1, 1, 0, w, 0]), // T5
    row([null, 'Tổng', 25, 6, 1, 18, 18, 15, 3, 6, 4, 2, w, 0]),
  ]);
}
