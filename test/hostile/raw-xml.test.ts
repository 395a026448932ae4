/**
 * Valid but unusual package XML that spreadsheet libraries rarely write and other tools do: namespace
 * prefixes (the Open XML SDK's x:), parts at other names, cells and rows without `r`, comments, CDATA,
 * character references, Excel's _xHHHH_ escapes, phonetic runs, inline rich text, ISO date cells, the
 * 1904 date system, a formula's cached 0. Built part by part with JSZip, read by the reader and by the CLI.
 */
import { writeFileSync } from 'fs';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { MAIN, pkg, REL, STYLES } from './raw-package';
import { score, tempDir } from './support';

const tmp = tempDir('raw');
afterAll(() => tmp.cleanup());

describe('unusual package XML', () => {
  it('is read cell for cell', async () => {
    const buf = await pkg({
      workbook: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Hồ sơ &amp; &#272;ơn vị" sheetId="3" r:id="rId7" state="hidden"/></x:sheets></x:workbook>`,
      strings: `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}" count="4" uniqueCount="4">
<x:si><x:t>Mã hồ sơ</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Sở </x:t></x:r><x:r><x:t>Tư pháp</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ソ</x:t></x:rPh></x:si>
<x:si><x:t>dòng 1_x000D_
dòng 2 &lt;3&gt; &#x1F600; _x005F_x000D_</x:t></x:si>
<x:si><x:t/></x:si></x:sst>`,
      styles: STYLES,
      sheet: `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand -->
<x:worksheet xmlns:x="${MAIN}"><x:sheetPr><x:tabColor rgb="FFFF0000"/></x:sheetPr><x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>
<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>Ngày </x:t></x:r><x:r><x:t><![CDATA[<tiếp nhận>]]></x:t></x:r></x:is></x:c><x:c t="d"><x:v>2024-01-02T08:30:00</x:v></x:c>
<x:c r="E3" s="1"><x:v>43465.5</x:v></x:c><x:c s="2"><x:v>0</x:v></x:c><x:c t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c><x:c><x:f>COUNT(A:A)</x:f><x:v>0</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c><x:c t="s"><x:v>99</x:v></x:c></x:row>
<x:row r="5" spans="1:2"><x:c r="A5" s="1"/><x:c r="B5" title='a > b'><x:v>-1.5e3</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B3:C3"/></x:mergeCells></x:worksheet>`,
    });
    const [grid] = await readWorkbook(buf, 'tay.xlsx');
    expect(grid.name).toBe('Hồ sơ & Đơn vị');
    expect(grid.visibility).toBe('hidden');
    expect(grid.rows).toEqual([
      ['Mã hồ sơ', 'Sở Tư pháp', 'dòng 1\r\ndòng 2 <3> 😀 _x000D_'],
      [],
      // 1904 system: serial 43465.5 is 2023-01-01 12:00 (1462 days after the 1900 system's day).
      // B3 names its place, C3 follows it, E3 names its own (D3 is empty); the merge leaves C3 as it is.
      // The last cell names shared string 99 of 4: an error value, not a blank.
      [null, 'Ngày <tiếp nhận>', new Date(Date.UTC(2024, 0, 2, 8, 30)), null, new Date(Date.UTC(2023, 0, 1, 12)), new Date(Date.UTC(1904, 0, 1)), { error: '#N/A' }, 0, true, 'ab', '', { error: '99', cause: 'missingString' }],
      [],
      [null, -1500],
    ]);
  });

  it('scores a case list written by another generator (x: prefixes, no r attributes, inline strings)', async () => {
    const rows = [
      ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
      ['A-1', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '04/01/2024', 'Đã trả kết quả'],
      ['A-2', 'Sở Tư pháp', '03/01/2024', '08/01/2024', '09/01/2024', 'Đã trả kết quả'],
    ];
    const cell = (v: string): string => `<x:c t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`;
    const buf = await pkg({
      workbook: `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Sheet1" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
      sheet: `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows.map((r) => `<x:row>${r.map(cell).join('')}</x:row>`).join('')}</x:sheetData></x:worksheet>`,
    });
    const file = tmp.file('sdk.xlsx');
    writeFileSync(file, buf);
    const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã đọc 2 dòng hồ sơ từ sheet «Sheet1»; 0 dòng bị bỏ qua');
    expect(r.summary!.units[0]).toMatchObject({ name: 'Sở Tư pháp', total: 2, early: 1, late: 1 });
  });
});
