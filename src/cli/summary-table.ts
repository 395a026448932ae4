/** The short per-unit table the CLI prints (and `npm run demo` shows). */
import type { UnitTotals } from '../domain/aggregate';

const fmtRate = (r: number | null): string => (r === null ? '—' : r.toFixed(2).replace('.', ','));

export function summaryTable(units: UnitTotals[]): string {
  const header = ['Đơn vị', 'Cấp', 'Tổng', 'Đã GQ', 'Quá hạn', 'Đang GQ', 'Đang quá hạn', 'Tỷ lệ QH (%)'];
  const rows = units.map((u) => [u.name, u.level, u.total, u.resolved, u.late, u.inProgress, u.overdue, fmtRate(u.lateRateOfResolved)].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
