/**
 * `tthc score --due-within N`: the «Hồ sơ sắp đến hạn» sheet of a real .xlsx, read back cell by cell, for the
 * week of 24/11/2026 (a day off from 2026); N defaults to 2, and a bad N is refused with exit code 2.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(path.join(tmpdir(), 'tthc-due-within-'));
const file = (name: string) => path.join(dir, name);
const input = file('ho-so-thang-11.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  ws.addRow(['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái']);
  const rows = [
    ['TP-1', 'Sở Tư pháp', 'Cấp Phiếu lý lịch tư pháp', '02/11/2026', '18/11/2026', null, 'Đang xử lý'], // overdue Thu 19, Fri 20: −2
    ['TP-2', 'Sở Tư pháp', 'Cấp Phiếu lý lịch tư pháp', '09/11/2026', '25/11/2026', null, 'Đang xử lý'], // Mon 23, (Tue 24 off), Wed 25: 2
    ['TP-3', 'Sở Tư pháp', 'Cấp Phiếu lý lịch tư pháp', '10/11/2026', '26/11/2026', null, 'Đang xử lý'], // 3: only with N ≥ 3
    ['TP-4', 'Sở Tư pháp', 'Cấp Phiếu lý lịch tư pháp', '02/11/2026', '06/11/2026', '05/11/2026', 'Đã trả kết quả'], // early
  ];
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(input);
});

/** Code, days left, points lost, points at risk of each case row of the sheet. */
async function dueSoonRows(output: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('Hồ sơ sắp đến hạn')!;
  const found: unknown[][] = [];
  ws.eachRow((row) => {
    if (/^TP-\d$/.test(row.getCell(3).text)) found.push([3, 7, 9, 10].map((c) => row.getCell(c).value));
  });
  return found;
}

const PERIOD = ['--from', '2026-11-01', '--to', '2026-11-30', '--as-of', '2026-11-20'];

describe('tthc score --due-within', () => {
  it('lists the cases due within N working days of the as-of date, with 20 ÷ handled points each', async () => {
    const output = file('ba-ngay.xlsx');
    const r = await run('score', input, '--out', output, ...PERIOD, '--due-within', '3', '--sheets', 'sap-den-han');
    expect(r).toMatchObject({ code: 0, err: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách hồ sơ', 'Hồ sơ sắp đến hạn', 'Tiêu chí bổ sung', 'Chỉ số 766 bổ sung', 'Thông tin báo cáo', 'Kiểm tra dữ liệu', 'Thông tin', 'TTHC_Scorecard']);
    expect(wb.getWorksheet('Hồ sơ sắp đến hạn')!.getCell(3, 1).value).toBe(
      'Hồ sơ chưa giải quyết xong ngày 20/11/2026 đã quá hạn hoặc đến hạn trong 3 ngày làm việc tới (hạn xử lý đến hết ngày 26/11/2026).',
    );
    // 4 cases handled (1 resolved, 3 in progress): 20 ÷ 4 = 5 points a case.
    expect(await dueSoonRows(output)).toEqual([
      ['TP-1', -2, 5, null],
      ['TP-2', 2, null, 5],
      ['TP-3', 3, null, 5],
    ]);
  });

  it('looks 2 working days ahead by default: up to Wednesday 25/11/2026', async () => {
    const output = file('mac-dinh.xlsx');
    expect(await run('score', input, '--out', output, ...PERIOD)).toMatchObject({ code: 0, err: '' });
    expect((await dueSoonRows(output)).map((r) => r[0])).toEqual(['TP-1', 'TP-2']);
  });

  it.each(['-1', '2,5', 'hai', '21'])('refuses --due-within %s with exit code 2 and writes nothing', async (n) => {
    const output = file(`sai-${n}.xlsx`);
    const r = await run('score', input, '--out', output, ...PERIOD, '--due-within', n);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: Giá trị --due-within «${n}» phải là số ngày làm việc nguyên từ 0 đến 20.`);
    expect(existsSync(output)).toBe(false);
  });
});
