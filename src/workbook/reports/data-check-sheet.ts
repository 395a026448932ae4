/** `Kiểm tra dữ liệu`: every skipped or suspicious row, with sheet, row and column, in Vietnamese. */
import type { DataIssue } from '../../domain/issues';
import type { SheetModel } from '../sheet-model';
import { writeHeader, type ReportContext } from './report-context';
import { SheetBuilder, STYLES } from './sheet-builder';
import { DATA_CHECK_SHEET } from '../sheet-names';

export { DATA_CHECK_SHEET };

const SEVERITY_TEXT = { error: 'Lỗi — đã bỏ qua', warning: 'Cảnh báo' } as const;

export function dataCheckSheet(issues: DataIssue[], ctx: ReportContext): SheetModel {
  const b = new SheetBuilder(DATA_CHECK_SHEET, [6, 22, 8, 8, 16, 90]);
  writeHeader(b, 'KẾT QUẢ KIỂM TRA DỮ LIỆU HỒ SƠ', ctx);
  const errors = issues.filter((i) => i.severity === 'error').length;
  b.line(
    issues.length === 0
      ? 'Không phát hiện vấn đề nào trong dữ liệu.'
      : `${errors} dòng bị bỏ qua vì lỗi; ${issues.length - errors} cảnh báo (dữ liệu vẫn được dùng). Sửa dữ liệu gốc rồi chạy lại.`,
    { bold: true },
  );
  const top = b.row(['STT', 'Sheet', 'Dòng', 'Cột', 'Mức độ', 'Nội dung'], STYLES.header);
  // Errors first (they change the figures), then by sheet and row so the list reads like the data.
  const sorted = [...issues].sort(
    (a, c) => (a.severity === c.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.sheet.localeCompare(c.sheet) || (a.row ?? 0) - (c.row ?? 0),
  );
  sorted.forEach((issue, i) =>
    b.row([i + 1, issue.sheet, issue.row ?? '', issue.column ?? '', SEVERITY_TEXT[issue.severity], issue.message], STYLES.text),
  );
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top } }, { rows: top, cols: 0 });
}
