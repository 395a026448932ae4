/**
 * The two partial reads of a worksheet (src/xlsx/sheet-rows.ts) give exactly what the whole grid holds:
 * its first rows, then every row from an index on, in order, blank rows as empty ones; a part whose rows
 * come out of order is refused (the caller reads the grid instead).
 */
import ExcelJS from 'exceljs';
import { XlsxBook } from '../../src/xlsx/read-workbook';
import { MAIN, oneSheetWorkbook, pkg } from '../hostile/raw-package';

/** Sheet «Dài»: rows 1–40 filled («r1», 1 …), rows 41–42 blank, rows 43–45 filled. */
async function longSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dài');
  for (const n of [...Array(40).keys()].map((i) => i + 1).concat([43, 44, 45])) ws.getRow(n).values = [`r${n}`, n];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('partial reads of a sheet', () => {
  it('the head is the grid’s first rows, and says whether more follow', async () => {
    const book = XlsxBook.open(await longSheet(), 'dai.xlsx');
    const grid = await book.readSheet('Dài');
    expect(grid.rows).toHaveLength(45);
    const head = await book.readSheetHead('Dài', 10);
    expect(head.more).toBe(true);
    expect(head.grid.rows).toEqual(grid.rows.slice(0, 10));
    expect(head.grid.rows[9]).toEqual(['r10', 10]);
    expect(await book.readSheetHead('Dài', 45)).toEqual({ grid, more: false });
  });

  it('a head that holds the whole sheet checks its part; one cut short leaves the check to a later read', async () => {
    const damaged = await longSheet();
    // Flip the CRC-32 the zip directory states for the sheet's part.
    const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let p = damaged.indexOf(CENTRAL); p >= 0; p = damaged.indexOf(CENTRAL, p + 4)) {
      const name = damaged.toString('latin1', p + 46, p + 46 + damaged.readUInt16LE(p + 28));
      if (/worksheets\/.+\.xml$/.test(name)) damaged.writeUInt32LE((damaged.readUInt32LE(p + 16) ^ 1) >>> 0, p + 16);
    }
    const crc = /bị hỏng \(mã kiểm tra CRC-32 không khớp\)/;
    await expect(XlsxBook.open(damaged, 'hong.xlsx').readSheetHead('Dài', 100)).rejects.toThrow(crc);
    const book = XlsxBook.open(damaged, 'hong.xlsx');
    expect((await book.readSheetHead('Dài', 10)).more).toBe(true);
    await expect(book.verifyUnread()).rejects.toThrow(crc);
  });

  it('streamed rows are the grid’s rows from the index asked for, blank ones empty, none after the last', async () => {
    const book = XlsxBook.open(await longSheet(), 'dai.xlsx');
    const grid = await book.readSheet('Dài');
    const seen: [number, unknown[]][] = [];
    expect(await book.readSheetRows('Dài', 38, (cells, index) => seen.push([index, [...cells]]))).toBe(true);
    expect(seen).toEqual([
      [38, ['r39', 39]],
      [39, ['r40', 40]],
      [40, []],
      [41, []],
      [42, ['r43', 43]],
      [43, ['r44', 44]],
      [44, ['r45', 45]],
    ]);
    expect(seen.map(([i]) => grid.rows[i])).toEqual(seen.map(([, cells]) => cells));
  });

  it('rows out of order are refused, while the grid places each where its number says', async () => {
    const cell = (ref: string, v: number): string => `<c r="${ref}"><v>${v}</v></c>`;
    const buf = await pkg({
      workbook: oneSheetWorkbook('Lộn'),
      sheet: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>
<row r="2">${cell('A2', 2)}</row><row r="1">${cell('A1', 1)}</row><row r="3">${cell('A3', 3)}</row></sheetData></worksheet>`,
    });
    const book = XlsxBook.open(buf, 'lon.xlsx');
    const seen: number[] = [];
    expect(await book.readSheetRows('Lộn', 0, (_, index) => seen.push(index))).toBe(false);
    expect(seen).toEqual([0, 1]); // rows 1 (blank so far) and 2 were handed over before row 1 came
    expect((await book.readSheet('Lộn')).rows).toEqual([[1], [2], [3]]);
  });
});
