/**
 * A unit's level from its name and the district key (RULES.md §4), and the directory's handling of a blank
 * listed name, a repeated listed name, two listed spellings of one name, a district given a parent, a note
 * whose row is unknown, names that differ by «đ»/«d» alone or by a space, a tone mark on the other vowel of
 * «ươ», the same letters in another order, and a soft hyphen in a name that is not TCVN3.
 */
import { districtKey, inferLevel, UnitDirectory } from '../../src/domain/units';

describe('inferLevel', () => {
  it.each([
    ['UBND xã Quài Tở', 'Xã'],
    ['Ủy ban nhân dân phường Mường Thanh', 'Xã'],
    ['UBND huyện Tuần Giáo', 'Huyện'],
    ['UBND thị xã Mường Lay', 'Huyện'],
    ['Sở Tư pháp', 'Tỉnh'],
    ['Công an tỉnh Điện Biên', 'Tỉnh'],
    ['Trung tâm Phục vụ hành chính công', null],
  ])('%s → %s', (name, level) => {
    expect(inferLevel(name)).toBe(level);
  });
});

describe('districtKey', () => {
  it('drops the leading «UBND» and the district word, and nothing later in the name', () => {
    expect(districtKey('UBND huyện Tuần Giáo')).toBe('tuan giao');
    expect(districtKey('Ủy ban nhân dân thị xã Mường Lay')).toBe('muong lay');
    expect(districtKey('huyện Tuần Giáo')).toBe('tuan giao');
    expect(districtKey('Phòng Nội vụ huyện Tuần Giáo')).toBe('phong noi vu huyen tuan giao');
    expect(districtKey('Văn phòng HĐND và UBND huyện Tuần Giáo')).toBe('van phong hdnd va ubnd huyen tuan giao');
  });

  it('reads «Quận» by its tone, so a district named Quan Sơn or Quan Hóa keeps its name', () => {
    expect(districtKey('Quan Sơn')).toBe('quan son');
    expect(districtKey('UBND huyện Quan Sơn')).toBe('quan son');
    expect(districtKey('Quận Ba Đình')).toBe('ba dinh');
    expect(districtKey('UBND quận Ba Đình')).toBe('ba dinh');
    // Also after «Ủy ban nhân dân», two spaces or a leading space; a «Quận» later in the name is the place's.
    expect(districtKey('Ủy ban nhân dân quận Ba Đình')).toBe('ba dinh');
    // The old tone placement «Uỷ» (a bug found by the mutation run: the name kept its «quận»).
    expect(districtKey('Uỷ ban nhân dân quận Ba Đình')).toBe('ba dinh');
    expect(districtKey('uy ban nhân dân quận Ba Đình')).toBe('ba dinh');
    expect(districtKey('UBND  quận Ba Đình')).toBe('ba dinh');
    expect(districtKey(' quận Ba Đình')).toBe('ba dinh');
    expect(districtKey('Thành phố Quận Mới')).toBe('quan moi');
  });
});

describe('UnitDirectory', () => {
  it('has a list only when the unit list has rows', () => {
    expect(new UnitDirectory([]).hasList).toBe(false);
    expect(new UnitDirectory([{ name: 'Sở Tư pháp', level: 'Tỉnh', parent: null }]).hasList).toBe(true);
  });

  it('skips a blank name in the unit list', () => {
    const d = new UnitDirectory([{ name: ' \u200B ', level: 'Tỉnh', parent: null }, { name: 'Sở Y tế', level: null, parent: null }]);
    expect(d.all().map((u) => u.name)).toEqual(['Sở Y tế']);
  });

  it('gives a parent district to a commune only', () => {
    const d = new UnitDirectory([
      { name: 'UBND huyện Tuần Giáo', level: 'Huyện', parent: 'Điện Biên' },
      { name: 'UBND xã Quài Tở', level: 'Xã', parent: 'Tuần Giáo' },
    ]);
    expect(d.all().map((u) => [u.name, u.parent])).toEqual([
      ['UBND huyện Tuần Giáo', null],
      ['UBND xã Quài Tở', 'Tuần Giáo'],
    ]);
  });

  it('names a place without a row or column by its sheet alone', () => {
    const d = new UnitDirectory([]);
    d.see({ name: 'Sở Tư pháp', level: null, parent: null, at: { sheet: 'Danh sách hồ sơ', row: null, column: null } });
    d.see({ name: 'Sở Tư Pháp', level: null, parent: null, at: { sheet: 'Danh sách hồ sơ', row: 9, column: 'C' } });
    const [warning] = d.nearDuplicates('Danh sách hồ sơ', 'Danh mục đơn vị');
    expect(warning.message).toContain('«Sở Tư pháp» (sheet «Danh sách hồ sơ»), «Sở Tư Pháp» (sheet «Danh sách hồ sơ», dòng 9, cột C)');
  });

  it('skips a name listed twice, saying so without a row when it has none', () => {
    const d = new UnitDirectory([{ name: 'Sở Y tế', level: 'Tỉnh', parent: null }, { name: 'Sở Y tế', level: 'Tỉnh', parent: null }]);
    expect(d.all()).toHaveLength(1);
    expect(d.nearDuplicates('Danh sách hồ sơ', 'Danh mục đơn vị').map((i) => i.message)).toEqual([
      'Đơn vị «Sở Y tế» đã có trong danh mục; bỏ qua dòng này.',
    ]);
  });

  it('merges a case name into the first of two listed spellings of it', () => {
    const d = new UnitDirectory([
      { name: 'Sở Văn hóa', level: 'Tỉnh', parent: null },
      { name: 'Sở Văn hoá', level: 'Tỉnh', parent: null },
    ]);
    expect(d.see({ name: 'SỞ VĂN HÓA', level: null, parent: null }).name).toBe('Sở Văn hóa');
  });

  it('says two names differ by «dấu» alone when only «đ»/«d» or «Đ»/«D» differs', () => {
    const d = new UnitDirectory([]);
    for (const name of ['Phòng đăng ký', 'Phòng dăng ký', 'Đội thuế', 'Dội thuế']) d.see({ name, level: null, parent: null });
    const messages = d.nearDuplicates('Danh sách hồ sơ', 'Danh mục đơn vị').map((i) => i.message);
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m).toMatch(/^Các tên đơn vị gần trùng nhau \(khác nhau ở dấu\)/);
  });

  it('merges a case name whose tone mark sits on the other vowel of «ươ» into the listed name', () => {
    const d = new UnitDirectory([{ name: 'Trường Chính trị tỉnh Điện Biên', level: 'Tỉnh', parent: null }]);
    expect(d.see({ name: 'Trừơng Chính trị tỉnh Điện Biên', level: null, parent: null }).name).toBe('Trường Chính trị tỉnh Điện Biên');
  });

  it('keeps apart names with the same letters in another order', () => {
    const d = new UnitDirectory([{ name: 'UBND xã Na Sang', level: 'Xã', parent: null }]);
    expect(d.see({ name: 'UBND xã An Sang', level: null, parent: null }).name).toBe('UBND xã An Sang');
  });

  it('warns about names that differ by a missing space, without a list', () => {
    const d = new UnitDirectory([]);
    for (const name of ['Sở Tư pháp', 'SởTư pháp']) d.see({ name, level: null, parent: null });
    const messages = d.nearDuplicates('Danh sách hồ sơ', 'Danh mục đơn vị').map((i) => i.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Các tên đơn vị gần trùng nhau \(khác nhau ở khoảng trắng\)/);
  });

  it('drops a soft hyphen left in a Unicode name whose letters are all Latin-1, where it is no TCVN3 «ư»', () => {
    // «Tà» and «Lèng» keep the soft hyphen through cleanName (it might be TCVN3), but the name reads as
    // neither TCVN3 nor VNI, so it is the invisible character pasted from a web page.
    const d = new UnitDirectory([]);
    const unit = d.see({ name: 'UBND xã Tà\u00AD Lèng', level: null, parent: null });
    expect(unit.name).toBe('UBND xã Tà Lèng');
    expect(d.see({ name: 'UBND xã Tà Lèng', level: null, parent: null })).toBe(unit);
    expect(d.nearDuplicates('Danh sách hồ sơ', 'Danh mục đơn vị')).toEqual([]);
  });
});
