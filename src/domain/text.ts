/** Text normalisation shared by header matching and unit names (RULES.md §4). */
import { mayBeTcvn3 } from './legacy-encoding';

/**
 * Characters that show nothing: zero-width space, non-joiner and joiner, the direction marks, word joiner
 * and invisible operators, and the byte order mark (U+FEFF, also a zero-width no-break space). Copying
 * from web pages and PDFs leaves them inside names, where they make two names that look the same differ.
 */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF]/g;
const INVISIBLE_OR_SOFT_HYPHEN = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/;

/**
 * The text without invisible characters, and without soft hyphens (U+00AD) unless the text may be TCVN3,
 * where that character is the letter «ư» («T­ ph¸p»): the unit directory reads such names back to Unicode.
 * Returns the same string when there is nothing to remove (the usual case).
 */
export function removeInvisible(s: string): string {
  if (!INVISIBLE_OR_SOFT_HYPHEN.test(s)) return s;
  const out = s.replace(INVISIBLE, '');
  return out.includes('\u00AD') && !mayBeTcvn3(out) ? out.replace(/\u00AD/g, '') : out;
}

/**
 * A comparison key: NFC, lower case, Vietnamese diacritics removed (đ → d), invisible characters removed,
 * whitespace and line breaks collapsed. Exports mix precomposed and combining accents and sometimes drop
 * accents altogether, so headers and names are matched on this key.
 */
export function foldText(s: string): string {
  const visible = INVISIBLE_OR_SOFT_HYPHEN.test(s) ? s.replace(INVISIBLE, '').replace(/\u00AD/g, '') : s;
  return visible
    .toLowerCase()
    .normalize('NFD') // splits 'ế' into 'e' + marks whatever form the export used
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A unit's display and identity key: invisible characters removed, spacing (no-break spaces included) and
 * Unicode form fixed, diacritics and case kept.
 */
export function cleanName(s: string): string {
  return removeInvisible(s).normalize('NFC').replace(/\s+/g, ' ').trim();
}
