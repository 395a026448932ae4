/**
 * The file host reads sheets on demand: `readSheet(name)` scans that sheet's part when asked, so a job
 * that skips an earlier run's result sheets (the marker lists them) never parses them. What it reads is
 * what the whole-workbook reader gives, and damage in a part nobody read is still refused before output.
 */
import { readFileSync, writeFileSync } from 'fs';
import { INPUT_SHEETS } from '../../src/workbook/result-set';
import { readInputSheets } from '../../src/workbook/score-job';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { XlsxBook, readWorkbook } from '../../src/xlsx/read-workbook';
import { ZipReader } from '../../src/xlsx/zip';
import { GOOD_ROWS, score, tempDir, writeCases } from '../hostile/support';

const tmp = tempDir('file-host');
afterAll(() => tmp.cleanup());

/** A workbook an earlier run wrote into: the case sheet, a note sheet of the user's, our result sheets and marker. */
let scored: Buffer;
beforeAll(async () => {
  const input = tmp.file('ho-so.xlsx');
  await writeCases(input, GOOD_ROWS, (wb) => {
    wb.addWorksheet('Ghi chú').addRow(['Sổ theo dõi', 42]);
  });
  const r = await score(input, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(r.code).toBe(0);
  scored = readFileSync(r.output);
});

/** Paths of the parts scanned (ZipReader.chunks is how the reader streams a part into the scanner). */
function recordScans(): { parts: string[]; restore: () => void } {
  const parts: string[] = [];
  const original = ZipReader.prototype.chunks;
  const spy = jest.spyOn(ZipReader.prototype, 'chunks').mockImplementation(function (this: ZipReader, path: string) {
    parts.push(path);
    return original.call(this, path);
  });
  return { parts, restore: () => spy.mockRestore() };
}

describe('XlsxFileHost reads sheets on demand', () => {
  it('opening parses no sheet; readSheet scans only the part of the sheet asked for', async () => {
    const scans = recordScans();
    try {
      const host = await XlsxFileHost.open(scored, 'ket-qua.xlsx');
      expect(scans.parts).toEqual([]);
      expect((await host.listSheets()).map((s) => s.name)).toContain('Ghi chú');
      await host.readSheet('Ghi chú');
      const book = XlsxBook.open(scored, 'ket-qua.xlsx');
      const part = book.sheets.find((s) => s.name === 'Ghi chú')!.part!;
      expect(scans.parts.filter((p) => p.includes('worksheets/'))).toEqual([part]);
    } finally {
      scans.restore();
    }
  });

  it('the job reads the inputs and the marker, never the result sheets an earlier run made', async () => {
    const book = XlsxBook.open(scored, 'ket-qua.xlsx');
    const partOf = new Map(book.sheets.map((s) => [s.name, s.part!]));
    const scans = recordScans();
    let input;
    try {
      const host = await XlsxFileHost.open(scored, 'ket-qua.xlsx');
      input = await readInputSheets(host);
    } finally {
      scans.restore();
    }
    expect(input.marker).not.toBeNull();
    const results = input.marker!.sheets.filter((n) => !INPUT_SHEETS.includes(n));
    expect(results.length).toBeGreaterThan(3);
    const scannedSheets = scans.parts.filter((p) => p.includes('worksheets/'));
    // Each sheet read once; no result sheet's part among them.
    expect(new Set(scannedSheets).size).toBe(scannedSheets.length);
    for (const name of results) expect(scannedSheets).not.toContain(partOf.get(name));
    const read = [...input.grids.map((g) => g.name), input.marker!.name];
    expect(scannedSheets.sort()).toEqual(read.map((n) => partOf.get(n)).sort());
    expect(input.grids.map((g) => g.name)).toEqual(expect.arrayContaining(['Danh sách hồ sơ', 'Ghi chú']));
  });

  it('the grids are those the whole-workbook reader gives', async () => {
    const host = await XlsxFileHost.open(scored, 'ket-qua.xlsx');
    const all = await readWorkbook(scored, 'ket-qua.xlsx');
    const { grids } = await readInputSheets(host);
    for (const grid of grids) expect(grid).toEqual(all.find((g) => g.name === grid.name));
    for (const info of await host.listSheets()) expect(await host.readSheet(info.name)).toEqual(all.find((g) => g.name === info.name));
  });

  it('a result sheet nobody reads is still checked: damaged, it is refused before any output', async () => {
    const book = XlsxBook.open(scored, 'ket-qua.xlsx');
    const { marker } = await readInputSheets(await XlsxFileHost.open(scored, 'ket-qua.xlsx'));
    const victim = marker!.sheets.find((n) => !INPUT_SHEETS.includes(n))!;
    const entry = new ZipReader(scored).entry(book.sheets.find((s) => s.name === victim)!.part!)!;
    // Flip the CRC-32 the zip directory states for that part.
    const damaged = Buffer.from(scored);
    const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    let patched = false;
    for (let p = damaged.indexOf(CENTRAL); p >= 0; p = damaged.indexOf(CENTRAL, p + 4)) {
      if (damaged.subarray(p + 46, p + 46 + damaged.readUInt16LE(p + 28)).equals(entry.nameBytes)) {
        damaged.writeUInt32LE((damaged.readUInt32LE(p + 16) ^ 1) >>> 0, p + 16);
        patched = true;
      }
    }
    expect(patched).toBe(true);

    const host = await XlsxFileHost.open(damaged, 'hong.xlsx');
    await readInputSheets(host); // the inputs are intact and read
    const message = `Không đọc được tệp «hong.xlsx»: tệp .xlsx bị hỏng hoặc không đầy đủ — phần «${entry.name}» bị hỏng (mã kiểm tra CRC-32 không khớp). Hãy mở lại bằng Excel và lưu thành tệp mới.`;
    await expect(host.verifyUnread()).rejects.toThrow(message);
    const again = await XlsxFileHost.open(damaged, 'hong.xlsx');
    await expect(again.applyChanges({ remove: [], add: [], veryHidden: [] })).rejects.toThrow(message);

    const file = tmp.file('hong.xlsx');
    writeFileSync(file, damaged);
    const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: ${message}`);
  });
});
