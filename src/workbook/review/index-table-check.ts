/**
 * Reviews a province's QĐ 766 national-index table (group scores, total, rank; RULES.md §7): each group
 * within 0 and its maximum (the sum of its metrics' maxima in the profile), the six groups adding up to the
 * printed total, and the printed ranks matching the printed totals.
 */
import type { NationalIndexGroupId, RulesProfile } from '../../domain/scoring';
import type { FigureCell } from './count-checks';
import { located, type Disagreement, type Finding } from './disagreement';
import { readFigure } from './figures';
import { numberOf, printedOf } from './printed';
import { rankFindings, type RankedRow } from './rank-check';
import type { SubmittedTable } from './read-submitted';
import { RULES } from './review-rules';
import { sumFinding } from './sum-check';

export function checkIndexTable(table: SubmittedTable, profile: RulesProfile): Disagreement[] {
  const groups = new Map(profile.nationalIndex.groups.map((g) => [g.id, { name: g.name, max: g.metrics.reduce((s, m) => s + m.max, 0) }]));
  const cellAt = (row: SubmittedTable['rows'][number], role: (c: SubmittedTable['columns'][number]) => boolean): FigureCell | undefined => {
    const column = table.columns.find(role);
    return column ? { column, figure: readFigure(row.cells[column.index] ?? null, 'decimal') } : undefined;
  };
  const rows = table.rows.filter((r) => r.kind === 'unit');
  const ranked: RankedRow[] = [];
  const findings = new Map<SubmittedTable['rows'][number], Finding[]>();
  for (const row of rows) {
    const out: Finding[] = [];
    const parts: { id: NationalIndexGroupId; cell: FigureCell }[] = table.columns.flatMap((column) =>
      column.role.role === 'indexGroup' ? [{ id: column.role.group, cell: { column, figure: readFigure(row.cells[column.index] ?? null, 'decimal') } }] : [],
    );
    for (const { id, cell } of parts) {
      const v = numberOf(cell);
      const max = groups.get(id)!.max;
      if (cell.figure.kind === 'text' || (v !== null && (v < 0 || v > max))) {
        out.push({ item: groups.get(id)!.name, submitted: printedOf(cell), recomputed: null, rule: `${RULES.indexRange} (nhóm này tối đa ${max} điểm)`, severity: 'error', column: cell.column });
      }
    }
    const totalCell = cellAt(row, (c) => c.role.role === 'score' && c.role.field === 'scoreTotal');
    const total = numberOf(totalCell);
    const values = parts.map((p) => numberOf(p.cell));
    // The sum is judged only when all six groups are printed and valid.
    if (totalCell && total !== null && out.length === 0 && groups.size === parts.length && values.every((v) => v !== null)) {
      const f = sumFinding(parts.map((p) => p.cell), values, total, totalCell, { item: 'Tổng điểm', exact: RULES.indexTotal, rounded: `${RULES.indexTotal}; phần chênh không quá sai số làm tròn của từng nhóm` });
      if (f) out.push(f);
    }
    findings.set(row, out);
    ranked.push({ row, total, tieBreaker: null, rank: cellAt(row, (c) => c.role.role === 'score' && c.role.field === 'rank') });
  }
  rankFindings(ranked, profile.ranking.ties).forEach((f, r) => findings.get(r.row)!.push(f));
  return rows.flatMap((row) => findings.get(row)!.map((f) => located(table, row, f)));
}
