/** Text normalisation shared by header matching and unit names (RULES.md §4). */

/**
 * A comparison key: NFC, lower case, Vietnamese diacritics removed (đ → d), whitespace and line breaks
 * collapsed. Exports mix precomposed and combining accents and sometimes drop accents altogether, so
 * headers and names are matched on this key.
 */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD') // splits 'ế' into 'e' + marks whatever form the export used
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A unit's display and identity key: spacing and Unicode form fixed, diacritics and case kept. */
export function cleanName(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}
