/**
 * Reviews a count form. With the workbook's case rows, each unit, field (Biểu 1) or procedure (Biểu 3)
 * row is compared with its figures recomputed from them (row-basis.ts); without, or when the cases cannot
 * decide the row, each row must balance on its own. Either way a rate is judged against the counts printed
 * beside it (so a wrong count is not reported twice), and a «Tổng»/«Cộng» row must add up the rows it closes.
 */
import { percent, type Counts } from '../../domain/aggregate';
import { balanceFindings, countCells, exactRate, rateCells, rateFinding, type FigureCell } from './count-checks';
import { located, type Disagreement, type Finding } from './disagreement';
import { countOf } from './figures';
import type { SubmittedTable } from './read-submitted';
import { COUNT_LABELS, recomputedRule, RULES } from './review-rules';
import { rowBases, type CaseBasis, type RowBasis } from './row-basis';
import { sectionMembers, totalMembers } from './row-members';
import type { CountField, RateRole } from './table-columns';
import type { TableRow } from './table-rows';

export type { CaseBasis };

/** Long procedure names are cut in the item text; the cell reference finds the whole name. */
const MAX_NAME = 60;

/** `bases`: the rows' bases when the caller has them already (check.ts). */
export function checkCountTable(table: SubmittedTable, basis: CaseBasis | null, bases: ReadonlyMap<TableRow, RowBasis> = rowBases(table, basis)): Disagreement[] {
  const out: Disagreement[] = [];
  const members = totalMembers(table.rows);
  const sections = sectionMembers(table.rows);
  for (const row of table.rows) {
    const base = bases.get(row);
    const push = (f: Finding): void => void out.push(named(table, row, base, located(table, row, f)));
    const cells = countCells(table, row);
    if (row.kind === 'heading' && row.hasFigures) {
      const added = sections.get(row);
      if (added?.length) sumFindings(table, added, cells, RULES.groupSum).forEach(push);
    }
    if (row.kind === 'heading' || row.kind === 'described') continue;
    const counts = base?.kind === 'counts' ? base.counts : undefined;
    if (row.kind === 'total') {
      const added = members.get(row);
      (added?.length ? sumFindings(table, added, cells, RULES.sum) : balanceFindings(cells)).forEach(push);
    } else if (counts && basis) {
      recomputedFindings(cells, counts, basis.sheet).forEach(push);
    } else {
      if (base?.kind === 'undecided') push(base.finding);
      balanceFindings(cells).forEach(push);
    }
    for (const { rate, cell } of rateCells(table, row)) {
      const own = exactRate(cells, rate);
      const exact = own !== undefined ? own : counts ? rateOf(counts, rate) : undefined;
      const finding = exact === undefined ? null : rateFinding(rate, cell, exact);
      if (finding) push(finding);
    }
  }
  return out;
}

/**
 * Who a finding is about: a unit row names its unit; a procedure of one unit is that unit's («Giải quyết
 * trễ hạn (thủ tục «…»)»), so the unit's verdict counts it; other field and procedure rows say what they are.
 */
function named(table: SubmittedTable, row: TableRow, base: RowBasis | undefined, d: Disagreement): Disagreement {
  if (table.subject === 'units' || row.kind !== 'unit') return d;
  const name = row.label.length > MAX_NAME ? `${row.label.slice(0, MAX_NAME - 1).trimEnd()}…` : row.label;
  if (table.subject === 'fields') return { ...d, unit: `Lĩnh vực «${row.label}»` };
  const owner = base?.kind === 'counts' ? base.owner : null;
  return owner ? { ...d, unit: owner, item: `${d.item} (thủ tục «${name}»)` } : { ...d, unit: `Thủ tục «${name}»` };
}

function sumFindings(table: SubmittedTable, added: TableRow[], cells: ReadonlyMap<CountField, FigureCell>, sumRule: string): Finding[] {
  return [...cells].flatMap(([field, { column, figure }]): Finding[] => {
    const printed = countOf(figure);
    const sum = added.reduce((s, r) => s + (countOf(countCells(table, r).get(field)!.figure) ?? 0), 0);
    if (printed === sum) return [];
    const rule = `${sumRule} (${added.length} dòng, từ dòng ${added[0].row} đến dòng ${added[added.length - 1].row})`;
    return [{ item: `${COUNT_LABELS[field]} (cộng các dòng)`, submitted: printed ?? (figure.kind === 'text' ? figure.text : null), recomputed: sum, rule, severity: 'error', column }];
  });
}

/** Each printed count against the recomputed one, read with the forms' meaning of their columns. */
function recomputedFindings(cells: ReadonlyMap<CountField, FigureCell>, counts: Counts, sheet: string): Finding[] {
  const expected = (field: CountField): number => {
    // The forms' «Đúng hạn» includes early cases and «Trực tiếp» postal ones unless they have columns of their own.
    if (field === 'onTime' && !cells.has('early')) return counts.early + counts.onTime;
    if (field === 'direct' && !cells.has('postal')) return counts.direct + counts.postal;
    return counts[field];
  };
  return [...cells].flatMap(([field, { column, figure }]): Finding[] => {
    const printed = countOf(figure);
    const want = expected(field);
    if (printed === want) return [];
    const submitted = printed ?? (figure.kind === 'text' ? figure.text : null);
    return [{ item: COUNT_LABELS[field], submitted, recomputed: want, rule: recomputedRule('§3', sheet), severity: 'error', column }];
  });
}

const rateOf = (c: Counts, rate: RateRole): number | null => percent(c[rate.numerator], c[rate.denominator]);
