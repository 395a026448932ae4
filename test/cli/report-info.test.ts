/**
 * `Thông tin báo cáo` through `tthc score` on real files: made on the first run, filled in with ExcelJS as a
 * clerk would in Excel, kept by the next run and printed in the frame of every document to sign.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { dayFromYmd } from '../../src/domain/dates';
import { builtInProfile } from '../../src/domain/scoring';
import { runScoreJob } from '../../src/workbook/score-job';
import { XlsxFileHost } from '../../src/xlsx/file-host';

const dir = mkdtempSync(path.join(tmpdir(), 'tthc-report-info-'));
const file = (name: string) => path.join(dir, name);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function writeInput(target: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  ws.addRow(['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp']);
  ws.addRow([1, 'TP-1', 'Sở Tư pháp', '02/01/2024 08:00:00', '05/01/2024', '04/01/2024 09:00:00', 'Đã trả kết quả', 'Trực tuyến']);
  ws.addRow([2, 'TP-2', 'Sở Tư pháp', '31/01/2024 08:00:00', '07/02/2024', '16/02/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp']);
  await wb.xlsx.writeFile(target);
}

/** Every text of a sheet, in reading order. */
async function texts(target: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && out.push(c.value))));
  return out;
}

const PERIOD = ['--from', '2024-01-01', '--to', '2024-03-31'];

describe('Thông tin báo cáo across runs of tthc score', () => {
  it('is made empty on the first run, keeps what the user typed on the next, and the frames print it', async () => {
    await writeInput(file('ho-so.xlsx'));
    expect(await run('score', file('ho-so.xlsx'), '--out', file('lan-1.xlsx'), ...PERIOD)).toMatchObject({ code: 0 });
    const first = await texts(file('lan-1.xlsx'), 'Xếp loại 1187');
    expect(first).toEqual(expect.arrayContaining(['………………………', 'PHỤ LỤC 01', '(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)', '…, ngày … tháng … năm …', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('lan-1.xlsx'));
    const typed: Record<string, ExcelJS.CellValue> = {
      'Cơ quan chủ quản': 'UBND tỉnh Điện Biên', 'Cơ quan báo cáo': 'Văn phòng UBND tỉnh', 'Địa danh': 'Điện Biên', 'Số báo cáo': '367/BC-VPUB',
      'Ngày báo cáo': new Date(Date.UTC(2024, 3, 5)), 'Người lập biểu': 'Nguyễn Văn A', 'Chức danh người ký': 'CHÁNH VĂN PHÒNG', 'Người ký': 'Lê Thanh Bình',
    };
    wb.getWorksheet('Thông tin báo cáo')!.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && label in typed) row.getCell(2).value = typed[label];
    });
    await wb.xlsx.writeFile(file('lan-1.xlsx'));

    expect(await run('score', file('lan-1.xlsx'), '--out', file('lan-2.xlsx'), ...PERIOD)).toMatchObject({ code: 0 });
    const info = await texts(file('lan-2.xlsx'), 'Thông tin báo cáo');
    expect(info).toEqual(expect.arrayContaining(['UBND tỉnh Điện Biên', 'Văn phòng UBND tỉnh', '367/BC-VPUB', 'Nguyễn Văn A', 'Lê Thanh Bình']));
    for (const sheet of ['Xếp loại 1187', 'Biểu 4 - Tỷ lệ']) {
      expect(await texts(file('lan-2.xlsx'), sheet)).toEqual(expect.arrayContaining([
        'UBND TỈNH ĐIỆN BIÊN', 'VĂN PHÒNG UBND TỈNH', '(Kèm theo Báo cáo số 367/BC-VPUB ngày 05 tháng 4 năm 2024 của Văn phòng UBND tỉnh)',
        'Điện Biên, ngày 05 tháng 4 năm 2024', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn A', 'Lê Thanh Bình',
      ]));
    }
    expect(await texts(file('lan-2.xlsx'), 'Tình hình chung')).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']));
  }, 60_000);
});

describe('the task pane\'s «Thông tin văn bản» in a run', () => {
  it('is written into Thông tin báo cáo over what it holds, keeping the items the form left blank', async () => {
    await writeInput(file('ho-so-2.xlsx'));
    const options = { profile: builtInProfile('dienbien-1187'), computedAt: new Date(Date.UTC(2024, 3, 5)), version: 't', from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31) };
    const once = await XlsxFileHost.open(readFileSync(file('ho-so-2.xlsx')), 'ho-so-2.xlsx');
    await runScoreJob(once, { ...options, reportInfo: { agency: 'Văn phòng UBND tỉnh', place: 'Điện Biên' } });
    const twice = await XlsxFileHost.open(await once.output(), 'lan-1.xlsx');
    const result = await runScoreJob(twice, { ...options, reportInfo: { place: 'Mường Lay', signer: 'Lê Thanh Bình' } });
    expect(result.plan.remove).toContain('Thông tin báo cáo');
    writeFileSync(file('lan-2b.xlsx'), await twice.output());
    const info = await texts(file('lan-2b.xlsx'), 'Thông tin báo cáo');
    expect(info).toEqual(expect.arrayContaining(['Văn phòng UBND tỉnh', 'Mường Lay', 'Lê Thanh Bình']));
    expect(info).not.toContain('Điện Biên');
    expect(await texts(file('lan-2b.xlsx'), 'Xếp loại 1187')).toEqual(expect.arrayContaining(['VĂN PHÒNG UBND TỈNH', 'Mường Lay, ngày … tháng … năm …', 'Lê Thanh Bình']));
  }, 60_000);
});
