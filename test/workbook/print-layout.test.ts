/**
 * Printing on paper: the fit-to-width scale and the smallest printed font (print-scale.ts), the paper
 * chosen from it, and the page ends laid out from row heights (page-breaks.ts). Expected figures are
 * worked by hand in the comments.
 */
import { withPageBreaks } from '../../src/workbook/reports/page-breaks';
import { columnPoints, legiblePaper, printScale, smallestPrintedPoints, spanPoints, textPoints } from '../../src/workbook/reports/print-scale';
import { SheetBuilder, STYLES } from '../../src/workbook/reports/sheet-builder';
import type { ModelCell, PrintSetup, SheetModel } from '../../src/workbook/sheet-model';

const landscape: PrintSetup = { orientation: 'landscape', fitToWidth: true };
const text = (value: string, size?: number): ModelCell => ({ value, style: size ? { size } : undefined });

describe('textPoints and spanPoints', () => {
  // Widths measured from the advance widths of Liberation Serif 2 (Times New Roman's metric twin).
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true, 250.3],
    ['Độc lập - Tự do - Hạnh phúc', 13, true, 159.1],
    ['Điện Biên, ngày 09 tháng 12 năm 2024', 12, false, 188.6],
    ['THỦ TRƯỞNG ĐƠN VỊ', 12, true, 128.6],
    ['Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích', 11, false, 238.3],
    ['000.00.10.H18-231218-0001', 11, false, 128.0],
  ] as const)('estimates «%s» (%d pt, bold %s) at or a little above the font’s %d pt', (line, size, bold, measured) => {
    const estimate = textPoints(line, size, bold);
    expect(estimate).toBeGreaterThanOrEqual(measured);
    expect(estimate).toBeLessThanOrEqual(measured * 1.1);
  });

  it('adds the columns of a merged cell: 7 px a character plus 5 px each', () => {
    expect(spanPoints([12, 10, 27])).toBe(268.5); // (84 + 5 + 70 + 5 + 189 + 5) × 0.75
  });
});

describe('printScale and smallestPrintedPoints', () => {
  it('measures a column as Excel does: 7 px a character plus 5 px, at 0.75 pt a pixel', () => {
    expect(columnPoints(10)).toBe(56.25); // (70 + 5) × 0.75
  });

  it('shrinks a table wider than A4 landscape within NĐ 30’s widest side margins (55 mm)', () => {
    // Printable: (297 − 55) mm × 72 / 25.4 = 685.98 pt. Twenty columns of 10: 20 × 56.25 = 1125 pt → 0.6098.
    const widths = Array<number>(20).fill(10);
    expect(printScale(widths, landscape)).toBeCloseTo(685.98 / 1125, 4);
    // On A3 landscape: (420 − 55) mm = 1034.65 pt → 0.9197.
    expect(printScale(widths, { ...landscape, paper: 'A3' })).toBeCloseTo(1034.65 / 1125, 4);
    // The model's own margins win: 30 + 15 mm → 714.33 pt.
    expect(printScale(widths, { ...landscape, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } })).toBeCloseTo(714.33 / 1125, 4);
  });

  it('never enlarges a narrow table, and leaves a sheet not fitted to width at full size', () => {
    expect(printScale([10, 10], landscape)).toBe(1);
    expect(printScale(Array<number>(40).fill(10), { ...landscape, fitToWidth: false })).toBe(1);
  });

  it('takes the smallest font that carries a value, times the scale', () => {
    // Portrait A4: (210 − 55) mm = 439.37 pt; 10 columns of 10 = 562.5 pt → 0.7811.
    const model = { rows: [[text('a', 14), text('b')], [text('', 6), text('c', 10)]], widths: Array<number>(10).fill(10), print: { orientation: 'portrait' as const, fitToWidth: true } };
    expect(smallestPrintedPoints(model)).toBeCloseTo(10 * (439.37 / 562.5), 2); // the empty 6-pt cell prints nothing
    expect(legiblePaper(model)).toBe('A3'); // 7.8 pt on A4
  });

  it('chooses A4 when the smallest font prints at 9 pt or more there', () => {
    // 12 columns of 10 = 675 pt on 685.98: scale 1, 9 pt prints at 9 pt.
    expect(legiblePaper({ rows: [[text('a', 9)]], widths: Array<number>(12).fill(10), print: landscape })).toBe('A4');
    // 13 columns = 731.25 pt: scale 0.938, 9 pt prints at 8.4 pt.
    expect(legiblePaper({ rows: [[text('a', 9)]], widths: Array<number>(13).fill(10), print: landscape })).toBe('A3');
  });
});

/** A sheet of `count` rows of `height` points each, on A4 portrait at full width (one column of 10). */
function sheet(count: number, height: number, print: Partial<PrintSetup> = {}): SheetModel {
  return {
    name: 'T',
    kind: 'result',
    merges: [],
    rows: Array.from({ length: count }, (_, i) => [text(`dòng ${i + 1}`)]),
    widths: [10],
    heights: Array<number>(count).fill(height),
    print: { orientation: 'portrait', fitToWidth: true, ...print },
  };
}

/** The page ends withPageBreaks lays out; [] for one page. */
const pageBreaks = (model: SheetModel): number[] => withPageBreaks(model).print.rowBreaks ?? [];

describe('withPageBreaks', () => {
  // A4 portrait within the writer's 0.75" top and bottom margins: (297 − 38.1) mm = 733.89 pt, filled to
  // 97 %: 711.9 pt, so 23 rows of 30 pt (690) fit and the 24th (720) does not.
  it('ends each page after the last row that fits', () => {
    expect(pageBreaks(sheet(50, 30))).toEqual([23, 46]);
    expect(withPageBreaks(sheet(23, 30)).print).not.toHaveProperty('rowBreaks');
    // Laid out again, a sheet's earlier page ends are replaced.
    expect(withPageBreaks(sheet(23, 30, { rowBreaks: [5] })).print).not.toHaveProperty('rowBreaks');
  });

  it('moves a page end up so that a heading starts the next page with its rows', () => {
    expect(pageBreaks(sheet(50, 30, { keepWithNext: [23] }))).toEqual([22, 45]);
    expect(pageBreaks(sheet(50, 30, { keepWithNext: [22, 23] }))).toEqual([21, 44]);
  });

  it('counts the repeated header on every later page, and keeps the header with the first row under it', () => {
    // Rows 1–2 repeat: pages after the first hold 60 pt of header and 21 rows of their own (651.9 pt).
    expect(pageBreaks(sheet(70, 30, { repeatRows: { from: 1, to: 2 } }))).toEqual([23, 44, 65]);
  });

  it('breaks where it falls when a chain to keep together is longer than a page', () => {
    expect(pageBreaks(sheet(30, 30, { keepWithNext: Array.from({ length: 29 }, (_, i) => i + 1) }))).toEqual([23]);
  });

  it('fits more rows when fit-to-width shrinks the page’s content', () => {
    // 16 columns of 10 = 900 pt on A4 portrait within 0.5" side margins (184.6 mm = 523.3 pt): scale 0.5814,
    // so a page holds 711.9 ÷ 0.5814 = 1224.5 pt of rows: 40 rows of 30 pt.
    expect(pageBreaks({ ...sheet(50, 30), widths: Array<number>(16).fill(10) })).toEqual([40]);
  });
});

describe('SheetBuilder print layout', () => {
  it('marks group headings, subtotals and a table’s notes to keep together, and lays out the page ends', () => {
    const b = new SheetBuilder('T', [10]);
    for (let i = 0; i < 21; i++) b.row([`dòng ${i + 1}`]);
    b.row(['dòng 22']);
    b.keepWithNext(b.row(['Nhóm'], STYLES.group)); // row 23, the last that fits on page 1
    b.row(['dòng 24']);
    b.keepWithPrevious();
    b.row(['Cộng']); // row 25
    b.endTable();
    b.line('Ghi chú', STYLES.note); // row 26
    const model = b.build({ orientation: 'portrait', fitToWidth: true });
    expect(model.print.keepWithNext).toEqual([23, 24, 25]);
    expect(model.print.paper).toBe('A4');
    // Page ends are left to withPageBreaks. At 15 pt a row all 26 fit on one page; at 30 pt 23 fit, so
    // page 1 would end on the heading (row 23): it starts page 2 with its rows.
    expect(model.print.rowBreaks).toBeUndefined();
    expect(pageBreaks(model)).toEqual([]);
    const taller = { ...model, heights: model.rows.map(() => 30) };
    expect(pageBreaks(taller)).toEqual([22]);
  });

  it('estimates wrapped rows by words, as the hosts wrap them', () => {
    const b = new SheetBuilder('T', [10, 10]);
    // 10 units hold 11 characters of 11-pt text: «một hai ba bốn năm» wraps after «một hai ba» (10).
    b.row([{ value: 'một hai ba bốn năm', style: { wrap: true } }, { value: 'ngắn', style: { wrap: true } }]);
    // A word longer than a line is broken: 25 characters in lines of 11 take 3.
    b.row([{ value: 'a'.repeat(25), style: { wrap: true } }]);
    // A 12-character word does not fit after «ab» (2 + 1 + 12 > 11): it starts the second line.
    b.row([{ value: 'ab cdefghijklm', style: { wrap: true } }]);
    expect(b.build({ orientation: 'portrait', fitToWidth: true }).heights).toEqual([30, 45, 30]);
  });
});
