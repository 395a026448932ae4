/**
 * The order of each self-scored table's criteria when its headers cannot tell (criteria-order.ts): with
 * case rows, the order whose printed criteria agree more often with what the cases decide; without, the
 * profile's order — the checks without case rows (range, sum, class, rank) do not depend on it. Either
 * way a note says so.
 */
import type { RulesProfile } from '../../domain/scoring';
import { criteriaOrders, type CriteriaOrder } from './criteria-order';
import { sameAt } from './disagreement';
import type { SubmittedTable } from './read-submitted';
import type { Recomputation } from './recompute';
import { scoreRows } from './score-rows';
import { unitKey } from './unit-key';

interface OrderChoice {
  orders: Map<SubmittedTable, CriteriaOrder>;
  /** Tables whose headers could not tell, with their candidates. */
  ambiguous: Map<SubmittedTable, CriteriaOrder[]>;
}

export function candidateOrders(tables: readonly SubmittedTable[], profile: RulesProfile): OrderChoice {
  const orders = new Map<SubmittedTable, CriteriaOrder>();
  const ambiguous = new Map<SubmittedTable, CriteriaOrder[]>();
  for (const t of tables.filter((x) => x.kind === 'scores')) {
    const candidates = criteriaOrders(t, profile);
    orders.set(t, candidates[0]);
    if (candidates.length > 1) ambiguous.set(t, candidates);
  }
  return { orders, ambiguous };
}

/** Printed criteria equal to the criteria the cases decided, read in `order`. */
function agreements(table: SubmittedTable, order: CriteriaOrder, rec: Recomputation, profile: RulesProfile): number {
  let n = 0;
  for (const row of scoreRows(table, profile, order)) {
    const key = unitKey(row.row.label);
    const score = rec.scoreBasis.scores.get(key);
    const decided = rec.scoreBasis.verifiable.get(key);
    if (!score || !decided) continue;
    row.criteria.forEach((c, i) => {
      const want = score.criteria[i];
      if (decided.has(i + 1) && typeof c.entry === 'number' && want !== null && sameAt(c.entry, want, profile.decimals)) n++;
    });
  }
  return n;
}

/** Picks each ambiguous table's order against the cases; returns whether an order changed (then recompute again). */
export function settleOrders(choice: OrderChoice, rec: Recomputation | null, profile: RulesProfile): { changed: boolean; notes: string[] } {
  const notes: string[] = [];
  let changed = false;
  for (const [table, candidates] of choice.ambiguous) {
    const start = `Sheet «${table.sheet}»: tiêu đề cột chỉ ghi số tiêu chí, không cho biết theo ${candidates.map((c) => c.label).join(' hay ')}`;
    if (!rec) {
      notes.push(`${start}; không có danh sách hồ sơ để phân biệt. Tổng điểm, phân loại và xếp hạng được kiểm tra như nhau theo cả hai thứ tự; điểm từng tiêu chí được hiểu theo ${candidates[0].label}.`);
      continue;
    }
    const counts = candidates.map((c) => agreements(table, c, rec, profile));
    const best = counts.indexOf(Math.max(...counts));
    const tie = counts.filter((n) => n === counts[best]).length > 1;
    if (best !== 0) {
      choice.orders.set(table, candidates[best]);
      changed = true;
    }
    const tally = candidates.map((c, i) => `${c.label}: ${counts[i]} điểm tiêu chí khớp`).join('; ');
    notes.push(
      tie
        ? `${start}; đã đối chiếu theo cả hai thứ tự với danh sách hồ sơ nhưng không phân biệt được (${tally}); kết quả được hiểu theo ${candidates[best].label}.`
        : `${start}; đã đối chiếu theo cả hai thứ tự với danh sách hồ sơ và dùng ${candidates[best].label} (${tally}).`,
    );
  }
  return { changed, notes };
}
