/**
 * The unit directory reads names as people type them (RULES.md §4): invisible characters and odd spaces
 * make no second unit; a case-list name that differs from a listed unit only by case, spacing or the place
 * of the tone mark is merged into it with a note; other near-duplicates are kept apart with a warning;
 * TCVN3/VNI names are read back to Unicode with a note. Every note names its sheet, row and column and says
 * how the name was read.
 */
import type { Level } from '../../src/domain/cases';
import { UnitDirectory, type UnitDeclaration } from '../../src/domain/units';
import { REAL_UNIT_NAMES } from '../support/unit-names';

const LIST = 'Danh mục đơn vị';
const CASES = 'Danh sách hồ sơ';

/** A row of the unit list: name in column B, district in column D. */
const listed = (name: string, row: number, level: Level | null = null, parent: string | null = null): UnitDeclaration => ({
  name, level, parent, at: { sheet: LIST, row, column: 'B' }, parentColumn: 'D',
});

/** A name met on a case row: unit in column C, district in column H. */
const seen = (d: UnitDirectory, name: string, row: number, parent: string | null = null) =>
  d.see({ name, level: null, parent, at: { sheet: CASES, row, column: 'C' }, parentColumn: 'H' });

const warning = (sheet: string, row: number | null, column: string | null, message: string) => ({ sheet, row, column, severity: 'warning', message });

const LISTED_SO_TU_PHAP = '«Sở Tư pháp» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 3, cột B)';

describe('UnitDirectory: invisible characters and spaces', () => {
  it('no-break spaces, zero-width characters, a BOM and a soft hyphen make no second unit and no note', () => {
    const d = new UnitDirectory([listed('Sở Tư pháp', 3, 'Tỉnh')]);
    const variants = ['Sở\u00A0Tư pháp', 'Sở Tư\u202Fpháp', 'Sở Tư\u200B pháp', 'Sở\u200C Tư\u200D pháp\u2060', '\uFEFFSở Tư pháp', 'Sở Tư ph\u00ADáp', ' Sở  Tư\tpháp '];
    for (const [i, v] of variants.entries()) expect(seen(d, v, 10 + i).name).toBe('Sở Tư pháp');
    expect(d.all().map((u) => u.name)).toEqual(['Sở Tư pháp']);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([]);
  });
});

describe('UnitDirectory: a case-list name against the unit list', () => {
  it('differs only by letter case: merged into the listed unit, the note names both places', () => {
    const d = new UnitDirectory([listed('Sở Tư pháp', 3, 'Tỉnh')]);
    expect(seen(d, 'Sở Tư Pháp', 7)).toBe(d.get('Sở Tư pháp'));
    expect(d.get('Sở Tư Pháp')?.name).toBe('Sở Tư pháp');
    expect(d.all().map((u) => u.name)).toEqual(['Sở Tư pháp']);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, 7, 'C', `Tên đơn vị «Sở Tư Pháp» chỉ khác tên ${LISTED_SO_TU_PHAP} ở chữ hoa/thường; đã gộp vào «Sở Tư pháp».`),
    ]);
  });

  it('differs only by a missing space: merged', () => {
    const d = new UnitDirectory([listed('UBND xã Thanh Nưa', 4, 'Xã')]);
    expect(seen(d, 'UBND xã ThanhNưa', 12).name).toBe('UBND xã Thanh Nưa');
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, 12, 'C', 'Tên đơn vị «UBND xã ThanhNưa» chỉ khác tên «UBND xã Thanh Nưa» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 4, cột B) ở khoảng trắng; đã gộp vào «UBND xã Thanh Nưa».'),
    ]);
  });

  it('differs by the place of the tone mark («hóa»/«hoá») and by case: merged, both said', () => {
    const d = new UnitDirectory([listed('Sở Văn hóa, Thể thao và Du lịch', 5, 'Tỉnh'), listed('UBND xã Thủy Xuân', 6, 'Xã')]);
    expect(seen(d, 'Sở Văn Hoá, Thể thao và Du lịch', 8).name).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(seen(d, 'UBND xã Thuỷ Xuân', 9).name).toBe('UBND xã Thủy Xuân');
    expect(d.nearDuplicates(CASES, LIST).map((i) => [i.row, i.message])).toEqual([
      [8, 'Tên đơn vị «Sở Văn Hoá, Thể thao và Du lịch» chỉ khác tên «Sở Văn hóa, Thể thao và Du lịch» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 5, cột B) ở chữ hoa/thường và vị trí dấu thanh; đã gộp vào «Sở Văn hóa, Thể thao và Du lịch».'],
      [9, 'Tên đơn vị «UBND xã Thuỷ Xuân» chỉ khác tên «UBND xã Thủy Xuân» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 6, cột B) ở vị trí dấu thanh; đã gộp vào «UBND xã Thủy Xuân».'],
    ]);
  });

  it('differs by diacritics: kept apart, the warning names both and where', () => {
    const d = new UnitDirectory([listed('Sở Tư pháp', 3, 'Tỉnh')]);
    expect(seen(d, 'Sở Tư Phap', 9).name).toBe('Sở Tư Phap');
    expect(d.all().map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Tư Phap']);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(
        CASES, 9, 'C',
        'Các tên đơn vị gần trùng nhau (khác nhau ở chữ hoa/thường và dấu) được tính là các đơn vị riêng: «Sở Tư pháp» (sheet «Danh mục đơn vị», dòng 3, cột B), «Sở Tư Phap» (sheet «Danh sách hồ sơ», dòng 9, cột C). Nếu là một đơn vị, hãy sửa tên cho thống nhất.',
      ),
    ]);
  });

  it('differs by punctuation (a hyphen for a space): kept apart', () => {
    const d = new UnitDirectory([listed('UBND xã Thanh Nưa', 4, 'Xã')]);
    expect(seen(d, 'UBND xã Thanh-Nưa', 15).name).toBe('UBND xã Thanh-Nưa');
    expect(d.nearDuplicates(CASES, LIST).map((i) => [i.row, i.message])).toEqual([
      [15, 'Các tên đơn vị gần trùng nhau (khác nhau ở khoảng trắng và dấu câu) được tính là các đơn vị riêng: «UBND xã Thanh Nưa» (sheet «Danh mục đơn vị», dòng 4, cột B), «UBND xã Thanh-Nưa» (sheet «Danh sách hồ sơ», dòng 15, cột C). Nếu là một đơn vị, hãy sửa tên cho thống nhất.'],
    ]);
  });
});

describe('UnitDirectory: near-duplicates in the case list alone', () => {
  it('without a list, names differing by case are kept apart: the warning says how the list would merge them', () => {
    const d = new UnitDirectory([]);
    seen(d, 'Sở Tư pháp', 5);
    seen(d, 'Sở Tư Pháp', 8);
    expect(d.all().map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Tư Pháp']);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(
        CASES, 5, 'C',
        'Các tên đơn vị gần trùng nhau (khác nhau ở chữ hoa/thường) được tính là các đơn vị riêng: «Sở Tư pháp» (sheet «Danh sách hồ sơ», dòng 5, cột C), «Sở Tư Pháp» (sheet «Danh sách hồ sơ», dòng 8, cột C). Nếu là một đơn vị, hãy sửa tên cho thống nhất, hoặc khai báo tên đúng trong sheet «Danh mục đơn vị»: tên chỉ khác chữ hoa/thường, khoảng trắng hoặc vị trí dấu thanh được gộp vào tên trong danh mục.',
      ),
    ]);
  });

  it('names given without a place are reported on the case sheet, row and column unknown', () => {
    const d = new UnitDirectory([]);
    d.see({ name: 'UBND xã Na Ư', level: null, parent: null });
    d.see({ name: 'UBND xã Na U', level: null, parent: null });
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, null, null, 'Các tên đơn vị gần trùng nhau (khác nhau ở dấu) được tính là các đơn vị riêng: «UBND xã Na Ư», «UBND xã Na U». Nếu là một đơn vị, hãy sửa tên cho thống nhất.'),
    ]);
  });

  it('61 real unit names give one warning only: the two spellings of «Văn hóa»/«Văn hoá»', () => {
    const d = new UnitDirectory([]);
    REAL_UNIT_NAMES.forEach((n, i) => expect(seen(d, n, i + 2).name).toBe(n));
    expect(d.all()).toHaveLength(REAL_UNIT_NAMES.length);
    expect(d.nearDuplicates(CASES, LIST).map((i) => i.message)).toEqual([
      'Các tên đơn vị gần trùng nhau (khác nhau ở vị trí dấu thanh) được tính là các đơn vị riêng: «Sở Văn hóa, Thể thao và Du lịch» (sheet «Danh sách hồ sơ», dòng 11, cột C), «Sở Văn hoá, Thể thao và Du lịch» (sheet «Danh sách hồ sơ», dòng 12, cột C). Nếu là một đơn vị, hãy sửa tên cho thống nhất, hoặc khai báo tên đúng trong sheet «Danh mục đơn vị»: tên chỉ khác chữ hoa/thường, khoảng trắng hoặc vị trí dấu thanh được gộp vào tên trong danh mục.',
    ]);
  });
});

describe('UnitDirectory: names typed in TCVN3 or VNI', () => {
  it('a TCVN3 case name is read as the listed «Sở Tư pháp», with a note at its first row, once', () => {
    const d = new UnitDirectory([listed('Sở Tư pháp', 3, 'Tỉnh')]);
    const u = seen(d, 'Së T\u00AD ph¸p', 4);
    expect(u).toBe(d.get('Sở Tư pháp'));
    expect(seen(d, 'Së T\u00AD ph¸p', 40)).toBe(u);
    expect(d.all()).toHaveLength(1);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, 4, 'C', 'Tên đơn vị «Së T\u00AD ph¸p» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Sở Tư pháp» ở mọi dòng ghi tên này.'),
    ]);
  });

  it('a VNI name with no list becomes a unit of its own, its level inferred from the converted name', () => {
    const d = new UnitDirectory([]);
    expect(seen(d, 'UBND xaõ Thanh Nöa', 6)).toEqual({ name: 'UBND xã Thanh Nưa', level: 'Xã', parent: null, levelSource: 'inferred' });
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, 6, 'C', 'Tên đơn vị «UBND xaõ Thanh Nöa» được gõ bằng bảng mã cũ VNI (phông VNI-Times); đã đọc thành «UBND xã Thanh Nưa» ở mọi dòng ghi tên này.'),
    ]);
  });

  it('converted, then merged into the listed name it differs from by case: both notes', () => {
    const d = new UnitDirectory([listed('Sở Tư pháp', 3, 'Tỉnh')]);
    expect(seen(d, 'Sôû Tö Phaùp', 5).name).toBe('Sở Tư pháp');
    expect(d.nearDuplicates(CASES, LIST).map((i) => i.message)).toEqual([
      'Tên đơn vị «Sôû Tö Phaùp» được gõ bằng bảng mã cũ VNI (phông VNI-Times); đã đọc thành «Sở Tư Pháp» ở mọi dòng ghi tên này.',
      `Tên đơn vị «Sở Tư Pháp» chỉ khác tên ${LISTED_SO_TU_PHAP} ở chữ hoa/thường; đã gộp vào «Sở Tư pháp».`,
    ]);
  });

  it('a district typed in TCVN3 in the «Huyện» column is read once for all its communes', () => {
    const d = new UnitDirectory([]);
    expect(seen(d, 'UBND xã Thanh Nưa', 5, 'huyÖn §iÖn Biªn').parent).toBe('huyện Điện Biên');
    expect(seen(d, 'UBND xã Thanh Luông', 6, 'huyÖn §iÖn Biªn').parent).toBe('huyện Điện Biên');
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(CASES, 5, 'H', 'Tên huyện «huyÖn §iÖn Biªn» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «huyện Điện Biên» ở mọi dòng ghi tên này.'),
    ]);
  });

  it('the unit list: a TCVN3 name is converted at its row, and the same unit listed again is skipped', () => {
    const d = new UnitDirectory([listed('Së T\u00AD ph¸p', 3, 'Tỉnh'), listed('Sở Tư pháp', 4, 'Tỉnh'), listed('UBND x· Thanh N\u00ADa', 5, 'Xã', 'TuÇn Gi¸o')]);
    expect(d.all()).toEqual([
      { name: 'Sở Tư pháp', level: 'Tỉnh', parent: null, levelSource: 'list' },
      { name: 'UBND xã Thanh Nưa', level: 'Xã', parent: 'Tuần Giáo', levelSource: 'list' },
    ]);
    expect(d.nearDuplicates(CASES, LIST)).toEqual([
      warning(LIST, 3, 'B', 'Tên đơn vị «Së T\u00AD ph¸p» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Sở Tư pháp».'),
      warning(LIST, 4, 'B', 'Đơn vị «Sở Tư pháp» đã có trong danh mục ở dòng 3; bỏ qua dòng này.'),
      warning(LIST, 5, 'B', 'Tên đơn vị «UBND x· Thanh N\u00ADa» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «UBND xã Thanh Nưa».'),
      warning(LIST, 5, 'D', 'Tên huyện «TuÇn Gi¸o» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Tuần Giáo» ở mọi dòng ghi tên này.'),
    ]);
  });
});
