/**
 * Where `tthc score` writes. Never over its input — by any name: a link, another spelling of the path, a
 * hard link — never both outputs into one file, never into a folder or a device. A write that fails (disk
 * full, no permission, a path through a file) stops with exit 2 and a Vietnamese message naming the path,
 * and leaves no output at all: not the workbook without its JSON. A workbook with macros stays .xlsm. An
 * input that is a folder or a device is refused before it is read.
 */
import { createHash } from 'crypto';
import JSZip from 'jszip';
import { existsSync, linkSync, mkdirSync, promises, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { GOOD_ROWS, tempDir, writeCases } from './support';

const tmp = tempDir('outputs');
afterAll(() => tmp.cleanup());
afterEach(() => jest.restoreAllMocks());
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];

/** Runs `tthc score` and checks the promises of every run: exit 0 or 2, the input unchanged, no temp file left. */
async function run(input: string, ...flags: string[]): Promise<{ code: number; err: string }> {
  const before = sha(input);
  const err: string[] = [];
  const code = await main(['score', input, ...flags, ...Q1], () => undefined, (s) => err.push(s));
  expect([0, 2]).toContain(code);
  expect(sha(input)).toBe(before);
  expect(readdirSync(path.dirname(input)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return { code, err: err.join('\n') };
}

async function caseList(name: string): Promise<string> {
  const file = tmp.file(name);
  await writeCases(file, GOOD_ROWS);
  return file;
}

const fsError = (code: string, syscall: string, message: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${message}`), { code, syscall });

describe('outputs that would overwrite the input', () => {
  it('--json naming the input', async () => {
    const input = await caseList('json-de-dau-vao.xlsx');
    const out = tmp.file('json-de-dau-vao-ket-qua.xlsx');
    expect(await run(input, '--out', out, '--json', input)).toEqual({
      code: 2,
      err: `Lỗi: Tệp kết quả --json «${input}» phải khác tệp đầu vào «${input}» (đây là cùng một tệp): tệp gốc không bao giờ bị ghi đè.`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('--out through a link to the input, another spelling of its path, or a hard link', async () => {
    const input = await caseList('lien-ket.xlsx');
    const link = tmp.file('lien-ket-tat.xlsx');
    symlinkSync(input, link);
    const hard = tmp.file('lien-ket-cung.xlsx');
    linkSync(input, hard);
    // Spelled with `.`, `//` and `..` — through a folder that exists, and one that does not yet.
    const dir = path.dirname(input);
    mkdirSync(tmp.file('thu-muc-khac'));
    const spelled = [`${dir}/./lien-ket.xlsx`, `${dir}//thu-muc-khac/../lien-ket.xlsx`, `${dir}/chua-co/../lien-ket.xlsx`];
    for (const out of [link, hard, ...spelled]) {
      const r = await run(input, '--out', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`Tệp kết quả --out «${out}» phải khác tệp đầu vào`);
    }
    expect(existsSync(tmp.file('chua-co'))).toBe(false);
  });

  it('--out and --json naming one file', async () => {
    const input = await caseList('hai-mot.xlsx');
    const both = tmp.file('hai-mot-ket-qua.xlsx');
    expect(await run(input, '--out', both, '--json', both)).toEqual({
      code: 2,
      err: `Lỗi: --out «${both}» và --json «${both}» là cùng một tệp: mỗi tệp kết quả phải có tên riêng.`,
    });
    expect(existsSync(both)).toBe(false);
  });
});

describe('outputs that are not files', () => {
  it('a folder as --out or --json (EISDIR), a device, a path through a file (ENOTDIR)', async () => {
    const input = await caseList('khong-phai-tep.xlsx');
    const folder = tmp.file('thu-muc-ket-qua');
    mkdirSync(folder);
    expect(await run(input, '--out', folder)).toEqual({ code: 2, err: `Lỗi: --out «${folder}» là một thư mục: hãy ghi đường dẫn của một tệp (trong thư mục đó hoặc nơi khác).` });
    expect(await run(input, '--out', tmp.file('a.xlsx'), '--json', folder)).toMatchObject({ code: 2, err: expect.stringContaining(`--json «${folder}» là một thư mục`) });
    expect(await run(input, '--out', '/dev/null')).toEqual({ code: 2, err: 'Lỗi: --out «/dev/null» không phải tệp thông thường (thiết bị, ống dẫn…): hãy chọn một tệp để ghi kết quả.' });
    const underFile = path.join(input, 'ket-qua.xlsx');
    expect(await run(input, '--out', underFile)).toEqual({ code: 2, err: `Lỗi: Không ghi được --out «${underFile}»: một phần của đường dẫn là tệp chứ không phải thư mục.` });
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(tmp.file('a.xlsx'))).toBe(false);
  });
});

describe('inputs that are not files', () => {
  it('a folder or a device (reading /dev/zero would never end) is refused, nothing written', async () => {
    const folder = tmp.file('thu-muc-dau-vao');
    mkdirSync(folder);
    const out = tmp.file('khong-ghi.xlsx');
    for (const [input, what] of [[folder, 'là một thư mục'], ['/dev/zero', 'không phải tệp thông thường (thiết bị, ống dẫn…)']]) {
      const err: string[] = [];
      expect(await main(['score', input, '--out', out], () => undefined, (s) => err.push(s))).toBe(2);
      expect(err).toEqual([`Lỗi: «${input}» ${what}, không phải tệp .xlsx.`]);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('writes that fail leave nothing', () => {
  it('the disk fills while the JSON is written (ENOSPC): no workbook is left without it', async () => {
    const input = await caseList('day-dia.xlsx');
    const out = tmp.file('day-dia-ket-qua.xlsx');
    const json = tmp.file('day-dia-tom-tat.json');
    const open = promises.open;
    jest.spyOn(promises, 'open').mockImplementation(async (file, flags) => {
      const handle = await open(file, flags);
      if (String(file).includes('day-dia-tom-tat.json')) handle.writeFile = () => Promise.reject(fsError('ENOSPC', 'write', 'no space left on device, write'));
      return handle;
    });
    expect(await run(input, '--out', out, '--json', json)).toEqual({
      code: 2,
      err: `Lỗi: Không ghi được --json «${json}»: ổ đĩa đã hết chỗ trống. Không có tệp kết quả nào được ghi.`,
    });
    expect([existsSync(out), existsSync(json)]).toEqual([false, false]);
  });

  it('no permission to put the JSON in place (EACCES) after the workbook was: the workbook goes too', async () => {
    const input = await caseList('khong-quyen.xlsx');
    const out = tmp.file('khong-quyen-ket-qua.xlsx');
    const json = tmp.file('khong-quyen-tom-tat.json');
    const rename = promises.rename;
    jest.spyOn(promises, 'rename').mockImplementation(async (from, to) => {
      if (to === json) throw fsError('EACCES', 'rename', 'permission denied, rename');
      return rename(from, to);
    });
    expect(await run(input, '--out', out, '--json', json)).toEqual({
      code: 2,
      err: `Lỗi: Không ghi được --json «${json}»: không có quyền truy cập. Không có tệp kết quả nào được ghi.`,
    });
    expect([existsSync(out), existsSync(json)]).toEqual([false, false]);
  });
});

describe('a workbook with macros (.xlsm)', () => {
  const VBA = Buffer.from('VBA project bytes, kept as they are');

  /** The case list saved as Excel saves a macro-enabled workbook: its content type, and a VBA project part. */
  async function macroWorkbook(name: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(await caseList(`${name}.xlsx`)));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types
      .replace('spreadsheetml.sheet.main+xml', 'DUMMY')
      .replace('application/vnd.openxmlformats-officedocument.DUMMY', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    zip.file('xl/vbaProject.bin', VBA);
    const file = tmp.file(`${name}.xlsm`);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  }

  it('is written as .xlsm, its macros kept; an .xlsx name is refused with the name to use', async () => {
    const input = await macroWorkbook('co-macro');
    const wrong = tmp.file('co-macro-ket-qua.xlsx');
    expect(await run(input, '--out', wrong)).toEqual({
      code: 2,
      err: `Lỗi: Tệp kết quả --out «${wrong}» phải có đuôi .xlsm: tệp đầu vào «co-macro.xlsm» là bảng tính có macro, và Excel không mở tệp loại này mang đuôi .xlsx. Hãy dùng --out «${tmp.file('co-macro-ket-qua.xlsm')}».`,
    });
    expect(existsSync(wrong)).toBe(false);

    const out = tmp.file('co-macro-ket-qua.xlsm');
    expect(await run(input, '--out', out)).toEqual({ code: 0, err: '' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(await zip.file('xl/vbaProject.bin')!.async('nodebuffer')).toEqual(VBA);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('name="Tổng hợp theo đơn vị"');
  });

  it('a plain workbook is not given an .xlsm name either', async () => {
    const input = await caseList('khong-macro.xlsx');
    const r = await run(input, '--out', tmp.file('khong-macro-ket-qua.xlsm'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('phải có đuôi .xlsx: tệp đầu vào «khong-macro.xlsx» là bảng tính Excel');
  });
});
