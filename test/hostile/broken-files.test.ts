/**
 * Files that are not a readable workbook: empty, CSV or HTML renamed, an old .xls, a password-protected
 * .xlsx (an OLE compound file), a truncated or damaged package, a zip that is no workbook. Each stops with
 * exit code 2 and a Vietnamese message naming the file; nothing is written.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { GOOD_ROWS, score, tempDir, writeCases } from './support';

const tmp = tempDir('broken');
afterAll(() => tmp.cleanup());

/**
 * A minimal OLE compound file (MS-CFB): the 512-byte header and one directory sector naming the streams.
 * An encrypted .xlsx holds «EncryptionInfo» and «EncryptedPackage»; an .xls holds «Workbook».
 */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.writeUInt32LE(0, 76); // FAT sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = dir.subarray(i * 128, (i + 1) * 128);
    entry.write(name, 0, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return Buffer.concat([header, fat, dir]);
}

async function goodWorkbook(name: string): Promise<string> {
  const file = tmp.file(name);
  await writeCases(file, GOOD_ROWS);
  return file;
}

describe('files that are not a workbook', () => {
  it('an empty file', async () => {
    const file = tmp.file('rong.xlsx');
    writeFileSync(file, '');
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Lỗi: Tệp «rong.xlsx» rỗng (0 byte).');
  });

  it('a .csv given instead (also when renamed .xlsx)', async () => {
    for (const name of ['ho-so.csv', 'ho-so-csv.xlsx']) {
      const file = tmp.file(name);
      writeFileSync(file, 'Mã hồ sơ,Đơn vị giải quyết,Ngày tiếp nhận\nHS-1,Sở Tư pháp,02/01/2024\n');
      const r = await score(file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`Tệp «${name}» không phải bảng tính .xlsx (có thể là .csv hoặc trang HTML đổi đuôi)`);
      expect(r.err).toContain('lưu thành «Excel Workbook (*.xlsx)»');
    }
  });

  it('an HTML page saved as .xls (what many one-stop portals export)', async () => {
    const file = tmp.file('bao-cao.xls');
    writeFileSync(file, '<html><body><table><tr><td>Mã hồ sơ</td></tr></table></body></html>');
    expect(await score(file)).toMatchObject({ code: 2, err: expect.stringContaining('Tệp «bao-cao.xls» không phải bảng tính .xlsx') });
  });

  it('an old .xls (OLE compound file with a Workbook stream)', async () => {
    const file = tmp.file('cu.xls');
    writeFileSync(file, compoundFile(['Workbook', '\u0005SummaryInformation']));
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Lỗi: Tệp «cu.xls» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».');
  });

  it('a password-protected .xlsx (encrypted: an OLE file holding EncryptedPackage)', async () => {
    const file = tmp.file('mat-khau.xlsx');
    writeFileSync(file, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tệp «mat-khau.xlsx» được đặt mật khẩu (mã hóa) nên không đọc được.');
    expect(r.err).toContain('bỏ mật khẩu');
  });

  it('an OLE file of unknown content gets the combined advice', async () => {
    const file = tmp.file('ole.xlsx');
    writeFileSync(file, compoundFile(['Khac']));
    expect((await score(file)).err).toContain('là định dạng Excel cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu');
  });

  it('a truncated .xlsx (download cut short), at several lengths', async () => {
    const whole = readFileSync(await goodWorkbook('nguyen-ven.xlsx'));
    for (const fraction of [0.2, 0.5, 0.9, 0.999]) {
      const file = tmp.file(`cat-${fraction}.xlsx`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * fraction)));
      const r = await score(file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^Lỗi: Không đọc được tệp «cat-${fraction}\\.xlsx»: tệp \\.xlsx bị hỏng hoặc không đầy đủ — `));
      expect(r.err).toContain('Hãy mở lại bằng Excel và lưu thành tệp mới.');
    }
  });

  it('a package whose sheet data is damaged inside the zip', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await goodWorkbook('goc.xlsx')));
    // Deflated bytes that do not inflate: the zip directory is intact, the part is not.
    const broken = new JSZip();
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      const data = await entry.async('nodebuffer');
      broken.file(name, name === 'xl/worksheets/sheet1.xml' ? data.subarray(0, data.length >> 1) : data);
    }
    const file = tmp.file('hong.xlsx');
    writeFileSync(file, await broken.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không đọc được tệp «hong.xlsx»: tệp .xlsx bị hỏng hoặc không đầy đủ — XML bị cắt cụt');

    // The same, with compressed bytes that are not a deflate stream at all.
    const raw = readFileSync(file);
    const marker = Buffer.from('xl/worksheets/sheet1.xml');
    const at = raw.indexOf(marker) + marker.length; // in the local header: data follows the name (no extra field)
    const garbage = Buffer.from(raw);
    for (let i = at + 5; i < at + 40; i++) garbage[i] = 0xff;
    const file2 = tmp.file('hong-2.xlsx');
    writeFileSync(file2, garbage);
    const r2 = await score(file2);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('Không đọc được tệp «hong-2.xlsx»: tệp .xlsx bị hỏng hoặc không đầy đủ');
  });

  it('a zip that is not a workbook (a .docx renamed)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const file = tmp.file('van-ban.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await score(file)).toMatchObject({
      code: 2,
      err: 'Lỗi: Tệp «van-ban.xlsx» là tệp nén nhưng không phải bảng tính Excel (không có phần workbook). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».',
    });
  });

  it('a workbook part that is not XML, and one with a DOCTYPE (no entity expansion)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await goodWorkbook('goc-2.xlsx')));
    zip.file('xl/workbook.xml', 'day khong phai XML <<<');
    const file = tmp.file('khong-xml.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await score(file)).toMatchObject({ code: 2, err: expect.stringContaining('Không đọc được tệp «khong-xml.xlsx»: tệp .xlsx bị hỏng') });

    const zip2 = await JSZip.loadAsync(readFileSync(tmp.file('goc-2.xlsx')));
    const sheet = await zip2.file('xl/worksheets/sheet1.xml')!.async('string');
    zip2.file('xl/worksheets/sheet1.xml', sheet.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'));
    const file2 = tmp.file('doctype.xlsx');
    writeFileSync(file2, await zip2.generateAsync({ type: 'nodebuffer' }));
    expect(await score(file2)).toMatchObject({ code: 2, err: expect.stringContaining('XML có khai báo DOCTYPE, không hợp lệ trong tệp .xlsx') });
  });

  it('a missing input file', async () => {
    const r = await score(tmp.file('khong-co.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không mở được tệp');
    expect(r.err).toContain('không tồn tại');
  });

  it('still reads a package whose parts are stored, not deflated', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await goodWorkbook('goc-3.xlsx')));
    const file = tmp.file('khong-nen.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»');
  });
});
