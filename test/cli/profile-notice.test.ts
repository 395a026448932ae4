/** A 2026 period scored with dienbien-1187: the CLI, the JSON and `Thông tin` say its national basis changed. */
import ExcelJS from 'exceljs';
import { score, tempDir, writeCases } from '../hostile/support';

const tmp = tempDir('profile-notice');
afterAll(() => tmp.cleanup());

const rows = [
  ['HS-1', 'Sở Tư pháp', '02/11/2026 08:00:00', '05/11/2026', '04/11/2026 09:00:00', 'Đã trả kết quả', 'Trực tuyến'],
  ['HS-2', 'Sở Tư pháp', '20/11/2026 08:00:00', '26/11/2026', '25/11/2026 16:00:00', 'Đã trả kết quả', 'Trực tiếp'],
];

it('says the national basis changed, in the output line, the JSON and Thông tin; silent for 2024', async () => {
  const file = tmp.file('q4-2026.xlsx');
  await writeCases(file, rows);
  const r = await score(file, '--from', '2026-10-01', '--to', '2026-12-31', '--as-of', '2026-12-01');
  expect(r.code).toBe(0);
  const notice = (r.summary as unknown as { profileNotice: string }).profileNotice;
  expect(notice).toMatch(/^Kỳ báo cáo có ngày sau ngày 30\/06\/2025, ngoài thời gian hiệu lực của căn cứ bộ quy tắc «dienbien-1187»: .*Nghị định 118\/2025\/NĐ-CP/);
  expect(r.out).toContain(`Lưu ý: ${notice}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(r.output);
  const info = new Map<string, string>();
  wb.getWorksheet('Thông tin')!.eachRow((row) => info.set(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')));
  expect(info.get('Lưu ý về căn cứ')).toBe(notice);
  expect(info.get('Hiệu lực của căn cứ')).toMatch(/^từ 13\/11\/2019 đến 30\/06\/2025\. Nghị định 61\/2018\/NĐ-CP/);

  const old = tmp.file('q1-2024.xlsx');
  await writeCases(old, rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replace('/2026', '/2024').replace('/11/', '/02/') : v))));
  const before = await score(old, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(before.code).toBe(0);
  expect((before.summary as unknown as { profileNotice: string | null }).profileNotice).toBeNull();
  expect(before.out).not.toContain('Lưu ý:');
});
