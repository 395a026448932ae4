/** The short per-unit table the CLI prints (and `npm run demo` shows). */
import type { UnitTotals } from '../domain/aggregate';
import type { UnitScore } from '../domain/scoring';

const fmtRate = (r: number | null): string => (r === null ? '—' : r.toFixed(2).replace('.', ','));

/** `scores` are in the order of `units`. */
export function summaryTable(units: UnitTotals[], scores: readonly UnitScore[]): string {
  const header = ['Đơn vị', 'Cấp', 'Tổng', 'Đã GQ', 'Quá hạn', 'Đang GQ', 'Đang quá hạn', 'Tỷ lệ QH (%)', 'Điểm 1187', 'Xếp loại'];
  const rows = units.map((u, i) => {
    const s = scores[i];
    const score = s?.total === null || s?.total === undefined ? '—' : s.total.toFixed(2).replace('.', ',');
    return [u.name, u.level, u.total, u.resolved, u.late, u.inProgress, u.overdue, fmtRate(u.lateRateOfResolved), score, s?.classification ?? 'Chưa xếp loại'].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
