/**
 * readText: the text of every name, code and word read from a sheet. Invisible characters copied from web
 * pages and PDFs are removed and every kind of space becomes one plain space, so «Sở Tư pháp» with a
 * no-break space or a zero-width space is the same text as without — but a soft hyphen that is the TCVN3
 * letter «ư» is kept for the unit directory to read.
 */
import { readText } from '../../src/workbook/cell-values';
import { cleanName, foldText } from '../../src/domain/text';

describe('readText: invisible characters and spaces', () => {
  it.each([
    ['Sở\u00A0Tư pháp', 'no-break space'],
    ['Sở Tư\u202Fpháp', 'narrow no-break space'],
    ['Sở Tư\u200B pháp', 'zero-width space beside a space'],
    ['Sở\u200C Tư\u200D pháp', 'zero-width non-joiner and joiner'],
    ['Sở Tư pháp\u2060', 'word joiner'],
    ['\uFEFFSở Tư pháp', 'byte order mark'],
    ['Sở Tư ph\u00ADáp', 'soft hyphen in Unicode text'],
    ['Sở Tư\u200E pháp', 'left-to-right mark'],
    ['  Sở \t Tư\npháp  ', 'tabs, line breaks, runs of spaces'],
  ])('«%s» (%s) reads «Sở Tư pháp»', (cell) => {
    expect(readText(cell)).toBe('Sở Tư pháp');
  });

  it('a zero-width space inside a word joins it: what shows is what is read', () => {
    expect(readText('Sở Tư\u200Bpháp')).toBe('Sở Tưpháp');
    expect(readText('HS\u200B-001')).toBe('HS-001');
  });

  it('a cell of invisible characters only is empty', () => {
    expect(readText('\u200B\uFEFF\u00A0')).toBeNull();
  });

  it('keeps the soft hyphen of TCVN3 text, where it is the letter «ư»', () => {
    expect(readText('Së T\u00AD ph¸p')).toBe('Së T\u00AD ph¸p');
    expect(readText('UBND x· H\u00ADng\u200B')).toBe('UBND x· H\u00ADng');
  });

  it('leaves clean text as it is, the same string', () => {
    const s = 'UBND xã Thanh Nưa';
    expect(readText(s)).toBe(s);
    expect(readText('HS-2024-000123')).toBe('HS-2024-000123');
  });
});

describe('cleanName and foldText ignore invisible characters too', () => {
  it('cleanName', () => {
    expect(cleanName('Sở\u00A0Tư\u200B pháp\uFEFF')).toBe('Sở Tư pháp');
    expect(cleanName('Së T\u00AD ph¸p')).toBe('Së T\u00AD ph¸p');
  });

  it('foldText (header and word matching)', () => {
    expect(foldText('Đơn vị\u200B giải quyết\u00AD')).toBe('don vi giai quyet');
  });
});
