/**
 * `tthc review` on folders as reviewers fill them: workbooks linked from elsewhere, a macro-enabled one,
 * spreadsheets of other formats, the consolidated output saved into the same folder, the same unit's
 * workbook twice. Nothing is left out silently, nothing submitted is ever overwritten, and a unit that
 * would be ranked twice is warned about.
 */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, promises, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { BIEU2_MERGES, BIEU2_SHEET, seed000Grid, seed002Grid, seed004Grids, workbookOf } from '../workbook/review-fixtures';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tthc-review-folders-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => jest.restoreAllMocks());
const fsError = (code: string, syscall: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${syscall}`), { code, syscall });
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

async function review(...args: string[]): Promise<{ code: number; lines: string[]; err: string }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await main(['review', ...args], (s) => lines.push(s), (s) => err.push(s));
  expect([0, 2]).toContain(code);
  return { code, lines, err: err.join('\n') };
}

const tuanGiao = (): Promise<Buffer> => workbookOf(seed004Grids(), { [BIEU2_SHEET]: BIEU2_MERGES });
const vanPhong = (): Promise<Buffer> => workbookOf([seed002Grid(), seed000Grid()]);

/** The workbook as Excel saves it with macros: the macro-enabled content type and a VBA project part. */
async function withMacros(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  zip.file('xl/vbaProject.bin', Buffer.from('VBA'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function statusNotes(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const notes = new Map<string, string>();
  wb.getWorksheet('Tình trạng tệp')!.eachRow((row) => notes.set(String(row.getCell(2).value), String(row.getCell(9).value ?? '')));
  return notes;
}

const FIX = 'phần mềm chỉ đọc tệp .xlsx (và .xlsm). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx («Excel Workbook (*.xlsx)»).';

describe('tthc review on a folder', () => {
  it('reads linked and macro-enabled workbooks; other spreadsheet formats and broken links are listed with the fix', async () => {
    const dir = tempDir();
    const elsewhere = path.join(dir, 'noi-khac');
    const folder = path.join(dir, 'nop');
    mkdirSync(elsewhere);
    mkdirSync(path.join(folder, 'thu-muc-con'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'tuan-giao.xlsx'), await tuanGiao());
    symlinkSync(path.join(elsewhere, 'tuan-giao.xlsx'), path.join(folder, 'huyen-tuan-giao.xlsx'));
    symlinkSync(path.join(elsewhere, 'da-xoa.xlsx'), path.join(folder, 'mat-lien-ket.xlsx'));
    writeFileSync(path.join(folder, 'van-phong.xlsm'), await withMacros(await vanPhong()));
    writeFileSync(path.join(folder, 'bao-cao-cu.xls'), '<html><body><table><tr><td>Mã hồ sơ</td></tr></table></body></html>');
    writeFileSync(path.join(folder, 'bang-libre.ods'), 'PK\u0003\u0004 OpenDocument');
    writeFileSync(path.join(folder, 'so-lieu.csv'), 'Mã hồ sơ,Đơn vị\n');
    writeFileSync(path.join(folder, 'huong-dan.pdf'), '%PDF-1.4');
    writeFileSync(path.join(folder, 'thu-muc-con', 'khong-doc.xlsx'), await tuanGiao());
    const out = path.join(dir, 'tong-hop.xlsx');
    const json = path.join(dir, 'ra-soat.json');

    const r = await review(folder, '--out', out, '--json', json);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      `bang-libre.ods: Không đọc được: Tệp «bang-libre.ods» là định dạng OpenDocument (.ods); ${FIX}`,
      `bao-cao-cu.xls: Không đọc được: Tệp «bao-cao-cu.xls» là định dạng Excel cũ (.xls); ${FIX}`,
      // 20 + 11 unit rows and the two «Tổng» rows.
      'huyen-tuan-giao.xlsx: Có sai lệch (2) — đã đối chiếu 2 bảng, 33 dòng số liệu («Biểu 2», «Biểu 4»)',
      'mat-lien-ket.xlsx: Không đọc được: Tệp «mat-lien-ket.xlsx» là liên kết tới tệp không mở được: không tồn tại.',
      `so-lieu.csv: Không đọc được: Tệp «so-lieu.csv» là tệp văn bản CSV; ${FIX}`,
      // Seed 002's 26 units; seed 000's 28 unit rows and its two totals.
      'van-phong.xlsm: Có sai lệch (7) — đã đối chiếu 2 bảng, 56 dòng số liệu («Phụ lục», «DS quá hạn T7-2023»)',
      'Cảnh báo: 4 tệp không đọc được',
      `Đã ghi ${out} và ${json}.`,
    ]);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.files.map((f: { file: string; state: string }) => [f.file, f.state])).toEqual([
      ['bang-libre.ods', 'unreadable'], ['bao-cao-cu.xls', 'unreadable'], ['huyen-tuan-giao.xlsx', 'disagreements'],
      ['mat-lien-ket.xlsx', 'unreadable'], ['so-lieu.csv', 'unreadable'], ['van-phong.xlsm', 'disagreements'],
    ]);
    expect(summary.duplicateUnits).toEqual([]);
  });

  it('an output inside the folder: a submitted file is never overwritten; its own earlier result is not reviewed', async () => {
    const folder = tempDir();
    const submitted = path.join(folder, 'huyen-tuan-giao.xlsx');
    writeFileSync(submitted, await tuanGiao());
    const before = sha(submitted);
    const refused = async (args: string[], message: string): Promise<void> => {
      expect(await review(folder, ...args)).toMatchObject({ code: 2, err: message });
      expect(sha(submitted)).toBe(before);
    };
    const same = (flag: string): string =>
      `Lỗi: Tệp kết quả ${flag} «${submitted}» phải khác tệp đầu vào «${submitted}» (đây là cùng một tệp): tệp gốc không bao giờ bị ghi đè.`;
    await refused(['--out', submitted], same('--out'));
    await refused(['--out', path.join(folder, 'tong-hop.xlsx'), '--json', submitted], same('--json'));
    await refused(['--out', folder], `Lỗi: --out «${folder}» là một thư mục: hãy ghi đường dẫn của một tệp (trong thư mục đó hoặc nơi khác).`);
    const xlsm = path.join(folder, 'tong-hop.xlsm');
    await refused(['--out', xlsm], `Lỗi: Tệp kết quả --out «${xlsm}» phải có đuôi .xlsx: tệp tổng hợp là bảng tính Excel, và Excel không mở tệp loại này mang đuôi .xlsm. Hãy dùng --out «${path.join(folder, 'tong-hop.xlsx')}».`);
    expect(existsSync(path.join(folder, 'tong-hop.xlsx'))).toBe(false);

    // A submitted workbook that happens to bear the output's name is an input like any other.
    const namedLikeOutput = path.join(folder, 'tong-hop.xlsx');
    copyFileSync(submitted, namedLikeOutput);
    expect(await review(folder, '--out', namedLikeOutput)).toMatchObject({ code: 2, err: same('--out').replaceAll(submitted, namedLikeOutput) });
    rmSync(namedLikeOutput);

    // The command's own result, re-run into the same folder: replaced, not reviewed.
    expect((await review(folder, '--out', namedLikeOutput)).lines[0]).toBe('huyen-tuan-giao.xlsx: Có sai lệch (2) — đã đối chiếu 2 bảng, 33 dòng số liệu («Biểu 2», «Biểu 4»)');
    const again = await review(folder, '--out', namedLikeOutput);
    expect(again.lines.filter((l) => l.includes('.xlsx:'))).toEqual(['huyen-tuan-giao.xlsx: Có sai lệch (2) — đã đối chiếu 2 bảng, 33 dòng số liệu («Biểu 2», «Biểu 4»)']);
    expect(sha(submitted)).toBe(before);
  });

  it('a unit scored from two files is warned about and ranked once; a link beside its target is one file', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'van-phong.xlsx'), await vanPhong());
    writeFileSync(path.join(folder, 'van-phong-gui-lai.xlsx'), await vanPhong());
    symlinkSync(path.join(folder, 'van-phong.xlsx'), path.join(folder, 'van-phong-lien-ket.xlsx'));
    const out = path.join(folder, 'tong-hop.xlsx');
    const json = path.join(folder, 'ra-soat.json');
    const r = await review(folder, '--out', out, '--json', json);
    expect(r.code).toBe(0);
    const files = r.lines.filter((l) => /\.xlsx: /.test(l)).map((l) => l.replace(/: .*/, ''));
    expect(files).toEqual(['van-phong-gui-lai.xlsx', 'van-phong.xlsx']);
    // Both state the same periods (quý II/2021, tháng 7/2023): the file listed last is kept, and that is said.
    const reason = 'các tệp ghi cùng kỳ báo cáo, nên lấy tệp đứng sau cùng trong danh sách rà soát';
    const warning = `đơn vị «UBND huyện Điện Biên» được chấm điểm trong 2 tệp (van-phong-gui-lai.xlsx, van-phong.xlsx): xếp hạng tổng hợp tính đơn vị này một lần, theo tệp «van-phong.xlsx» (${reason}).`;
    expect(r.lines).toContain(`Cảnh báo: ${warning}`);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.duplicateUnits).toContainEqual({ unit: 'UBND huyện Điện Biên', files: ['van-phong-gui-lai.xlsx', 'van-phong.xlsx'], kept: 'van-phong.xlsx', reason });
    // Seed 002's 26 units but Mường Nhé (not sent, unranked): once each, all from the file kept.
    const ranked = summary.units.filter((u: { rank: number | null }) => u.rank !== null);
    expect(ranked).toHaveLength(25);
    expect(new Set(ranked.map((u: { file: string }) => u.file))).toEqual(new Set(['van-phong.xlsx']));
    expect(summary.duplicateUnits.length).toBe(r.lines.filter((l) => l.startsWith('Cảnh báo: đơn vị')).length);
    const notes = await statusNotes(out);
    for (const file of files) expect(notes.get(file)).toContain(`Cảnh báo: ${warning}`);
  });

  it('a folder or a file it may not read is a row saying so; an output it may not write stops with exit 2 and writes nothing', async () => {
    const dir = tempDir();
    const open = path.join(dir, 'mo-duoc');
    const closed = path.join(dir, 'khong-mo-duoc');
    mkdirSync(open);
    mkdirSync(closed);
    writeFileSync(path.join(open, 'huyen-tuan-giao.xlsx'), await tuanGiao());
    writeFileSync(path.join(open, 'bi-khoa.xlsx'), await tuanGiao());
    // Tests run as root, whom file modes do not stop: the system's refusals are injected.
    const { readdir, readFile } = promises;
    jest.spyOn(promises, 'readdir').mockImplementation(((p: string, o: never) => (p === closed ? Promise.reject(fsError('EACCES', 'scandir')) : readdir(p, o))) as typeof readdir);
    jest.spyOn(promises, 'readFile').mockImplementation(((p: string, o: never) => (String(p).endsWith('bi-khoa.xlsx') ? Promise.reject(fsError('EACCES', 'open')) : readFile(p, o))) as typeof readFile);
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await review(open, closed, '--out', out);
    expect(r.lines).toEqual([
      'bi-khoa.xlsx: Không đọc được: Không mở được tệp «bi-khoa.xlsx»: không có quyền truy cập.',
      'huyen-tuan-giao.xlsx: Có sai lệch (2) — đã đối chiếu 2 bảng, 33 dòng số liệu («Biểu 2», «Biểu 4»)',
      `khong-mo-duoc: Không đọc được: Không mở được thư mục «${closed}»: không có quyền truy cập.`,
      'Cảnh báo: 2 tệp không đọc được',
      `Đã ghi ${out}.`,
    ]);

    const json = path.join(dir, 'ra-soat.json');
    const out2 = path.join(dir, 'tong-hop-2.xlsx');
    const { open: openFile } = promises;
    jest.spyOn(promises, 'open').mockImplementation((async (p: string, flags: string) => {
      const handle = await openFile(p, flags);
      if (p.includes('ra-soat.json')) handle.writeFile = () => Promise.reject(fsError('ENOSPC', 'write'));
      return handle;
    }) as typeof openFile);
    expect(await review(open, '--out', out2, '--json', json)).toMatchObject({
      code: 2,
      err: `Lỗi: Không ghi được --json «${json}»: ổ đĩa đã hết chỗ trống. Không có tệp kết quả nào được ghi.`,
    });
    expect(readdirSync(dir).sort()).toEqual(['khong-mo-duoc', 'mo-duoc', 'tong-hop.xlsx']);
  });
});
