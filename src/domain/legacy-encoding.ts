/**
 * Vietnamese typed in the pre-Unicode encodings still met in offices (RULES.md §4):
 *
 * - **TCVN3** (TCVN 5712:1993 VN3, "ABC", fonts .VnTime/.VnArial): one byte per letter; lower-case toned
 *   letters only (the .VnTimeH fonts show the same codes as capitals), and `ư` is byte 0xAD, which Unicode
 *   calls the soft hyphen: «Sở Tư pháp» is stored as «Së T­ ph¸p».
 * - **VNI** (VNI-Windows, fonts VNI-Times…): a base letter followed by a mark byte: «Sôû Tö phaùp».
 *
 * Excel keeps such text as the Windows-1252 characters of its bytes; we read it back to Unicode only when
 * the text cannot be Vietnamese as it stands and reads as valid Vietnamese syllables in exactly one of
 * the two encodings — so genuine Unicode and plain ASCII names never change. Tables: TCVN3 as in glibc's
 * TCVN5712-1 (its lower half, VN3) and UniKey's VnConv; VNI-Windows as in UniKey's VnConv.
 */

type LegacyEncoding = 'TCVN3' | 'VNI';

interface LegacyReading {
  encoding: LegacyEncoding;
  /** The text in Unicode (NFC). */
  text: string;
}

/** How the encodings are named to a user. */
export const ENCODING_LABELS: Record<LegacyEncoding, string> = {
  TCVN3: 'TCVN3 (phông .VnTime)',
  VNI: 'VNI (phông VNI-Times)',
};

// TCVN3 (VN3): byte → letter. The capitals with tones of the full VN1 set (0xC0–0xC5…) are left out: VN3
// fonts do not have them, and Latin-1 letters such as «à» or «Á» then mark text as not TCVN3.
const TCVN3_BYTES = '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3 = new Map<string, string>(((letters) => [...TCVN3_BYTES].map((b, i): [string, string] => [b, letters[i]]))([...TCVN3_LETTERS]));

// Combining marks: the five tones and the three letter marks.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
const TONES = GRAVE + ACUTE + TILDE + HOOK + DOT;

// VNI-Windows. Letters of one byte: đ, the toned i, ỵ, and the horned ơ/ư (which take a tone byte after).
const VNI_LETTERS = new Map<string, string>([
  ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['í', 'í'], ['Í', 'Í'], ['ì', 'ì'], ['Ì', 'Ì'], ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'], ['ò', 'ị'], ['Ò', 'Ị'],
  ['î', 'ỵ'], ['Î', 'Ỵ'],
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'],
]);
/** Mark bytes (lower and upper case alike): the letter mark they add, if any, and the tone. */
const VNI_MARKS = new Map<string, { mark: string; tone: string }>();
for (const [bytes, mark, tone] of [
  ['ùÙ', '', ACUTE], ['øØ', '', GRAVE], ['ûÛ', '', HOOK], ['õÕ', '', TILDE], ['ïÏ', '', DOT],
  ['âÂ', CIRCUMFLEX, ''], ['áÁ', CIRCUMFLEX, ACUTE], ['àÀ', CIRCUMFLEX, GRAVE], ['åÅ', CIRCUMFLEX, HOOK], ['ãÃ', CIRCUMFLEX, TILDE], ['äÄ', CIRCUMFLEX, DOT],
  ['êÊ', BREVE, ''], ['éÉ', BREVE, ACUTE], ['èÈ', BREVE, GRAVE], ['úÚ', BREVE, HOOK], ['üÜ', BREVE, TILDE], ['ëË', BREVE, DOT],
] as const) {
  for (const b of bytes) VNI_MARKS.set(b, { mark, tone });
}
/** The letters a mark byte may follow: a circumflex goes on a/e/o, a breve on a; tones on any vowel. */
const TAKES_CIRCUMFLEX = /^[aeo]$/i;
const TAKES_BREVE = /^a$/i;
const TAKES_TONE = /^[aeouyơưAEOUYƠƯ]$/;

/** TCVN3 text in Unicode, or null when a character is none of TCVN3's. */
export function decodeTcvn3(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out += ch;
    else {
      const letter = TCVN3.get(ch);
      if (letter === undefined) return null;
      out += letter;
    }
  }
  // Typed with a capitals font (.VnTimeH): the plain letters are capitals, the toned ones come out small.
  const ascii = s.match(/[A-Za-z]/g) ?? [];
  if (ascii.length >= 2 && ascii.every((l) => l >= 'A' && l <= 'Z')) out = out.toUpperCase();
  return out.normalize('NFC');
}

/** VNI text in Unicode, or null when a character is none of VNI's or a mark byte follows no letter that takes it. */
export function decodeVni(s: string): string | null {
  const out: string[] = [];
  // The last letter written when a mark byte may follow it, and whether one already has.
  let base: string | null = null;
  let marked = false;
  for (const ch of s) {
    const mark = VNI_MARKS.get(ch);
    if (mark) {
      if (base === null || marked) return null;
      if (mark.mark === CIRCUMFLEX && !TAKES_CIRCUMFLEX.test(base)) return null;
      if (mark.mark === BREVE && !TAKES_BREVE.test(base)) return null;
      out[out.length - 1] += mark.mark + mark.tone;
      marked = true;
      continue;
    }
    const letter = VNI_LETTERS.get(ch);
    if (letter === undefined && ch.charCodeAt(0) >= 0x80) return null;
    const l = letter ?? ch;
    out.push(l);
    base = TAKES_TONE.test(l) ? l : null;
    marked = false;
  }
  return out.join('').normalize('NFC');
}

/**
 * The text read back from TCVN3 or VNI, or null: when it is Unicode or ASCII (the usual case, settled by
 * one scan), when it reads as Vietnamese as it is, or when neither or both encodings give Vietnamese.
 */
export function fromLegacyEncoding(text: string): LegacyReading | null {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return null; // a Vietnamese letter outside Latin-1 (ư, ơ, đ, ạ…): Unicode
    if (c >= 0x80) high = true;
  }
  if (!high || oddWords(text) >= 0) return null;
  const tcvn3 = decodeTcvn3(text);
  const vni = decodeVni(text);
  // Both may read as Vietnamese («Coâng» is «Công» in VNI, «Coõng» in TCVN3): the one without rare
  // rhymes wins, and a tie converts nothing.
  const tcvn3Odd = tcvn3 === null ? -1 : oddWords(tcvn3);
  const vniOdd = vni === null ? -1 : oddWords(vni);
  if (tcvn3Odd < 0 && vniOdd < 0) return null;
  if (vniOdd < 0 || (tcvn3Odd >= 0 && tcvn3Odd < vniOdd)) return { encoding: 'TCVN3', text: tcvn3! };
  if (tcvn3Odd < 0 || vniOdd < tcvn3Odd) return { encoding: 'VNI', text: vni! };
  return null;
}

/**
 * Whether a soft hyphen (U+00AD) in this text may be the TCVN3 letter «ư»: only Latin-1 characters, and
 * others of TCVN3's range beside it («T­ ph¸p»). Elsewhere a soft hyphen is an invisible character.
 */
export function mayBeTcvn3(text: string): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return false;
    if (c >= 0xa1 && c !== 0xad) other = true;
  }
  return other;
}

/** The Vietnamese letters of Latin-1: the only characters of U+0080–U+00FF Vietnamese text has. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

/** Whether the text reads as Vietnamese (see `oddWords`). */
export function readsAsVietnamese(text: string): boolean {
  return oddWords(text) >= 0;
}

/**
 * -1 when the text is not Vietnamese: a Latin-1 character other than a Vietnamese letter, or a word holding
 * a letter beyond ASCII that is no Vietnamese syllable (words in plain ASCII — UBND, names written without
 * accents — and abbreviations in capitals such as HĐND are not judged). Else the number of words with a rare rhyme (xoong, ngoao).
 */
function oddWords(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0xff && !VIETNAMESE_LATIN1.has(text[i])) return -1;
  }
  let odd = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (!word || /^[A-Za-z]*$/.test(word) || /^[B-DF-HJ-NP-TV-XZĐ]+$/.test(word)) continue; // UBND, HĐND
    const rhyme = syllableRhyme(word);
    if (rhyme === null) return -1;
    if (RARE_RHYMES.has(rhyme)) odd++;
  }
  return odd;
}

/**
 * The vowel groups of Vietnamese syllables (glides included), the endings each takes ('' = none) and the
 * positions in the group a tone may sit on (both the old «hòa» and the new «hoà» placement).
 */
const RHYMES: Record<string, [codas: string, tonePositions: string]> = {
  a: ['- c ch m n ng nh p t', '0'], ai: ['-', '0'], ao: ['-', '0'], au: ['-', '0'], ay: ['-', '0'],
  ă: ['c m n ng p t', '0'], â: ['c m n ng p t', '0'], âu: ['-', '0'], ây: ['-', '0'],
  e: ['- c m n ng p t', '0'], eo: ['-', '0'], ê: ['- c ch m n nh p t', '0'], êu: ['-', '0'],
  i: ['- c ch m n nh p t', '0'], ia: ['-', '0'], iê: ['c m n ng p t', '1'], iêu: ['-', '1'], iu: ['-', '0'],
  o: ['- c m n ng p t', '0'], oa: ['- c ch m n ng nh p t', '01'], oai: ['-', '01'], oao: ['-', '01'], oay: ['-', '01'],
  oă: ['c m n ng p t', '01'], oe: ['- c m n ng t', '01'], oeo: ['-', '01'], oi: ['-', '0'], oo: ['c ng', '01'],
  ô: ['- c m n ng p t', '0'], ôi: ['-', '0'], ơ: ['- m n p t', '0'], ơi: ['-', '0'],
  u: ['- c m n ng p t', '0'], ua: ['-', '0'], uâ: ['c n ng t', '1'], uây: ['-', '1'], uê: ['- ch n nh', '01'],
  ui: ['-', '0'], uô: ['c m n ng p t', '1'], uôi: ['-', '1'], uơ: ['-', '01'], uy: ['- c ch n nh p t', '01'],
  uya: ['-', '1'], uyê: ['n t', '2'], uyu: ['-', '1'],
  ư: ['- c m n ng t', '0'], ưa: ['-', '0'], ưi: ['-', '0'], ươ: ['c m n ng p t', '1'], ươi: ['-', '1'], ươu: ['-', '1'], ưu: ['-', '0'],
  y: ['- ch n nh p t', '0'], yê: ['m n ng t', '1'], yêu: ['-', '1'],
};
// A final «k» is written for «c» in the names of the Central Highlands (Đắk Lắk, Krông Pắk).
const RHYME_TABLE = new Map(
  Object.entries(RHYMES).map(([v, [codas, tones]]) => {
    const set = new Set(codas.split(' ').map((c) => (c === '-' ? '' : c)));
    if (set.has('c')) set.add('k');
    return [v, { codas: set, tones }];
  }),
);
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', ...'bcdđghklmnprstvx', ''];
const VOWEL = /[aăâeêioôơuưy]/;
const SYLLABLE = /^([^aăâeêioôơuưy]*)([aăâeêioôơuưy]+)([^aăâeêioôơuưy]*)$/;

const RARE_RHYMES = new Set(['oo', 'oao', 'oeo', 'uyu', 'uơ']);

/** A Vietnamese syllable in any case and Unicode form: letters and marks, at most one tone, well placed. */
export function isVietnameseSyllable(word: string): boolean {
  return syllableRhyme(word) !== null;
}

/** The vowel group of a Vietnamese syllable, or null when the word is none. */
function syllableRhyme(word: string): string | null {
  // Letters with their letter marks (â ă ê ô ơ ư), and the tone with the index of the letter it is on.
  let letters = '';
  let tone = -1;
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONES.includes(ch)) {
      if (tone >= 0 || letters === '') return null;
      tone = letters.length - 1;
    } else if (ch === CIRCUMFLEX || ch === BREVE || ch === HORN) {
      const marked = (letters.slice(-1) + ch).normalize('NFC');
      if (!/^[âăêôơư]$/.test(marked)) return null;
      letters = letters.slice(0, -1) + marked;
    } else if (/^[a-zđ]$/.test(ch)) letters += ch;
    else return null;
  }
  if (tone >= 0 && !VOWEL.test(letters[tone])) return null;
  const m = SYLLABLE.exec(letters);
  if (!m) return null;
  const [, onset, vowels, coda] = m;
  // «qu» and «gi» take the next vowel into the onset: quý = qu + y, giữa = gi + ưa, but gì = g + i.
  const starts: [string, string, number][] = [[onset, vowels, onset.length]];
  if (onset === 'q' && vowels.startsWith('u')) starts[0] = ['qu', vowels.slice(1), onset.length + 1];
  if (onset === 'g' && vowels.startsWith('i') && vowels.length > 1) starts.push(['gi', vowels.slice(1), onset.length + 1]);
  for (const [o, v, at] of starts) {
    const rhyme = RHYME_TABLE.get(v);
    if (ONSETS.includes(o) && rhyme?.codas.has(coda) && (tone < 0 || rhyme.tones.includes(String(tone - at)))) return v;
  }
  return null;
}
