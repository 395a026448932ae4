/**
 * Which result sheets are documents to sign, and how each is framed (RULES.md §8), as the province's own
 * documents do: the ranking (seed 002), the overdue list (seed 000), the late cases and their handlers
 * (seed 001) are «Phụ lục» sent with a report; Biểu 1–4 are sent with it too, labelled «BIỂU n» by their
 * own builders (form-columns.ts formLabel, seed 004); `Tình hình chung` and
 * `Chỉ số 766` are forms that stand alone, under the national motto.
 */
import {
  FIELD_FORM_SHEET,
  LATE_CASES_SHEET,
  LATE_HANDLERS_SHEET,
  NATIONAL_INDEX_SHEET,
  OVERDUE_LIST_SHEET,
  PROCEDURE_FORM_SHEET,
  PROVINCE_SUMMARY_SHEET,
  RANKING_SHEET,
  RATE_FORM_SHEET,
  UNIT_FORM_SHEET,
} from '../sheet-names';

/** `label`: the appendix's «PHỤ LỤC …» line, or null when the sheet already labels itself. */
export type FramePlacement = { kind: 'standalone' } | { kind: 'appendix'; label: string | null };

const APPENDICES: readonly string[] = [RANKING_SHEET, OVERDUE_LIST_SHEET, LATE_CASES_SHEET, LATE_HANDLERS_SHEET];
const FORMS: readonly string[] = [FIELD_FORM_SHEET, UNIT_FORM_SHEET, PROCEDURE_FORM_SHEET, RATE_FORM_SHEET];
const STANDALONE: readonly string[] = [PROVINCE_SUMMARY_SHEET, NATIONAL_INDEX_SHEET];

/**
 * The placement of each signable sheet among `written` (in the order they are written); other sheets are
 * absent. Appendices are numbered «Phụ lục 01», «Phụ lục 02»… in that order, or plain «Phụ lục» when alone.
 */
export function framePlacements(written: readonly string[]): Map<string, FramePlacement> {
  const placements = new Map<string, FramePlacement>();
  const appendices = written.filter((name) => APPENDICES.includes(name));
  for (const name of written) {
    const n = appendices.indexOf(name);
    if (n >= 0) placements.set(name, { kind: 'appendix', label: appendices.length === 1 ? 'PHỤ LỤC' : `PHỤ LỤC ${String(n + 1).padStart(2, '0')}` });
    else if (FORMS.includes(name)) placements.set(name, { kind: 'appendix', label: null });
    else if (STANDALONE.includes(name)) placements.set(name, { kind: 'standalone' });
  }
  return placements;
}
