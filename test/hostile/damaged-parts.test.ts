/**
 * Packages whose zip directory is intact but a part's bytes are not what was written: a byte changed by a
 * failing USB stick or a bad copy, or a directory that states another size. Every part is checked against
 * the zip's CRC-32 and size — the sheets as they are read, every other part after — so a damaged file is
 * refused with the part named, never scored on whatever its bytes now say.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { GOOD_ROWS, score, tempDir, writeCases } from './support';

const tmp = tempDir('damaged');
afterAll(() => tmp.cleanup());

/** The good case list, re-zipped with every part stored uncompressed (so its text can be found in the bytes). */
async function storedWorkbook(name: string): Promise<Buffer> {
  const file = tmp.file(name);
  await writeCases(file, GOOD_ROWS);
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** `buf` with the first occurrence of `from` replaced by `to` (same length). */
function patched(buf: Buffer, from: string, to: string): Buffer {
  const at = buf.indexOf(from);
  expect(at).toBeGreaterThan(0);
  const out = Buffer.from(buf);
  Buffer.from(to).copy(out, at);
  return out;
}

const damaged = (file: string, detail: string): string =>
  `Lỗi: Không đọc được tệp «${file}»: tệp .xlsx bị hỏng hoặc không đầy đủ — ${detail}. Hãy mở lại bằng Excel và lưu thành tệp mới.`;

describe('parts whose bytes changed', () => {
  it('one byte of a unit name changed in the shared strings: refused, the unit never becomes «Sở Tư qháp»', async () => {
    const file = tmp.file('doi-mot-byte.xlsx');
    writeFileSync(file, patched(await storedWorkbook('goc-1.xlsx'), 'Tư pháp', 'Tư qháp'));
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(damaged('doi-mot-byte.xlsx', 'phần «xl/sharedStrings.xml» bị hỏng (mã kiểm tra CRC-32 không khớp)'));
  });

  it('a part no sheet needs (the theme) is damaged: the package is refused as a whole', async () => {
    const file = tmp.file('hong-theme.xlsx');
    writeFileSync(file, patched(await storedWorkbook('goc-2.xlsx'), 'Office Theme', 'Offixe Theme'));
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(damaged('hong-theme.xlsx', 'phần «xl/theme/theme1.xml» bị hỏng (mã kiểm tra CRC-32 không khớp)'));
  });

  it('the zip directory states a smaller size than the part inflates to (a sheet, read in chunks; the workbook part, whole)', async () => {
    await writeCases(tmp.file('goc-4.xlsx'), GOOD_ROWS);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml']) {
      const buf = readFileSync(tmp.file('goc-4.xlsx'));
      const name = Buffer.from(part);
      const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
      let stated = -1;
      for (let p = buf.indexOf(CENTRAL); p >= 0; p = buf.indexOf(CENTRAL, p + 4)) {
        if (buf.subarray(p + 46, p + 46 + buf.readUInt16LE(p + 28)).equals(name)) {
          stated = buf.readUInt32LE(p + 24) - 10;
          buf.writeUInt32LE(stated, p + 24);
        }
      }
      expect(stated).toBeGreaterThan(0);
      const file = tmp.file('sai-kich-thuoc.xlsx');
      writeFileSync(file, buf);
      const r = await score(file);
      expect(r.code).toBe(2);
      expect(r.err).toBe(damaged('sai-kich-thuoc.xlsx', `phần «${part}» bị hỏng (giải nén ra nhiều hơn ${stated} byte mà mục lục của tệp nén ghi)`));
    }
  });

  it('the same package undamaged is scored (the checks refuse only what changed)', async () => {
    const file = tmp.file('nguyen-ven.xlsx');
    writeFileSync(file, await storedWorkbook('goc-3.xlsx'));
    const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(0);
    expect(r.summary!.units.map((u) => u.name).sort()).toEqual(['Sở Tư pháp', 'UBND xã Thanh Minh']);
  });
});
