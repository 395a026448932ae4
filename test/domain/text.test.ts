/**
 * Name and header normalisation (RULES.md §3, unit names): invisible characters (U+200B–U+200F, U+2060–U+2064,
 * U+FEFF, and U+00AD except in TCVN3 text) removed, every kind of space made one space, trimmed, NFC.
 */
import { cleanName, foldText, removeInvisible } from '../../src/domain/text';

const NFD_TU_PHAP = 'Sở Tư pháp'.normalize('NFD');

describe('removeInvisible', () => {
  it('removes each invisible character, at both ends of each range', () => {
    for (const c of ['\u200B', '\u200F', '\u2060', '\u2064', '\uFEFF']) expect(removeInvisible(`Sở${c} Y tế`)).toBe('Sở Y tế');
  });

  it('keeps characters just outside those ranges', () => {
    for (const c of ['\u200A', '\u2010', '\u205F', '\u2065']) expect(removeInvisible(`a${c}b`)).toBe(`a${c}b`);
  });

  it('removes a soft hyphen from Unicode text, but keeps it where it may be the TCVN3 letter «ư»', () => {
    expect(removeInvisible('Sở Tư\u00AD pháp')).toBe('Sở Tư pháp');
    expect(removeInvisible('S\u00AB T\u00AD ph\u00B8p')).toBe('S\u00AB T\u00AD ph\u00B8p'); // «Së T­ ph¸p», TCVN3
    expect(removeInvisible('\u200BS\u00AB T\u00AD ph\u00B8p')).toBe('S\u00AB T\u00AD ph\u00B8p');
  });
});

describe('foldText', () => {
  it('compares without case, diacritics, đ, invisible characters or extra spaces', () => {
    expect(foldText('  ĐIỆN\u00A0Biên\u200B\n Phủ ')).toBe('dien bien phu');
    expect(foldText(NFD_TU_PHAP)).toBe('so tu phap');
    expect(foldText('Sở\u00AD Tư pháp')).toBe('so tu phap');
  });
});

describe('cleanName', () => {
  it('keeps case and diacritics, fixes form and spacing', () => {
    const name = cleanName(`\u00A0${NFD_TU_PHAP}\u2003 \u200B`);
    expect(name).toBe('Sở Tư pháp');
    expect(name).toBe(name.normalize('NFC'));
    expect(cleanName('UBND  xã\tQuài Tở')).toBe('UBND xã Quài Tở');
  });
});
