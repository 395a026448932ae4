/** Progress of reading, scoring and writing, said in Vietnamese for the progress bar. */
import type { ReviewProgress } from '../workbook/review/review-job';
import type { JobProgress } from '../workbook/score-job';
import { MARKER_SHEET } from '../workbook/result-sheets';

/** 12 000, grouped by thousands with a no-break space so a number never wraps. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** Points as the sheets print them: «15,24». */
export function formatPoints(n: number): string {
  return n.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function progressText(p: JobProgress | ReviewProgress | null): string {
  if (!p) return 'Đang chuẩn bị…';
  if (p.phase === 'score') return 'Đang tính…';
  if (p.phase === 'review') return 'Đang đối chiếu…';
  if (p.sheet === MARKER_SHEET) return 'Đang hoàn tất…';
  const verb = p.phase === 'read' ? 'Đang đọc' : 'Đang ghi';
  const place = p.sheetNumber !== undefined && p.sheetCount !== undefined ? ` ${p.sheetNumber}/${p.sheetCount}` : '';
  const rows = p.total > 0 ? `: ${formatCount(p.done)}/${formatCount(p.total)} dòng` : '…';
  return `${verb} sheet${place} «${p.sheet}»${rows}`;
}

/** 0–1 for the progress bar; undefined (an indeterminate bar) while computing or before totals are known. */
export function progressValue(p: JobProgress | ReviewProgress | null): number | undefined {
  if (!p || p.phase === 'score' || p.phase === 'review' || p.total <= 0) return undefined;
  const sheet = Math.min(1, p.done / p.total);
  // Writing several sheets: the bar fills once over all of them, not once per sheet.
  return p.sheetNumber !== undefined && p.sheetCount ? (p.sheetNumber - 1 + sheet) / p.sheetCount : sheet;
}
