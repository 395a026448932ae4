/**
 * Reviewing submitted workbooks (issue 6). The seed tables, transcribed as units submit them (printed
 * figures, decimal commas, blank zeros), must give exactly the disagreements the seed notes and
 * REFERENCE.md describe — nothing on the rows that are right.
 */
import { builtInProfile } from '../../src/domain/scoring';
import { dayFromYmd } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { reviewWorkbook, type WorkbookReview } from '../../src/workbook/review/check';
import type { Disagreement } from '../../src/workbook/review/disagreement';
import { readFigure } from '../../src/workbook/review/figures';
import { periodFromTitles } from '../../src/workbook/review/period-title';
import { reconciliationSheet, RECONCILIATION_SHEET } from '../../src/workbook/review/reconciliation-sheet';
import { unitVerdicts } from '../../src/workbook/review/verdicts';
import { readInputSheets } from '../../src/workbook/score-job';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { caseSheet, unitListSheet } from '../support/case-sheet';
import {
  BIEU2_MERGES, BIEU2_SHEET, BIEU4_SHEET, CHIENG_DONG, DIEN_BIEN, grid, LETTER_SHEET, SEED000_SHEET, SEED002_SHEET, seed000Grid, seed002Grid, seed004Grids,
  seed004LetterGrid, workbookOf,
} from './review-fixtures';
import { values } from './report-fixtures';

const profile = builtInProfile('dienbien-1187');
const review = (...grids: SheetGrid[]): WorkbookReview => reviewWorkbook({ infos: [], grids, marker: null }, profile);
/** What a disagreement says, without the rule's wording. */
const brief = (d: Disagreement) => [d.unit, d.item, d.submitted, d.recomputed, d.difference, d.severity, `${d.sheet}!${d.column}${d.row}`];

describe('reading printed figures', () => {
  it('reads decimal commas, thousands, percent signs and dashes as the reports write them', () => {
    expect(readFigure('1,91', 'decimal')).toMatchObject({ kind: 'number', value: 1.91, printed: '1,91' });
    expect(readFigure('2.438', 'count')).toMatchObject({ kind: 'number', value: 2438 });
    expect(readFigure('25%', 'decimal')).toMatchObject({ kind: 'number', value: 25, percentSign: true });
    expect(readFigure(' - ', 'decimal')).toEqual({ kind: 'blank' });
    expect(readFigure('Có 02 hồ sơ đã giải quyết quá hạn', 'count')).toMatchObject({ kind: 'text' });
  });

  it('takes the period from the title rows', () => {
    expect(periodFromTitles(['Từ ngày 01/01/2020 đến ngày 01/04/2020'])).toEqual({ from: dayFromYmd(2020, 1, 1), to: dayFromYmd(2020, 4, 1), asOf: dayFromYmd(2020, 4, 1) });
    expect(periodFromTitles(['… QUÝ II NĂM 2021'])).toEqual({ from: dayFromYmd(2021, 4, 1), to: dayFromYmd(2021, 6, 30), asOf: dayFromYmd(2021, 6, 30) });
    expect(periodFromTitles(['… TRONG THÁNG 7/2023'])?.to).toBe(dayFromYmd(2023, 7, 31));
    // The date a report was signed is not its period.
    expect(periodFromTitles(['(Kèm theo Báo cáo số 367 /BC-VPUB ngày 09 tháng 7 năm 2021)', 'QUÝ II NĂM 2021'])?.from).toBe(dayFromYmd(2021, 4, 1));
    expect(periodFromTitles(['ngày 09 tháng 7 năm 2021', 'BIỂU 2'])).toBeNull();
  });
});

describe('a submitted workbook without case rows: the tables must agree with themselves', () => {
  it('seed 002: only UBND huyện Điện Biên, whose printed criteria (… 2 0 0) add up to 13,63, not 14,63', () => {
    const r = review(seed002Grid());
    expect(r.basis).toEqual({ kind: 'tables' });
    expect(r.tables).toEqual([{ sheet: SEED002_SHEET, kind: 'scores', subject: 'units', units: 26, rows: 26 }]);
    expect(r.disagreements.map(brief)).toEqual([[DIEN_BIEN, 'Tổng điểm', '14,63', 13.63, 1, 'error', `${SEED002_SHEET}!L30`]]);
    expect(r.disagreements[0].rule).toMatch(/^RULES §5: tổng điểm = tổng các tiêu chí/);
    // Its class stands: 14,63 and 13,63 are both «Tốt».
    const score = (name: string) => r.units.find((u) => u.name === name)!.score!;
    expect(score(DIEN_BIEN)).toMatchObject({ total: 13.63, classification: 'Tốt' });
    expect(score('UBND huyện Mường Nhé')).toMatchObject({ status: 'notSent', classification: 'Không xếp loại' });
    // The report says Sở KH&ĐT «chấm điểm chưa theo quy định»: its figures are consistent, so only its case list can show that.
    expect(score('Sở Kế hoạch và Đầu tư')).toMatchObject({ total: 14.76, classification: 'Tốt', rank: 15 });
  });

  it('seed 000: the hand-rounded rates (4,3; 5,4; 4,34; 4,54; «25%»; total 2,9) and nothing else', () => {
    const r = review(seed000Grid());
    expect(r.disagreements.map(brief)).toEqual([
      ['UBND xã Leng Su Sìn', 'Tỷ lệ trễ hạn (%)', '25%', 25, 0, 'warning', `${SEED000_SHEET}!F17`],
      ['UBND xã Na Sang', 'Tỷ lệ trễ hạn (%)', '4,3', 4.29, 0.01, 'warning', `${SEED000_SHEET}!F20`],
      ['UBND xã Tìa Đình', 'Tỷ lệ trễ hạn (%)', '5,4', 5.41, -0.01, 'warning', `${SEED000_SHEET}!F25`],
      ['UBND xã Pú Nhi', 'Tỷ lệ trễ hạn (%)', '4,34', 4.35, -0.01, 'warning', `${SEED000_SHEET}!F27`],
      ['UBND xã Phì Nhừ', 'Tỷ lệ trễ hạn (%)', '4,54', 4.55, -0.01, 'warning', `${SEED000_SHEET}!F29`],
      ['TỔNG CỘNG¹', 'Tỷ lệ trễ hạn (%)', '2,9', 2.95, -0.05, 'warning', `${SEED000_SHEET}!F46`],
    ]);
    // The list divides late by resolved (RULES.md §3), and says so.
    expect(r.disagreements[1].rule).toContain('÷ số đã giải quyết');
    expect(r.disagreements[1].rule).toContain('làm tròn hoặc cắt bớt bằng tay');
    expect(r.disagreements[0].rule).toContain('dạng chữ kèm «%»');
  });

  it('seed 004: Chiềng Đông does not balance (11 ≠ 0 + 9 + 0) in Biểu 2 and Biểu 4; the «Tổng» rows add up', () => {
    const r = review(...seed004Grids(), seed004LetterGrid());
    expect(r.tables).toEqual([
      { sheet: BIEU2_SHEET, kind: 'counts', subject: 'units', units: 20, rows: 21 },
      { sheet: BIEU4_SHEET, kind: 'counts', subject: 'units', units: 11, rows: 12 },
      // The letter's table: «Quá hạn» beside «Trễ hạn» is the overdue count; its rates (4; 12,5; 100) are right.
      { sheet: LETTER_SHEET, kind: 'counts', subject: 'units', units: 11, rows: 12 },
    ]);
    expect(r.disagreements.map(brief)).toEqual([
      [CHIENG_DONG, 'Cân đối tổng số', 11, 9, 2, 'error', `${BIEU2_SHEET}!C13`],
      // Biểu 4 has no «Hồ sơ rút» column: the gap might be withdrawn cases, so only a warning there.
      [CHIENG_DONG, 'Cân đối tổng số', 11, 9, 2, 'warning', `${BIEU4_SHEET}!C13`],
    ]);
  });

  it('reads the same tables from .xlsx files whose headers are merged', async () => {
    const open = async (buf: Buffer) => readInputSheets(await XlsxFileHost.open(buf, 'nop.xlsx'));
    const seed004 = await open(await workbookOf(seed004Grids(), { [BIEU2_SHEET]: BIEU2_MERGES }));
    expect(reviewWorkbook(seed004, profile).disagreements.map(brief)).toEqual(review(...seed004Grids()).disagreements.map(brief));
    const seed002 = await open(await workbookOf([seed002Grid()], { [SEED002_SHEET]: ['A4:A5', 'B4:B5', 'C4:K4', 'L4:L5', 'M4:M5', 'N4:N5', 'C33:K33'] }));
    expect(reviewWorkbook(seed002, profile).disagreements.map(brief)).toEqual([[DIEN_BIEN, 'Tổng điểm', '14,63', 13.63, 1, 'error', `${SEED002_SHEET}!L30`]]);
  });

  it('flags a class the printed total does not earn, a criterion outside 0–2 and a «Tổng» row that does not add up', () => {
    const scores = seed002Grid();
    const noiVu = scores.rows.findIndex((row) => row[1] === 'Sở Nội vụ');
    scores.rows[noiVu][13] = 'Xuất sắc'; // 13,38 earns «Tốt»
    const yTe = scores.rows.findIndex((row) => row[1] === 'Sở Y tế');
    scores.rows[yTe][2] = 3;
    const [biểu2] = seed004Grids();
    biểu2.rows[biểu2.rows.length - 1][6] = 776; // Tổng: «Số hồ sơ đã giải quyết» adds up to 775
    expect(review(scores, biểu2).disagreements.map(brief)).toEqual([
      // The criterion is the fault; the total it spoils is not reported again.
      ['Sở Y tế', 'Tiêu chí 1', 3, null, null, 'error', `${SEED002_SHEET}!C11`],
      ['Sở Nội vụ', 'Phân loại', 'Xuất sắc', 'Tốt', null, 'error', `${SEED002_SHEET}!N22`],
      [DIEN_BIEN, 'Tổng điểm', '14,63', 13.63, 1, 'error', `${SEED002_SHEET}!L30`],
      [CHIENG_DONG, 'Cân đối tổng số', 11, 9, 2, 'error', `${BIEU2_SHEET}!C13`],
      ['Tổng', 'Số hồ sơ đã giải quyết (cộng các dòng)', 776, 775, 1, 'error', `${BIEU2_SHEET}!G27`],
    ]);
  });
});

describe('a submitted workbook with case rows: its tables are compared with the recomputed figures', () => {
  const period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31) };
  const title = 'Từ ngày 01/01/2024 đến ngày 31/03/2024';
  // Sở Tư pháp: 10 resolved (6 early, 2 on time, 2 late) → TC1 = TC2 = 1,4; 5 of 12 filed online (41,67 %) → TC9 = 2.
  // Sở Y tế: 10 early → 2; 1 of 10 online → TC9 = 0.
  const cases = () => [
    caseSheet([
      { unit: 'Sở Tư pháp', early: 6, onTime: 2, late: 2, withinDeadline: 1, overdue: 1, online: 5 },
      { unit: 'Sở Y tế', early: 10, onTime: 0, late: 0, withinDeadline: 0, overdue: 0, online: 1 },
    ], period),
    unitListSheet([{ name: 'Sở Tư pháp', level: 'Tỉnh' }, { name: 'Sở Y tế', level: 'Tỉnh' }]),
  ];

  it('finds a criterion the self-scored table misstates even though its total adds up (TC9 from the online share)', () => {
    const selfScored = grid('Tự chấm', [
      [title],
      ['STT', 'TÊN CƠ QUAN, ĐƠN VỊ', 'ĐIỂM CÁC TIÊU CHÍ', null, null, null, null, null, null, null, null, 'TỔNG ĐIỂM', 'PHÂN LOẠI'],
      [null, null, ...Array.from({ length: 9 }, (_, i) => `Tiêu chí ${i + 1}`)],
      // TC3–8 cannot come from this case list: the printed ones stand; TC1, TC2 and TC9 can.
      [1, 'Sở Tư pháp', '1,4', '1,4', 2, 2, '1,4', 2, 2, 2, 1, '15,20', 'Xuất sắc'],
      [2, 'Sở Y tế', 2, 2, 2, 2, 2, 2, 2, 2, 0, '16,00', 'Xuất sắc'],
    ]);
    expect(review(...cases()).disagreements).toEqual([]);
    const r = review(...cases(), selfScored);
    expect(r.basis).toMatchObject({ kind: 'cases', sheet: 'Danh sách hồ sơ', rowsRead: 22, period: { ...period, asOf: period.to } });
    expect(r.disagreements.map(brief)).toEqual([
      ['Sở Tư pháp', 'Tiêu chí 9', 1, 2, -1, 'error', 'Tự chấm!K4'],
      ['Sở Tư pháp', 'Tổng điểm', '15,20', 16.2, -1, 'error', 'Tự chấm!L4'],
    ]);
    expect(r.disagreements[0].rule).toBe('RULES §5: tính lại từ danh sách hồ sơ (sheet «Danh sách hồ sơ») theo quy tắc hiện hành');
  });

  it('compares each count of a form with the recomputed one; a unit outside the case list is checked on its own', () => {
    const biểu2 = grid('Biểu 2', [
      [title],
      ['STT', 'Cơ quan, đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết', null, null, null, null, null, 'Hồ sơ rút', 'Hồ sơ trả lại'],
      [null, null, 'Tổng số', 'Trực tuyến', 'Kỳ trước chuyển qua', 'Trực tiếp', 'Số hồ sơ đã giải quyết', null, null, 'Số hồ sơ đang giải quyết'],
      [null, null, null, null, null, null, 'Tổng số', 'Đúng hạn', 'Trễ hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)', '(14)'],
      [1, 'Sở Tư pháp', 12, 5, null, 7, 10, 8, 2, 2, 2, 1],
      [2, 'Sở Y tế', 10, 1, null, 9, 10, 10, null],
      [3, 'Sở Ngoại vụ', 3, null, null, 3, 3, 3],
      [4, 'Ban Dân tộc'],
      [null, 'Tổng', 25, 6, null, 19, 23, 21, 2, 2, 2, 1],
    ] as CellValue[][]);
    expect(review(...cases(), biểu2).disagreements.map(brief)).toEqual([
      ['Sở Tư pháp', 'Đang giải quyết trong hạn', 2, 1, 1, 'error', 'Biểu 2!K6'],
      ['Sở Ngoại vụ', 'Đơn vị', 'Sở Ngoại vụ', null, null, 'warning', 'Biểu 2!B8'],
    ]);
  });
});

describe('the «Đối chiếu» sheet', () => {
  it('lists errors before warnings with the cell of each, then a verdict per unit', () => {
    const r = review(seed000Grid(), seed002Grid());
    const verdicts = unitVerdicts(r.units.map((u) => u.name), r.disagreements);
    const model = reconciliationSheet({ disagreements: r.disagreements, verdicts, subtitle: 'Tệp nop.xlsx', withFile: false, ctx: { profileText: 'dienbien-1187', computedAt: new Date(Date.UTC(2024, 0, 2)), version: '0.0.0-test' } });
    expect(model.name).toBe(RECONCILIATION_SHEET);
    const header = model.rows.findIndex((row) => row[0]?.value === 'STT');
    expect(values(model, header)).toEqual(['STT', 'Đơn vị', 'Nội dung', 'Số liệu báo cáo', 'Số liệu tính lại', 'Chênh lệch', 'Quy tắc', 'Mức độ', 'Vị trí (sheet!ô)']);
    const first = values(model, header + 1);
    expect([first[1], first[2], first[3], first[4], first[5], first[7], first[8]]).toEqual([DIEN_BIEN, 'Tổng điểm', '14,63', 13.63, 1, 'Lỗi', "'Phụ lục'!L30"]);
    expect(values(model, header + 2)[7]).toBe('Cảnh báo');
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header + 1, to: header + 1 } });
    const conclusions = model.rows.findIndex((row) => row[0]?.value === 'KẾT LUẬN THEO ĐƠN VỊ');
    const verdictOf = (unit: string) => model.rows.slice(conclusions).find((row) => row[1]?.value === unit)?.[2]?.value;
    // «Khớp số liệu»: its figures agree — not a judgement that the unit followed the rules.
    expect(verdictOf('Sở Kế hoạch và Đầu tư')).toBe('Khớp số liệu');
    expect(verdictOf(DIEN_BIEN)).toBe('Có 1 sai lệch: Tổng điểm');
    expect(verdictOf('TỔNG CỘNG¹')).toBe('Có 1 sai lệch: Tỷ lệ trễ hạn (%)');
  });
});
