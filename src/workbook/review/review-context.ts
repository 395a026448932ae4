/** What every review sheet states about how it was made (RULES.md §6), without a single period: files differ. */
import { formatComputedAt } from '../reports/report-context';
import { STYLES, type SheetBuilder } from '../reports/sheet-builder';

export interface ReviewContext {
  /** Name of the rules profile, e.g. "dienbien-1187 — Điện Biên — Quyết định 1187/QĐ-UBND …". */
  profileText: string;
  computedAt: Date;
  version: string;
}

export function writeReviewHeader(b: SheetBuilder, title: string, subtitle: string, ctx: ReviewContext): void {
  b.line(title, STYLES.title);
  b.line(subtitle, STYLES.subtitle);
  b.line(`Quy tắc: ${ctx.profileText}. Rà soát lúc ${formatComputedAt(ctx.computedAt)} (TTHC Scorecard ${ctx.version}).`, { ...STYLES.note, wrap: true, align: 'center' });
}

/** «'Biểu 2'!C13» (or the row «'Biểu 2'!13:13»), as Excel writes references: it can be pasted into the Name Box. */
export function cellReference(sheet: string, column: string | null, row: number): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return column ? `${name}!${column}${row}` : `${name}!${row}:${row}`;
}
