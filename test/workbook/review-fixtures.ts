/**
 * The seed tables as units submitted them, built from the fixture CSVs with the PRINTED figures: text
 * with decimal commas («1,91», «4,3», «25%»), zero cells left blank, headings and «Tổng» rows. Where the
 * fixture corrects a misprint or leaves rows out, the seed's print is restored here (comments say where).
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { readFixture } from '../support/fixture-csv';

/** A CSV decimal as the reports print it: «1,91», «12,5», «4»; integers stay numbers; '' is blank. */
export function printed(s: string): CellValue {
  if (s === '') return null;
  const n = Number(s);
  return Number.isInteger(n) ? n : String(n).replace('.', ',');
}

/** A count as the forms print it: 0 is a blank cell. */
const count = (s: string): CellValue => (s === '' || Number(s) === 0 ? null : Number(s));

export const grid = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 1, originCol: 1, visibility: 'visible' });

export const SEED002_SHEET = 'Phụ lục';
export const DIEN_BIEN = 'UBND huyện Điện Biên';

/** Seed 002's appendix; UBND huyện Điện Biên with criteria 7–9 as printed (2 0 0), not as the fixture corrects them. */
export function seed002Grid(): SheetGrid {
  const rows: CellValue[][] = [
    ['KẾT QUẢ ĐÁNH GIÁ XẾP LOẠI TRONG GIẢI QUYẾT TTHC THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH, UBND CẤP HUYỆN QUÝ II NĂM 2021'],
    ['(Kèm theo Báo cáo số 367 /BC-VPUB ngày 09 tháng 7 năm 2021 của Văn phòng UBND tỉnh)'],
    [],
    ['STT', 'TÊN CƠ QUAN, ĐƠN VỊ', 'ĐIỂM CÁC TIÊU CHÍ', null, null, null, null, null, null, null, null, 'TỔNG ĐIỂM', 'ĐTB CCVC BP 1 CỬA', 'PHÂN LOẠI'],
    [null, null, ...Array.from({ length: 9 }, (_, i) => `Tiêu chí ${i + 1}`)],
  ];
  let level = '';
  let n = 0;
  for (const r of readFixture('dienbien-2021q2-scores.csv')) {
    if (r.level !== level) {
      level = r.level;
      n = 0;
      rows.push(level === 'Tỉnh' ? ['I', 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH'] : ['II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ']);
    }
    if (r.classification === 'Không xếp loại') {
      rows.push([++n, r.unit, 'Không gửi kết quả chấm điểm đánh giá', ...Array(8).fill(null), '-', '-', r.classification]);
      continue;
    }
    const criteria = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'].map((k) => printed(r[k]));
    if (r.unit === DIEN_BIEN) criteria.splice(6, 3, 2, 0, 0);
    // Totals are printed with two decimals: «18,00».
    rows.push([++n, r.unit, ...criteria, r.total.replace('.', ','), printed(r.dtb_ccvc), r.classification]);
  }
  return grid(SEED002_SHEET, rows);
}

export const SEED000_SHEET = 'DS quá hạn T7-2023';

type Seed000Row = [unit: string, resolved: number | null, onTime: number | null, late: number | null, rate: string | null, note: string | null];

/**
 * Seed 000's list in the seed's order. The fixture keeps the rows whose rates it discusses; the others
 * are typed here as the seed prints them (section A in words, Mường Tùng … Thanh Minh with figures).
 */
export function seed000Grid(): SheetGrid {
  const fixture = new Map(readFixture('dienbien-2023-07-overdue.csv').map((r) => [r.unit, r]));
  const fromFixture = (unit: string): Seed000Row => {
    const r = fixture.get(unit)!;
    const overdue = Number(r.in_progress_overdue);
    return [unit, Number(r.resolved), Number(r.on_time), Number(r.late), r.late_rate_of_resolved_printed, overdue ? `${String(overdue).padStart(2, '0')} hồ sơ đang giải quyết quá hạn` : null];
  };
  const words = (unit: string, text: string): Seed000Row => [unit, null, null, null, text, null];
  const onlyNote = (unit: string, note: string): Seed000Row => [unit, null, null, null, null, note];
  const sections: [string, string, Seed000Row[]][] = [
    ['A', 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', [
      words('Sở Giao thông vận tải', 'Có 02 hồ sơ đã giải quyết quá hạn'),
      words('Sở Kế hoạch và Đầu tư', 'Không có hồ sơ đã giải quyết quá hạn; có 01 hồ sơ đang giải quyết quá hạn'),
      words('Sở Nông nghiệp và PTNT', 'Có 01 hồ sơ đã giải quyết quá hạn'),
      words('Sở Tư pháp', 'Có 01 hồ sơ đã giải quyết quá hạn'),
    ]],
    ['I', 'Thị xã Mường Lay', [fromFixture('UBND thị xã Mường Lay'), fromFixture('UBND phường Na Lay')]],
    ['II', 'Huyện Mường Nhé', [
      fromFixture('UBND xã Nậm Kè'), fromFixture('UBND xã Quảng Lâm'), fromFixture('UBND xã Mường Nhé'), fromFixture('UBND xã Leng Su Sìn'),
      onlyNote('UBND xã Nậm Vi', '01 hồ sơ đang giải quyết quá hạn'),
    ]],
    ['III', 'Huyện Mường Chà', [fromFixture('UBND xã Na Sang'), fromFixture('UBND xã Sa Long'), ['UBND xã Mường Tùg', 63, 62, 1, '1,59', null]]],
    ['IV', 'Huyện Điện Biên Đông', [
      onlyNote('UBND huyện Điện Biên Đông', '02 hồ sơ đang giải quyết quá hạn'),
      fromFixture('UBND xã Tìa Đình'),
      ['UBND xã Pú Hồng', 33, 32, 1, '3,03', '01 hồ sơ đang giải quyết quá hạn'],
      fromFixture('UBND xã Pú Nhi'),
      ['UBND xã Mường Luân', 21, 20, 1, '4,76', null],
      fromFixture('UBND xã Phì Nhừ'),
      onlyNote('UBND xã Keo Lôm', '02 hồ sơ đang giải quyết quá hạn'),
    ]],
    ['V', 'Huyện Tuần Giáo', [fromFixture('UBND huyện Tuần Giáo'), ['UBND xã Tỏa Tinh', 25, 24, 1, '4,0', null], ['UBND xã Mường Mùn', 38, 37, 1, '2,63', null], ['UBND xã Nà Tông', 30, 29, 1, '3,33', null]]],
    ['VI', 'Huyện Mường Ảng', [['UBND xã Nậm Lịch', 20, 19, 1, '5,0', null], ['UBND xã Ảng Cang', 54, 53, 1, '1,85', null]]],
    ['VII', 'Huyện Điện Biên', [['UBND xã Thanh Chăn', 32, 31, 1, '3,13', null], fromFixture('UBND xã Mường Nhà')]],
    ['VIII', 'Thành phố Điện Biên Phủ', [fromFixture('UBND thành phố Điện Biên Phủ'), ['UBND xã Nà Nhạn', 231, 230, 1, '0,43', null], ['UBND xã Thanh Minh', 50, 49, 1, '2,0', null]]],
  ];
  const rows: CellValue[][] = [
    ['DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN TRÊN HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC CỦA TỈNH TRONG THÁNG 7/2023'],
    [],
    ['TT', 'Tên cơ quan, đơn vị, địa phương', 'Tổng số hồ sơ đã giải quyết', 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ giải quyết quá hạn', 'Tỷ lệ hồ sơ quá hạn (%)', 'Ghi chú'],
  ];
  for (const [stt, title, units] of sections) {
    if (stt === 'I') rows.push(['B', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ']);
    rows.push([stt, title]);
    units.forEach(([unit, resolved, onTime, late, rate, note], i) =>
      rows.push(resolved === null && rate !== null ? [i + 1, unit, rate] : [i + 1, unit, resolved, onTime, late, rate, note]),
    );
  }
  for (const unit of ['TỔNG CỘNG', 'TỔNG CHUNG TOÀN TỈNH']) {
    const r = fixture.get(unit)!;
    rows.push([null, unit === 'TỔNG CỘNG' ? 'TỔNG CỘNG¹' : unit, Number(r.resolved), Number(r.on_time), Number(r.late), r.late_rate_of_resolved_printed, unit === 'TỔNG CỘNG' ? '13 hồ sơ đang giải quyết quá hạn' : null]);
  }
  rows.push([], ['¹ Chi cộng số liệu của các cơ quan, đơn vị, địa phương có hồ sơ quá hạn']);
  return grid(SEED000_SHEET, rows);
}

export const BIEU2_SHEET = 'Biểu 2';
export const BIEU4_SHEET = 'Biểu 4';
export const CHIENG_DONG = 'UBND Xã Chiềng Đông';
/** Biểu 2 rows 12–20: communes listed with every cell blank. */
const NO_CASES = ['UBND Thị trấn', 'UBND Xã Nà Tông', 'UBND Xã Mường Mùn', 'UBND Xã Pú Xi', 'UBND Xã Pú Nhung', 'UBND Xã Tỏa Tình', 'UBND Xã Nà Sáy', 'UBND Xã Mường Khong', 'UBND Xã Tênh Phong'];

const BIEU2_COUNTS = ['total', 'online', 'carried_over', 'direct', 'resolved', 'resolved_on_time', 'resolved_late', 'in_progress', 'in_progress_within', 'in_progress_overdue', 'withdrawn', 'returned'];
const TITLE_2020Q1 = 'Từ ngày 01/01/2020 đến ngày 01/04/2020';

/** Seed 004 Biểu 2 (three header rows; the name column has no header, as printed) and Biểu 4. */
export function seed004Grids(): SheetGrid[] {
  const fixture = readFixture('tuangiao-2020q1-units.csv');
  const units = fixture.filter((r) => r.unit !== 'Tổng');
  const total = fixture.find((r) => r.unit === 'Tổng')!;
  const biểu2: CellValue[][] = [
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO ĐƠN VỊ THỰC HIỆN'],
    [TITLE_2020Q1],
    ['BIỂU 2'],
    ['ST T', null, 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết', null, null, null, null, null, 'Hồ sơ rút', 'Hồ sơ trả lại'],
    [null, null, 'Tổng hồ sơ', 'Trực tuyến', 'Kỳ trước chuyển qua', 'Trực tiếp', 'Số hồ sơ đã giải quyết', null, null, 'Số hồ sơ đang giải quyết'],
    [null, null, null, null, null, null, 'Tổng số', 'Đúng hạn', 'Trễ hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    ...units.map((r, i) => [i + 1, r.unit, ...BIEU2_COUNTS.map((k) => count(r[k]))]),
    ...NO_CASES.map((unit, i) => [units.length + i + 1, unit]),
    [null, 'Tổng', ...BIEU2_COUNTS.map((k) => count(total[k]))],
  ];
  const rateCounts = ['total', 'resolved', 'resolved_on_time', 'resolved_late', 'in_progress', 'in_progress_within', 'in_progress_overdue'];
  const rates = (r: Record<string, string>): CellValue[] => [printed(r.late_rate_of_total), printed(r.overdue_rate_of_total)];
  const biểu4: CellValue[][] = [
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO ĐƠN VỊ THỰC HIỆN'],
    [TITLE_2020Q1],
    ['BIỂU 4'],
    ['Stt', null, 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết', null, null, null, null, null, 'Tỷ lệ trễ hạn', 'Tỷ lệ quá hạn'],
    [null, null, null, 'Số hồ sơ đã giải quyết', null, null, 'Số hồ sơ đang giải quyết'],
    [null, null, null, 'Tổng số', 'Đúng hạn', 'Trễ hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    ...units.map((r, i) => [i + 1, r.unit, ...rateCounts.map((k) => count(r[k])), ...rates(r)]),
    [null, 'Tổng', ...rateCounts.map((k) => count(total[k])), ...rates(total)],
  ];
  return [grid(BIEU2_SHEET, biểu2), grid(BIEU4_SHEET, biểu4)];
}

export const LETTER_SHEET = 'CV 394';

/** The table in seed 004's letter: late and overdue counts under «Kết quả giải quyết», both rates over the total. */
export function seed004LetterGrid(): SheetGrid {
  const fixture = readFixture('tuangiao-2020q1-units.csv');
  const row = (r: Record<string, string>): CellValue[] => [r.unit, Number(r.total), count(r.resolved_late), count(r.in_progress_overdue), printed(r.late_rate_of_total), printed(r.overdue_rate_of_total)];
  return grid(LETTER_SHEET, [
    ['Các cơ quan, đơn vị trong thời gian qua còn để tình trạng trễ hạn, quá hạn:'],
    ['Stt', 'Cơ quan', 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết', null, 'Tỷ lệ % trễ hạn', 'Tỷ lệ % quá hạn'],
    [null, null, null, 'Trễ hạn', 'Quá hạn'],
    ...fixture.filter((r) => r.unit !== 'Tổng').map((r, i) => [i + 1, ...row(r)]),
    [null, ...row(fixture.find((r) => r.unit === 'Tổng')!)],
  ]);
}

/**
 * An .xlsx of the grids, with each header's groups merged as Excel files merge them (ExcelJS then repeats a
 * merged label in every cell it covers, which the reader must take as one label).
 */
export async function workbookOf(grids: SheetGrid[], merges: Record<string, string[]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
    for (const range of merges[g.name] ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Biểu 2's header merged as the seed's form is: groups across, single headers down. */
export const BIEU2_MERGES = ['A4:A6', 'B4:B6', 'C4:F4', 'G4:L4', 'M4:M6', 'N4:N6', 'C5:C6', 'D5:D6', 'E5:E6', 'F5:F6', 'G5:I5', 'J5:L5'];
