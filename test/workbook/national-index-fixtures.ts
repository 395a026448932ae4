/**
 * A Q1/2024 case list with every QĐ 766 column, and the unit list. Sở Tư pháp holds the cases of the domain
 * tests (test/domain/national-index/unit-fixtures.ts): 8 early, 2 on time, 3 late, 5 within deadline,
 * 2 overdue, 1 withdrawn; online 12/21, synced 18/21, a fee 4 (paid online 3), files digitised 14/21,
 * results 13/13, complaints on case 1 (early) and case 11 (late). Sở Y tế: 2 early, nothing else.
 * UBND huyện Mường Chà: 1 early. UBND xã Na Sang (Mường Chà): no case.
 */
import { dayFromYmd } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import type { ReportContext } from '../../src/workbook/reports/report-context';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';

export const JUSTICE = 'Sở Tư pháp';
export const HEALTH = 'Sở Y tế';
export const DISTRICT = 'UBND huyện Mường Chà';
export const COMMUNE = 'UBND xã Na Sang';

export const CASE_HEADER = [
  'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp',
  'Phản ánh, kiến nghị', 'Đã đồng bộ', 'Phí, lệ phí', 'Thanh toán trực tuyến', 'Số hóa hồ sơ', 'Số hóa kết quả',
];

/** received, due, completed, status */
const DATES: Record<string, [string, string, string | null, string]> = {
  early: ['02/01/2024', '10/01/2024', '05/01/2024', 'Đã trả kết quả'],
  onTime: ['02/01/2024', '10/01/2024', '10/01/2024', 'Đã trả kết quả'],
  late: ['02/01/2024', '10/01/2024', '15/01/2024', 'Đã trả kết quả'],
  withinDeadline: ['20/03/2024', '05/04/2024', null, 'Đang xử lý'],
  overdue: ['01/03/2024', '15/03/2024', null, 'Đang xử lý'],
  withdrawn: ['02/01/2024', '10/01/2024', '05/01/2024', 'Công dân yêu cầu rút hồ sơ'],
};
const OUTCOMES: [string, number][] = [['early', 8], ['onTime', 2], ['late', 3], ['withinDeadline', 5], ['overdue', 2], ['withdrawn', 1]];

export function caseRows(): CellValue[][] {
  const justice = OUTCOMES.flatMap(([o, n]) => Array<string>(n).fill(o)).map((outcome, i): CellValue[] => {
    const [received, due, completed, status] = DATES[outcome];
    const yes = (b: boolean): string | null => (b ? 'x' : null);
    return [
      `TP-${i + 1}`, JUSTICE, received, due, completed, status, i < 12 ? 'Trực tuyến' : 'Trực tiếp',
      i === 0 || i === 10 ? 'Có' : null, yes(i < 18), i < 4 ? 50_000 : 0, i < 3 ? 'Đã thanh toán' : null, yes(i < 14), 'x',
    ];
  });
  const plain = (code: string, unit: string): CellValue[] => [code, unit, ...DATES.early, 'Trực tiếp', null, null, null, null, null, null];
  return [...justice, plain('YT-1', HEALTH), plain('YT-2', HEALTH), plain('MC-1', DISTRICT)];
}

export const UNIT_LIST: CellValue[][] = [
  ['Tên đơn vị', 'Cấp', 'Huyện'],
  [JUSTICE, 'Tỉnh', null],
  [HEALTH, 'Tỉnh', null],
  [DISTRICT, 'Huyện', null],
  [COMMUNE, 'Xã', 'Mường Chà'],
];

/** Points typed for Sở Tư pháp (the domain tests' TYPED): with the rows, 83,97 of 100. */
export const JUSTICE_TYPED: Record<string, number> = {
  'cong-khai-khac': 11.5, 'truc-tuyen-khac': 5, 'thanh-toan-khac': 4, 'so-hoa-khac': 3, 'pakn-dung-han': 6, 'hai-long-pakn': 5.5,
};

export const Q1 = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31) };

export function q1Run(): ScoreRun {
  const grid = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 1, originCol: 1, visibility: 'visible' });
  return scoreWorkbook([grid('Danh sách hồ sơ', [CASE_HEADER, ...caseRows()]), grid('Danh mục đơn vị', UNIT_LIST)], { ...Q1, today: dayFromYmd(2024, 4, 5) });
}

export const q1Context = (): ReportContext => ({
  period: { ...Q1, asOf: Q1.to },
  calendarText: 'tích hợp 2019–2027',
  profileText: 'dienbien-1187',
  computedAt: new Date(Date.UTC(2024, 3, 5, 2, 0)),
  version: '0.0.0-test',
});
