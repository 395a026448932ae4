/**
 * Issue 13: submitted tables as other provinces publish them — criteria headed by numbers under «Chỉ số
 * thành phần», or by the indicators' words in TT 01's order; one to three decimals; classes written
 * «XUẤT SẮC», «Loại Tốt», «Hoàn thành xuất sắc»; group rows; unit names without «Sở»/«UBND»; sheets named
 * «Sheet1» — and a province's QĐ 766 table. Every expected figure below is worked out by hand in comments.
 */
import { builtInProfile } from '../../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { reviewWorkbook, type WorkbookReview } from '../../../src/workbook/review/check';
import type { Disagreement } from '../../../src/workbook/review/disagreement';
import { numberedTable } from './province-fixtures';
import { grid } from '../review-fixtures';

const profile = builtInProfile('dienbien-1187');
const review = (...grids: SheetGrid[]): WorkbookReview => reviewWorkbook({ infos: [], grids, marker: null }, profile);
const brief = (d: Disagreement) => [d.unit, d.item, d.submitted, d.recomputed, d.difference, d.severity, `${d.sheet}!${d.column}${d.row}`];

describe('a scoring table laid out as another province publishes it', () => {
  it('reads numbered criteria under «Chỉ số thành phần», class spellings and group rows; checks sums, classes and ranks', () => {
    const r = review(numberedTable());
    expect(r.tables).toEqual([{ sheet: 'Sheet1', kind: 'scores', subject: 'units', units: 5, rows: 5 }]);
    expect(r.disagreements.map(brief)).toEqual([
      ['Nội vụ', 'Tổng điểm', 16.6, 15.6, 1, 'error', 'Sheet1!L7'],
      ['Huyện Tủa Chùa', 'Phân loại', 'Khá', 'Trung bình', null, 'error', 'Sheet1!M10'],
      // Ranked within each group by the printed totals: 17,5 > 16,6 > 14,5, so Y tế is 3rd and Nội vụ 2nd.
      ['Y tế', 'Xếp hạng', 2, 3, -1, 'warning', 'Sheet1!N6'],
      ['Nội vụ', 'Xếp hạng', 3, 2, 1, 'warning', 'Sheet1!N7'],
    ]);
    expect(r.disagreements[2].rule).toContain('trong từng nhóm của bảng');
    // Bare numbers cannot tell TT 01's order from 1187's; without case rows the note says so.
    expect(r.notes).toEqual([expect.stringMatching(/^Sheet «Sheet1»: tiêu đề cột chỉ ghi số tiêu chí, không cho biết theo .*không có danh sách hồ sơ để phân biệt/)]);
    expect(r.units.find((u) => u.name === 'Huyện Tủa Chùa')).toMatchObject({ level: 'Huyện', compared: true, score: { total: 8, classification: 'Trung bình' } });
  });

  it('reads criteria named by the indicators\' words in TT 01\'s order, with one to three decimals', () => {
    const words = [
      'Tổng thời gian giải quyết TTHC so với thời gian quy định',
      'Thời gian thực hiện của từng cơ quan, đơn vị',
      'Số lần phải liên hệ để hoàn thiện hồ sơ',
      'Số cơ quan phải liên hệ',
      'Tiếp nhận, trả kết quả tại Bộ phận Một cửa',
      'Công khai TTHC',
      'Thái độ của CBCCVC',
      'Tiếp thu, giải trình phản ánh, kiến nghị',
      'Tiếp nhận hồ sơ trực tuyến',
    ];
    const r = review(grid('Phụ lục', [
      ['STT', 'Cơ quan, đơn vị', ...words, 'Tổng điểm', 'Phân loại'],
      // TT 01 order: #1 1,333 #2 1,333 #3 2 #4 2 #5 0 #6 2 #7 1,667 #8 1 #9 0 → 11,333 → Khá.
      [1, 'Sở Tư pháp', '1,333', '1,333', 2, 2, 0, 2, '1,667', 1, 0, '11,333', 'Khá'],
      // Three decimals, total from the unrounded 5/3: 1,667 × 3 + 2 × 6 = 17,001, printed 17,00.
      [2, 'Sở Y tế', '1,667', '1,667', 2, 2, 2, 2, '1,667', 2, 2, '17,00', 'Xuất sắc'],
      // One decimal: 1,7 × 3 + 2 × 6 = 17,1, printed 17,0 — within the criteria's rounding (9 × 0,05): a warning.
      [3, 'Sở Nội vụ', '1,7', '1,7', 2, 2, 2, 2, '1,7', 2, 2, '17,0', 'Xuất sắc'],
    ]));
    expect(r.notes).toEqual([]);
    expect(r.disagreements.map(brief)).toEqual([['Sở Nội vụ', 'Tổng điểm', '17,0', 17.1, -0.1, 'warning', 'Phụ lục!L4']]);
    expect(r.disagreements[0].rule).toContain('sai số làm tròn');
    // Shown in the profile's columns (1187: #1 #2 #3 #4 #7 #5 #6 #8 #9).
    expect(r.units[0].score?.criteria).toEqual([1.33, 1.33, 2, 2, 1.67, 0, 2, 1, 0]);
  });
});

describe('a province\'s national-index table (QĐ 766)', () => {
  it('checks each group against its maximum, the six groups against the total and the ranks', () => {
    const r = review(grid('Sheet1', [
      ['KẾT QUẢ BỘ CHỈ SỐ 766 CỦA CÁC CƠ QUAN, ĐƠN VỊ THÁNG 3/2024'],
      ['STT', 'Đơn vị', 'Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Số hóa hồ sơ', 'Mức độ hài lòng', 'Tổng điểm', 'Xếp hạng'],
      ['I', 'CÁC SỞ, BAN, NGÀNH'],
      // 17 + 19,5 + 11 + 9 + 20 + 17 = 93,5.
      [1, 'Sở Tư pháp', 17, '19,5', 11, 9, 20, 17, '93,5', 1],
      // Tiến độ 21 > its maximum 20: its total is not judged on it.
      [2, 'Sở Y tế', 16, 21, 10, 8, 18, 16, 89, 2],
      // 15 + 18 + 10 + 8 + 19 + 15 = 85, printed 86; by the printed totals it ranks 3rd.
      [3, 'Sở Nội vụ', 15, 18, 10, 8, 19, 15, 86, 2],
    ] as CellValue[][]));
    expect(r.tables).toEqual([{ sheet: 'Sheet1', kind: 'index', subject: 'units', units: 3, rows: 3 }]);
    expect(r.disagreements.map(brief)).toEqual([
      ['Sở Y tế', 'Tiến độ giải quyết', 21, null, null, 'error', 'Sheet1!D5'],
      ['Sở Nội vụ', 'Tổng điểm', 86, 85, 1, 'error', 'Sheet1!I6'],
      ['Sở Nội vụ', 'Xếp hạng', 2, 3, -1, 'warning', 'Sheet1!J6'],
    ]);
    expect(r.disagreements[0].rule).toContain('tối đa 20 điểm');
  });
});

describe('figures on group heading rows', () => {
  it('a group row that prints figures must add up its units', () => {
    const r = review(grid('Phụ lục 2', [
      ['STT', 'Đơn vị', 'Tổng số hồ sơ đã giải quyết', 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ giải quyết quá hạn'],
      ['I', 'CÁC SỞ, BAN, NGÀNH', 30, 29, 1],
      [1, 'Sở Tư pháp', 20, 19, 1],
      [2, 'Sở Y tế', 10, 10, null],
      // 25 + 20 = 45 resolved, 23 + 18 = 41 on time, 2 + 2 = 4 late: 50 and 45 are wrong.
      [null, 'II. UBND CÁC HUYỆN', 50, 45, 4],
      [1, 'UBND huyện Mường Nhé', 25, 23, 2],
      [2, 'UBND huyện Tủa Chùa', 20, 18, 2],
      [null, 'Tổng cộng', 75, 70, 5],
    ] as CellValue[][]));
    expect(r.tables).toEqual([{ sheet: 'Phụ lục 2', kind: 'counts', subject: 'units', units: 4, rows: 7 }]);
    expect(r.disagreements.map(brief)).toEqual([
      ['II. UBND CÁC HUYỆN', 'Số hồ sơ đã giải quyết (cộng các dòng)', 50, 45, 5, 'error', 'Phụ lục 2!C5'],
      ['II. UBND CÁC HUYỆN', 'Giải quyết đúng hạn (cộng các dòng)', 45, 41, 4, 'error', 'Phụ lục 2!D5'],
    ]);
    expect(r.disagreements[0].rule).toBe('Dòng nhóm có số liệu phải bằng tổng các dòng đơn vị, lĩnh vực hoặc thủ tục trong nhóm (2 dòng, từ dòng 6 đến dòng 7)');
  });
});
