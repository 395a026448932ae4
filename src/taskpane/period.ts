/** The reporting period the user picks: a month, a quarter, a year or two dates, plus the as-of date. */
import { dayFromYmd, formatIso, formatVn, parseIsoDay, ymdFromDay, type DayNumber } from '../domain/dates';
import type { PeriodKind, SavedPeriod } from '../workbook/saved-choices';

export type { PeriodKind };
/** The screen's state is exactly what the workbook settings keep. */
export type PeriodChoice = SavedPeriod;

export const PERIOD_KINDS: readonly { kind: PeriodKind; label: string }[] = [
  { kind: 'month', label: 'Tháng' },
  { kind: 'quarter', label: 'Quý' },
  { kind: 'year', label: 'Năm' },
  { kind: 'custom', label: 'Tùy chọn' },
];

export const QUARTER_NAMES = ['I', 'II', 'III', 'IV'] as const;

/** The quarter holding `day` (the engine's default: the quarter holding the bulk of the receipt dates). */
export function defaultPeriod(day: DayNumber): PeriodChoice {
  const { year, month } = ymdFromDay(day);
  return { kind: 'quarter', year, month, quarter: Math.floor((month - 1) / 3) + 1, from: '', to: '', asOf: null };
}

/** First and last day; null for custom dates that are not both filled in. */
export function periodBounds(c: PeriodChoice): { from: DayNumber; to: DayNumber } | null {
  switch (c.kind) {
    case 'month':
      return { from: dayFromYmd(c.year, c.month, 1), to: dayFromYmd(c.year, c.month + 1, 1) - 1 };
    case 'quarter':
      return { from: dayFromYmd(c.year, c.quarter * 3 - 2, 1), to: dayFromYmd(c.year, c.quarter * 3 + 1, 1) - 1 };
    case 'year':
      return { from: dayFromYmd(c.year, 1, 1), to: dayFromYmd(c.year, 12, 31) };
    case 'custom': {
      const from = parseIsoDay(c.from);
      const to = parseIsoDay(c.to);
      return from === null || to === null ? null : { from, to };
    }
  }
}

/** 'Quý I/2024', 'Tháng 3/2024', 'Năm 2024', '01/01/2024 – 15/02/2024'. */
export function periodName(c: PeriodChoice): string {
  if (c.kind === 'month') return `Tháng ${c.month}/${c.year}`;
  if (c.kind === 'quarter') return `Quý ${QUARTER_NAMES[c.quarter - 1]}/${c.year}`;
  if (c.kind === 'year') return `Năm ${c.year}`;
  const b = periodBounds(c);
  return b ? `${formatVn(b.from)} – ${formatVn(b.to)}` : 'Tùy chọn';
}

/** Switching kinds keeps the dates in view: custom starts from the period shown before. */
export function withKind(c: PeriodChoice, kind: PeriodKind): PeriodChoice {
  if (kind !== 'custom') return { ...c, kind };
  const b = c.kind === 'custom' ? null : periodBounds(c);
  return b ? { ...c, kind, from: formatIso(b.from), to: formatIso(b.to) } : { ...c, kind };
}

type PeriodCheck =
  | { ok: true; from: DayNumber; to: DayNumber; asOf: DayNumber }
  | { ok: false; errors: { from?: string; to?: string; asOf?: string } };

export function checkPeriod(c: PeriodChoice): PeriodCheck {
  const errors: { from?: string; to?: string; asOf?: string } = {};
  let bounds = periodBounds(c);
  if (c.kind === 'custom') {
    const from = parseIsoDay(c.from);
    const to = parseIsoDay(c.to);
    if (from === null) errors.from = 'Nhập ngày bắt đầu kỳ báo cáo, dạng dd/mm/yyyy.';
    if (to === null) errors.to = 'Nhập ngày kết thúc kỳ báo cáo, dạng dd/mm/yyyy.';
    if (from !== null && to !== null && from > to) {
      errors.to = `Ngày kết thúc (${formatVn(to)}) phải sau hoặc bằng ngày bắt đầu (${formatVn(from)}).`;
      bounds = null;
    }
  }
  const asOf = c.asOf === null ? bounds?.to ?? null : parseIsoDay(c.asOf);
  if (c.asOf !== null && asOf === null) errors.asOf = 'Nhập «Ngày tính đến» dạng dd/mm/yyyy, hoặc để trống để tính đến cuối kỳ.';
  else if (bounds && asOf !== null && asOf < bounds.from) errors.asOf = `«Ngày tính đến» không được trước ngày bắt đầu kỳ (${formatVn(bounds.from)}).`;
  if (!bounds || asOf === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, from: bounds.from, to: bounds.to, asOf };
}
