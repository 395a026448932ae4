/**
 * A case list without a «Hình thức nộp» column: a blank channel reads as in person, so the online-filing
 * share would be 0 % and Tiêu chí 9 would score 0 in silence. The criterion is missing instead, and said.
 */
import { score, tempDir, writeCases } from './support';

const tmp = tempDir('no-channel');
afterAll(() => tmp.cleanup());

const HEADER = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
const ROWS = [
  ['HS-1', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '04/01/2024', 'Đã trả kết quả'],
  ['HS-2', 'Sở Tư pháp', '03/01/2024', '08/01/2024', '08/01/2024', 'Đã trả kết quả'],
];

it('Tiêu chí 9 is not derived from a channel column the sheet does not have', async () => {
  const file = tmp.file('khong-kenh-nop.xlsx');
  await writeCases(file, ROWS, undefined, { header: HEADER });
  const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(r.code).toBe(0);
  const unit = r.summary!.units[0] as unknown as { criteria: (number | null)[]; scoreTotal: number | null };
  expect(unit.criteria[8]).toBeNull();
  expect(unit.scoreTotal).toBeNull();
  expect(r.issues.some((i) => i.message.includes('Sở Tư pháp') && i.message.includes('Tiêu chí 9'))).toBe(true);

  const withChannel = tmp.file('co-kenh-nop.xlsx');
  await writeCases(withChannel, ROWS.map((row) => [...row, 'Trực tiếp']), undefined, { header: [...HEADER, 'Hình thức nộp'] });
  const c = await score(withChannel, '--from', '2024-01-01', '--to', '2024-03-31');
  expect((c.summary!.units[0] as unknown as { criteria: (number | null)[] }).criteria[8]).toBe(0);
});
