/**
 * With the input file to read again (FileBytes), the file host lets go of the input's bytes once reading is
 * over and copies the untouched parts from the file as it writes (peak memory, bench/RESULTS.md): the
 * output is the one written from memory, and a file changed meanwhile is refused, never copied from.
 */
import { readFileSync, utimesSync, writeFileSync, statSync } from 'fs';
import { FileBytes } from '../../src/xlsx/file-bytes';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { ZipReader } from '../../src/xlsx/zip';
import type { ChunkSink } from '../../src/xlsx/zip-writer';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { GOOD_ROWS, tempDir, writeCases } from '../hostile/support';

const tmp = tempDir('file-bytes');
afterAll(() => tmp.cleanup());

const NOTE: SheetModel = { name: 'Ghi chú', kind: 'result', rows: [[{ value: 'Đã chấm' }]], widths: [], merges: [], print: { orientation: 'portrait', fitToWidth: false } };
const CHANGES = { remove: [], add: [NOTE], veryHidden: [] };

/** Every part of a package, by name, inflated. */
function parts(zip: Buffer): Map<string, string> {
  const reader = new ZipReader(zip);
  return new Map(reader.list.map((e) => [e.name, reader.read(e.name).toString('latin1')]));
}

async function written(host: XlsxFileHost): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // Copies: a chunk may be reused once the sink returns (ChunkSink).
  const sink: ChunkSink = (chunk) => void chunks.push(Buffer.from(chunk));
  await host.writeOutput(sink);
  return Buffer.concat(chunks);
}

describe('the input read again from its file while writing', () => {
  let file: string;
  beforeAll(async () => {
    file = tmp.file('ho-so.xlsx');
    await writeCases(file, GOOD_ROWS);
  });

  it('writes what the host writes from memory, having let go of the input buffer', async () => {
    const inMemory = await XlsxFileHost.open(readFileSync(file), 'ho-so.xlsx');
    await inMemory.applyChanges(CHANGES);
    const expected = await written(inMemory);

    const original = readFileSync(file);
    const size = original.length;
    const source = FileBytes.open(file, 'ho-so.xlsx');
    try {
      const host = await XlsxFileHost.open(original, 'ho-so.xlsx', source);
      await host.applyChanges(CHANGES);
      expect(original.length).toBe(0); // its memory was handed over and freed
      const output = await written(host);
      expect(output.length).toBeGreaterThan(size);
      expect(parts(output)).toEqual(parts(expected));
      expect(await host.output()).toEqual(output);
    } finally {
      source.close();
    }
  });

  const message = 'Tệp «ho-so.xlsx» đã bị thay đổi trong lúc chấm điểm; không ghi kết quả. Đóng tệp trong các chương trình khác rồi chạy lại.';

  it('a file changed after reading, even to the same size and time, is refused', async () => {
    const copy = tmp.file('doi.xlsx');
    const bytes = readFileSync(file);
    writeFileSync(copy, bytes);
    const time = 1_700_000_000; // whole seconds: put back exactly below
    utimesSync(copy, time, time);
    const source = FileBytes.open(copy, 'ho-so.xlsx');
    try {
      const host = await XlsxFileHost.open(Buffer.from(bytes), 'ho-so.xlsx', source);
      await host.applyChanges(CHANGES);
      // One byte of the case sheet's stored data changed, size and modification time put back.
      const zip = new ZipReader(bytes);
      const sheet = zip.list.find((e) => /worksheets\/.+\.xml$/.test(e.name))!;
      const changed = Buffer.from(bytes);
      const at = sheet.localHeaderOffset + 30 + changed.readUInt16LE(sheet.localHeaderOffset + 26) + changed.readUInt16LE(sheet.localHeaderOffset + 28) + 2;
      changed[at] ^= 0xff;
      writeFileSync(copy, changed);
      utimesSync(copy, time, time);
      expect(statSync(copy).mtimeMs).toBe(time * 1000);
      await expect(written(host)).rejects.toThrow(message);
      // A local header changed: the same.
      changed[at] ^= 0xff;
      changed[sheet.localHeaderOffset] ^= 0xff;
      writeFileSync(copy, changed);
      utimesSync(copy, time, time);
      await expect(written(host)).rejects.toThrow(message);
      // Grown: refused by its size before any part is read.
      writeFileSync(copy, Buffer.concat([bytes, Buffer.from('x')]));
      await expect(written(host)).rejects.toThrow(message);
    } finally {
      source.close();
    }
  });
});
