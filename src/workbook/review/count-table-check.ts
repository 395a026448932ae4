/**
 * Reviews a count form. With the workbook's case rows, each unit row is compared with the unit's totals
 * recomputed from them; without, each row must balance on its own. Either way a rate is judged against
 * the counts printed beside it (so a wrong count is not reported twice), and a «Tổng»/«Cộng» row must add
 * up the unit rows it closes.
 */
import { percent, type UnitTotals } from '../../domain/aggregate';
import { foldText } from '../../domain/text';
import { headerKey } from '../columns';
import { balanceFindings, countCells, exactRate, rateCells, rateFinding, type FigureCell } from './count-checks';
import { located, type Disagreement, type Finding } from './disagreement';
import { countOf } from './figures';
import { nameColumn, type SubmittedTable } from './read-submitted';
import { COUNT_LABELS, recomputedRule, RULES } from './review-rules';
import type { CountField, RateRole } from './table-columns';
import type { TableRow } from './table-rows';

/** The units recomputed from the case rows, by folded name, and the sheet they came from. */
export interface CaseBasis {
  sheet: string;
  units: ReadonlyMap<string, UnitTotals>;
}

export function checkCountTable(table: SubmittedTable, basis: CaseBasis | null): Disagreement[] {
  const out: Disagreement[] = [];
  const members = totalMembers(table.rows);
  for (const row of table.rows) {
    if (row.kind === 'heading' || row.kind === 'described') continue;
    const push = (f: Finding): void => void out.push(located(table, row, f));
    const cells = countCells(table, row);
    const unit = row.kind === 'unit' ? basis?.units.get(foldText(row.label)) : undefined;
    if (row.kind === 'total') {
      const added = members.get(row);
      (added?.length ? sumFindings(table, added, cells) : balanceFindings(cells)).forEach(push);
    } else if (unit && basis) {
      recomputedFindings(cells, unit, basis.sheet).forEach(push);
    } else {
      if (basis && [...cells.values()].some((c) => countOf(c.figure) !== 0)) {
        push({ item: 'Đơn vị', submitted: row.label, recomputed: null, rule: RULES.unknownUnit, severity: 'warning', column: nameColumn(table) });
      }
      balanceFindings(cells).forEach(push);
    }
    for (const { rate, cell } of rateCells(table, row)) {
      const own = exactRate(cells, rate);
      const exact = own !== undefined ? own : unit ? unitRate(unit, rate) : undefined;
      const finding = exact === undefined ? null : rateFinding(rate, cell, exact);
      if (finding) push(finding);
    }
  }
  return out;
}

/**
 * The unit rows each total adds up: «Tổng …» all of them since the previous «Tổng», «Cộng …» those since
 * the previous total of any kind. Null when one of them gives words instead of figures (nothing to add).
 */
function totalMembers(rows: readonly TableRow[]): Map<TableRow, TableRow[] | null> {
  const out = new Map<TableRow, TableRow[] | null>();
  let sinceGrand: TableRow[] = [];
  let sinceAny: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === 'unit' || row.kind === 'described') {
      sinceGrand.push(row);
      sinceAny.push(row);
    } else if (row.kind === 'total') {
      const grand = headerKey(row.label).startsWith('tong');
      const added = grand ? sinceGrand : sinceAny;
      out.set(row, added.some((r) => r.kind === 'described') ? null : added);
      sinceAny = [];
      if (grand) sinceGrand = [];
    }
  }
  return out;
}

function sumFindings(table: SubmittedTable, added: TableRow[], cells: ReadonlyMap<CountField, FigureCell>): Finding[] {
  return [...cells].flatMap(([field, { column, figure }]): Finding[] => {
    const printed = countOf(figure);
    const sum = added.reduce((s, r) => s + (countOf(countCells(table, r).get(field)!.figure) ?? 0), 0);
    if (printed === sum) return [];
    const rule = `${RULES.sum} (${added.length} dòng, từ dòng ${added[0].row} đến dòng ${added[added.length - 1].row})`;
    return [{ item: `${COUNT_LABELS[field]} (cộng các dòng)`, submitted: printed ?? (figure.kind === 'text' ? figure.text : null), recomputed: sum, rule, severity: 'error', column }];
  });
}

/** Each printed count against the recomputed one, read with the forms' meaning of their columns. */
function recomputedFindings(cells: ReadonlyMap<CountField, FigureCell>, unit: UnitTotals, sheet: string): Finding[] {
  const expected = (field: CountField): number => {
    // The forms' «Đúng hạn» includes early cases and «Trực tiếp» postal ones unless they have columns of their own.
    if (field === 'onTime' && !cells.has('early')) return unit.early + unit.onTime;
    if (field === 'direct' && !cells.has('postal')) return unit.direct + unit.postal;
    return unit[field];
  };
  return [...cells].flatMap(([field, { column, figure }]): Finding[] => {
    const printed = countOf(figure);
    const want = expected(field);
    if (printed === want) return [];
    const submitted = printed ?? (figure.kind === 'text' ? figure.text : null);
    return [{ item: COUNT_LABELS[field], submitted, recomputed: want, rule: recomputedRule('§3', sheet), severity: 'error', column }];
  });
}

function unitRate(u: UnitTotals, rate: RateRole): number | null {
  if (rate.numerator === 'late') return rate.denominator === 'resolved' ? u.lateRateOfResolved : u.lateRateOfTotal;
  return rate.denominator === 'total' ? u.overdueRateOfTotal : percent(u.overdue, u.resolved);
}
