/** What every result sheet states about how it was computed (RULES.md §6). */
import type { Period } from '../../domain/cases';
import { formatVn, ymdFromDay } from '../../domain/dates';
import type { PreviousComparison } from '../previous-period';
import { romanNumeral } from './numbering';
import { STYLES, type SheetBuilder } from './sheet-builder';

export interface ReportContext {
  period: Period;
  /** The calendar's own description (built-in, plus the user's `Ngày nghỉ` sheet if any). */
  calendarText: string;
  /** Name of the rules profile, e.g. "dienbien-1187 — Quyết định 1187/QĐ-UBND tỉnh Điện Biên". */
  profileText: string;
  computedAt: Date;
  version: string;
  /** The previous period's figures the sheets compare with (previous-period.ts); absent where none are compared. */
  previous?: PreviousComparison;
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

/**
 * "THÁNG 7/2023", "QUÝ II NĂM 2021" or "NĂM 2021" when the period is exactly that, as report titles name
 * it; else null (the period line says it).
 */
export function periodName({ from, to }: Period): string | null {
  const start = ymdFromDay(from);
  const next = ymdFromDay(to + 1);
  if (start.day !== 1 || next.day !== 1) return null;
  const months = (next.year - start.year) * 12 + next.month - start.month;
  if (months === 12 && start.month === 1) return `NĂM ${start.year}`;
  if (months === 3 && start.month % 3 === 1) return `QUÝ ${romanNumeral((start.month + 2) / 3)} NĂM ${start.year}`;
  if (months === 1) return `THÁNG ${start.month}/${start.year}`;
  return null;
}

/**
 * Title and period at the top of a result sheet. The rules, calendar and time of the run are in
 * `Thông tin`: internal, they stay off the page that is signed (issue 14).
 */
export function writeHeader(b: SheetBuilder, title: string, ctx: ReportContext): void {
  b.line(title, STYLES.title);
  b.line(periodText(ctx.period), STYLES.subtitle);
}
