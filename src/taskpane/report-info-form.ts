/**
 * The pane's «Thông tin văn bản» form as data. It opens with what `Thông tin báo cáo` holds; the items the
 * user changes are what the run writes into that sheet (a field emptied clears its item).
 */
import { formatVn, parseIsoDay } from '../domain/dates';
import { foldText } from '../domain/text';
import type { SheetGrid } from '../workbook/cells';
import { readReportInfoSheet } from '../workbook/report-info/read-report-info';
import { EMPTY_REPORT_INFO, type ReportInfo, type ReportInfoKey } from '../workbook/report-info/report-info';
import { REPORT_INFO_SHEET } from '../workbook/sheet-names';
import { parseTypedDate } from './date-text';

export type ReportInfoDrafts = Record<ReportInfoKey, string>;

export type ReportInfoEdits = Partial<ReportInfo>;

/** What the workbook's `Thông tin báo cáo` says (its problems are reported by the run), or nothing. */
export function savedReportInfo(grids: readonly SheetGrid[]): ReportInfo {
  const grid = grids.find((g) => foldText(g.name) === foldText(REPORT_INFO_SHEET));
  return grid ? readReportInfoSheet(grid).info : EMPTY_REPORT_INFO;
}

/** The form's texts for the values saved: the date as dd/mm/yyyy, nothing as ''. */
export function reportInfoDrafts(saved: ReportInfo): ReportInfoDrafts {
  const text = (key: ReportInfoKey): string => {
    const v = saved[key];
    return v === null ? '' : typeof v === 'number' ? formatVn(v) : v;
  };
  return {
    parentAgency: text('parentAgency'), agency: text('agency'), place: text('place'), number: text('number'),
    date: text('date'), preparer: text('preparer'), signerTitle: text('signerTitle'), signer: text('signer'),
  };
}

/**
 * The items whose text differs from what is saved (trimmed; a title keeps its line breaks), and the message
 * for a date that cannot be read.
 */
export function reportInfoEdits(drafts: ReportInfoDrafts, saved: ReportInfo): { edits: ReportInfoEdits; dateError?: string } {
  const edits: ReportInfoEdits = {};
  let dateError: string | undefined;
  for (const key of Object.keys(drafts) as ReportInfoKey[]) {
    if (key === 'date') {
      const typed = parseTypedDate(drafts.date);
      if (!typed.ok) dateError = typed.message;
      else {
        const day = typed.iso === '' ? null : parseIsoDay(typed.iso);
        if (day !== saved.date) edits.date = day;
      }
      continue;
    }
    const value = drafts[key].split('\n').map((line) => line.trim()).filter(Boolean).join('\n') || null;
    if (value !== saved[key]) edits[key] = value;
  }
  return { edits, dateError };
}
