/**
 * TCVN3 (.VnTime) and VNI (VNI-Times) text read back to Unicode — and genuine Unicode or ASCII names never
 * touched. The encoded strings below are typed by hand from the two code tables (TCVN3: one byte per
 * letter, «ư» = U+00AD; VNI: letter + mark byte) and checked against what UniKey's converter produces.
 */
import { execFileSync } from 'child_process';
import { REAL_UNIT_NAMES } from '../support/unit-names';
import { decodeTcvn3, decodeVni, fromLegacyEncoding, isVietnameseSyllable, mayBeTcvn3, readsAsVietnamese } from '../../src/domain/legacy-encoding';


describe('fromLegacyEncoding', () => {
  it('reads «Së T­ ph¸p» (TCVN3, .VnTime) and «Sôû Tö phaùp» (VNI) as «Sở Tư pháp»', () => {
    expect(fromLegacyEncoding('Së T\u00AD ph¸p')).toEqual({ encoding: 'TCVN3', text: 'Sở Tư pháp' });
    expect(fromLegacyEncoding('Sôû Tö phaùp')).toEqual({ encoding: 'VNI', text: 'Sở Tư pháp' });
  });

  it.each([
    ['UBND x· Thanh N\u00ADa', 'UBND xã Thanh Nưa'],
    ['Së KÕ ho¹ch vµ §Çu t\u00AD', 'Sở Kế hoạch và Đầu tư'],
    ['Ban Qu¶n lý c¸c khu c«ng nghiÖp', 'Ban Quản lý các khu công nghiệp'],
    ['UBND ph\u00ADêng Him Lam', 'UBND phường Him Lam'],
    ['Chi nh¸nh V¨n phßng ®¨ng ký ®Êt ®ai', 'Chi nhánh Văn phòng đăng ký đất đai'],
    ['UBND huyÖn §iÖn Biªn §«ng', 'UBND huyện Điện Biên Đông'],
    ['V¨n phßng H§ND vµ UBND huyÖn', 'Văn phòng HĐND và UBND huyện'],
    ['Së Tµi nguyªn vµ M«i tr\u00ADêng', 'Sở Tài nguyên và Môi trường'],
    ['TuÇn Gi¸o', 'Tuần Giáo'],
    ['§¾k L¾k', 'Đắk Lắk'],
    // Typed with the capitals font .VnTimeH: plain capitals, toned letters in the small codes.
    ['Së T¦ PH¸P', 'SỞ TƯ PHÁP'],
  ])('TCVN3 «%s» → «%s»', (typed, unicode) => {
    expect(fromLegacyEncoding(typed)).toEqual({ encoding: 'TCVN3', text: unicode });
  });

  it.each([
    ['UBND xaõ Thanh Nöa', 'UBND xã Thanh Nưa'],
    ['Sôû Keá hoaïch vaø Ñaàu tö', 'Sở Kế hoạch và Đầu tư'],
    ['Ban Quaûn lyù caùc khu coâng nghieäp', 'Ban Quản lý các khu công nghiệp'],
    ['UBND phöôøng Him Lam', 'UBND phường Him Lam'],
    ['Chi nhaùnh Vaên phoøng ñaêng kyù ñaát ñai', 'Chi nhánh Văn phòng đăng ký đất đai'],
    ['UBND huyeän Ñieän Bieân Ñoâng', 'UBND huyện Điện Biên Đông'],
    ['Sôû Taøi nguyeân vaø Moâi tröôøng', 'Sở Tài nguyên và Môi trường'],
    ['UBND thò traán Tuaàn Giaùo', 'UBND thị trấn Tuần Giáo'],
    ['Coâng an tænh', 'Công an tỉnh'],
    // «Coâng» is also «Coõng» in TCVN3, a rare rhyme: VNI wins.
    ['Coâng an', 'Công an'],
    ['SÔÛ TÖ PHAÙP', 'SỞ TƯ PHÁP'],
  ])('VNI «%s» → «%s»', (typed, unicode) => {
    expect(fromLegacyEncoding(typed)).toEqual({ encoding: 'VNI', text: unicode });
  });

  it('never touches a genuine Unicode name, in NFC or NFD, nor plain ASCII', () => {
    for (const name of REAL_UNIT_NAMES) {
      expect([name, fromLegacyEncoding(name)]).toEqual([name, null]);
      expect([name, fromLegacyEncoding(name.normalize('NFD'))]).toEqual([name, null]);
    }
    for (const ascii of ['UBND xa Thanh Nua', 'So Tu phap', 'BHXH tinh', 'HS-2024-000123', '']) expect(fromLegacyEncoding(ascii)).toBeNull();
  });

  it('leaves alone Latin-1 text that is neither: a foreign word, quotation marks, a mistyped TCVN3 word', () => {
    expect(fromLegacyEncoding('Café Tà Xùa')).toBeNull();
    expect(fromLegacyEncoding('Phòng «Tà Xùa»')).toBeNull();
    expect(fromLegacyEncoding('Köln')).toBeNull();
    expect(fromLegacyEncoding('UBND x· Mu\u00ADêng Ph¨ng')).toBeNull(); // «Muường»: no syllable
  });

  it('cannot tell a VNI name whose every word is also Unicode Vietnamese: «Sôn La» (Sơn La) stays as typed', () => {
    expect(fromLegacyEncoding('Sôn La')).toBeNull();
  });

  it('reads back every name of the list typed in VNI, and in TCVN3 (whose capitals with tones are small letters)', () => {
    for (const name of REAL_UNIT_NAMES) {
      expect([name, fromLegacyEncoding(toVni(name))?.text]).toEqual([name, name]);
      const tcvn3 = toTcvn3(name);
      if (tcvn3 === name) continue;
      // .VnTime has no «Ủ» or «Ả»: they are typed (and read back) as «ủ», «ả».
      expect([name, fromLegacyEncoding(tcvn3)?.text]).toEqual([name, name.replace(/[ỦẢ]/g, (c) => c.toLowerCase())]);
    }
  });
});

describe('the code tables', () => {
  const iconv = (() => {
    try {
      execFileSync('iconv', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();

  (iconv ? it : it.skip)('TCVN3 agrees with glibc’s TCVN5712-1 on every byte it reads, and reads every small letter', () => {
    for (let b = 0xa1; b <= 0xfe; b++) {
      const glibc = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from([b]) }).toString();
      const ours = decodeTcvn3(String.fromCharCode(b));
      if (ours !== null) expect([b.toString(16), ours]).toEqual([b.toString(16), glibc]);
      // The capitals with tones (VN1 only) are not TCVN3's: only Ă Â Ê Ô Ơ Ư Đ and the small letters.
      else expect([b.toString(16), /^[\p{Ll}ĂÂÊÔƠƯĐ]$/u.test(glibc)]).toEqual([b.toString(16), false]);
    }
  });

  it('VNI: the 134 letters as UniKey encodes them (letter + mark byte; í ì æ ó ò î ñ ô ö alone)', () => {
    const pairs: [string, string][] = [
      ['aù aø aû aõ aï', 'á à ả ã ạ'], ['aâ aá aà aå aã aä', 'â ấ ầ ẩ ẫ ậ'], ['aê aé aè aú aü aë', 'ă ắ ằ ẳ ẵ ặ'],
      ['eù eø eû eõ eï', 'é è ẻ ẽ ẹ'], ['eâ eá eà eå eã eä', 'ê ế ề ể ễ ệ'], ['í ì æ ó ò', 'í ì ỉ ĩ ị'],
      ['où oø oû oõ oï', 'ó ò ỏ õ ọ'], ['oâ oá oà oå oã oä', 'ô ố ồ ổ ỗ ộ'], ['ô ôù ôø ôû ôõ ôï', 'ơ ớ ờ ở ỡ ợ'],
      ['uù uø uû uõ uï', 'ú ù ủ ũ ụ'], ['ö öù öø öû öõ öï', 'ư ứ ừ ử ữ ự'], ['yù yø yû yõ î', 'ý ỳ ỷ ỹ ỵ'], ['ñ Ñ', 'đ Đ'],
      ['AÙ AØ AÛ AÕ AÏ', 'Á À Ả Ã Ạ'], ['AÂ AÁ AÀ AÅ AÃ AÄ', 'Â Ấ Ầ Ẩ Ẫ Ậ'], ['AÊ AÉ AÈ AÚ AÜ AË', 'Ă Ắ Ằ Ẳ Ẵ Ặ'],
      ['EÂ EÁ EÀ EÅ EÃ EÄ', 'Ê Ế Ề Ể Ễ Ệ'], ['Í Ì Æ Ó Ò', 'Í Ì Ỉ Ĩ Ị'], ['OÂ OÁ OÀ OÅ OÃ OÄ', 'Ô Ố Ồ Ổ Ỗ Ộ'],
      ['Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ', 'Ơ Ớ Ờ Ở Ỡ Ợ'], ['Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ', 'Ư Ứ Ừ Ử Ữ Ự'], ['YÙ YØ YÛ YÕ Î', 'Ý Ỳ Ỷ Ỹ Ỵ'],
    ];
    for (const [vni, unicode] of pairs) expect(decodeVni(vni)).toBe(unicode);
  });

  it('VNI: a mark byte after a letter that cannot take it is not VNI', () => {
    expect(decodeVni('Së')).toBeNull(); // «ë» (breve + dot) after «S»
    expect(decodeVni('eê')).toBeNull(); // a breve on «e»
    expect(decodeVni('aùù')).toBeNull(); // two marks
    expect(decodeVni('T\u00AD')).toBeNull(); // the soft hyphen is no VNI byte
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['hòa', 'hoà', 'thủy', 'thuỷ', 'quyết', 'Quỳnh', 'giữa', 'gì', 'giếng', 'khuya', 'nghiêng', 'Đắk', 'Ủy', 'Uỷ', 'người', 'khuỷu', 'xoong', 'ngoặc', 'HOẠCH'])(
    '«%s» is one',
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );

  it.each([
    ['xaõ', 'the tone on the glide o (VNI «xã» read as Unicode)'],
    ['sừỷ', 'two tones'],
    ['bưnh', 'ưnh is no rhyme'],
    ['coâng', 'oâ is no vowel group'],
    ['kö', 'ö is no Vietnamese letter'],
    ['traán', 'aá is no vowel group'],
    ['miá', 'the tone of ia goes on i'],
  ])('«%s» is none: %s', (w) => expect(isVietnameseSyllable(w)).toBe(false));

  it('judges only words beyond ASCII; abbreviations in capitals pass', () => {
    expect(readsAsVietnamese('UBND xã Thanh Nưa')).toBe(true);
    expect(readsAsVietnamese('Văn phòng HĐND và UBND')).toBe(true);
    expect(readsAsVietnamese('Së T\u00AD ph¸p')).toBe(false);
  });
});

describe('mayBeTcvn3', () => {
  it('is true only for Latin-1 text with TCVN3 letters beside the soft hyphen', () => {
    expect(mayBeTcvn3('Së T\u00AD ph¸p')).toBe(true);
    expect(mayBeTcvn3('Sở Tư ph\u00ADáp')).toBe(false); // «ở» is beyond Latin-1: Unicode
    expect(mayBeTcvn3('Ban\u00ADQuan ly')).toBe(false); // nothing but ASCII beside it
  });
});

// Encoders for the round-trip test, built from the letters' parts (not from the decoders' tables).
const TONE_INDEX: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

/** VNI-Windows: base letter + one mark byte (UniKey's VNI-WIN table). */
function toVni(text: string): string {
  const marks = { tone: ' ùøûõï', circumflex: 'âáàåãä', breve: 'êéèúüë' };
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0];
    const upper = base !== base.toLowerCase();
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    const tone = [...d.slice(1)].map((m) => TONE_INDEX[m] ?? 0).find((t) => t > 0) ?? 0;
    if (ch === 'đ' || ch === 'Đ') out += cased('ñ');
    else if (d.includes('\u0302')) out += base + cased(marks.circumflex[tone]);
    else if (d.includes('\u0306')) out += base + cased(marks.breve[tone]);
    else if (d.includes('\u031B')) out += cased(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone ? cased(marks.tone[tone]) : '');
    else if (base.toLowerCase() === 'i' && tone) out += cased(' íìæóò'[tone]);
    else if (base.toLowerCase() === 'y' && tone === 5) out += cased('î');
    else out += base + (tone ? cased(marks.tone[tone]) : '');
  }
  return out;
}

/** TCVN3 (VN3): one byte per small letter, tone by tone (acute, grave, hook, tilde, dot). */
function toTcvn3(text: string): string {
  const table: Record<string, string> = {
    a: 'a¸µ¶·¹', 'ă': '¨¾»¼½Æ', 'â': '©ÊÇÈÉË', e: 'eÐÌÎÏÑ', 'ê': 'ªÕÒÓÔÖ', i: 'iÝ×ØÜÞ', o: 'oãßáâä', 'ô': '«èåæçé',
    'ơ': '¬íêëìî', u: 'uóïñòô', 'ư': '\u00ADøõö÷ù', y: 'yýúûüþ',
  };
  const capitals: Record<string, string> = { 'Ă': '¡', 'Â': '¢', 'Ê': '£', 'Ô': '¤', 'Ơ': '¥', 'Ư': '¦', 'Đ': '§', 'đ': '®' };
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (capitals[ch]) {
      out += capitals[ch];
      continue;
    }
    const d = ch.toLowerCase().normalize('NFD');
    const tone = [...d].map((m) => TONE_INDEX[m] ?? 0).find((t) => t > 0) ?? 0;
    const letter = [...d].filter((m) => !TONE_INDEX[m]).join('').normalize('NFC');
    const row = table[letter];
    if (!row) out += ch;
    else if (tone === 0 && ch !== ch.toLowerCase()) out += ch; // a capital without tone: A, E… stay ASCII
    else out += row[tone];
  }
  return out;
}
