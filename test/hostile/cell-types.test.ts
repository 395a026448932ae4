/**
 * Cells whose stored value does not fit their type, as generators with bugs write them: a boolean stored
 * as 0/1 or as words, a number with a decimal comma or trailing letters, a shared-string index past the
 * table. Each reads as Excel means it or as an error value reported at its cell — never a prefix of the
 * number (parseFloat's «12abc» → 12) and never a blank.
 */
import { writeFileSync } from 'fs';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { MAIN, oneSheetWorkbook, pkg, STYLES, textCell } from './raw-package';
import { issueAt, score, tempDir } from './support';

const tmp = tempDir('cell-types');
afterAll(() => tmp.cleanup());

const sheet = (rows: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r}</row>`).join('')}</sheetData></worksheet>`;
const strings = (items: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;

describe('values that do not fit their cell type', () => {
  it('reads booleans, numbers and shared strings strictly', async () => {
    const buf = await pkg({
      workbook: oneSheetWorkbook('Kiểu ô'),
      strings: strings(['Có', 'Không']),
      sheet: sheet([
        '<c r="A1" t="b"><v>0</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>false</v></c><c r="D1" t="b"><v>true</v></c><c r="E1" t="b"><v>2</v></c>',
        '<c r="A2"><v>12abc</v></c><c r="B2"><v> 12 </v></c><c r="C2"><v>1.5E3</v></c><c r="D2"><v>45293,5</v></c><c r="E2"><v>0x1A</v></c><c r="F2"><v>-.5</v></c>',
        '<c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>1a</v></c>',
      ]),
    });
    const [grid] = await readWorkbook(buf, 'kieu-o.xlsx');
    const bad = (error: string) => ({ error, cause: 'badValue' });
    expect(grid.rows).toEqual([
      [false, true, false, true, bad('2')],
      [bad('12abc'), 12, 1500, bad('45293,5'), bad('0x1A'), -0.5],
      ['Không', { error: '2', cause: 'missingString' }, { error: '1a', cause: 'missingString' }],
    ]);
  });

  it('a case list from a generator that writes decimal commas and loses shared strings: rows reported at their cells', async () => {
    const header = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
    const row = (n: number, cells: string): string => `${textCell(`A${n}`, `HS-${n}`)}${textCell(`B${n}`, 'Sở Tư pháp')}${cells}${textCell(`F${n}`, 'Đã trả kết quả')}`;
    const date = (ref: string, serial: string): string => `<c r="${ref}" s="1"><v>${serial}</v></c>`;
    const buf = await pkg({
      workbook: oneSheetWorkbook('Danh sách hồ sơ'),
      styles: STYLES,
      strings: strings(['05/01/2024']),
      sheet: sheet([
        header.map((h, i) => textCell(`${'ABCDEF'[i]}1`, h)).join(''),
        row(2, `${date('C2', '45293.3333333333')}<c r="D2" t="s"><v>0</v></c>${date('E2', '45295.5')}`),
        // Received 02/01/2024 12:00 written with a decimal comma: not 45293 (midnight), not a guess.
        row(3, `${date('C3', '45293,5')}<c r="D3" t="s"><v>0</v></c>${date('E3', '45295.5')}`),
        // The deadline points at shared string 7 of a table of 1.
        row(4, `${date('C4', '45293.3333333333')}<c r="D4" t="s"><v>7</v></c>${date('E4', '45295.5')}`),
      ]),
    });
    const file = tmp.file('dau-phay-thap-phan.xlsx');
    writeFileSync(file, buf);
    const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 3, 'C')?.message).toBe(
      'Ngày tiếp nhận: ô có nội dung «45293,5» không đúng kiểu của ô (tệp bị hỏng hoặc do phần mềm khác ghi sai) — hãy mở tệp bằng Excel, kiểm tra ô này rồi lưu lại; dòng này bị bỏ qua.',
    );
    expect(issueAt(r.issues, 'Danh sách hồ sơ', 4, 'D')?.message).toBe(
      'Ngày hẹn trả: ô trỏ tới chuỗi văn bản số 7 không có trong tệp (tệp bị hỏng) — hãy mở tệp bằng Excel rồi lưu lại; dòng này bị bỏ qua.',
    );
    expect(r.out).toContain('Đã đọc 3 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 2 dòng bị bỏ qua');
    expect(r.summary!.units[0]).toMatchObject({ name: 'Sở Tư pháp', total: 1, early: 1 });
  });
});
