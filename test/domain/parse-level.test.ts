/**
 * A level as a person writes it in the `Danh mục đơn vị` sheet or a case column (RULES.md §3: Tỉnh, Huyện,
 * Xã), with or without diacritics, as a bare word or inside a phrase.
 */
import { parseLevel } from '../../src/domain/units';

describe('parseLevel', () => {
  it.each([
    ['Xã', 'Xã'], ['xa', 'Xã'], ['cấp xã', 'Xã'], ['Phường', 'Xã'], ['Thị trấn', 'Xã'], ['Đặc khu', 'Xã'],
    ['Huyện', 'Huyện'], ['cấp huyện', 'Huyện'], ['Quận', 'Huyện'], ['Thành phố', 'Huyện'], ['Thị xã', 'Huyện'], ['UBND thị xã Mường Lay', 'Huyện'],
    ['Tỉnh', 'Tỉnh'], ['cap tinh', 'Tỉnh'], ['Sở', 'Tỉnh'], ['Ban', 'Tỉnh'], ['Sở, ban, ngành', 'Tỉnh'],
  ])('reads «%s» as %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  it('reads nothing from text naming no level, nor from a level word inside another word', () => {
    // «Xanh», «Bảng», «Sơn» only begin like one.
    for (const text of ['', 'Khác', 'Xanh', 'Bảng', 'Sơn La']) expect(parseLevel(text)).toBeNull();
  });

});
