/**
 * The shared string table packed as UTF-8 bytes (src/xlsx/packed-strings.ts) gives back every string as
 * it was added — Vietnamese, emoji, a lone surrogate from a character reference — shares the ones asked
 * for again, and a book closed after reading reads its table again if asked.
 */
import ExcelJS from 'exceljs';
import { PackedStrings } from '../../src/xlsx/packed-strings';
import { XlsxBook } from '../../src/xlsx/read-workbook';

const STRINGS = ['Mã hồ sơ', '', 'H12.34-240101-000001', 'Đã trả kết quả 😀', 'lẻ \uD800 loi', '02/01/2024 08:00:00'];

describe('PackedStrings', () => {
  it('gives back each string as added, and undefined past the end', () => {
    const table = new PackedStrings(STRINGS.join('').length * 4 + 5 * STRINGS.length);
    for (const s of STRINGS) table.add(s);
    expect(table.length).toBe(STRINGS.length);
    expect(STRINGS.map((_, i) => table.get(i))).toEqual(STRINGS);
    expect([table.get(-1), table.get(STRINGS.length), table.get(1.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('a string asked for again is kept: later cells share it instead of decoding their own', () => {
    const table = new PackedStrings(100);
    table.add('Sở Tư pháp');
    const decode = jest.spyOn(Buffer.prototype, 'toString');
    try {
      expect([table.get(0), table.get(0), table.get(0), table.get(0)]).toEqual(Array(4).fill('Sở Tư pháp'));
      expect(decode).toHaveBeenCalledTimes(2); // the first ask, and the second, which is kept
    } finally {
      decode.mockRestore();
    }
  });

  it('a book closed after reading reads its shared strings again', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRows([['Đơn vị', 'Ngày'], ['Sở Tư pháp', '02/01/2024'], ['Sở Tư pháp', '03/01/2024']]);
    const book = XlsxBook.open(Buffer.from(await wb.xlsx.writeBuffer()), 'ds.xlsx');
    const grid = await book.readSheet('DS');
    expect(grid.rows).toEqual([['Đơn vị', 'Ngày'], ['Sở Tư pháp', '02/01/2024'], ['Sở Tư pháp', '03/01/2024']]);
    book.close();
    expect(await book.readSheet('DS')).toEqual(grid);
  });
});
