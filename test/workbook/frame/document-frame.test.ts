import { dayFromYmd } from '../../../src/domain/dates';
import { EMPTY_REPORT_INFO, type ReportInfo } from '../../../src/workbook/report-info/report-info';
import { frameSheet } from '../../../src/workbook/reports/document-frame';
import { framePlacements } from '../../../src/workbook/reports/frame-placements';
import { dateWords } from '../../../src/workbook/reports/frame-texts';
import { SheetBuilder, STYLES } from '../../../src/workbook/reports/sheet-builder';
import {
  DATA_CHECK_SHEET,
  FIELD_FORM_SHEET,
  NATIONAL_INDEX_SHEET,
  OVERDUE_LIST_SHEET,
  PROVINCE_SUMMARY_SHEET,
  RANKING_SHEET,
  UNIT_SUMMARY_SHEET,
} from '../../../src/workbook/sheet-names';
import type { SheetModel } from '../../../src/workbook/sheet-model';

const FILLED: ReportInfo = {
  parentAgency: 'UBND tỉnh Điện Biên',
  agency: 'Văn phòng UBND tỉnh',
  place: 'Điện Biên',
  number: '367/BC-VPUB',
  date: dayFromYmd(2021, 7, 9),
  preparer: 'Nguyễn Văn A',
  signerTitle: 'KT. Chánh Văn phòng\nPhó Chánh Văn phòng',
  signer: 'Lê Thanh Bình',
};

/**
 * A small result sheet as the builders make them: title (row 1) and period (row 2) across A:F, header
 * row 3 repeated and frozen with columns A:B, two data rows whose B cells are merged, a validation on C4:C5.
 * Widths 6+30 = 36 of 82 reach 40 % after column B: the frame's left block is A:B, the right C:F.
 */
function table(): SheetModel {
  const b = new SheetBuilder('Thử', [6, 30, 12, 12, 12, 10]);
  b.line('DANH SÁCH THỬ', STYLES.title);
  b.line('Từ ngày 01/04/2021 đến ngày 30/06/2021', STYLES.subtitle);
  const header = b.row(['STT', 'Đơn vị', 'Tổng', 'Đúng hạn', 'Trễ hạn', 'Tỷ lệ'], STYLES.header);
  b.row([1, 'Sở Tư pháp', 10, 9, 1, 10], STYLES.center);
  b.row([2, null, 5, 5, 0, 0], STYLES.center);
  b.merge(4, 2, 5, 2);
  const model = b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header, to: header }, keepWithNext: [4], rowBreaks: [4] }, { rows: header, cols: 2 });
  return { ...model, heights: [30, null, 45, null, null], validations: [{ column: 3, firstRow: 4, lastRow: 5, kind: 'decimal', min: 0, max: 99, prompt: 'Số' }] };
}

/** The text at a 1-based row and column letter. */
const at = (m: SheetModel, ref: string): unknown => {
  const [, col, row] = /^([A-Z])(\d+)$/.exec(ref)!;
  return m.rows[Number(row) - 1]?.[col.charCodeAt(0) - 65]?.value ?? null;
};
const mergeRefs = (m: SheetModel): string[] => m.merges.map((g) => `${String.fromCharCode(64 + g.left)}${g.top}:${String.fromCharCode(64 + g.right)}${g.bottom}`);

describe('the frame of a stand-alone form', () => {
  const framed = frameSheet(table(), FILLED, { kind: 'standalone' });

  it('puts the agencies top left in capitals and the national motto top right, three rows above the table', () => {
    expect([at(framed, 'A1'), at(framed, 'C1')]).toEqual(['UBND TỈNH ĐIỆN BIÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect([at(framed, 'A2'), at(framed, 'C2')]).toEqual(['VĂN PHÒNG UBND TỈNH', 'Độc lập - Tự do - Hạnh phúc']);
    expect(framed.rows[1][0]?.style).toMatchObject({ bold: true });
    expect(framed.rows[2].every((c) => c === null)).toBe(true);
    expect([at(framed, 'A4'), at(framed, 'A5'), at(framed, 'B6'), at(framed, 'B7')]).toEqual(['DANH SÁCH THỬ', 'Từ ngày 01/04/2021 đến ngày 30/06/2021', 'Đơn vị', 'Sở Tư pháp']);
  });

  it('moves every row reference of the table down by the three frame rows', () => {
    expect(mergeRefs(framed).slice(0, 3)).toEqual(['A4:F4', 'A5:F5', 'B7:B8']);
    expect(framed.freeze).toEqual({ rows: 6, cols: 2 });
    expect(framed.print.repeatRows).toEqual({ from: 6, to: 6 });
    expect(framed.print.rowBreaks).toEqual([7]);
    expect(framed.validations).toEqual([expect.objectContaining({ column: 3, firstRow: 7, lastRow: 8 })]);
    // The table's own heights follow their rows; the frame's text rows get a height for 12–13 pt.
    expect(framed.heights!.slice(3, 8)).toEqual([30, null, 45, null, null]);
    expect(framed.heights![1]).toBe(Math.ceil(15 * 13 / 11));
  });

  it('merges the left block over A:B and the right over C:F on each frame row', () => {
    expect(mergeRefs(framed)).toEqual(expect.arrayContaining(['A1:B1', 'C1:F1', 'A2:B2', 'C2:F2', 'C10:F10', 'A11:B11', 'C11:F11', 'A16:B16', 'C16:F16']));
  });

  it('ends with the place-date line, the two signature titles, room to sign and the names', () => {
    expect(framed.rows).toHaveLength(5 + 3 + 8);
    expect(framed.rows[8].every((c) => c === null)).toBe(true);
    expect(at(framed, 'C10')).toBe('Điện Biên, ngày 09 tháng 7 năm 2021');
    expect([at(framed, 'A11'), at(framed, 'C11')]).toEqual(['NGƯỜI LẬP BIỂU', 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG']);
    expect([at(framed, 'A12'), at(framed, 'C12')]).toEqual(['(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)']);
    expect(framed.heights!.slice(12, 15)).toEqual([22, 22, 22]);
    expect([at(framed, 'A16'), at(framed, 'C16')]).toEqual(['Nguyễn Văn A', 'Lê Thanh Bình']);
    // The table's own row kept with the next, moved down; then the sheet's last row to the last room to sign.
    expect(framed.print.keepWithNext).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    // The two-line title needs two lines of 12 pt.
    expect(framed.heights![10]).toBe(Math.ceil(2 * 15 * 12 / 11));
  });

  it('asks for NĐ 30 margins, the table centred and page numbers from page 2', () => {
    expect(framed.print).toMatchObject({
      orientation: 'landscape', fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      centerHorizontally: true, pageNumbersFromSecond: true,
    });
  });

  it('leaves the model it was given as it was', () => {
    const model = table();
    frameSheet(model, FILLED, { kind: 'standalone' });
    expect(model).toEqual(table());
  });
});

describe('the frame of an appendix', () => {
  const framed = frameSheet(table(), FILLED, { kind: 'appendix', label: 'PHỤ LỤC 01' });

  it('has no motto, its label above the title and the «Kèm theo» line under it', () => {
    expect([at(framed, 'A1'), at(framed, 'C1'), at(framed, 'A2'), at(framed, 'C2')]).toEqual(['UBND TỈNH ĐIỆN BIÊN', null, 'VĂN PHÒNG UBND TỈNH', null]);
    expect([at(framed, 'A4'), at(framed, 'A5'), at(framed, 'A6'), at(framed, 'A7')]).toEqual([
      'PHỤ LỤC 01',
      'DANH SÁCH THỬ',
      '(Kèm theo Báo cáo số 367/BC-VPUB ngày 09 tháng 7 năm 2021 của Văn phòng UBND tỉnh)',
      'Từ ngày 01/04/2021 đến ngày 30/06/2021',
    ]);
    expect(mergeRefs(framed)).toEqual(expect.arrayContaining(['A4:F4', 'A5:F5', 'A6:F6', 'A7:F7', 'B9:B10']));
  });

  it('moves the header, frozen rows, print titles and validations below both insertions', () => {
    expect(at(framed, 'B8')).toBe('Đơn vị');
    expect(framed.freeze).toEqual({ rows: 8, cols: 2 });
    expect(framed.print.repeatRows).toEqual({ from: 8, to: 8 });
    expect(framed.validations![0]).toMatchObject({ firstRow: 9, lastRow: 10 });
    expect(framed.heights![7]).toBe(45);
    expect(framed.rows).toHaveLength(5 + 5 + 8);
  });
});

describe('a long title under the frame', () => {
  it('gets the room of its lines in bold capitals, so it never spills over the label above it', () => {
    const model = table();
    // 120 characters of 14 pt bold in 82 width units: floor(82 × 11 / 14 / 1.35) − 1 = 46 a line, so 3 lines of 14 pt.
    model.rows[0][0] = { value: 'X'.repeat(120), style: STYLES.title };
    const framed = frameSheet(model, FILLED, { kind: 'appendix', label: 'PHỤ LỤC' });
    expect(at(framed, 'A5')).toBe('X'.repeat(120));
    expect(framed.heights![4]).toBe(Math.ceil(3 * 15 * 14 / 11));
  });
});

describe('a long list under the frame', () => {
  it('is framed whatever its length: 200 000 rows shift by the frame\'s rows', () => {
    const model = table();
    const rows = Array.from({ length: 200_000 }, (_, i) => [{ value: i + 1 }, { value: `Hồ sơ ${i + 1}` }]);
    const framed = frameSheet({ ...model, rows: [...model.rows, ...rows] }, FILLED, { kind: 'standalone' });
    expect(framed.rows).toHaveLength(5 + 200_000 + 3 + 8);
    expect(framed.rows[3 + 5 + 199_999][1]?.value).toBe('Hồ sơ 200000');
  });
});

describe('the frame with nothing filled in', () => {
  it('is laid out with «…» where the clerk writes by hand and the default signer title', () => {
    const framed = frameSheet(table(), EMPTY_REPORT_INFO, { kind: 'appendix', label: null });
    expect([at(framed, 'A1'), at(framed, 'A2')]).toEqual(['………………………', '………………………']);
    // Without a label of its own the title follows the blank row, and the «Kèm theo» line the title.
    expect([at(framed, 'A4'), at(framed, 'A5')]).toEqual(['DANH SÁCH THỬ', '(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)']);
    const end = framed.rows.length;
    expect(at(framed, `C${end - 6}`)).toBe('…, ngày … tháng … năm …');
    expect(at(framed, `C${end - 5}`)).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    expect([at(framed, `A${end}`), at(framed, `C${end}`)]).toEqual(['………………………', '………………………']);
  });
});

describe('dates in the frame', () => {
  it('write days below 10 and the months January and February with a leading zero (NĐ 30)', () => {
    expect(dateWords(dayFromYmd(2021, 2, 5))).toBe('ngày 05 tháng 02 năm 2021');
    expect(dateWords(dayFromYmd(2023, 1, 31))).toBe('ngày 31 tháng 01 năm 2023');
    expect(dateWords(dayFromYmd(2023, 12, 25))).toBe('ngày 25 tháng 12 năm 2023');
    expect(dateWords(dayFromYmd(2021, 7, 9))).toBe('ngày 09 tháng 7 năm 2021');
  });
});

describe('which sheets are framed, and how', () => {
  it('numbers the appendices in the order written, leaves Biểu forms their own label and other sheets unframed', () => {
    const placements = framePlacements([UNIT_SUMMARY_SHEET, RANKING_SHEET, NATIONAL_INDEX_SHEET, PROVINCE_SUMMARY_SHEET, OVERDUE_LIST_SHEET, FIELD_FORM_SHEET, DATA_CHECK_SHEET]);
    expect(Object.fromEntries(placements)).toEqual({
      [RANKING_SHEET]: { kind: 'appendix', label: 'PHỤ LỤC 01' },
      [NATIONAL_INDEX_SHEET]: { kind: 'standalone' },
      [PROVINCE_SUMMARY_SHEET]: { kind: 'standalone' },
      [OVERDUE_LIST_SHEET]: { kind: 'appendix', label: 'PHỤ LỤC 02' },
      [FIELD_FORM_SHEET]: { kind: 'appendix', label: null },
    });
  });

  it('calls a lone appendix «PHỤ LỤC» without a number', () => {
    expect(framePlacements([OVERDUE_LIST_SHEET]).get(OVERDUE_LIST_SHEET)).toEqual({ kind: 'appendix', label: 'PHỤ LỤC' });
  });
});
