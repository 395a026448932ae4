/**
 * Checks on one row of a count form (Biểu 2, Biểu 4, the overdue list) that need nothing but the row:
 * the identities of RULES.md §3 and each rate against its own counts. Forms leave zero cells blank, so a
 * blank count is 0.
 */
import { percent } from '../../domain/aggregate';
import { roundHalfUp } from '../../domain/rounding';
import type { Finding } from './disagreement';
import { countOf, readFigure, type Figure } from './figures';
import type { SubmittedTable, TableColumn } from './read-submitted';
import { rateLabel, rateRule, RULES } from './review-rules';
import type { CountField, RateRole } from './table-columns';
import type { TableRow } from './table-rows';

export interface FigureCell {
  column: TableColumn;
  figure: Figure;
}

/** A rate printed this close to the exact figure was rounded or truncated by hand (4,3 for 4,29). */
const HAND_ROUNDING = 0.1;

export function countCells(table: SubmittedTable, row: TableRow): Map<CountField, FigureCell> {
  const cells = new Map<CountField, FigureCell>();
  for (const column of table.columns) {
    if (column.role.role === 'count') cells.set(column.role.field, { column, figure: readFigure(row.cells[column.index] ?? null, 'count') });
  }
  return cells;
}

export function rateCells(table: SubmittedTable, row: TableRow): { rate: RateRole; cell: FigureCell }[] {
  return table.columns.flatMap((column) =>
    column.role.role === 'rate' ? [{ rate: column.role.rate, cell: { column, figure: readFigure(row.cells[column.index] ?? null, 'decimal') } }] : [],
  );
}

type Cells = ReadonlyMap<CountField, FigureCell>;

/** `left` = sum of `parts` (+ `optional` parts when the form has them); null when the form lacks a column. */
function balance(cells: Cells, item: string, left: CountField, parts: CountField[], optional: CountField[], rule: string, severity: Finding['severity'] = 'error'): Finding | null {
  const l = cells.get(left);
  if (!l || parts.some((p) => !cells.has(p))) return null;
  const values = [...parts, ...optional.filter((p) => cells.has(p))].map((p) => countOf(cells.get(p)!.figure));
  const submitted = countOf(l.figure);
  if (submitted === null || values.some((v) => v === null)) return null;
  const sum = values.reduce<number>((s, v) => s + v!, 0);
  return submitted === sum ? null : { item, submitted, recomputed: sum, rule, severity, column: l.column };
}

/** The identities of RULES.md §3 that the row's columns allow. */
export function balanceFindings(cells: Cells): Finding[] {
  const withdrawnShown = cells.has('withdrawn');
  const received = cells.has('receivedInPeriod')
    ? [
        balance(cells, 'Cân đối tiếp nhận', 'total', ['receivedInPeriod', 'carriedOver'], [], RULES.balanceReceived),
        balance(cells, 'Cân đối tiếp nhận mới', 'receivedInPeriod', ['online', 'direct'], ['postal'], RULES.balanceNew),
      ]
    : [balance(cells, 'Cân đối tiếp nhận', 'total', ['online', 'carriedOver', 'direct'], ['postal'], RULES.balanceReceived)];
  const found = [
    withdrawnShown
      ? balance(cells, 'Cân đối tổng số', 'total', ['resolved', 'inProgress', 'withdrawn'], [], RULES.balanceTotal)
      : balance(cells, 'Cân đối tổng số', 'total', ['resolved', 'inProgress'], [], RULES.balanceTotalNoWithdrawn, 'warning'),
    ...received,
    balance(cells, 'Cân đối đã giải quyết', 'resolved', ['onTime', 'late'], ['early'], RULES.balanceResolved),
    balance(cells, 'Cân đối đang giải quyết', 'inProgress', ['withinDeadline', 'overdue'], [], RULES.balanceProgress),
  ];
  const returned = cells.get('returned');
  const resolved = cells.get('resolved');
  if (returned && resolved) {
    const [r, s] = [countOf(returned.figure), countOf(resolved.figure)];
    if (r !== null && s !== null && r > s) found.push({ item: 'Hồ sơ trả lại', submitted: r, recomputed: s, rule: RULES.returned, severity: 'error', column: returned.column });
  }
  return found.filter((f): f is Finding => f !== null);
}

/** The exact rate from the row's own counts; undefined when the form lacks a count it needs. */
export function exactRate(cells: Cells, rate: RateRole): number | null | undefined {
  const num = cells.get(rate.numerator);
  const den = cells.get(rate.denominator);
  if (!num || !den) return undefined;
  const [n, d] = [countOf(num.figure), countOf(den.figure)];
  return n === null || d === null ? undefined : percent(n, d);
}

/**
 * A printed rate against the exact one (half-up, 2 decimals). Within 0,1 it was rounded by hand (a warning);
 * further off, it is wrong (an error). A cell formatted as % in Excel holds the fraction (0,0429): accepted.
 */
export function rateFinding(rate: RateRole, { column, figure }: FigureCell, exact: number | null): Finding | null {
  const item = rateLabel(rate);
  if (figure.kind === 'blank') {
    return exact === null || exact === 0 ? null : { item, submitted: null, recomputed: exact, rule: rateRule(rate, null), severity: 'warning', column };
  }
  if (figure.kind === 'text') return { item, submitted: figure.text, recomputed: exact, rule: rateRule(rate, null), severity: 'error', column };
  const base = { item, submitted: figure.printed, value: figure.value, recomputed: exact, column };
  if (exact === null) return { ...base, rule: `${rateRule(rate, null)}; mẫu số bằng 0 thì không có tỷ lệ («—»)`, severity: 'warning' };
  if (typeof figure.printed === 'number' && figure.value <= 1 && roundHalfUp(figure.value * 100, 2) === exact) return null;
  const off = Math.abs(roundHalfUp(figure.value - exact, 2));
  if (off === 0) return figure.percentSign ? { ...base, rule: rateRule(rate, 'format'), severity: 'warning' } : null;
  const hand = off <= HAND_ROUNDING;
  return { ...base, rule: rateRule(rate, hand ? 'rounded' : null), severity: hand ? 'warning' : 'error' };
}
