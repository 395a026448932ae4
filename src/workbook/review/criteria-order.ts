/**
 * Which report column («Tiêu chí n» of the profile) each criterion column of a submitted table holds.
 * Provinces print the nine criteria in TT 01/2018's own order (Điều 13–14) or in their decision's order
 * (1187: #1, #2, #3, #4, #7, #5, #6, #8, #9). Headers naming the indicator in words decide it; bare
 * numbers do not, and then both orders are candidates (check.ts picks one against the case rows, or says
 * that it could not).
 */
import type { RulesProfile, Tt01Indicator } from '../../domain/scoring';
import type { SubmittedTable, TableColumn } from './read-submitted';
import type { ColumnRole } from './table-columns';

type CriterionColumn = TableColumn & { role: Extract<ColumnRole, { role: 'criterion' }> };

export interface CriteriaOrder {
  /** How the order was read, in Vietnamese: «theo tên tiêu chí», «thứ tự của Thông tư 01/2018». */
  label: string;
  /** Report column (1-based) by the column's index in the grid. */
  columns: ReadonlyMap<number, number>;
}

const TT01_ORDER = 'thứ tự của Thông tư 01/2018';
const profileOrder = (profile: RulesProfile): string => `thứ tự cột của bộ quy tắc «${profile.id}»`;

const criterionColumns = (table: SubmittedTable): CriterionColumn[] => table.columns.filter((c): c is CriterionColumn => c.role.role === 'criterion');

function orderBy(label: string, columns: readonly CriterionColumn[], reportColumn: (c: CriterionColumn) => number): CriteriaOrder {
  const map = new Map<number, number>();
  const used = new Set<number>();
  for (const c of columns) {
    const n = reportColumn(c);
    if (n >= 1 && !used.has(n)) map.set(c.index, n);
    used.add(n);
  }
  return { label, columns: map };
}

/** The candidate orders, the likeliest first: one when the headers tell, two when they do not. */
export function criteriaOrders(table: SubmittedTable, profile: RulesProfile): CriteriaOrder[] {
  const columns = criterionColumns(table);
  const ofIndicator = (i: Tt01Indicator): number => profile.reportColumns.indexOf(i) + 1;
  if (columns.every((c) => c.role.indicator !== null)) return [orderBy('theo tên tiêu chí', columns, (c) => ofIndicator(c.role.indicator!))];
  const asPrinted = orderBy(profileOrder(profile), columns, (c) => c.role.printed ?? ofIndicator(c.role.indicator!));
  const asTt01 = orderBy(TT01_ORDER, columns, (c) => ofIndicator((c.role.printed ?? c.role.indicator) as Tt01Indicator));
  if (profile.reportColumns.every((indicator, i) => indicator === i + 1)) return [asPrinted];
  // A header with both a number and words («Tiêu chí 5: Tiếp nhận, trả kết quả tại Bộ phận Một cửa») tells the order.
  const both = columns.filter((c) => c.role.printed !== null && c.role.indicator !== null);
  const tt01Votes = both.filter((c) => c.role.printed === c.role.indicator).length;
  const profileVotes = both.filter((c) => profile.reportColumns[c.role.printed! - 1] === c.role.indicator).length;
  if (tt01Votes > profileVotes) return [asTt01];
  if (profileVotes > tt01Votes) return [asPrinted];
  return [asPrinted, asTt01];
}

/** The column printing report column `n` in `order`, if the table has it. */
export function columnOf(table: SubmittedTable, order: CriteriaOrder, n: number): TableColumn | null {
  return criterionColumns(table).find((c) => order.columns.get(c.index) === n) ?? null;
}
