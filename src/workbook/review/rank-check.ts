/**
 * Printed ranks against the printed totals (RULES.md §5, §7): descending total, then the tie-breaker the
 * table prints (ĐTB CCVC), equal on both → equal rank. Provinces rank over the whole table or within each
 * group («I. CÁC SỞ, BAN, NGÀNH»); the reading the printed ranks fit better is the one checked.
 */
import type { RulesProfile } from '../../domain/scoring';

type Ties = RulesProfile['ranking']['ties'];
import type { FigureCell } from './count-checks';
import type { Finding } from './disagreement';
import { RULES } from './review-rules';
import type { TableRow } from './table-rows';

export interface RankedRow {
  row: TableRow;
  total: number | null;
  tieBreaker: number | null;
  rank: FigureCell | undefined;
}

const SCOPES = { table: 'trong toàn bảng', group: 'trong từng nhóm của bảng' } as const;

function ranksIn(rows: readonly RankedRow[], ties: Ties): Map<RankedRow, number> {
  const ranks = new Map<RankedRow, number>();
  const sorted = rows.filter((r) => r.total !== null).sort((a, b) => b.total! - a.total! || (b.tieBreaker ?? -Infinity) - (a.tieBreaker ?? -Infinity));
  let rank = 0;
  let distinct = 0;
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.total !== r.total || prev.tieBreaker !== r.tieBreaker) {
      distinct++;
      rank = ties === 'competition' ? i + 1 : distinct;
    }
    ranks.set(r, rank);
  });
  return ranks;
}

const printedRank = (r: RankedRow): number | null => (r.rank?.figure.kind === 'number' ? r.rank.figure.value : null);

/** Findings on the rows whose printed rank differs from the rank their printed totals give. */
export function rankFindings(rows: readonly RankedRow[], ties: Ties): Map<RankedRow, Finding> {
  const whole = ranksIn(rows, ties);
  const byGroup = new Map<RankedRow, number>();
  for (const heading of new Set(rows.map((r) => r.row.heading))) {
    ranksIn(rows.filter((r) => r.row.heading === heading), ties).forEach((rank, r) => byGroup.set(r, rank));
  }
  const fits = (ranks: Map<RankedRow, number>): number => rows.filter((r) => printedRank(r) !== null && ranks.get(r) === printedRank(r)).length;
  const [scope, ranks] = fits(byGroup) > fits(whole) ? (['group', byGroup] as const) : (['table', whole] as const);
  const out = new Map<RankedRow, Finding>();
  for (const r of rows) {
    const want = ranks.get(r);
    if (!r.rank || want === undefined || printedRank(r) === want) continue;
    const submitted = r.rank.figure.kind === 'number' ? r.rank.figure.printed : r.rank.figure.kind === 'text' ? r.rank.figure.text : null;
    if (submitted === null) continue;
    out.set(r, { item: 'Xếp hạng', submitted, value: printedRank(r), recomputed: want, rule: `${RULES.rank}; ${SCOPES[scope]}`, severity: 'warning', column: r.rank.column });
  }
  return out;
}
