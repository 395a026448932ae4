/**
 * Workbooks that open but hold a hostile table: nothing in them, no header, headers repeated or merged,
 * the data in a hidden sheet, 16 000 columns, a 1 MB cell, awkward sheet names and names that clash with
 * ours. Each run ends with exit 0 (and the issue, where there is one, at its sheet, row and column) or
 * exit 2 with a message naming the sheets; the input never changes and a failure writes nothing.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { GOOD_ROWS, HEADER, issueAt, score, tempDir, writeCases } from './support';

const tmp = tempDir('tables');
afterAll(() => tmp.cleanup());
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];

async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

async function sheetNames(file: string): Promise<{ name: string; state: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state }));
}

describe('empty and headerless workbooks', () => {
  it('a workbook whose only sheet is empty', async () => {
    const file = tmp.file('trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await wb.xlsx.writeFile(file);
    expect(await score(file)).toMatchObject({ code: 2, err: 'Lỗi: Tệp không có dữ liệu: sheet «Sheet1» trống.' });
  });

  it('a workbook with several empty sheets, styled but valueless cells included', async () => {
    const file = tmp.file('trong-2.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    wb.addWorksheet('Sheet2').getCell('A1').value = '   ';
    await wb.xlsx.writeFile(file);
    expect(await score(file)).toMatchObject({ code: 2, err: 'Lỗi: Tệp không có dữ liệu: các sheet «Sheet1», «Sheet2» trống.' });
  });

  it('a workbook with only a unit list, no case sheet', async () => {
    const file = tmp.file('chi-danh-muc.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh mục đơn vị');
    ws.addRow(['Tên đơn vị', 'Cấp']);
    ws.addRow(['Sở Tư pháp', 'Tỉnh']);
    await wb.xlsx.writeFile(file);
    expect(await score(file)).toMatchObject({
      code: 2,
      err: 'Lỗi: Không tìm thấy bảng hồ sơ trong tệp (đã xem sheet «Danh mục đơn vị»): cần một dòng tiêu đề (trong 30 dòng đầu) có các cột như «Đơn vị giải quyết», «Ngày tiếp nhận», «Hạn xử lý», «Ngày trả kết quả».',
    });
  });

  it('data without a header row', async () => {
    const file = tmp.file('khong-tieu-de.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    for (const r of GOOD_ROWS) ws.addRow(r);
    wb.addWorksheet('Ghi chú').addRow(['Số liệu quý I']);
    await wb.xlsx.writeFile(file);
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi: Không tìm thấy bảng hồ sơ trong tệp (đã xem các sheet «Dữ liệu», «Ghi chú»): cần một dòng tiêu đề (trong 30 dòng đầu) có các cột như «Đơn vị giải quyết», «Ngày tiếp nhận», «Hạn xử lý», «Ngày trả kết quả».',
    );
  });

  it('a header below row 30', async () => {
    const file = tmp.file('tieu-de-xa.xlsx');
    await writeCases(file, [], (_wb, ws) => {
      ws.spliceRows(1, 1);
      for (let i = 0; i < 35; i++) ws.addRow([`Ghi chú ${i + 1}`]);
      ws.addRow(HEADER);
      for (const r of GOOD_ROWS) ws.addRow(r);
    });
    expect((await score(file)).err).toContain('Không tìm thấy bảng hồ sơ trong tệp (đã xem sheet «Danh sách hồ sơ»)');
  });
});

describe('headers', () => {
  it('a header repeated in two columns: the first is used and the user is told where', async () => {
    const file = tmp.file('trung-tieu-de.xlsx');
    await writeCases(file, GOOD_ROWS.map((r) => [...r, r[2]]), undefined, { header: [...HEADER, 'Ngày tiếp nhận'] });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 1, 'C')?.message).toBe(
      'Tiêu đề «Ngày tiếp nhận» có ở 2 cột (C, H); dùng cột C. Đổi tên các cột còn lại nếu dùng sai cột.',
    );
  });

  it('the header printed again every page: those rows are skipped and counted once', async () => {
    const file = tmp.file('lap-tieu-de.xlsx');
    await writeCases(file, [GOOD_ROWS[0], HEADER, GOOD_ROWS[1], HEADER, GOOD_ROWS[2]]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua');
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 3, null)?.message).toBe('Bỏ qua 2 dòng lặp lại tiêu đề bảng (dòng đầu tiên 3).');
  });

  it('merged title, a two-row grouped header with merged cells, and merged agency group rows (QĐ 766)', async () => {
    const file = tmp.file('gop-o.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hồ sơ');
    ws.addRow(['DANH SÁCH HỒ SƠ QUÝ I/2024']);
    ws.mergeCells('A1:G1');
    ws.addRow(['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày', null, null, 'Trạng thái', 'Hình thức nộp']);
    ws.addRow([null, null, 'Tiếp nhận', 'Hẹn trả', 'Trả kết quả', null, null]);
    for (const range of ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3']) ws.mergeCells(range);
    ws.addRow(['Sở Tư pháp']);
    ws.mergeCells('A4:G4');
    ws.addRow(['TP-1', null, '02/01/2024', '05/01/2024', '04/01/2024', 'Đã trả kết quả', 'Trực tuyến']);
    ws.addRow(['TP-2', null, '03/01/2024', '08/01/2024', '10/01/2024', 'Đã trả kết quả', 'Trực tiếp']);
    ws.addRow(['UBND xã Thanh Minh']);
    ws.mergeCells('A7:G7');
    ws.addRow(['TM-1', null, '04/01/2024', '09/01/2024', '05/01/2024', 'Đã trả kết quả', 'Trực tiếp']);
    await wb.xlsx.writeFile(file);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Hồ sơ»; 0 dòng bị bỏ qua');
    const units = Object.fromEntries(r.summary!.units.map((u) => [u.name, u]));
    expect(units['Sở Tư pháp']).toMatchObject({ total: 2, early: 1, late: 1 });
    expect(units['UBND xã Thanh Minh']).toMatchObject({ total: 1, early: 1 });
  });
});

describe('sheets', () => {
  it('the cases in a hidden sheet: used, and the user is told', async () => {
    for (const state of ['hidden', 'veryHidden'] as const) {
      const file = tmp.file(`an-${state}.xlsx`);
      await writeCases(file, GOOD_ROWS, (wb, ws) => {
        ws.state = state;
        wb.addWorksheet('Hướng dẫn').addRow(['Xem sheet dữ liệu']);
      }, { sheet: 'Dữ liệu gốc' });
      const r = await score(file, ...Q1);
      expect(r.code).toBe(0);
      const warning = issueAt(r.issues, 'Dữ liệu gốc', null, null)?.message;
      expect(warning).toBe(
        state === 'hidden'
          ? 'Danh sách hồ sơ được đọc từ sheet đang ẩn «Dữ liệu gốc». Kiểm tra đây đúng là dữ liệu cần chấm.'
          : 'Danh sách hồ sơ được đọc từ sheet đang ẩn «Dữ liệu gốc» (ẩn sâu, chỉ hiện lại được bằng VBA). Kiểm tra đây đúng là dữ liệu cần chấm.',
      );
      // The user's sheets keep their visibility; ours are added visible, the marker very hidden.
      const names = await sheetNames(r.output);
      expect(names.slice(0, 2)).toEqual([{ name: 'Dữ liệu gốc', state }, { name: 'Hướng dẫn', state: 'visible' }]);
      expect(names.at(-1)).toEqual({ name: 'TTHC_Scorecard', state: 'veryHidden' });
    }
  });

  it('a visible case sheet wins over a hidden copy, without a warning', async () => {
    const file = tmp.file('an-va-hien.xlsx');
    await writeCases(file, GOOD_ROWS, (wb) => {
      const copy = wb.addWorksheet('Bản cũ', { state: 'hidden' });
      copy.addRow(HEADER);
      copy.addRow(GOOD_ROWS[0]);
    });
    const r = await score(file, ...Q1);
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»');
    expect(r.issues.filter((i) => i.message.includes('sheet đang ẩn'))).toEqual([]);
  });

  it("sheet names with ' and & (and [ ] that Excel forbids but a file can carry) are read and quoted", async () => {
    const file = tmp.file('ten-sheet.xlsx');
    await writeCases(file, [...GOOD_ROWS, ['HS-9', 'Sở Tư pháp', '31/02/2024', '05/03/2024', null, 'Đang xử lý', 'Trực tiếp']], undefined, { sheet: "Hồ sơ 'Q1' & Q2" });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã đọc 4 dòng hồ sơ từ sheet «Hồ sơ 'Q1' & Q2»; 1 dòng bị bỏ qua");
    expect(issueAt(r.issues, "Hồ sơ 'Q1' & Q2", 5, 'C')?.message).toBe('Ngày tiếp nhận: ngày không tồn tại (31/02/2024); dòng này bị bỏ qua.');
    expect((await sheetNames(r.output))[0].name).toBe("Hồ sơ 'Q1' & Q2");

    // Excel refuses '[' and ']' in a name, but nothing stops a generator from writing them.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wbXml.replace('name="Hồ sơ &apos;Q1&apos; &amp; Q2"', 'name="Hồ sơ [2024]"').replace("name=\"Hồ sơ 'Q1' &amp; Q2\"", 'name="Hồ sơ [2024]"'));
    const odd = tmp.file('ngoac-vuong.xlsx');
    writeFileSync(odd, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r2 = await score(odd, ...Q1);
    expect(r2.code).toBe(0);
    expect(r2.out).toContain('từ sheet «Hồ sơ [2024]»');
    expect(issueAt(r2.issues, 'Hồ sơ [2024]', 5, 'C')).toBeDefined();
  });

  it('a user sheet with a result sheet’s name is left byte for byte; the result goes to «… (2)»', async () => {
    const file = tmp.file('trung-ten.xlsx');
    await writeCases(file, GOOD_ROWS, (wb) => {
      const mine = wb.addWorksheet('Tổng hợp theo đơn vị');
      mine.addRow(['Bảng tổng hợp tự làm của phòng']);
      mine.addRow(['Sở Tư pháp', 42]);
    });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cảnh báo: đã có sheet «Tổng hợp theo đơn vị» không do phần mềm tạo; kết quả ghi vào «Tổng hợp theo đơn vị (2)».');
    const [a, b] = [await partsOf(file), await partsOf(r.output)];
    expect(b.get('xl/worksheets/sheet2.xml')).toEqual(a.get('xl/worksheets/sheet2.xml'));
    const names = (await sheetNames(r.output)).map((s) => s.name);
    expect(names).toContain('Tổng hợp theo đơn vị');
    expect(names).toContain('Tổng hợp theo đơn vị (2)');
    // Sheet names stay unique however Excel compares them (case-insensitively).
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });

  // A user's own sheet called «TTHC_Scorecard» is not our marker (that one is very hidden and titled): it is
  // kept, read like any sheet, and our marker goes under a free name.
  it('a user sheet named like our marker is kept', async () => {
    const file = tmp.file('trung-marker.xlsx');
    await writeCases(file, GOOD_ROWS, (wb) => {
      const mine = wb.addWorksheet('TTHC_Scorecard');
      mine.addRow(['Ghi chú của phòng']);
      mine.addRow(['Danh sách hồ sơ']);
    });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    const names = await sheetNames(r.output);
    expect(names.filter((s) => s.name.toUpperCase().startsWith('TTHC_SCORECARD'))).toHaveLength(2);
    expect(names).toContainEqual({ name: 'TTHC_Scorecard', state: 'visible' });
  });
});

describe('size', () => {
  it('16 000 columns: a header and rows that wide are read, the table found', async () => {
    const file = tmp.file('rong-16000.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    const filler = (n: number, f: (c: number) => string | number): (string | number)[] => Array.from({ length: n }, (_, c) => f(c));
    ws.addRow([...HEADER, ...filler(16_000 - HEADER.length, (c) => `Cột phụ ${c + 1}`)]).commit();
    for (const r of GOOD_ROWS) ws.addRow([...r, ...filler(16_000 - HEADER.length, (c) => c)]).commit();
    ws.commit();
    await wb.commit();
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua');
  });

  it('a stray cell at XFD1048576 (the last cell of a sheet) costs nothing', async () => {
    const file = tmp.file('o-cuoi.xlsx');
    await writeCases(file, GOOD_ROWS, (_wb, ws) => {
      ws.getCell('XFD1048576').value = 'x';
    });
    const started = Date.now();
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    // A lone text cell under the table reads as an agency group label (QĐ 766 lists), not as a case.
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua');
    expect(Date.now() - started).toBeLessThan(30_000); // a hang guard, not a benchmark
  });

  it('a 1 MB cell: read, quoted shortened in messages, nothing breaks', async () => {
    const huge = 'Hồ sơ bổ sung '.repeat(75_000).slice(0, 1_048_576);
    const file = tmp.file('o-1mb.xlsx');
    await writeCases(file, [...GOOD_ROWS, ['HS-4', 'Sở Tư pháp', '04/01/2024', '09/01/2024', '05/01/2024', huge, 'Trực tiếp', huge]], undefined, {
      header: [...HEADER, 'Ghi chú'],
    });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    const issue = issueAt(r.issues, 'Danh sách hồ sơ', 5, 'F');
    // The text says «bổ sung» (waiting for documents) though the case has a return date.
    expect(issue?.message).toBe(`Trạng thái «${huge.slice(0, 80)}… (1.048.576 ký tự)» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.`);
    expect(r.summary!.units.find((u) => u.name === 'Sở Tư pháp')).toMatchObject({ total: 3, early: 2 });
  });
});
