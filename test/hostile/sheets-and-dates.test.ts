/**
 * Case lists as offices send them — which sheet holds the cases, and dates that cannot be true — through
 * the real command. Each file is one situation that once gave wrong figures with exit 0 and no word.
 */
import ExcelJS from 'exceljs';
import { GOOD_ROWS, HEADER, issueAt, score, tempDir, writeCases } from './support';

const tmp = tempDir('sheets-dates');
afterAll(() => tmp.cleanup());
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];

/** A sheet of `HEADER` rows: `n` cases of `unit`, codes from `first`, received in January 2024, done on time. */
function addCases(wb: ExcelJS.Workbook, name: string, unit: string, first: number, n: number, header = HEADER): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(header);
  for (let i = 0; i < n; i++) ws.addRow([`HS-${first + i}`, unit, `0${(i % 9) + 1}/01/2024 08:00:00`, '20/01/2024', '19/01/2024', 'Đã trả kết quả', 'Trực tiếp']);
  return ws;
}

async function infoRows(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = new Map<string, string>();
  wb.getWorksheet('Thông tin')!.eachRow((row) => rows.set(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')));
  return rows;
}

describe('which sheet holds the cases', () => {
  it('a case list called «DS hồ sơ» — what many offices call it — is read, with or without --sheet', async () => {
    const file = tmp.file('ds-ho-so.xlsx');
    await writeCases(file, GOOD_ROWS, undefined, { sheet: 'DS hồ sơ' });
    for (const extra of [[], ['--sheet', 'DS hồ sơ']]) {
      const r = await score(file, ...Q1, ...extra);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «DS hồ sơ»; 0 dòng bị bỏ qua');
      expect(r.summary!.units.map((u) => u.total).reduce((a, b) => a + b)).toBe(3);
    }
  });

  it('one sheet per unit: every sheet counted, and the run says it merged them', async () => {
    const file = tmp.file('moi-don-vi-mot-sheet.xlsx');
    const wb = new ExcelJS.Workbook();
    addCases(wb, 'Sở Tư pháp', 'Sở Tư pháp', 1, 4);
    addCases(wb, 'Sở Y tế', 'Sở Y tế', 100, 3);
    addCases(wb, 'UBND xã Thanh Nưa', 'UBND xã Thanh Nưa', 200, 2);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    const totals = Object.fromEntries(r.summary!.units.map((u) => [u.name, u.total]));
    expect(totals).toEqual({ 'Sở Tư pháp': 4, 'Sở Y tế': 3, 'UBND xã Thanh Nưa': 2 });
    const note = 'Gộp 3 sheet cùng cột, không trùng mã hồ sơ (Mã hồ sơ): «Sở Tư pháp» (4 dòng), «Sở Y tế» (3 dòng), «UBND xã Thanh Nưa» (2 dòng).';
    expect(issueAt(r.issues, 'Sở Tư pháp', null, null)?.message).toBe(note);
    expect(r.out).toContain('Đã đọc 9 dòng hồ sơ từ 3 sheet: «Sở Tư pháp» (4 dòng), «Sở Y tế» (3 dòng), «UBND xã Thanh Nưa» (2 dòng); 0 dòng bị bỏ qua');
    expect(r.summary).toMatchObject({
      input: {
        selection: 'merged',
        note,
        sheets: [
          { sheet: 'Sở Tư pháp', headerRow: 1, rows: 4, skipped: 0 },
          { sheet: 'Sở Y tế', headerRow: 1, rows: 3, skipped: 0 },
          { sheet: 'UBND xã Thanh Nưa', headerRow: 1, rows: 2, skipped: 0 },
        ],
      },
    });
    const info = await infoRows(r.output);
    expect(info.get('Cách chọn sheet')).toBe(note);
  });

  it('a 2-row «Hồ sơ trễ hạn» extract with one more column beside the full list: the full list is scored', async () => {
    const file = tmp.file('trich-tre-han.xlsx');
    const wb = new ExcelJS.Workbook();
    const extract = wb.addWorksheet('Hồ sơ trễ hạn');
    extract.addRow([...HEADER, 'Số ngày trễ']);
    extract.addRow(['HS-3', 'Sở Tư pháp', '03/01/2024 08:00:00', '20/01/2024', '19/01/2024', 'Đã trả kết quả', 'Trực tiếp', 2]);
    extract.addRow(['HS-5', 'Sở Tư pháp', '05/01/2024 08:00:00', '20/01/2024', '19/01/2024', 'Đã trả kết quả', 'Trực tiếp', 1]);
    addCases(wb, 'Tất cả hồ sơ', 'Sở Tư pháp', 1, 12);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.summary!.units).toEqual([expect.objectContaining({ name: 'Sở Tư pháp', total: 12 })]);
    expect(r.summary).toMatchObject({ input: { selection: 'fullList', sheets: [{ sheet: 'Tất cả hồ sơ', rows: 12 }] } });
    expect(issueAt(r.issues, 'Tất cả hồ sơ', null, null)?.message).toBe(
      'Đọc danh sách đầy đủ ở sheet «Tất cả hồ sơ» (12 dòng). Bỏ qua «Hồ sơ trễ hạn» (2 dòng): mọi hồ sơ của sheet này đều có trong sheet «Tất cả hồ sơ» (bản trích hoặc bản sao).',
    );
  });

  it('two lists that overlap: exit 2 listing the candidates with their rows; --sheet settles it', async () => {
    const file = tmp.file('hai-danh-sach.xlsx');
    const wb = new ExcelJS.Workbook();
    addCases(wb, 'Xuất lần 1', 'Sở Tư pháp', 1, 5);
    addCases(wb, 'Xuất lần 2', 'Sở Tư pháp', 3, 6);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi: Có 2 sheet giống danh sách hồ sơ: «Xuất lần 1» (5 dòng), «Xuất lần 2» (6 dòng). Các sheet này không cùng cột hoặc có hồ sơ trùng nhau, nên không tự gộp được. Chọn sheet cần chấm (tham số --sheet, có thể nhắc lại để đọc nhiều sheet).',
    );
    const chosen = await score(file, ...Q1, '--sheet', 'Xuất lần 2');
    expect(chosen.code).toBe(0);
    expect(chosen.summary!.units[0].total).toBe(6);
  });

  it('a list whose every case is late is said to be an extract, not the whole list', async () => {
    const file = tmp.file('chi-tre-han.xlsx');
    const late = Array.from({ length: 6 }, (_, i) => [`HS-${i}`, 'Sở Tư pháp', '02/01/2024', '10/01/2024', '15/01/2024', 'Đã trả kết quả', 'Trực tiếp']);
    await writeCases(file, late, undefined, { sheet: 'DS hồ sơ trễ hạn' });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'DS hồ sơ trễ hạn', null, null)?.message).toBe(
      'Mọi hồ sơ trong kỳ (6) đều trễ hạn hoặc quá hạn: sheet này có thể là danh sách trích (chỉ hồ sơ trễ hạn), không phải danh sách đầy đủ; khi đó tỷ lệ và điểm sai. Hãy dùng danh sách tất cả hồ sơ.',
    );
  });
});

describe('dates that cannot be true', () => {
  it('one row with a mistyped year (2025 for 2024) leaves the default period on the bulk, and is named', async () => {
    const file = tmp.file('go-nham-nam.xlsx');
    const rows = [...GOOD_ROWS, ['HS-9', 'Sở Tư pháp', '15/02/2025 08:00:00', '20/02/2025', null, 'Đang xử lý', 'Trực tiếp']];
    await writeCases(file, rows);
    const r = await score(file);
    expect(r.code).toBe(0);
    expect(r.summary).toMatchObject({ period: { from: '2024-01-01', to: '2024-03-31', asOf: '2024-03-31', source: 'receipts' } });
    expect(r.out).toContain('Kỳ báo cáo: quý I/2024 (01/01/2024 – 31/03/2024), tính đến 31/03/2024 — mặc định: quý có phần lớn ngày tiếp nhận');
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 5, 'C')?.message).toBe(
      'Ngày tiếp nhận 15/02/2025 sau kỳ báo cáo mặc định (đến 31/03/2024, nơi có phần lớn hồ sơ): hồ sơ này không được tính. Kiểm tra lại năm, hoặc chọn kỳ báo cáo khác.',
    );
    expect((await infoRows(r.output)).get('Kỳ báo cáo')).toBe('Từ ngày 01/01/2024 đến ngày 31/03/2024 — mặc định: quý có phần lớn ngày tiếp nhận');
  });

  it('a completion in 2099 does not turn a finished case into an overdue one: the row is refused', async () => {
    const file = tmp.file('nam-2099.xlsx');
    await writeCases(file, [...GOOD_ROWS, ['HS-9', 'Sở Tư pháp', '04/01/2024 08:00:00', '10/01/2024', '08/05/2099', 'Đã trả kết quả', 'Trực tiếp']]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 5, 'E')?.message).toMatch(
      /^Ngày trả kết quả 08\/05\/2099 sau ngày hôm nay \(\d\d\/\d\d\/20\d\d\): không thể đúng, có thể gõ nhầm năm; dòng này bị bỏ qua\.$/,
    );
    const justice = r.summary!.units.find((u) => u.name === 'Sở Tư pháp')!;
    expect(justice).toMatchObject({ total: 2, overdue: 0 });
  });

  it('a completion after the export date printed in the title is refused', async () => {
    const file = tmp.file('sau-ngay-xuat.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN QUÝ I/2024']);
    ws.addRow(['Ngày xuất: 05/04/2024 10:20']);
    ws.addRow(HEADER);
    for (const r of GOOD_ROWS) ws.addRow(r);
    ws.addRow(['HS-9', 'Sở Tư pháp', '04/03/2024 08:00:00', '10/03/2024', '10/04/2024', 'Đã trả kết quả', 'Trực tiếp']);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 7, 'E')?.message).toBe(
      'Ngày trả kết quả 10/04/2024 sau ngày xuất danh sách 05/04/2024 (ghi ở dòng 2): không thể đúng; dòng này bị bỏ qua.',
    );
    expect(r.out).toContain('Đã đọc 4 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 1 dòng bị bỏ qua');
  });

  it('a receipt typed ten years early and a deadline a year out are used but warned', async () => {
    const file = tmp.file('nam-xa.xlsx');
    const rows = [
      ...GOOD_ROWS,
      ['HS-8', 'Sở Tư pháp', '02/01/2014 08:00:00', '10/01/2014', null, 'Đang xử lý', 'Trực tiếp'],
      ['HS-9', 'Sở Tư pháp', '02/02/2024 08:00:00', '10/02/2025', '05/02/2024', 'Đã trả kết quả', 'Trực tiếp'],
    ];
    await writeCases(file, rows);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 5, 'C')?.message).toBe(
      'Ngày tiếp nhận 02/01/2014 cách xa phần lớn các ngày tiếp nhận (quanh 03/01/2024): kiểm tra lại năm; vẫn tính theo ngày này.',
    );
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 6, 'D')?.message).toBe(
      'Hạn xử lý 10/02/2025 hơn một năm sau ngày tiếp nhận 02/02/2024: kiểm tra lại năm; vẫn tính theo hạn này.',
    );
  });
});

describe('the 1904 date system', () => {
  // 1904 serials: 43829 is 02/01/2024, 43836 is 09/01/2024 (1 462 less than in the 1900 system).
  it('serial numbers typed in General format count from 1904, like the cells formatted as dates', async () => {
    const file = tmp.file('he-1904.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(HEADER);
    ws.addRow(['HS-1', 'Sở Tư pháp', 43829, 43836, 43835, 'Đã trả kết quả', 'Trực tiếp']);
    const dated = ws.addRow(['HS-2', 'Sở Tư pháp', new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 9)), new Date(Date.UTC(2024, 0, 12)), 'Đã trả kết quả', 'Trực tiếp']);
    for (const c of [3, 4, 5]) dated.getCell(c).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.summary!.units).toEqual([expect.objectContaining({ name: 'Sở Tư pháp', total: 2, early: 1, late: 1 })]);
    expect(r.summary).toMatchObject({ period: { from: '2024-01-01' } });
  });
});

describe('the as-of date never lies after the data was exported', () => {
  it('a list exported on 18/03 is judged at 18/03, not at the quarter end: cases still within their deadline are not overdue', async () => {
    const file = tmp.file('xuat-giua-quy.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(['Ngày xuất: 18/03/2024']);
    ws.addRow(HEADER);
    ws.addRow(['A1', 'Sở Tư pháp', '04/03/2024', '08/03/2024', '07/03/2024', 'Đã trả kết quả', 'Trực tiếp']);
    ws.addRow(['A2', 'Sở Tư pháp', '11/03/2024', '25/03/2024', null, 'Đang xử lý', 'Trực tiếp']);
    ws.addRow(['A3', 'Sở Tư pháp', '12/03/2024', '27/03/2024', null, 'Đang xử lý', 'Trực tiếp']);
    ws.addRow(['A4', 'Sở Tư pháp', '13/03/2024', '14/03/2024', null, 'Đang xử lý', 'Trực tiếp']);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.summary).toMatchObject({ period: { from: '2024-01-01', to: '2024-03-31', asOf: '2024-03-18' } });
    expect(r.summary!.units[0]).toMatchObject({ early: 1, withinDeadline: 2, overdue: 1 });
    expect(issueAt(r.issues, 'Danh sách hồ sơ', null, null)?.message).toBe(
      'Ngày tính đến là 18/03/2024 (ngày xuất danh sách ghi ở dòng 1 sheet «Danh sách hồ sơ»), không phải ngày cuối kỳ 31/03/2024: sau ngày đó dữ liệu chưa cho biết hồ sơ nào quá hạn. Chọn ngày tính đến khác nếu cần.',
    );
    // Asked for explicitly, the quarter end is used, with a warning.
    const given = await score(file, ...Q1, '--as-of', '2024-03-31');
    expect(given.summary).toMatchObject({ period: { asOf: '2024-03-31' } });
    expect(given.summary!.units[0]).toMatchObject({ overdue: 3 });
    expect(issueAt(given.issues, 'Danh sách hồ sơ', null, null)?.message).toBe(
      'Ngày tính đến 31/03/2024 sau ngày xuất danh sách ghi ở dòng 1 sheet «Danh sách hồ sơ» (18/03/2024): hồ sơ còn trong hạn đến ngày đó vẫn có thể bị tính là quá hạn.',
    );
  });
});

describe('sheets named together never count a case twice', () => {
  it('--sheet A --sheet B with a case in both: the second row is refused, naming the first', async () => {
    const file = tmp.file('hai-sheet-trung.xlsx');
    const wb = new ExcelJS.Workbook();
    addCases(wb, 'Tháng 1', 'Sở Tư pháp', 1, 3);
    addCases(wb, 'Tháng 2', 'Sở Tư pháp', 3, 2); // HS-3 again, then HS-4
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1, '--sheet', 'Tháng 1', '--sheet', 'Tháng 2');
    expect(r.code).toBe(0);
    expect(r.summary!.units[0].total).toBe(4);
    expect(issueAt(r.issues, 'Tháng 2', 2, 'A')?.message).toBe('Trùng mã hồ sơ «HS-3» với sheet «Tháng 1» dòng 4; dòng này bị bỏ qua.');
  });
});

describe('a period with nothing in it', () => {
  it('a report of zeros is warned, not produced in silence', async () => {
    const file = tmp.file('ky-trong.xlsx');
    await writeCases(file, GOOD_ROWS);
    const r = await score(file, '--from', '2023-01-01', '--to', '2023-03-31');
    expect(r.code).toBe(0);
    expect(r.issues.map((i) => i.message)).toContain(
      'Không có hồ sơ nào thuộc kỳ báo cáo 01/01/2023 – 31/03/2023 (3 hồ sơ đọc được đều ngoài kỳ): các sheet kết quả chỉ có số 0. Kiểm tra lại kỳ báo cáo.',
    );
  });
});

describe('optional input sheets are recognised by their headers', () => {
  it('a unit list called «DM đơn vị» is read, and the run says so', async () => {
    const file = tmp.file('dm-don-vi.xlsx');
    await writeCases(file, GOOD_ROWS, (wb) => {
      const list = wb.addWorksheet('DM đơn vị');
      list.addRow(['Tên đơn vị', 'Cấp', 'Huyện']);
      list.addRow(['Sở Tư pháp', 'Tỉnh', null]);
      list.addRow(['Sở Công Thương', 'Tỉnh', null]);
      list.addRow(['UBND xã Thanh Minh', 'Xã', null]);
    });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.summary!.units.map((u) => [u.name, u.total])).toEqual([['Sở Tư pháp', 2], ['Sở Công Thương', 0], ['UBND xã Thanh Minh', 1]]);
    expect(issueAt(r.issues, 'DM đơn vị', null, null)?.message).toBe(
      'Đọc danh mục đơn vị từ sheet «DM đơn vị» (nhận ra theo cột «Tên đơn vị», «Cấp»). Nếu không phải, đổi tên sheet đó; nếu đúng, có thể đặt tên sheet là «Danh mục đơn vị».',
    );
  });
});
