/**
 * `Hồ sơ sắp đến hạn`: open cases overdue or due within the next N working days, with the Tiến độ points each
 * costs its unit — built from a case sheet, read back from the model and from a real .xlsx, printed to PDF.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { dayFromYmd } from '../../src/domain/dates';
import { builtInProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { DUE_SOON_SHEET, dueSoonSheet } from '../../src/workbook/reports/due-soon-sheet';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import { editPackage } from '../../src/xlsx/package-writer';
import { unitListSheet } from '../support/case-sheet';
import { convertWithLibreOffice } from '../support/libreoffice';
import { contextOf, rowIndex, value, values } from './report-fixtures';

const profile = builtInProfile('dienbien-1187');
const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Cán bộ xử lý'];
const TP = 'Sở Tư pháp';
const YT = 'Sở Y tế';
const MP = 'UBND xã Mường Phăng';
const LLTP = 'Cấp Phiếu lý lịch tư pháp';
const KS = 'Đăng ký khai sinh';
const OPEN = 'Đang xử lý';
const DONE = 'Đã trả kết quả';

// November 2026 as-of Friday 20/11: Monday 23 is working day 1, Tuesday 24 is off (Ngày Văn hóa Việt Nam),
// Wednesday 25 is day 2 — with N = 2 the list takes cases due up to 25/11.
const rows: CellValue[][] = [
  ['YT-1', YT, 'Cấp chứng chỉ hành nghề dược', '16/11/2026', '30/11/2026', null, OPEN, 'Đỗ Thị Hà'], // 5 days left: not listed
  ['YT-2', YT, 'Cấp chứng chỉ hành nghề dược', '16/11/2026', '23/11/2026', null, OPEN, 'Đỗ Thị Hà'], // 1 left
  ['TP-3', TP, null, '10/11/2026', '25/11/2026', null, OPEN, 'Lò Văn Thắng'], // 2 left (Mon 23, Wed 25)
  ['TP-1', TP, LLTP, '02/11/2026', '18/11/2026', null, OPEN, 'Quàng Thị Hoa'], // overdue: Thu 19, Fri 20 → −2
  ['TP-4', TP, LLTP, '12/11/2026', '26/11/2026', null, OPEN, 'Lò Văn Thắng'], // 3 left: not listed
  ['TP-2', TP, LLTP, '05/11/2026', '20/11/2026 16:00', null, OPEN, null], // due today: 0
  ['TP-9', TP, LLTP, '28/10/2026', '13/11/2026', null, OPEN, 'Lò Văn Thắng'], // carried over, overdue Mon 16 – Fri 20 → −5
  ['TP-5', TP, LLTP, '03/11/2026', '23/11/2026', null, 'Yêu cầu bổ sung giấy tờ', 'Quàng Thị Hoa'], // paused, 1 left
  ['TP-6', TP, LLTP, '02/11/2026', '10/11/2026', '12/11/2026', DONE, 'Quàng Thị Hoa'], // resolved late
  ['TP-7', TP, LLTP, '02/11/2026', '06/11/2026', '05/11/2026', DONE, 'Quàng Thị Hoa'], // resolved early
  ['TP-8', TP, LLTP, '04/11/2026', '13/11/2026', '06/11/2026', 'Công dân yêu cầu rút hồ sơ', null], // withdrawn
  ['MP-2', MP, KS, '19/11/2026', '25/11/2026 10:00', null, OPEN, 'Lường Thị Mai'], // 2 left
  ['MP-1', MP, KS, '18/11/2026', '20/11/2026', null, OPEN, 'Lường Thị Mai'], // due today
  ['MP-3', MP, KS, '02/11/2026', '04/11/2026', '04/11/2026', DONE, 'Lường Thị Mai'], // on time
  ['MP-4', MP, KS, '19/11/2026', '27/11/2026', null, OPEN, 'Lường Thị Mai'], // 4 left: not listed
];
const grid: SheetGrid = { name: 'Hồ sơ', rows: [HEADER, ...rows.map((r, i) => [i + 1, ...r])], originRow: 1, originCol: 1, visibility: 'visible' };
// Two-tier local government (RULES.md §4): the commune has no district.
const units = unitListSheet([{ name: TP, level: 'Tỉnh' }, { name: YT, level: 'Tỉnh' }, { name: MP, level: 'Xã' }]);
const november = { from: dayFromYmd(2026, 11, 1), to: dayFromYmd(2026, 11, 30), asOf: dayFromYmd(2026, 11, 20), today: dayFromYmd(2026, 11, 20) };
const run = scoreWorkbook([grid, units], november);
const ctx = contextOf(run);
const model = dueSoonSheet(run, ctx, 2, profile);
const date = (d: number, m = 11): Date => new Date(Date.UTC(2026, m - 1, d));
const codes = (sheet: typeof model): CellValue[] => sheet.rows.slice(rowIndex(sheet, 0, 'I')).map((r) => value(r[2])).filter((c) => typeof c === 'string' && /^[A-Z]{2}-\d$/.test(c));

describe('Hồ sơ sắp đến hạn', () => {
  it('reads the workbook cleanly', () => {
    expect(run.issues).toEqual([]);
  });

  it('states the as-of date and the last due date taken, then a two-row header repeated and frozen', () => {
    expect(model.name).toBe(DUE_SOON_SHEET);
    expect(model.kind).toBe('result');
    expect(value(model.rows[0][0])).toBe('DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN VÀ SẮP ĐẾN HẠN');
    expect(value(model.rows[1][0])).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026; tình trạng hồ sơ đang giải quyết tính đến ngày 20/11/2026');
    expect(value(model.rows[2][0])).toBe(
      'Hồ sơ chưa giải quyết xong ngày 20/11/2026 đã quá hạn hoặc đến hạn trong 2 ngày làm việc tới (hạn xử lý đến hết ngày 25/11/2026).',
    );
    const top = rowIndex(model, 0, 'STT') + 1;
    expect(values(model, top - 1)).toEqual(['STT', 'Đơn vị', 'Mã hồ sơ', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Số ngày làm việc còn lại', 'Cán bộ xử lý', 'Điểm Tiến độ (QĐ 766)', '']);
    expect(values(model, top).slice(8)).toEqual(['Đã mất (quá hạn)', 'Sẽ mất nếu trễ hạn']);
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top, to: top + 1 } });
    expect(model.freeze).toEqual({ rows: top + 1, cols: 3 });
  });

  it('lists by level and unit, most overdue first, with working days left and the points at stake', () => {
    // Sở Tư pháp handled 9 cases (2 resolved, 1 withdrawn, 6 in progress): 20 ÷ 9 = 2,22 a case; its 2 overdue
    // cost 40 ÷ 9 = 4,44 and its 3 due soon 60 ÷ 9 = 6,67 (the rows add up to 6,66: the line is rounded once).
    // Sở Y tế handled 2 (both in progress): 10 a case. Mường Phăng handled 4 (1 resolved, 3 in progress): 5.
    const start = rowIndex(model, 0, 'I');
    const blank = Array(5).fill(null);
    expect(model.rows.slice(start, start + 13).map((r) => r.map(value))).toEqual([
      ['I', 'CẤP TỈNH: 06 hồ sơ thuộc 02 cơ quan, đơn vị', ...Array(8).fill(null)],
      ['1', TP, 'TP-9', LLTP, date(28, 10), date(13), -5, 'Lò Văn Thắng', 2.22, null],
      ['2', TP, 'TP-1', LLTP, date(2), date(18), -2, 'Quàng Thị Hoa', 2.22, null],
      ['3', TP, 'TP-2', LLTP, date(5), date(20), 0, '(Không ghi cán bộ)', null, 2.22],
      ['4', TP, 'TP-5', LLTP, date(3), date(23), 1, 'Quàng Thị Hoa', null, 2.22],
      ['5', TP, 'TP-3', '(Không ghi thủ tục)', date(10), date(25), 2, 'Lò Văn Thắng', null, 2.22],
      ['', `Cộng ${TP}`, '05 hồ sơ: 02 quá hạn, 03 sắp đến hạn (trên 9 hồ sơ xử lý trong kỳ)', ...blank, 4.44, 6.67],
      ['1', YT, 'YT-2', 'Cấp chứng chỉ hành nghề dược', date(16), date(23), 1, 'Đỗ Thị Hà', null, 10],
      ['', `Cộng ${YT}`, '01 hồ sơ sắp đến hạn (trên 2 hồ sơ xử lý trong kỳ)', ...blank, 0, 10],
      ['II', 'CẤP XÃ: 02 hồ sơ thuộc 01 cơ quan, đơn vị', ...Array(8).fill(null)],
      ['1', MP, 'MP-1', KS, date(18), date(20), 0, 'Lường Thị Mai', null, 5],
      ['2', MP, 'MP-2', KS, date(19), date(25), 2, 'Lường Thị Mai', null, 5],
      ['', `Cộng ${MP}`, '02 hồ sơ sắp đến hạn (trên 4 hồ sơ xử lý trong kỳ)', ...blank, 0, 10],
    ]);
    expect(value(model.rows[start + 13]?.[0])).toBeNull(); // the blank row before the notes
    // Each unit line's text spans the columns from the case code to the handler.
    expect(model.merges).toContainEqual({ top: start + 7, left: 3, bottom: start + 7, right: 8 });
  });

  it('defines «within the next N working days» and the points in its notes', () => {
    const lines = model.rows.map((r) => value(r[0]));
    expect(lines).toContain(
      'Đến hạn trong 2 ngày làm việc tới: hạn xử lý không muộn hơn ngày làm việc thứ 2 sau ngày 20/11/2026 (không tính ngày 20/11/2026, bỏ qua ngày nghỉ theo lịch nêu trên), tức đến hết ngày 25/11/2026; hạn xử lý ngày 20/11/2026 là đến hạn hôm nay.',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Số ngày làm việc còn lại: .*0: đến hạn hôm nay.*số âm: đã quá hạn bấy nhiêu ngày làm việc\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Điểm Tiến độ giải quyết \(QĐ 766\/QĐ-TTg, 20 điểm\) = 20 × số hồ sơ đúng hạn ÷ số hồ sơ xử lý/));
  });

  it('takes one more day with N = 3 (Thursday 26/11) and only the overdue and today with N = 0', () => {
    const three = dueSoonSheet(run, ctx, 3, profile);
    expect(value(three.rows[2][0])).toMatch(/trong 3 ngày làm việc tới \(hạn xử lý đến hết ngày 26\/11\/2026\)\.$/);
    expect(codes(three)).toEqual(['TP-9', 'TP-1', 'TP-2', 'TP-5', 'TP-3', 'TP-4', 'YT-2', 'MP-1', 'MP-2']);
    const tp4 = three.rows[rowIndex(three, 2, 'TP-4')];
    expect([value(tp4[6]), value(tp4[9])]).toEqual([3, 2.22]);

    const today = dueSoonSheet(run, ctx, 0, profile);
    expect(value(today.rows[2][0])).toBe('Hồ sơ chưa giải quyết xong ngày 20/11/2026 đã quá hạn hoặc đến hạn trong ngày này.');
    expect(codes(today)).toEqual(['TP-9', 'TP-1', 'TP-2', 'MP-1']);
    expect(today.rows.map((r) => value(r[0]))).toContain('Chỉ gồm hồ sơ đã quá hạn và hồ sơ có hạn xử lý ngày 20/11/2026 (đến hạn hôm nay).');
  });

  it('says so when nothing is overdue or due', () => {
    const calm = scoreWorkbook([{ ...grid, rows: [HEADER, [1, ...rows[0]]] }, units], november);
    const sheet = dueSoonSheet(calm, contextOf(calm), 2, profile);
    expect(sheet.rows.map((r) => value(r[1]))).toContain('Không có hồ sơ đang giải quyết quá hạn hoặc đến hạn đến hết ngày 25/11/2026.');
    expect(sheet.rows.map((r) => value(r[0]))).not.toContain('I');
  });
});

describe('Hồ sơ sắp đến hạn in a real .xlsx', () => {
  it('reads back cell for cell with its print setup, and prints to A4 landscape PDF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tthc-due-soon-'));
    const wb0 = new ExcelJS.Workbook();
    // A4 landscape too, so that every page of the PDF has the size the sheet asks for.
    wb0.addWorksheet('Dữ liệu', { pageSetup: { paperSize: 9, orientation: 'landscape' } }).addRow(['Mã hồ sơ']);
    const input = Buffer.from(await wb0.xlsx.writeBuffer());
    const file = path.join(dir, 'sap-den-han.xlsx');
    writeFileSync(file, await editPackage(input, { remove: [], add: [model], activeSheet: DUE_SOON_SHEET }));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(DUE_SOON_SHEET)!;
    const cells = model.rows.flatMap((row, r) => row.flatMap((c, k): [number, number, unknown][] => (c && c.value !== null && c.value !== '' ? [[r + 1, k + 1, c.value]] : [])));
    expect(cells.length).toBeGreaterThan(90);
    for (const [r, c, v] of cells) expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, v]);
    // The points keep 2 decimals on screen and paper; days left are whole numbers.
    const tp9 = rowIndex(model, 2, 'TP-9') + 1;
    expect([ws.getCell(tp9, 7).numFmt, ws.getCell(tp9, 9).numFmt, ws.getCell(tp9, 6).numFmt]).toEqual(['0', '0.00', 'dd/mm/yyyy']);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${model.print.repeatRows!.from}:${model.print.repeatRows!.to}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: model.freeze!.rows, xSplit: 3 });

    const pdf = readFileSync(convertWithLibreOffice(file, 'pdf', dir));
    const boxes = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b[^>]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))},${Math.round(Number(m[2]))}`);
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes)).toEqual(new Set(['842,595']));
  }, 60_000);
});
