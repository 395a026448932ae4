/**
 * Edges of legacy-encoding.ts the name tables do not reach: the first byte above ASCII (U+0080), text typed
 * in the capitals font with exactly two or with «A»/«Z» as its plain letters, a circumflex byte after «u»,
 * a TCVN3 word with no ASCII letter, the ends of Latin-1 beside a soft hyphen, rare rhymes counted, and
 * syllables refused for two tones, a tone before any letter, a tone on the wrong vowel, or «q»/«gi» misread.
 */
import { decodeTcvn3, decodeVni, fromLegacyEncoding, isVietnameseSyllable, mayBeTcvn3, readsAsVietnamese } from '../../src/domain/legacy-encoding';

describe('decoders', () => {
  it('take U+0080, the first character above ASCII, as neither TCVN3 nor VNI', () => {
    expect(decodeTcvn3('a\u0080')).toBeNull();
    expect(decodeVni('a\u0080')).toBeNull();
  });

  it('read capitals-font TCVN3 (.VnTimeH) as capitals when all its plain letters, two or more, are A–Z', () => {
    expect(decodeTcvn3('Bé Y')).toBe('BỘ Y'); // «é» is «ộ»: two plain capitals
    expect(decodeTcvn3('NGHÖ AN')).toBe('NGHỆ AN'); // «Ö» is «ệ»; «A» counts as a capital
    expect(decodeTcvn3('Bé Y ZA')).toBe('BỘ Y ZA');
    expect(decodeTcvn3('Bé y')).toBe('Bộ y'); // a small plain letter: .VnTime, nothing raised
  });

  it('refuses a VNI circumflex byte after «u», which takes none', () => {
    expect(decodeVni('uâ')).toBeNull();
  });

  it('reads a TCVN3 word with no ASCII letter: «ë» is «ở»', () => {
    expect(fromLegacyEncoding('ë')).toEqual({ encoding: 'TCVN3', text: 'ở' });
  });
});

describe('mayBeTcvn3 at the ends of Latin-1', () => {
  it('counts «¡» (0xA1, TCVN3 «Ă») and «ÿ» (0xFF) as Latin-1 beside the soft hyphen', () => {
    expect(mayBeTcvn3('¡ T\u00AD')).toBe(true);
    expect(mayBeTcvn3('ÿ T\u00AD')).toBe(true);
  });
});

describe('readsAsVietnamese', () => {
  it('refuses U+0080 and a word with letters beyond ASCII that only ends like an abbreviation', () => {
    expect(readsAsVietnamese('Sở Tư pháp\u0080')).toBe(false);
    expect(readsAsVietnamese('ĂNGK')).toBe(false);
  });

  it('accepts words with a rare rhyme (a plain-ASCII «xoong» is not judged at all)', () => {
    expect(readsAsVietnamese('thuở ấy')).toBe(true);
    expect(readsAsVietnamese('khuỷu tay')).toBe(true);
  });
});

describe('isVietnameseSyllable refuses', () => {
  it.each([
    ['óà', 'two tones, the first on the first letter'],
    ['\u0301a', 'a tone before any letter'],
    ['íên', 'the tone of iê on i'],
    ['qoa', '«q» without «u»'],
    ['gơa', 'ơa is no vowel group, even after «gi»'],
  ])('«%s»: %s', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});

describe('fromLegacyEncoding when both encodings read as Vietnamese', () => {
  const both = (text: string): [string, string] => {
    const [tcvn3, vni] = [decodeTcvn3(text)!, decodeVni(text)!];
    expect([readsAsVietnamese(tcvn3), readsAsVietnamese(vni)]).toEqual([true, true]);
    return [tcvn3, vni];
  };

  it('takes VNI when only the TCVN3 reading has a rare rhyme («Coõng» against «Công»)', () => {
    expect(both('Coâng')).toEqual(['Coõng', 'Công']);
    expect(fromLegacyEncoding('Coâng')).toEqual({ encoding: 'VNI', text: 'Công' });
  });

  it('takes TCVN3 when only the VNI reading has a rare rhyme («huễ» against «huƠ»)', () => {
    expect(both('huÔ')).toEqual(['huễ', 'huƠ']);
    expect(fromLegacyEncoding('huÔ')).toEqual({ encoding: 'TCVN3', text: 'huễ' });
  });

  it('converts nothing when neither reading has fewer rare rhymes («oẽc» against «ọc»)', () => {
    expect(both('oÏc')).toEqual(['oẽc', 'ọc']);
    expect(fromLegacyEncoding('oÏc')).toBeNull();
  });
});
