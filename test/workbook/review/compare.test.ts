/**
 * Issue 13: verdicts never overclaim — a workbook with nothing to compare gets none — units are matched
 * with or without «Sở»/«UBND», an order of criteria the headers cannot tell is settled against the case
 * rows, and a unit reviewed in two files is ranked once, from the file that says why.
 */
import { builtInProfile } from '../../../src/domain/scoring';
import { dayFromYmd } from '../../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { consolidatedRanking, fileState, statusText, type FileOutcome } from '../../../src/workbook/review/batch';
import { NOTHING_TO_COMPARE, reviewWorkbook, type WorkbookReview } from '../../../src/workbook/review/check';
import { duplicateText, duplicateUnits } from '../../../src/workbook/review/consolidate';
import { reconciliationSheet } from '../../../src/workbook/review/reconciliation-sheet';
import { reviewVerdicts } from '../../../src/workbook/review/verdicts';
import { caseSheet, unitListSheet } from '../../support/case-sheet';
import { grid } from '../review-fixtures';
import { numberedTable } from './province-fixtures';

const profile = builtInProfile('dienbien-1187');
const review = (...grids: SheetGrid[]): WorkbookReview => reviewWorkbook({ infos: [], grids, marker: null }, profile);
const period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31) };
// Sở Tư pháp: 10 resolved (6 early, 2 on time, 2 late) → #1 = #2 = #7 = 1,4; 5 of 12 filed online → #9 = 2.
// Sở Y tế: 10 early → #1 = #2 = #7 = 2; 1 of 10 online → #9 = 0.
const cases = (): SheetGrid[] => [
  caseSheet([
    { unit: 'Sở Tư pháp', early: 6, onTime: 2, late: 2, withinDeadline: 1, overdue: 1, online: 5 },
    { unit: 'Sở Y tế', early: 10, onTime: 0, late: 0, withinDeadline: 0, overdue: 0, online: 1 },
  ], period),
  unitListSheet([{ name: 'Sở Tư pháp', level: 'Tỉnh' }, { name: 'Sở Y tế', level: 'Tỉnh' }]),
];

describe('nothing to compare', () => {
  it('case rows without a submitted table: recomputed for reference, no verdict per unit', () => {
    const r = review(...cases());
    expect(r.tables).toEqual([]);
    expect(r.basis).toMatchObject({ kind: 'cases' });
    expect(r.units.map((u) => [u.name, u.compared])).toEqual([['Sở Tư pháp', false], ['Sở Y tế', false]]);
    expect(r.notes).toEqual([expect.stringMatching(new RegExp(`^${NOTHING_TO_COMPARE}: tệp có danh sách hồ sơ nhưng không có bảng báo cáo`))]);
    expect(reviewVerdicts(r)).toEqual([]);
    const outcome: FileOutcome = { file: 'so-tu-phap.xlsx', review: r };
    expect([fileState(outcome), statusText(outcome)]).toEqual(['nothing-to-compare', NOTHING_TO_COMPARE]);
  });

  it('a table the reader cannot map and no case rows: nothing to compare, not «unreadable», and the sheet says so', () => {
    const r = review(grid('Sheet1', [['Họ và tên', 'Địa chỉ', 'Điện thoại', 'Ghi chú'], ['Nguyễn Văn A', 'Điện Biên', '0912', '']] as CellValue[][]));
    expect([r.tables, r.units, r.disagreements]).toEqual([[], [], []]);
    expect(r.notes[0]).toMatch(/^Không có bảng số liệu để đối chiếu: không tìm thấy danh sách hồ sơ hay bảng báo cáo nào/);
    const model = reconciliationSheet({ disagreements: [], verdicts: reviewVerdicts(r), subtitle: 'Tệp a.xlsx', withFile: false, ctx: { profileText: 'dienbien-1187', computedAt: new Date(0), version: 't' }, nothingToCompare: [{}] });
    const texts = model.rows.flatMap((row) => row.map((c) => c?.value)).filter((v) => typeof v === 'string');
    expect(texts).toContain('Không có bảng số liệu để đối chiếu.');
    expect(texts).not.toContain('Khớp số liệu');
  });

  it('only the units a table has a row for get a verdict, «Khớp số liệu» when their figures agree', () => {
    const table = grid('Tự chấm', [
      ['STT', 'TÊN CƠ QUAN, ĐƠN VỊ', 'ĐIỂM CÁC TIÊU CHÍ', null, null, null, null, null, null, null, null, 'TỔNG ĐIỂM', 'PHÂN LOẠI'],
      [null, null, ...Array.from({ length: 9 }, (_, i) => `Tiêu chí ${i + 1}`)],
      // Written without «Sở»: matched to «Sở Tư pháp» of the case rows. 1,4 1,4 2 2 1,4 | 2 2 2 2 = 16,2.
      [1, 'Tư pháp', '1,4', '1,4', 2, 2, '1,4', 2, 2, 2, 2, '16,20', 'Xuất sắc'],
    ] as CellValue[][]);
    const r = review(...cases(), table);
    expect(r.disagreements).toEqual([]);
    expect(reviewVerdicts(r)).toEqual([{ unit: 'Sở Tư pháp', verdict: 'Khớp số liệu', disagreements: 0 }]);
  });
});

describe('the order of the criteria, when the headers print bare numbers', () => {
  it('is checked in both orders against the case rows, and the note says what that showed', () => {
    const table = grid('Tự chấm', [
      ['STT', 'Cơ quan', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tiêu chí 4', 'Tiêu chí 5', 'Tiêu chí 6', 'Tiêu chí 7', 'Tiêu chí 8', 'Tiêu chí 9', 'Tổng điểm', 'Phân loại'],
      // TT 01's order: #5 (one-stop, 2) before #7 (attitude, 1,4 from the cases).
      [1, 'Sở Tư pháp', '1,4', '1,4', 2, 2, 2, 2, '1,4', 2, 2, '16,2', 'Xuất sắc'],
      [2, 'Sở Y tế', 2, 2, 2, 2, 2, 2, 2, 2, 0, 16, 'Xuất sắc'],
    ] as CellValue[][]);
    const r = review(...cases(), table);
    expect(r.disagreements).toEqual([]);
    // The orders differ only in columns 5–7 (#7, #5, #6 against #5, #6, #7). This case list has no complaint
    // column, so #7 comes from the table like #5 and #6: the cases decide #1, #2 and #9 alone, 3 per unit in
    // either order — they cannot tell, and the note says so rather than guessing silently.
    expect(r.notes).toEqual(['Sheet «Tự chấm»: tiêu đề cột chỉ ghi số tiêu chí, không cho biết theo thứ tự cột của bộ quy tắc «dienbien-1187» hay thứ tự của Thông tư 01/2018; đã đối chiếu theo cả hai thứ tự với danh sách hồ sơ nhưng không phân biệt được (thứ tự cột của bộ quy tắc «dienbien-1187»: 6 điểm tiêu chí khớp; thứ tự của Thông tư 01/2018: 6 điểm tiêu chí khớp); kết quả được hiểu theo thứ tự cột của bộ quy tắc «dienbien-1187».']);
    // A misprinted #9 is wrong in both orders: column 9 is #9 in each.
    const wrong = grid('Tự chấm', table.rows.map((row) => [...row]));
    wrong.rows[1][10] = 1;
    wrong.rows[1][11] = '15,2';
    expect(review(...cases(), wrong).disagreements.map((d) => [d.unit, d.item, d.submitted, d.recomputed])).toEqual([
      ['Sở Tư pháp', 'Tiêu chí 9', 1, 2],
      ['Sở Tư pháp', 'Tổng điểm', '15,2', 16.2],
    ]);
  });
});

describe('the same unit in two files', () => {
  const outcome = (file: string, title: string): FileOutcome => ({ file, review: review(numberedTable(title)) });

  it('is ranked once, from the file of the later stated period, whichever is listed last', () => {
    const outcomes = [outcome('quy-2.xlsx', 'KẾT QUẢ CHẤM ĐIỂM QUÝ II NĂM 2024'), outcome('quy-1.xlsx', 'KẾT QUẢ CHẤM ĐIỂM QUÝ I NĂM 2024')];
    const duplicates = duplicateUnits(outcomes);
    expect(duplicates).toHaveLength(5);
    expect(duplicates[0]).toEqual({ unit: 'Tư pháp', files: ['quy-2.xlsx', 'quy-1.xlsx'], kept: 'quy-2.xlsx', reason: 'kỳ báo cáo muộn nhất (01/04/2024–30/06/2024)' });
    expect(duplicateText(duplicates[0])).toBe('đơn vị «Tư pháp» được chấm điểm trong 2 tệp (quy-2.xlsx, quy-1.xlsx): xếp hạng tổng hợp tính đơn vị này một lần, theo tệp «quy-2.xlsx» (kỳ báo cáo muộn nhất (01/04/2024–30/06/2024)).');
    const ranking = consolidatedRanking(outcomes, profile, duplicates);
    expect(ranking.map((r) => [r.file, r.unit.name])).toEqual([['quy-2.xlsx', 'Tư pháp'], ['quy-2.xlsx', 'Y tế'], ['quy-2.xlsx', 'Nội vụ'], ['quy-2.xlsx', 'Huyện Mường Nhé'], ['quy-2.xlsx', 'Huyện Tủa Chùa']]);
  });

  it('without a period to tell them apart, takes the file listed last and says so', () => {
    const outcomes = [outcome('a.xlsx', 'BẢNG TỔNG HỢP'), outcome('b.xlsx', 'BẢNG TỔNG HỢP')];
    expect(duplicateUnits(outcomes)[0]).toMatchObject({ kept: 'b.xlsx', reason: 'không phải tệp nào cũng ghi kỳ báo cáo, nên lấy tệp đứng sau cùng trong danh sách rà soát' });
    expect(new Set(consolidatedRanking(outcomes, profile).map((r) => r.file))).toEqual(new Set(['b.xlsx']));
  });
});
