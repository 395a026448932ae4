/** What the «Đối chiếu» tab says of a review: its headline, and each disagreement as a problem located in a cell. */
import type { DataIssue } from '../domain/issues';
import { NOTHING_TO_COMPARE, nothingToCompare, type WorkbookReview } from '../workbook/review/check';
import type { Disagreement, Shown } from '../workbook/review/disagreement';
import { SUBJECT_ROWS } from '../workbook/review/table-subject';
import { formatCount } from './progress-text';

interface ReviewHeadline {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  /** What was read and compared, in one sentence. */
  basis: string;
}

/** A figure as the sheets print it: «14,63», «25%», «—» for none. */
function figure(v: Shown): string {
  if (v === null) return '—';
  return typeof v === 'number' ? v.toLocaleString('vi-VN', { maximumFractionDigits: 3 }) : v;
}

/** The disagreement in the shape the issue list shows and links: the place, and what differs under which rule. */
export function disagreementIssue(d: Disagreement): DataIssue {
  const recomputed = d.recomputed === null ? '' : `, tính lại ${figure(d.recomputed)}`;
  return {
    sheet: d.sheet,
    row: d.row,
    column: d.column,
    severity: d.severity,
    message: `${d.unit} — ${d.item}: báo cáo ${figure(d.submitted)}${recomputed}. ${d.rule}`,
  };
}

function basisText(review: WorkbookReview): string {
  const tables = review.tables.map((t) => `«${t.sheet}» (${formatCount(t.units)} ${SUBJECT_ROWS[t.subject]})`).join(', ');
  const compared = review.tables.length > 0 ? ` Bảng đã đối chiếu: ${tables}.` : '';
  if (review.basis.kind === 'cases') {
    return `Tính lại từ ${formatCount(review.basis.rowsRead)} dòng hồ sơ ở sheet «${review.basis.sheet}».${compared}`;
  }
  return `Không có danh sách hồ sơ: đã kiểm tra tính nhất quán của các bảng.${compared}`;
}

/** The engine's note saying why nothing was compared, without its «Không có bảng số liệu để đối chiếu: » lead. */
const NOTHING_NOTE = `${NOTHING_TO_COMPARE}: `;

/** «Không có sai lệch» only when something was compared: a workbook without a table to compare never «agrees». */
export function reviewHeadline(review: WorkbookReview): ReviewHeadline {
  if (nothingToCompare(review)) {
    const why = review.notes.find((n) => n.startsWith(NOTHING_NOTE))?.slice(NOTHING_NOTE.length) ?? 'không có bảng số liệu đơn vị gửi nào đọc được.';
    return { intent: 'info', title: NOTHING_TO_COMPARE, basis: why.charAt(0).toUpperCase() + why.slice(1) };
  }
  const found = review.disagreements.length;
  const errors = review.disagreements.filter((d) => d.severity === 'error').length;
  if (found === 0) return { intent: 'success', title: 'Không có sai lệch', basis: basisText(review) };
  return { intent: errors > 0 ? 'error' : 'warning', title: `${found} sai lệch: ${errors} lỗi, ${found - errors} cảnh báo`, basis: basisText(review) };
}

/** How the workbook was read; the reason for «nothing to compare» is already the headline's. */
export const reviewNotes = (review: WorkbookReview): string[] => review.notes.filter((n) => !n.startsWith(NOTHING_NOTE));
