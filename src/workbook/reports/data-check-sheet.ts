/** `Kiểm tra dữ liệu`: every skipped or suspicious row, with sheet, row and column, in Vietnamese. */
import type { DataIssue } from '../../domain/issues';
import type { CellValue } from '../cells';
import type { CellStyle, SheetModel } from '../sheet-model';
import { writeHeader, type ReportContext } from './report-context';
import { SheetBuilder, STYLES } from './sheet-builder';
import { DATA_CHECK_SHEET, RANKING_SHEET } from '../sheet-names';

export { DATA_CHECK_SHEET };

const SEVERITY_TEXT = { error: 'Lỗi — đã bỏ qua', warning: 'Cảnh báo' } as const;

/** How a unit's figures were derived (`Xếp loại 1187` notes): kept here so the signed page stays short. */
export interface UnitNotes {
  name: string;
  notes: readonly string[];
}

export function dataCheckSheet(issues: DataIssue[], ctx: ReportContext, unitNotes: readonly UnitNotes[] = []): SheetModel {
  const b = new SheetBuilder(DATA_CHECK_SHEET, [5, 18, 7, 6, 11, 88]);
  writeHeader(b, 'KẾT QUẢ KIỂM TRA DỮ LIỆU HỒ SƠ', ctx);
  const errors = issues.filter((i) => i.severity === 'error').length;
  b.line(
    issues.length === 0
      ? 'Không phát hiện vấn đề nào trong dữ liệu.'
      : `${errors} dòng bị bỏ qua vì lỗi; ${issues.length - errors} cảnh báo (dữ liệu vẫn được dùng). Sửa dữ liệu gốc rồi chạy lại.`,
    { bold: true },
  );
  // Notices, not issues: the data is right, it only cannot (fully) be compared with the previous period.
  const previous = ctx.previous;
  for (const notice of previous ? [previous.note, previous.scoreNote, previous.indexNote] : []) if (notice) b.line(`Lưu ý: ${notice}`, { italic: true, wrap: true });
  const top = b.row(['STT', 'Sheet', 'Dòng', 'Cột', 'Mức độ', 'Nội dung'], STYLES.header);
  // Errors first (they change the figures), then by sheet and row so the list reads like the data.
  const sorted = [...issues].sort(
    (a, c) => (a.severity === c.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.sheet.localeCompare(c.sheet) || (a.row ?? 0) - (c.row ?? 0),
  );
  sorted.forEach((issue, i) =>
    b.row([i + 1, issue.sheet, issue.row ?? '', issue.column ?? '', SEVERITY_TEXT[issue.severity], issue.message], STYLES.text),
  );
  writeUnitNotes(b, unitNotes.filter((u) => u.notes.length));
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top } }, { rows: top, cols: 0 });
}

/** Below the issues, on the same columns: unit (sheet and row columns merged), then its notes. */
function writeUnitNotes(b: SheetBuilder, units: readonly UnitNotes[]): void {
  if (!units.length) return;
  b.blank();
  b.line(`GHI CHÚ CHẤM ĐIỂM CỦA SHEET «${RANKING_SHEET}»: cách tính từng tiêu chí, tiêu chí thiếu dữ liệu`, { bold: true, wrap: true });
  const row = (cells: CellValue[], style: CellStyle): void => {
    const r = b.row([cells[0], cells[1], null, null, null, cells[2]], style);
    b.merge(r, 2, r, 5);
  };
  row(['STT', 'Cơ quan, đơn vị', 'Ghi chú'], STYLES.header);
  units.forEach((u, i) => row([i + 1, u.name, u.notes.join('; ')], STYLES.text));
}
