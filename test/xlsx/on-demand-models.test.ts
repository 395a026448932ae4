import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { editPackage } from '../../src/xlsx/package-writer';

async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hồ sơ').addRow(['Mã hồ sơ', 'Đơn vị']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const model = (name: string): SheetModel => ({
  name,
  rows: [[{ value: 'Tiêu đề', style: { bold: true } }], [{ value: 1 }, { value: new Date(Date.UTC(2024, 0, 2)) }]],
  widths: [20, 12],
  merges: [],
  print: { orientation: 'portrait', fitToWidth: true, repeatRows: { from: 1, to: 1 } },
  kind: 'result',
});

describe('models built on demand (result-set.ts resultSheetsOnDemand)', () => {
  it('the package writer builds each with buildModel, and writes the same bytes as for plain models', async () => {
    const original = await userWorkbook();
    const calls: string[] = [];
    const onDemand = (name: string): SheetModel => {
      // Only the name and kind are plain; anything else read from it would be the wrong (empty) sheet.
      const lazy = { ...model(name), rows: [], widths: [] } as SheetModel;
      Object.defineProperty(lazy, 'buildModel', { enumerable: false, value: () => (calls.push(name), model(name)) });
      return lazy;
    };
    const edit = (add: SheetModel[]) => editPackage(original, { remove: [], add, veryHidden: ['Ẩn'] });
    const plain = await edit([model('Một'), model('Hai'), model('Ẩn')]);
    const lazy = await edit([onDemand('Một'), onDemand('Hai'), onDemand('Ẩn')]);
    expect(calls).toEqual(['Một', 'Hai', 'Ẩn']);
    // Compared part by part: a new entry's zip timestamp is the time of writing.
    const parts = async (buf: Buffer): Promise<[string, string][]> => {
      const zip = await JSZip.loadAsync(buf);
      return Promise.all(Object.keys(zip.files).map(async (name): Promise<[string, string]> => [name, await zip.files[name].async('string')]));
    };
    expect(await parts(lazy)).toEqual(await parts(plain));
  });
});
