/** A small case workbook and report context for the Decision 1187 sheet tests. */
import { dayFromYmd } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import type { ReportContext } from '../../src/workbook/reports/report-context';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';

export const CASE_SHEET = 'Hồ sơ';
export const ICT = 'Sở Thông tin và Truyền thông';
export const HEALTH = 'Sở Y tế';

const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp', 'Số lần yêu cầu bổ sung', 'Số cơ quan phải liên hệ', 'Phản ánh, kiến nghị'];

/** The columns real one-stop exports lack (TT 01 #3, #4 and the complaint flag of #7). */
export const WITHOUT_TT01_COLUMNS = ['Số lần yêu cầu bổ sung', 'Số cơ quan phải liên hệ', 'Phản ánh, kiến nghị'];

/**
 * Q2/2021. ICT: 10 cases early + 1 on time (TT 01 #1, #2, #7 = 21/11 → 1.91), 4 of 11 filed online (36.36 %).
 * Sở Y tế: 2 cases early, none online. `withoutColumns`: headers left out of the case list.
 */
export function q2Run(withoutColumns: readonly string[] = []): ScoreRun {
  const rows: CellValue[][] = [];
  const add = (unit: string, completed: string, channel: string): void => {
    rows.push([rows.length + 1, `HS-${rows.length + 1}`, unit, '01/04/2021', '15/04/2021', completed, 'Đã trả kết quả', channel, 0, 0, 'Không']);
  };
  for (let i = 0; i < 10; i++) add(ICT, '05/04/2021', i < 4 ? 'Trực tuyến' : 'Trực tiếp');
  add(ICT, '15/04/2021', 'Trực tiếp');
  add(HEALTH, '06/04/2021', 'Trực tiếp');
  add(HEALTH, '07/04/2021', 'Trực tiếp');
  const keep = HEADER.map((h) => !withoutColumns.includes(h));
  const table = [HEADER, ...rows].map((r) => r.filter((_, i) => keep[i]));
  const grid: SheetGrid = { name: CASE_SHEET, rows: table, originRow: 1, originCol: 1, visibility: 'visible' };
  return scoreWorkbook([grid], { from: dayFromYmd(2021, 4, 1), to: dayFromYmd(2021, 6, 30) });
}

export const q2Context = (): ReportContext => ({
  period: { from: dayFromYmd(2021, 4, 1), to: dayFromYmd(2021, 6, 30), asOf: dayFromYmd(2021, 6, 30) },
  calendarText: 'tích hợp 2019–2027',
  profileText: 'dienbien-1187',
  computedAt: new Date(Date.UTC(2021, 6, 9, 2, 0)),
  version: '0.0.0-test',
});

/** Text of every cell of a model, row by row, for finding lines. */
export const rowTexts = (rows: ({ value: CellValue } | null)[][]): string[][] =>
  rows.map((r) => r.map((c) => (c && c.value !== null ? String(c.value) : '')));
