/** The top of every input sheet we make: title, period, when and by which rules, and its guide lines. */
import { formatComputedAt, periodText, type ReportContext } from './reports/report-context';
import { cell, type SheetBuilder, STYLES } from './reports/sheet-builder';
import type { CellStyle } from './sheet-model';

/** Writes the title block and returns `say`, which adds one guide line. */
export function inputSheetTop(b: SheetBuilder, title: string, ctx: ReportContext): (text: string, style?: CellStyle) => void {
  b.line(title, STYLES.title);
  b.line(periodText(ctx.period), STYLES.subtitle);
  // Unmerged and unwrapped: a long line then overflows to the right instead of being cut at one row's height.
  const say = (text: string, style: CellStyle = {}): void => void b.row([cell(text, style)]);
  say(`Tạo lúc ${formatComputedAt(ctx.computedAt)} theo quy tắc: ${ctx.profileText}. Phần mềm không ghi đè sheet này khi chạy lại.`, { italic: true });
  b.blank();
  return say;
}
