/** The top of every input sheet we make: title, period, when and by which rules, and its guide lines. */
import { formatComputedAt, periodText, type ReportContext } from './reports/report-context';
import { type SheetBuilder, STYLES } from './reports/sheet-builder';
import type { CellStyle } from './sheet-model';

/** Writes the title block and returns `say`, which adds one guide line. */
export function inputSheetTop(b: SheetBuilder, title: string, ctx: ReportContext): (text: string, style?: CellStyle) => void {
  b.line(title, STYLES.title);
  b.line(periodText(ctx.period), STYLES.subtitle);
  // Wrapped across the table's width, its row as tall as the text: a line overflowing to the right would
  // widen what fit-to-width must shrink (LibreOffice prints it) or be cut at the last column (Excel).
  const say = (text: string, style: CellStyle = {}): void => void b.line(text, { ...style, wrap: true });
  say(`Tạo lúc ${formatComputedAt(ctx.computedAt)} theo quy tắc: ${ctx.profileText}. Phần mềm không ghi đè sheet này khi chạy lại.`, { italic: true });
  b.blank();
  return say;
}
