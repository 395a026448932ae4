/**
 * How a table row and a unit of the case list are matched: names folded as everywhere (case, diacritics),
 * and the body's title left out — «Sở Tư pháp» is «Tư pháp», «UBND huyện Mường Nhé» is «huyện Mường Nhé».
 * The level word stays: «huyện Mường Nhé» and «xã Mường Nhé» are two units.
 */
import { foldText } from '../../domain/text';

const TITLE = /^(uy ban nhan dan|ubnd|so)\s+/;

export const unitKey = (name: string): string => foldText(name).replace(/[.,;:]+$/, '').replace(TITLE, '');
