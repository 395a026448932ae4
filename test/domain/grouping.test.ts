/**
 * How reports group units (RULES.md §3 levels, §4): provincial units, then each district with its communes,
 * then communes with no district (normal after 1/7/2025).
 */
import { groupUnits, type Grouped } from '../../src/domain/grouping';

const tinh = (name: string): Grouped => ({ name, level: 'Tỉnh', parent: null });
const huyen = (name: string): Grouped => ({ name, level: 'Huyện', parent: null });
const xa = (name: string, parent: string | null): Grouped => ({ name, level: 'Xã', parent });

const names = (units: readonly Grouped[]): string[] => units.map((u) => u.name);

describe('groupUnits', () => {
  const units = [
    xa('UBND xã Quài Tở', 'huyện Tuần Giáo'), // the parent as a commune row writes it, before its district
    tinh('Sở Y tế'),
    huyen('UBND huyện Tuần Giáo'),
    xa('UBND phường 10', 'UBND thành phố Điện Biên Phủ'), // a district with no unit of its own
    tinh('Sở Tư pháp'),
    xa('UBND phường 2', 'Thành phố Điện Biên Phủ'),
    xa('UBND xã Mường Phăng', null),
    xa('UBND xã Ẳng Nưa', null),
  ];

  it('keeps the unit list order when asked, district titles and all', () => {
    const g = groupUnits(units, true);
    expect(names(g.provincial)).toEqual(['Sở Y tế', 'Sở Tư pháp']);
    // «huyện Tuần Giáo» and «UBND huyện Tuần Giáo» are one district; its unit's name is the title.
    expect(g.districts.map((b) => [b.title, b.district?.name ?? null, names(b.communes)])).toEqual([
      ['UBND huyện Tuần Giáo', 'UBND huyện Tuần Giáo', ['UBND xã Quài Tở']],
      ['UBND thành phố Điện Biên Phủ', null, ['UBND phường 10', 'UBND phường 2']],
    ]);
    expect(names(g.communesWithoutDistrict)).toEqual(['UBND xã Mường Phăng', 'UBND xã Ẳng Nưa']);
  });

  it('otherwise sorts by Vietnamese collation, numbers by value (phường 2 before phường 10)', () => {
    const g = groupUnits(units, false);
    expect(names(g.provincial)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    // Blocks in the order their first unit comes: «UBND huyện» before «UBND phường»; «UBND phường 2» is
    // the first of its block, so its parent's spelling («Thành phố …») is the title.
    expect(g.districts.map((b) => [b.title, names(b.communes)])).toEqual([
      ['UBND huyện Tuần Giáo', ['UBND xã Quài Tở']],
      ['Thành phố Điện Biên Phủ', ['UBND phường 2', 'UBND phường 10']],
    ]);
    // Ẳ is the letter Ă with a tone, before M; comparing UTF-16 code units would put it after every ASCII letter.
    expect(names(g.communesWithoutDistrict)).toEqual(['UBND xã Ẳng Nưa', 'UBND xã Mường Phăng']);
    // The caller's array is not reordered.
    expect(names(units)[0]).toBe('UBND xã Quài Tở');
  });
});
