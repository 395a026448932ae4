/** `DS hồ sơ trễ hạn`: the late and overdue cases (seed 001 Phụ lục 04–06); `DS cán bộ trễ hạn`: the officials (Phụ lục 01–03). */
import { dayFromYmd } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { LATE_HANDLERS_SHEET, lateHandlersSheet } from '../../src/workbook/reports/handler-table';
import { LATE_CASES_SHEET, lateCasesSheet } from '../../src/workbook/reports/late-cases-sheet';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import { unitListSheet } from '../support/case-sheet';
import { contextOf, rowIndex, seed000Run, value, values } from './report-fixtures';

const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Lĩnh vực', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp', 'Cán bộ xử lý'];
const TP = 'Sở Tư pháp';
const KB = 'UBND huyện Kim Bảng';
const AN = 'UBND xã An Ninh';
const LLTP = 'Cấp Phiếu lý lịch tư pháp';

// November 2023 has no public holiday: days late are plain weekdays after the due date.
const rows: CellValue[][] = [
  ['TP-2', TP, 'Hộ tịch', 'Cấp bản sao trích lục hộ tịch', '02/11/2023', '08/11/2023', '10/11/2023 10:00', 'Đã trả kết quả', 'Trực tuyến', 'Nguyễn Văn An'], // late 2 (Thu, Fri)
  ['TP-1', TP, 'Lý lịch tư pháp', LLTP, '01/11/2023', '06/11/2023', '09/11/2023', 'Đã trả kết quả', 'Trực tiếp', 'Nguyễn Văn An'], // late 3
  ['TP-3', TP, 'Lý lịch tư pháp', LLTP, '10/11/2023', '20/11/2023', null, 'Đang xử lý', 'Trực tiếp', 'Trần Thị Bình'], // overdue 8 at 30/11
  ['TP-4', TP, 'Lý lịch tư pháp', LLTP, '01/11/2023', '10/11/2023', '03/11/2023', 'Đã trả kết quả', 'Trực tiếp', 'Trần Thị Bình'], // early
  ['KB-2', KB, 'Đất đai', 'Đăng ký biến động', '01/11/2023', '10/11/2023', '02/12/2023', 'Đã trả kết quả', 'Trực tiếp', 'Phạm Văn Dũng'], // open on 30/11: overdue 14
  ['KB-1', KB, 'Đất đai', 'Đăng ký biến động', '01/11/2023', '03/11/2023', '07/11/2023', 'Đã trả kết quả', 'Trực tiếp', null], // late 2 (Mon, Tue)
  ['AN-1', AN, 'Chứng thực', null, '13/11/2023', '15/11/2023', '16/11/2023', 'Đã trả kết quả', 'Trực tiếp', 'Lê Văn Cường'], // late 1
  ['AN-2', AN, 'Chứng thực', 'Chứng thực bản sao', '13/11/2023', '15/11/2023', '15/11/2023', 'Đã trả kết quả', 'Trực tiếp', 'Lê Văn Cường'], // on time
  ['YT-1', 'Sở Y tế', 'Dược', 'Cấp chứng chỉ hành nghề dược', '20/11/2023', '05/12/2023', null, 'Đang xử lý', 'Trực tuyến', 'Đỗ Thị Hà'], // within
];
const grid: SheetGrid = { name: 'Hồ sơ', rows: [HEADER, ...rows.map((r, i) => [i + 1, ...r])], originRow: 1, originCol: 1, visibility: 'visible' };
const units = unitListSheet([
  { name: TP, level: 'Tỉnh' },
  { name: 'Sở Y tế', level: 'Tỉnh' },
  { name: KB, level: 'Huyện' },
  { name: AN, level: 'Xã', district: 'Huyện Bình Lục' },
]);
const run = scoreWorkbook([grid, units], { from: dayFromYmd(2023, 11, 1), to: dayFromYmd(2023, 11, 30) });
const model = lateCasesSheet(run, contextOf(run));
const date = (d: number, m: number): Date => new Date(Date.UTC(2023, m - 1, d));

describe('DS hồ sơ trễ hạn', () => {
  it('reads the small workbook cleanly', () => {
    expect(run.issues).toEqual([]);
  });

  it('has the title, the columns and a print setup repeating and freezing the header', () => {
    expect(model.name).toBe(LATE_CASES_SHEET);
    expect(value(model.rows[0][0])).toBe('DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỄ HẠN');
    const top = rowIndex(model, 0, 'STT') + 1;
    expect(values(model, top - 1)).toEqual(['STT', 'Cấp', 'Đơn vị', 'Mã hồ sơ', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Số ngày trễ', 'Tình trạng', 'Cán bộ xử lý']);
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top, to: top } });
    expect(model.freeze).toEqual({ rows: top, cols: 3 });
  });

  it('lists every late or overdue case by level (tỉnh, huyện, xã), unit, receipt date and code', () => {
    const start = rowIndex(model, 0, 'I');
    expect(model.rows.slice(start, start + 9).map((r) => r.map(value))).toEqual([
      ['I', 'CẤP TỈNH: 03 hồ sơ trễ hạn thuộc 01 cơ quan, đơn vị', ...Array(9).fill(null)],
      ['1', 'Cấp tỉnh', TP, 'TP-1', LLTP, date(1, 11), date(6, 11), date(9, 11), 3, 'Đã giải quyết quá hạn', 'Nguyễn Văn An'],
      ['2', 'Cấp tỉnh', TP, 'TP-2', 'Cấp bản sao trích lục hộ tịch', date(2, 11), date(8, 11), date(10, 11), 2, 'Đã giải quyết quá hạn', 'Nguyễn Văn An'],
      ['3', 'Cấp tỉnh', TP, 'TP-3', LLTP, date(10, 11), date(20, 11), null, 8, 'Đang giải quyết quá hạn', 'Trần Thị Bình'],
      ['II', 'CẤP HUYỆN: 02 hồ sơ trễ hạn thuộc 01 cơ quan, đơn vị', ...Array(9).fill(null)],
      ['1', 'Cấp huyện', KB, 'KB-1', 'Đăng ký biến động', date(1, 11), date(3, 11), date(7, 11), 2, 'Đã giải quyết quá hạn', '(Không ghi cán bộ)'],
      // Returned on 02/12, after the period: still open at its end, so no return date here.
      ['2', 'Cấp huyện', KB, 'KB-2', 'Đăng ký biến động', date(1, 11), date(10, 11), null, 14, 'Đang giải quyết quá hạn', 'Phạm Văn Dũng'],
      ['III', 'CẤP XÃ: 01 hồ sơ trễ hạn thuộc 01 cơ quan, đơn vị', ...Array(9).fill(null)],
      ['1', 'Cấp xã', AN, 'AN-1', '(Không ghi thủ tục)', date(13, 11), date(15, 11), date(16, 11), 1, 'Đã giải quyết quá hạn', 'Lê Văn Cường'],
    ]);
  });

  it('writes dates as real date cells shown dd/mm/yyyy', () => {
    const row = model.rows[rowIndex(model, 3, 'TP-1')];
    for (const c of row.slice(5, 8)) {
      expect(c?.value).toBeInstanceOf(Date);
      expect(c?.style?.numFmt).toBe('dd/mm/yyyy');
    }
  });

  it('explains the days late against the as-of date', () => {
    expect(model.rows.map((r) => value(r[0]))).toContainEqual(expect.stringMatching(/^Số ngày trễ: số ngày làm việc sau hạn xử lý .* đến ngày 30\/11\/2023 \(hồ sơ đang giải quyết\)/));
  });

  it('ends with the case list: the officials are a sheet of their own', () => {
    const lines = model.rows.map((r) => value(r[0]));
    expect(lines[lines.length - 1]).toMatch(/^Số ngày trễ: /);
    expect(lines).not.toContain('DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC THAM GIA GIẢI QUYẾT HỒ SƠ TRỄ HẠN');
  });

  it('counts the officials on `DS cán bộ trễ hạn`: most late cases first, «(Không ghi cán bộ)» for cases without one', () => {
    const handlers = lateHandlersSheet(run, contextOf(run));
    expect(handlers.name).toBe(LATE_HANDLERS_SHEET);
    const lines = handlers.rows.map((r) => value(r[0]));
    expect(lines.slice(0, 3)).toEqual([
      'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC THAM GIA GIẢI QUYẾT HỒ SƠ TRỄ HẠN',
      'Từ ngày 01/11/2023 đến ngày 30/11/2023',
      'Có 04 cán bộ, công chức, viên chức thuộc 03 cơ quan, đơn vị có hồ sơ trễ hạn; 01 hồ sơ không ghi cán bộ xử lý.',
    ]);
    const table = handlers.rows.slice(3).map((r) => r.map(value));
    expect(handlers.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: 4, to: 4 } });
    expect(table).toEqual([
      ['STT', 'Cán bộ, công chức, viên chức', 'Đơn vị', 'Số hồ sơ trễ hạn', 'Trong đó: đã giải quyết quá hạn', 'Trong đó: đang giải quyết quá hạn'],
      ['1', 'Nguyễn Văn An', TP, 2, 2, 0],
      ['2', 'Trần Thị Bình', TP, 1, 0, 1],
      ['3', '(Không ghi cán bộ)', KB, 1, 1, 0],
      ['4', 'Phạm Văn Dũng', KB, 1, 0, 1],
      ['5', 'Lê Văn Cường', AN, 1, 1, 0],
    ]);
  });

  it('lists all 72 late and 13 overdue cases of seed 000, and no official table row is lost', () => {
    const seed = seed000Run();
    const sheet = lateCasesSheet(seed, contextOf(seed));
    const statuses = sheet.rows.map((r) => value(r[9]));
    expect(statuses.filter((s) => s === 'Đã giải quyết quá hạn')).toHaveLength(72);
    expect(statuses.filter((s) => s === 'Đang giải quyết quá hạn')).toHaveLength(13);
    const handlers = lateHandlersSheet(seed, contextOf(seed));
    const counted = handlers.rows.slice(4).reduce((n, r) => n + Number(value(r[3])), 0);
    expect(counted).toBe(85);
  });

  it('says so when there is no late case', () => {
    const clean = scoreWorkbook([{ ...grid, rows: [HEADER, [1, ...rows[3]]] }], { from: dayFromYmd(2023, 11, 1), to: dayFromYmd(2023, 11, 30) });
    const sheet = lateCasesSheet(clean, contextOf(clean));
    const lines = sheet.rows.map((r) => value(r[1]));
    expect(lines).toContain('Không có hồ sơ trễ hạn trong kỳ.');
    const handlers = lateHandlersSheet(clean, contextOf(clean));
    expect(handlers.rows.map((r) => value(r[0]))).toContain('Không có hồ sơ trễ hạn trong kỳ.');
    expect(handlers.rows).toHaveLength(4);
  });
});
