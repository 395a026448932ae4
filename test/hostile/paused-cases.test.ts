/**
 * Paused cases (RULES.md §3) through the real command, on a TD-style export of Q1/2024 (title, blank row,
 * header on row 3, text dates) whose status column mixes the national labels with OpenCPS words: cases
 * waiting for documents or fees (Yêu cầu bổ sung giấy tờ, Yêu cầu thực hiện nghĩa vụ tài chính, Chờ bổ sung,
 * Chờ thanh toán, Tạm dừng) stay in progress and are also counted as «tạm dừng»; a paused word beside a
 * completion date is judged by the date, with a warning at its cell, and is not paused. Every figure below is
 * counted by hand from the rows written (Tết 2024: 8–14/2 off; the period ends Sunday 31/3).
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { main } from '../../src/cli/main';
import { issueAt, score, tempDir, type Outcome } from './support';

const tmp = tempDir('paused');
afterAll(() => tmp.cleanup());
const SHEET = 'Danh sách hồ sơ';
const SUMMARY = 'Tổng hợp theo đơn vị';
const TN = 'Sở Tài nguyên và Môi trường';
const TG = 'UBND huyện Tuần Giáo';
const QT = 'UBND xã Quài Tở';
const MM = 'UBND xã Mường Mùn';
const HEADER = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái', 'Loại tiếp nhận'];
const LAND = 'Đăng ký biến động quyền sử dụng đất';
const BIRTH = 'Đăng ký khai sinh';

// Rows 4–18 of the sheet.
const ROWS: ExcelJS.CellValue[][] = [
  [1, 'TN-1', LAND, TN, '02/01/2024 08:00:00', '16/01/2024 17:00:00', '15/01/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'], // early
  [2, 'TN-2', LAND, TN, '04/03/2024 08:00:00', '25/03/2024 17:00:00', null, 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Trực tiếp'], // paused, overdue
  [3, 'TN-3', LAND, TN, '11/03/2024 08:00:00', '05/04/2024 17:00:00', null, 'Yêu cầu bổ sung giấy tờ', 'Nộp trực tuyến'], // paused, within
  [4, 'TN-4', LAND, TN, '15/03/2024 08:00:00', '29/03/2024 17:00:00', null, 'Đang xử lý', 'Trực tiếp'], // overdue, not paused
  [5, 'TN-5', LAND, TN, '18/12/2023 08:00:00', '15/01/2024 17:00:00', null, 'Chờ bổ sung', 'Trực tiếp'], // carried over, paused, overdue
  // Row 9: the status was not updated after the result was handed over: on time by the date, not paused.
  [6, 'TN-6', LAND, TN, '05/02/2024 08:00:00', '26/02/2024', '26/02/2024 15:00:00', 'Yêu cầu bổ sung giấy tờ', 'Trực tiếp'],
  // Row 10: finished on 2/4, after the period: in progress (within, due 10/4) at its end, but finished, so not paused.
  [7, 'TN-7', LAND, TN, '20/03/2024 08:00:00', '10/04/2024 17:00:00', '02/04/2024 09:00:00', 'Tạm dừng', 'Trực tiếp'],
  [8, 'TG-1', LAND, TG, '08/01/2024 08:00:00', '22/01/2024 17:00:00', '19/01/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'], // early
  [9, 'TG-2', LAND, TG, '26/02/2024 08:00:00', '18/03/2024 17:00:00', null, 'Chờ thanh toán', 'Trực tiếp'], // paused, overdue
  [10, 'TG-3', LAND, TG, '01/03/2024 08:00:00', '15/03/2024 17:00:00', '20/03/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'], // late
  [11, 'QT-1', BIRTH, QT, '04/03/2024 08:00:00', '06/03/2024', '06/03/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'], // on time
  [12, 'QT-2', BIRTH, QT, '26/03/2024 08:00:00', '02/04/2024', null, 'Tạm dừng', 'Trực tiếp'], // paused, within
  [13, 'QT-3', BIRTH, QT, '12/03/2024 08:00:00', '14/03/2024', '13/03/2024 09:00:00', 'Công dân yêu cầu rút hồ sơ', 'Trực tiếp'], // withdrawn
  [14, 'MM-1', BIRTH, MM, '19/03/2024 08:00:00', '21/03/2024', null, 'Yêu cầu bổ sung giấy tờ', 'Trực tiếp'], // paused, overdue
  [15, 'MM-2', BIRTH, MM, '19/03/2024 08:00:00', '21/03/2024', '21/03/2024 16:00:00', 'Đã trả kết quả', 'Trực tiếp'], // on time
];

async function writeExport(): Promise<string> {
  const file = tmp.file('tam-dung.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I/2024']);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.addRow([]);
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  const list = wb.addWorksheet('Danh mục đơn vị');
  list.addRow(['Tên đơn vị', 'Cấp', 'Huyện']);
  list.addRow([TN, 'Tỉnh', null]);
  list.addRow([TG, 'Huyện', null]);
  list.addRow([QT, 'Xã', 'Huyện Tuần Giáo']);
  list.addRow([MM, 'Xã', 'Huyện Tuần Giáo']);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every row of a sheet as values (column A first); merged cells read their area's value, as ExcelJS does. */
async function sheetRows(output: string, sheet: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const rows: ExcelJS.CellValue[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('paused cases in a Q1/2024 export (RULES.md §3)', () => {
  let r: Outcome;
  let rows: ExcelJS.CellValue[][];
  beforeAll(async () => {
    r = await score(await writeExport(), '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(0);
    rows = await sheetRows(r.output, SUMMARY);
  });
  const unit = (name: string) => r.summary!.units.find((u) => u.name === name);

  it('reads every row and warns at the two paused words that carry a completion date', () => {
    expect(r.out).toContain(`Đã đọc 15 dòng hồ sơ từ sheet «${SHEET}»; 0 dòng bị bỏ qua`);
    expect(issueAt(r.issues, SHEET, 9, 'H')?.message).toBe('Trạng thái «Yêu cầu bổ sung giấy tờ» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.');
    expect(issueAt(r.issues, SHEET, 10, 'H')?.message).toBe('Trạng thái «Tạm dừng» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.');
    // Every status word was recognised.
    expect(r.issues.filter((i) => /Không nhận ra trạng thái/.test(i.message))).toEqual([]);
  });

  it('gives each unit `paused` and `pausedOverdue` in the JSON, inside in progress and overdue', () => {
    // TN: in progress TN-2, TN-3, TN-4, TN-5, TN-7; overdue TN-2 (25/3), TN-4 (29/3), TN-5 (15/1); paused TN-2, TN-3, TN-5.
    expect(unit(TN)).toMatchObject({
      total: 7, receivedInPeriod: 6, carriedOver: 1, online: 1, resolved: 2, early: 1, onTime: 1, late: 0,
      inProgress: 5, withinDeadline: 2, overdue: 3, withdrawn: 0, paused: 3, pausedOverdue: 2,
    });
    expect(unit(TG)).toMatchObject({ total: 3, resolved: 2, early: 1, late: 1, inProgress: 1, overdue: 1, paused: 1, pausedOverdue: 1 });
    expect(unit(QT)).toMatchObject({ total: 3, resolved: 1, onTime: 1, withdrawn: 1, inProgress: 1, withinDeadline: 1, overdue: 0, paused: 1, pausedOverdue: 0 });
    expect(unit(MM)).toMatchObject({ total: 2, resolved: 1, onTime: 1, inProgress: 1, overdue: 1, paused: 1, pausedOverdue: 1 });
    // The names of the contract stand beside the new ones.
    const json = JSON.parse(readFileSync(r.output.replace(/-ket-qua\.xlsx$/, '-tom-tat.json'), 'utf8'));
    expect(Object.keys(json.units[0]).slice(0, 21)).toEqual([
      'name', 'level', 'parent', 'total', 'receivedInPeriod', 'carriedOver', 'online', 'direct', 'postal', 'resolved', 'early', 'onTime',
      'late', 'returned', 'inProgress', 'withinDeadline', 'overdue', 'withdrawn', 'extended', 'paused', 'pausedOverdue',
    ]);
  });

  it('shows «Trong đó: tạm dừng» and «Tạm dừng: trong đó quá hạn» under «Số hồ sơ đang giải quyết»', () => {
    const headerRow = rows.findIndex((row) => row.includes('Trong đó: tạm dừng'));
    expect(headerRow).toBeGreaterThan(0);
    const [top, sub, numbers] = [rows[headerRow - 1], rows[headerRow], rows[headerRow + 1]];
    // Columns O–S (15–19): the in-progress group, merged over its five sub-headers.
    expect(sub.slice(14, 19)).toEqual(['Tổng số', 'Trong hạn', 'Quá hạn', 'Trong đó: tạm dừng', 'Tạm dừng: trong đó quá hạn']);
    expect(top.slice(14, 19)).toEqual(Array(5).fill('Số hồ sơ đang giải quyết'));
    expect(top[19]).toBe('Hồ sơ rút');
    expect(numbers.slice(14, 20)).toEqual(['(15)', '(16)', '(17)', '(18)', '(19)', '(20)']);
  });

  it('fills the columns per unit, and the district sub-total, the sections and the province total add up', () => {
    const row = (name: string) => rows.find((x) => x[1] === name)!;
    // [in progress, within, overdue, paused, paused overdue, withdrawn]
    const progress = (name: string) => row(name).slice(14, 20);
    expect(progress(TN)).toEqual([5, 2, 3, 3, 2, 0]);
    expect(progress(TG)).toEqual([1, 0, 1, 1, 1, 0]);
    expect(progress(QT)).toEqual([1, 1, 0, 1, 0, 1]);
    expect(progress(MM)).toEqual([1, 0, 1, 1, 1, 0]);
    expect(progress(`${TG} (cộng cấp huyện và cấp xã)`)).toEqual([3, 1, 2, 3, 2, 1]);
    expect(progress('CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH')).toEqual([5, 2, 3, 3, 2, 0]);
    expect(progress('UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ VÀ UBND CẤP XÃ')).toEqual([3, 1, 2, 3, 2, 1]);
    expect(progress('TỔNG CỘNG TOÀN TỈNH')).toEqual([8, 3, 5, 6, 4, 1]);
    // The columns after them moved by two: the rates, «Có hẹn lại (gia hạn)» and the note.
    expect(row(TN).slice(20, 24)).toEqual([0, 0, 0, '03 hồ sơ đang giải quyết quá hạn']);
    expect(row(TG).slice(20, 22)).toEqual([50, 33.33]);
    // The footnote says what the columns count.
    expect(rows.some((x) => typeof x[0] === 'string' && x[0].startsWith('Tạm dừng: hồ sơ đang giải quyết đang chờ bổ sung giấy tờ hoặc chờ thực hiện nghĩa vụ tài chính'))).toBe(true);
  });

  /** `tthc review` of a workbook: its disagreements on «Tổng hợp theo đơn vị». */
  async function reviewSummary(file: string, name: string): Promise<{ unit: string; item: string; submitted: unknown; recomputed: unknown; column: string }[]> {
    const json = tmp.file(`${name}.json`);
    expect(await main(['review', file, '--out', tmp.file(`${name}.xlsx`), '--json', json], () => undefined, () => undefined)).toBe(0);
    return JSON.parse(readFileSync(json, 'utf8')).disagreements.filter((d: { sheet: string }) => d.sheet === SUMMARY);
  }

  it('is read back by `tthc review` when copied without the marker: the paused columns are not taken for the overdue one', async () => {
    // In the output itself the sheet is the product's (its marker lists it) and the review recomputes instead.
    // A clerk who copies it into a report of their own drops the marker: the review then reads its table.
    const copy = async (name: string, overdue?: number): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(r.output);
      wb.removeWorksheet(wb.getWorksheet('TTHC_Scorecard')!.id);
      const ws = wb.getWorksheet(SUMMARY)!;
      let tnRow = 0;
      ws.eachRow((row, n) => (row.getCell(2).value === TN ? (tnRow = n) : undefined));
      // Columns Q (overdue) and S (paused overdue).
      expect([ws.getCell(tnRow, 17).value, ws.getCell(tnRow, 19).value]).toEqual([3, 2]);
      if (overdue !== undefined) ws.getCell(tnRow, 17).value = overdue;
      const file = tmp.file(`${name}.xlsx`);
      await wb.xlsx.writeFile(file);
      return file;
    };
    // Every unit row agrees with the recomputation, the district sub-totals («1 | UBND huyện … (cộng cấp
    // huyện và cấp xã)» over «1.1», «1.2» …), the sections and the province total add up, and no paused
    // column is read (R, S).
    const clean = await reviewSummary(await copy('ban-sao'), 'ra-soat');
    expect(clean).toEqual([]);
    expect(clean.filter((d) => d.column === 'R' || d.column === 'S')).toEqual([]);
    // Sở TN&MT's overdue typed 4 instead of 3: the review took column Q, not the paused overdue (2) beside
    // it, and recomputes 3 there. The typed 4 no longer adds up to the printed section (3) and province (5)
    // overdue counts either: 4 and 6 once added again.
    const found = await reviewSummary(await copy('ban-sao-sua-tay', 4), 'ra-soat-sua-tay');
    expect(found.map((d) => [d.unit, d.item, d.submitted, d.recomputed, d.column])).toEqual([
      ['CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', 'Đang giải quyết quá hạn (cộng các dòng)', 3, 4, 'Q'],
      [TN, 'Đang giải quyết quá hạn', 4, 3, 'Q'],
      ['TỔNG CỘNG TOÀN TỈNH', 'Đang giải quyết quá hạn (cộng các dòng)', 5, 6, 'Q'],
    ]);
    expect(found.filter((d) => d.column === 'R' || d.column === 'S')).toEqual([]);
  });
});
