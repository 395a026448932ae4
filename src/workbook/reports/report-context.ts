/** What every result sheet states about how it was computed (RULES.md §6). */
import type { Period } from '../../domain/cases';
import { formatVn } from '../../domain/dates';
import { STYLES, type SheetBuilder } from './sheet-builder';

export interface ReportContext {
  period: Period;
  /** The calendar's own description (built-in, plus the user's `Ngày nghỉ` sheet if any). */
  calendarText: string;
  /** Name of the rules profile, e.g. "dienbien-1187 — Quyết định 1187/QĐ-UBND tỉnh Điện Biên". */
  profileText: string;
  computedAt: Date;
  version: string;
}

/** Vietnam's wall-clock time: the product may run on a machine set to another zone (CI, a server). */
export function formatComputedAt(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')}:${get('minute')} ngày ${get('day')}/${get('month')}/${get('year')}`;
}

export function periodText(p: Period): string {
  const asOf = p.asOf === p.to ? '' : `; tình trạng hồ sơ đang giải quyết tính đến ngày ${formatVn(p.asOf)}`;
  return `Từ ngày ${formatVn(p.from)} đến ngày ${formatVn(p.to)}${asOf}`;
}

/** Title, period and the provenance line at the top of a result sheet. */
export function writeHeader(b: SheetBuilder, title: string, ctx: ReportContext): void {
  b.line(title, STYLES.title);
  b.line(periodText(ctx.period), STYLES.subtitle);
  b.line(
    `Quy tắc: ${ctx.profileText}. Lịch ngày làm việc: ${ctx.calendarText}. Tính lúc ${formatComputedAt(ctx.computedAt)} (TTHC Scorecard ${ctx.version}).`,
    { ...STYLES.note, wrap: true, align: 'center' },
  );
}
