/** The sentences every front end prints about what a run read: its sheets (with row counts) and its period. */
import { formatVn } from '../domain/dates';
import { periodLabel } from './period-choice';
import type { ScoreRun } from './score-workbook';


/** «Đã đọc 120 dòng hồ sơ từ sheet «A»; 2 dòng bị bỏ qua» — each sheet with its rows when several were read. */
export function sheetsReadText(run: Pick<ScoreRun, 'sheetsRead' | 'rowsRead' | 'rowsSkipped'>): string {
  const [only] = run.sheetsRead;
  const where =
    run.sheetsRead.length === 1
      ? `sheet «${only.sheet}»`
      : `${run.sheetsRead.length} sheet: ${run.sheetsRead.map((r) => `«${r.sheet}» (${r.rowsRead} dòng)`).join(', ')}`;
  return `Đã đọc ${run.rowsRead} dòng hồ sơ từ ${where}; ${run.rowsSkipped} dòng bị bỏ qua`;
}

/** «Kỳ báo cáo: quý I/2024 (01/01/2024 – 31/03/2024), tính đến 31/03/2024 — mặc định: …». */
export function periodUsedText(run: Pick<ScoreRun, 'period' | 'periodSource'>): string {
  const { from, to, asOf } = run.period;
  const label = periodLabel(from, to);
  const range = `${formatVn(from)} – ${formatVn(to)}`;
  const source = run.periodSource === 'given' ? 'do người dùng chọn' : 'mặc định: quý có phần lớn ngày tiếp nhận';
  return `Kỳ báo cáo: ${label === range ? range : `${label} (${range})`}, tính đến ${formatVn(asOf)} — ${source}`;
}
