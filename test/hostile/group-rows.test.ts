/** QĐ 766 lists as agencies number them: a group row with «II» or a case count beside the name, and sub-headings. */
import ExcelJS from 'exceljs';
import { score, tempDir } from './support';

const tmp = tempDir('group-rows');
afterAll(() => tmp.cleanup());

const HEADER = ['STT', 'Đơn vị', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Trạng thái'];
const row = (stt: number, code: string, received: string, due: string, done: string | null): ExcelJS.CellValue[] =>
  [stt, null, code, received, due, done, done ? 'Đã trả kết quả' : 'Đang xử lý'];

it('a group row numbered «II» or carrying «2 hồ sơ» starts its own group; a sub-heading is never a unit', async () => {
  const file = tmp.file('nhom-danh-so.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục I');
  ws.addRow(HEADER);
  ws.addRow(['I', 'Sở Tư pháp']);
  ws.addRow(['Hồ sơ đang giải quyết']);
  ws.addRow(row(1, 'A-1', '02/01/2024', '10/01/2024', '09/01/2024'));
  ws.addRow(row(2, 'A-2', '03/01/2024', '10/01/2024', '12/01/2024'));
  ws.addRow(['II', 'UBND huyện Tuần Giáo']);
  ws.addRow(row(1, 'B-1', '04/01/2024', '10/01/2024', '09/01/2024'));
  ws.addRow(row(2, 'B-2', '05/01/2024', '12/01/2024', '11/01/2024'));
  ws.addRow([null, 'UBND xã Quài Tở', null, null, null, null, '1 hồ sơ']);
  ws.addRow(row(1, 'C-1', '08/01/2024', '15/01/2024', '16/01/2024'));
  await wb.xlsx.writeFile(file);
  const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(r.code).toBe(0);
  const units = Object.fromEntries(r.summary!.units.map((u) => [u.name, [u.total, u.late]]));
  expect(units).toEqual({ 'Sở Tư pháp': [2, 1], 'UBND huyện Tuần Giáo': [2, 0], 'UBND xã Quài Tở': [1, 1] });
});

it('a numbered row that no case below uses is not dropped in silence', async () => {
  const file = tmp.file('dong-so-thu-tu.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADER);
  ws.addRow([1, 'Sở Tư pháp', 'A-1', '02/01/2024', '10/01/2024', '09/01/2024', 'Đã trả kết quả']);
  ws.addRow([2, 'Sở Tư pháp']); // a case whose other cells were lost, or a numbered group row
  ws.addRow([3, 'Sở Tư pháp', 'A-3', '03/01/2024', '10/01/2024', '12/01/2024', 'Đã trả kết quả']);
  await wb.xlsx.writeFile(file);
  const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(r.code).toBe(0);
  expect(r.summary!.units[0].total).toBe(2);
  expect(r.issues.find((i) => i.row === 3)?.message).toBe(
    'Dòng 3 chỉ có «Sở Tư pháp» và số thứ tự nên được đọc là dòng nhóm, nhưng không dòng nào bên dưới dùng tên này; nếu đây là một hồ sơ thì dòng thiếu ngày tiếp nhận và không được tính.',
  );
});
