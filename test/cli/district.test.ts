/**
 * `tthc score --district` on the shipped sample (a real .xlsx with three districts): Biểu 1–4 for one
 * district and its communes under their usual sheet names, the JSON naming it, an unknown name refused
 * before anything is written, and a province-wide re-run replacing the district's forms.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

const SAMPLE = path.join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');
const dir = mkdtempSync(path.join(tmpdir(), 'tthc-district-'));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every row's values as plain cells (rich text and merges read as their text). */
async function sheetRows(target: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet «${sheet}» in ${target}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'richText' in v ? (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') : v ?? null))));
  return rows;
}

const names = (rows: unknown[][]) => rows.map((r) => r[1]);
const rowNamed = (rows: unknown[][], name: string) => rows.find((r) => r[1] === name)!;
const json = (target: string) => JSON.parse(readFileSync(target, 'utf8'));
const MUONG_CHA = ['UBND huyện Mường Chà', 'UBND xã Na Sang', 'UBND xã Sa Long', 'UBND xã Mường Tùng', 'UBND xã Huổi Lèng'];

describe('tthc score --district', () => {
  const province = file('toan-tinh.xlsx');
  const district = file('muong-cha.xlsx');
  beforeAll(async () => {
    expect((await run('score', SAMPLE, '--out', province, '--json', file('toan-tinh.json'))).code).toBe(0);
  });

  it('writes Biểu 1–4 for the district and its communes, each row as the province-wide form has it, the rest province-wide', async () => {
    const r = await run('score', SAMPLE, '--out', district, '--json', file('muong-cha.json'), '--district', 'Mường Chà');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Biểu 1–4 cho «UBND huyện Mường Chà» và 4 xã của huyện; các sheet khác cho toàn tỉnh.');

    const mine = await sheetRows(district, 'Biểu 2 - Đơn vị');
    const all = await sheetRows(province, 'Biểu 2 - Đơn vị');
    expect(mine.flat()).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN MƯỜNG CHÀ CHIA THEO ĐƠN VỊ THỰC HIỆN');
    expect(all.flat()).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO ĐƠN VỊ THỰC HIỆN');
    const first = names(mine).indexOf(MUONG_CHA[0]);
    expect(names(mine).slice(first, first + 6)).toEqual([...MUONG_CHA, 'Tổng']);
    for (const unit of MUONG_CHA) expect([unit, rowNamed(mine, unit).slice(1)]).toEqual([unit, rowNamed(all, unit).slice(1)]);
    // By hand: 140+55+45+50+0 = 290 cases, 269 resolved (261 on time, 8 late), 19 in progress (15 within, 4 overdue).
    expect(rowNamed(mine, 'Tổng').slice(2, 14)).toEqual([290, 77, 15, 198, 269, 261, 8, 19, 15, 4, 2, 4]);
    expect(rowNamed(await sheetRows(district, 'Biểu 4 - Tỷ lệ'), 'Tổng').slice(2, 11)).toEqual([290, 269, 261, 8, 19, 15, 4, 2.76, 1.38]);

    const summaryNames = names(await sheetRows(district, 'Tổng hợp theo đơn vị'));
    expect(summaryNames).toEqual(expect.arrayContaining(['Sở Tư pháp', 'UBND huyện Tuần Giáo', ...MUONG_CHA]));
  });

  it('names the district in the JSON summary, as the data names it; null province-wide', () => {
    expect(json(file('muong-cha.json')).district).toBe('UBND huyện Mường Chà');
    expect(json(file('toan-tinh.json')).district).toBeNull();
    expect(json(file('muong-cha.json')).units).toHaveLength(json(file('toan-tinh.json')).units.length);
  });

  it.each(['UBND huyện Mường Chà', 'huyện mường chà', 'MUONG CHA'])('«%s» is the same district', async (typed) => {
    const r = await run('score', SAMPLE, '--out', file('bien-the.xlsx'), '--json', file('bien-the.json'), '--district', typed);
    expect(r.code).toBe(0);
    expect(json(file('bien-the.json')).district).toBe('UBND huyện Mường Chà');
  });

  it('says so when --sheets leaves out Biểu 1–4', async () => {
    const r = await run('score', SAMPLE, '--out', file('khong-bieu.xlsx'), '--sheets', 'tong-hop', '--district', 'Mường Chà');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cảnh báo: --sheets không có Biểu 1–4 nên --district «Mường Chà» không được dùng.');
  });

  it('warns, in the output, `Kiểm tra dữ liệu` and the JSON, of a district without communes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái']);
    ws.addRow([1, 'MN-1', 'UBND huyện Mường Nhé', '02/01/2024', '10/01/2024', '09/01/2024', 'Đã trả kết quả']);
    ws.addRow([2, 'TP-1', 'Sở Tư pháp', '03/01/2024', '10/01/2024', '12/01/2024', 'Đã trả kết quả']);
    await wb.xlsx.writeFile(file('muong-nhe-vao.xlsx'));
    const r = await run('score', file('muong-nhe-vao.xlsx'), '--out', file('muong-nhe.xlsx'), '--json', file('muong-nhe.json'), '--district', 'Mường Nhé');
    const warning = 'Biểu 1–4 cho «UBND huyện Mường Nhé»: dữ liệu không có xã nào thuộc huyện này (cột «Huyện» của danh mục đơn vị hoặc của danh sách hồ sơ), nên các biểu chỉ có «UBND huyện Mường Nhé».';
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Biểu 1–4 cho «UBND huyện Mường Nhé»; các sheet khác cho toàn tỉnh.\nCảnh báo: ${warning}`);
    expect(json(file('muong-nhe.json')).issues).toContainEqual({ sheet: 'Danh sách hồ sơ', row: null, column: null, message: warning });
    expect((await sheetRows(file('muong-nhe.xlsx'), 'Kiểm tra dữ liệu')).flat()).toContain(warning);
    const forms = await sheetRows(file('muong-nhe.xlsx'), 'Biểu 2 - Đơn vị');
    expect(names(forms).filter((n) => typeof n === 'string' && /^(UBND|Sở)/.test(n))).toEqual(['UBND huyện Mường Nhé']);
  });

  it('refuses an unknown district, listing those found, and writes nothing', async () => {
    const r = await run('score', SAMPLE, '--out', file('khong-co.xlsx'), '--json', file('khong-co.json'), '--district', 'Mường Nhé');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Lỗi: Không có huyện «Mường Nhé» trong dữ liệu; các huyện có: «UBND huyện Tuần Giáo», «UBND huyện Mường Chà», «UBND huyện Điện Biên Đông».');
    expect([existsSync(file('khong-co.xlsx')), existsSync(file('khong-co.json'))]).toEqual([false, false]);
  });

  it('a province-wide re-run on the district’s output replaces its Biểu under the same names', async () => {
    const again = file('lai-toan-tinh.xlsx');
    expect((await run('score', district, '--out', again)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Biểu ') && n !== 'Biểu đồ')).toEqual(['Biểu 1 - Lĩnh vực', 'Biểu 2 - Đơn vị', 'Biểu 3 - Thủ tục', 'Biểu 4 - Tỷ lệ']);
    expect(await sheetRows(again, 'Biểu 2 - Đơn vị')).toEqual(await sheetRows(province, 'Biểu 2 - Đơn vị'));
  });
});
