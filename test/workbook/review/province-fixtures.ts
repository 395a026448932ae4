/** A scoring table as another province publishes it, shared by the review tests of issue 13. */
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { grid } from '../review-fixtures';

/** Criteria numbered 1 … 9 in the row under a merged «Chỉ số thành phần»; one decimal; groups in the name cell and in STT. */
export function numberedTable(title = 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM QUÝ I NĂM 2024', name = 'Sheet1'): SheetGrid {
  return grid(name, [
    [title],
    ['STT', 'Tên đơn vị', 'Chỉ số thành phần', null, null, null, null, null, null, null, null, 'Tổng điểm', 'Xếp loại', 'Xếp hạng'],
    [null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [null, 'I. CÁC SỞ, BAN, NGÀNH'],
    // 8 × 2 + 1,5 = 17,5 → Xuất sắc.
    [1, 'Tư pháp', 2, 2, 2, 2, 2, 2, 2, 2, 1.5, 17.5, 'XUẤT SẮC', 1],
    // 1,5 × 3 + 2 × 4 + 1 + 1 = 14,5 → Tốt.
    [2, 'Y tế', 1.5, 1.5, 2, 2, 1.5, 2, 2, 1, 1, 14.5, 'Loại Tốt', 2],
    // 1,2 × 3 + 2 × 6 = 15,6, printed 16,6 (still «Xuất sắc»).
    [3, 'Nội vụ', 1.2, 1.2, 2, 2, 1.2, 2, 2, 2, 2, 16.6, 'Hoàn thành xuất sắc', 3],
    ['II', 'UBND CÁC HUYỆN, THÀNH PHỐ'],
    // 1 × 5 + 2 + 2 + 0 + 0 = 9 → Khá.
    [1, 'Huyện Mường Nhé', 1, 1, 1, 1, 1, 2, 2, 0, 0, 9, 'Khá', 1],
    // 1 × 8 + 0 = 8 → Trung bình, printed «Khá».
    [2, 'Huyện Tủa Chùa', 1, 1, 1, 1, 1, 1, 1, 1, 0, 8, 'Khá', 2],
  ] as CellValue[][]);
}
