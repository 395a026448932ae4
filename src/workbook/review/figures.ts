/**
 * Figures as submitted tables print them: numbers typed as numbers or as text («1,91», «2.438», «25%»),
 * blanks and dashes for "nothing", and sentences where a figure would be («Không gửi kết quả …»).
 */
import { isCellError, type CellValue } from '../cells';

export type Figure =
  | { kind: 'blank' }
  /** `printed`: the text as written when the cell held text («4,3», «25%»), else the number itself. */
  | { kind: 'number'; value: number; printed: number | string; percentSign: boolean }
  | { kind: 'text'; text: string };

/** 'count': «2.438» is two thousand (Vietnamese thousands); 'decimal': «1.91» and «1,91» are both 1,91. */
type FigureKind = 'count' | 'decimal';

const BLANK = /^[-–—]*$/;
const THOUSANDS = /^-?\d{1,3}(?:[.\s]\d{3})+$/;
const THOUSANDS_WITH_DECIMALS = /^-?\d{1,3}(?:\.\d{3})+,\d+$/;
const PLAIN = /^-?\d+(?:[.,]\d+)?$/;

export function readFigure(v: CellValue, kind: FigureKind): Figure {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, printed: v, percentSign: false } : { kind: 'text', text: String(v) };
  if (isCellError(v)) return { kind: 'text', text: v.error };
  if (typeof v !== 'string') return { kind: 'text', text: String(v) };
  const text = v.replace(/\u00a0/g, ' ').trim();
  if (BLANK.test(text)) return { kind: 'blank' };
  const percentSign = text.endsWith('%');
  const core = (percentSign ? text.slice(0, -1) : text).trim();
  const value = numberOf(core, kind);
  return value === null ? { kind: 'text', text } : { kind: 'number', value, printed: text, percentSign };
}

function numberOf(core: string, kind: FigureKind): number | null {
  if (THOUSANDS_WITH_DECIMALS.test(core)) return Number(core.replace(/\./g, '').replace(',', '.'));
  if (kind === 'count' && THOUSANDS.test(core)) return Number(core.replace(/[.\s]/g, ''));
  if (PLAIN.test(core)) return Number(core.replace(',', '.'));
  return null;
}

/** A figure's number; blank counts as 0 in the forms, which leave zero cells empty. */
export const countOf = (f: Figure): number | null => (f.kind === 'number' ? f.value : f.kind === 'blank' ? 0 : null);
