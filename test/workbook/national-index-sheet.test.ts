/**
 * `Chỉ số 766`: the national index per unit, grouped by level, every figure in its own cell — read back from
 * the model, then from a real .xlsx (ExcelJS) and printed to PDF by LibreOffice.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { builtInProfile } from '../../src/domain/scoring';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { nationalIndexSheet, NATIONAL_INDEX_SHEET } from '../../src/workbook/reports/national-index-sheet';
import { chooseSheets } from '../../src/workbook/result-set';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { editPackage } from '../../src/xlsx/package-writer';
import { convertWithLibreOffice } from '../support/libreoffice';
import { COMMUNE, DISTRICT, HEALTH, JUSTICE, JUSTICE_TYPED, q1Context, q1Run } from './national-index-fixtures';
import { rowIndex, values } from './report-fixtures';
import { rowTexts } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');
const run = q1Run();
const typed = new Map([[JUSTICE, { points: new Map(Object.entries(JUSTICE_TYPED)), cells: new Map() }]]);
const model = nationalIndexSheet(scoreRunNationalIndex(run, profile, typed), profile, q1Context(), true);
const lines = rowTexts(model.rows).map((r) => r.filter(Boolean).join(' | '));

describe('the Chỉ số 766 sheet', () => {
  it('is chosen as chi-so-766 or by its name', () => {
    expect(model.name).toBe(NATIONAL_INDEX_SHEET);
    expect(chooseSheets(['chi-so-766', 'Chỉ số 766', 'chi so 766'])).toEqual(Array(3).fill('Chỉ số 766'));
  });

  it('has its title, the period, one header row and the levels as sections I–III', () => {
    expect(lines[0]).toBe('KẾT QUẢ BỘ CHỈ SỐ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)');
    expect(lines[1]).toBe('Từ ngày 01/01/2024 đến ngày 31/03/2024');
    expect(lines).toContain('STT | Đơn vị, nhóm chỉ số, chỉ số | Tử số | Mẫu số | Tỷ lệ (%) | Điểm | Tối đa | Xếp hạng | Điểm mất do trễ hạn | Nguồn số liệu, ghi chú');
    const sections = lines.filter((l) => /^(I|II|III) \| /.test(l));
    expect(sections).toEqual(['I | CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', 'II | UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', 'III | UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN']);
    // The commune under its district's title, numbered within it.
    const at = lines.indexOf('III | UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN');
    expect(lines[at + 1]).toBe(`1 | ${DISTRICT}`);
    expect(lines[at + 2]).toMatch(new RegExp(`^1\\.1 \\| ${COMMUNE} \\| — \\| 100 \\| — \\| — \\| `));
  });

  it('gives Sở Tư pháp its total, rank and the Tiến độ lost to its late and overdue cases', () => {
    const r = rowIndex(model, 1, JUSTICE);
    // Total 83,97 of 100 (test/domain/national-index/unit-index.test.ts adds it up), rank 1 of the provincial units;
    // 5 late or overdue cases × 20 ÷ 21 = 4,76 lost.
    expect(values(model, r)).toEqual([
      '1', JUSTICE, null, null, null, 83.97, 100, 1, 4.76,
      '5 hồ sơ trễ hạn, quá hạn; mỗi hồ sơ làm mất 0,95 điểm Tiến độ',
    ]);
    expect(model.rows[r][5]?.style).toMatchObject({ numFmt: '0.00', bold: true });
  });

  it('lists each group, then each metric with numerator, denominator, rate, points, maximum and source', () => {
    const r = rowIndex(model, 1, JUSTICE);
    const block = model.rows.slice(r + 1, r + 19).map((row) => row.map((c) => c?.value ?? null));
    expect(block.map((row) => row.slice(1, 7))).toEqual([
      ['1. Công khai, minh bạch', null, null, null, 16.64, 18],
      ['– Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', 18, 21, 85.71, 5.14, 6],
      ['– Các chỉ số công khai, minh bạch còn lại', null, null, null, 11.5, 12],
      // A group of one metric carries the metric's figures on its own row.
      ['2. Tiến độ giải quyết', 16, 21, 76.19, 15.24, 20],
      ['3. Dịch vụ công trực tuyến', null, null, null, 11, 12],
      ['– Hồ sơ nộp trực tuyến', 12, 21, 57.14, 6, 6],
      ['– Các chỉ số dịch vụ công trực tuyến còn lại', null, null, null, 5, 6],
      ['4. Thanh toán trực tuyến', null, null, null, 8.5, 10],
      ['– Hồ sơ có phí, lệ phí được thanh toán trực tuyến (phần A)', 3, 4, 75, 4.5, 6],
      ['– Các chỉ số thanh toán trực tuyến còn lại', null, null, null, 4, 4],
      ['5. Số hóa hồ sơ', null, null, null, 16.33, 22],
      ['– Hồ sơ được số hóa khi tiếp nhận', 14, 21, 66.67, 5.33, 8],
      ['– Kết quả giải quyết được số hóa', 13, 13, 100, 8, 8],
      ['– Các chỉ số số hóa còn lại', null, null, null, 3, 6],
      ['6. Mức độ hài lòng', null, null, null, 16.26, 18],
      ['– Hài lòng trong tiếp nhận, giải quyết TTHC', 15, 21, 71.43, 4.76, 6],
      ['– Phản ánh, kiến nghị được xử lý đúng hạn', null, null, null, 6, 6],
      ['– Hài lòng trong xử lý phản ánh, kiến nghị', null, null, null, 5.5, 6],
    ]);
    expect(block[1][9]).toBe('Tính từ danh sách hồ sơ');
    expect(block[2][9]).toBe('Nhập ở sheet «Chỉ số 766 bổ sung»');
  });

  it('shows «—» where a figure is missing, and says why', () => {
    const r = rowIndex(model, 1, HEALTH);
    expect(values(model, r).slice(5, 10)).toEqual([
      '—', 100, '—', 0,
      'Chưa có tổng điểm, chưa xếp hạng: thiếu điểm nhóm Công khai, minh bạch, Dịch vụ công trực tuyến, Thanh toán trực tuyến, Số hóa hồ sơ, Mức độ hài lòng',
    ]);
    const payment = rowIndex(model, 1, '– Hồ sơ có phí, lệ phí được thanh toán trực tuyến (phần A)', r);
    expect(values(model, payment).slice(2, 10)).toEqual([null, null, null, '—', 6, null, null, 'Chưa có số liệu: không có hồ sơ để tính; chưa nhập ở sheet «Chỉ số 766 bổ sung»']);
    const commune = rowIndex(model, 1, COMMUNE);
    expect(values(model, commune)[9]).toContain('Không có hồ sơ phải giải quyết trong kỳ');
    expect(lines).toContain('Có tổng điểm, xếp hạng 01/02 cơ quan, đơn vị (chưa đủ số liệu: Sở Y tế).');
  });

  it('explains every formula from the profile, and that some splits are not settled', () => {
    expect(lines).toContain('Hồ sơ giải quyết đúng hạn: tỷ lệ = hồ sơ đúng hạn ÷ hồ sơ phải giải quyết; điểm = 20 × tỷ lệ.');
    expect(lines).toContain('Hồ sơ nộp trực tuyến: tỷ lệ = hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận mới trong kỳ; đủ 6 điểm khi tỷ lệ từ 50%, dưới đó 6 × tỷ lệ ÷ 50%.');
    expect(lines).toContain('Hài lòng trong tiếp nhận, giải quyết TTHC: tỷ lệ = (hồ sơ phải giải quyết − hồ sơ trễ hạn, quá hạn − hồ sơ có phản ánh, kiến nghị) ÷ hồ sơ phải giải quyết; đủ 6 điểm khi tỷ lệ từ 90%, dưới đó 6 × tỷ lệ ÷ 90%.');
    expect(lines.some((l) => l.includes('Hồ sơ rút được tính là đã giải quyết đúng hạn.'))).toBe(true);
    expect(lines).toContain('Cách chia điểm giữa các phần của nhóm «Công khai, minh bạch» (6 + 12), «Dịch vụ công trực tuyến» (6 + 6), «Số hóa hồ sơ» (8 + 8 + 6) chưa có văn bản quy định rõ: là tham số của quy tắc «dienbien-1187».');
  });

  it('is print-ready: A4 landscape one page wide at a readable scale, header repeated, panes frozen', () => {
    const header = rowIndex(model, 0, 'STT') + 1;
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: header, to: header } });
    expect(model.freeze).toEqual({ rows: header, cols: 2 });
    expect(model.kind).toBe('result');
    const points = model.widths.reduce((s, w) => s + 0.75 * (7 * w + 5), 0);
    expect(((11.69 - 1) * 72) / points).toBeGreaterThanOrEqual(0.7);
    expect(Math.max(...model.rows.map((r) => r.length))).toBeLessThanOrEqual(model.widths.length);
  });
});

describe('the Chỉ số 766 sheet in a real .xlsx', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tthc-766-'));

  it('reads back cell for cell with its print setup, and prints to A4 landscape pages', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dữ liệu', { pageSetup: { paperSize: 9, orientation: 'landscape' } }).addRow(['Mã hồ sơ']);
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const file = path.join(dir, 'chi-so-766.xlsx');
    writeFileSync(file, await editPackage(input, { remove: [], add: [model], activeSheet: NATIONAL_INDEX_SHEET }));

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const ws = back.getWorksheet(NATIONAL_INDEX_SHEET)!;
    const cells = expectedCells(model);
    expect(cells.length).toBeGreaterThan(300);
    for (const [r, c, v] of cells) expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, v]);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${model.print.repeatRows!.from}:${model.print.repeatRows!.to}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: model.freeze!.rows, xSplit: 2 });

    const pdf = readFileSync(convertWithLibreOffice(file, 'pdf', dir));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const boxes = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b[^>]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))},${Math.round(Number(m[2]))}`);
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes)).toEqual(new Set(['842,595']));
  });
});

/** The model's cells that carry a value, as ExcelJS should read them back. */
function expectedCells(m: SheetModel): [number, number, unknown][] {
  return m.rows.flatMap((row, r) => row.flatMap((c, k): [number, number, unknown][] => (c && c.value !== null && c.value !== '' ? [[r + 1, k + 1, c.value]] : [])));
}
