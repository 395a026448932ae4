/**
 * Reviews a self-scored 1187 table. With case rows, each printed criterion the cases can give, the total,
 * class, ĐTB CCVC and rank are compared with the recomputed score. Without, the table must agree with
 * itself (score-internal.ts), and its printed ranks with its printed totals (rank-check.ts).
 */
import { scoreUnits, type RulesProfile, type UnitScore } from '../../domain/scoring';
import { sameClass } from './class-text';
import type { FigureCell } from './count-checks';
import type { CriteriaOrder } from './criteria-order';
import { located, sameAt, type Disagreement, type Finding } from './disagreement';
import { rankFindings, type RankedRow } from './rank-check';
import { nameColumn, type SubmittedTable } from './read-submitted';
import { recomputedRule, RULES } from './review-rules';
import { numberOf, printedOf } from './printed';
import { internalFindings } from './score-internal';
import { scoreRows, scoringInput, type ScoreRow } from './score-rows';
import { unitKey } from './unit-key';

/** Scores recomputed from the case rows, by unit key, with the report columns the cases decided. */
export interface ScoreBasis {
  sheet: string;
  scores: ReadonlyMap<string, UnitScore>;
  /** Report columns (1-based) whose value did not come from the submitted table itself. */
  verifiable: ReadonlyMap<string, ReadonlySet<number>>;
}

export function checkScoreTable(table: SubmittedTable, profile: RulesProfile, basis: ScoreBasis | null, order?: CriteriaOrder): Disagreement[] {
  const rows = scoreRows(table, profile, order);
  const given = scoreUnits(rows.map(scoringInput), profile);
  const ranks = basis ? new Map<ScoreRow, Finding>() : printedRankFindings(rows, given, profile);
  return rows.flatMap((s, i) => {
    const key = unitKey(s.row.label);
    const recomputed = basis?.scores.get(key);
    let findings: Finding[];
    if (recomputed && basis) findings = againstCases(s, recomputed, basis.verifiable.get(key) ?? new Set(), basis.sheet, profile);
    else {
      findings = internalFindings(s, given[i], profile);
      const rank = ranks.get(s);
      if (rank) findings.push(rank);
      if (basis && !s.notSent) findings.unshift({ item: 'Đơn vị', submitted: s.row.label, recomputed: null, rule: RULES.unknownUnit, severity: 'warning', column: nameColumn(table) });
    }
    return findings.map((f) => located(table, s.row, f));
  });
}

/** Ranks as printed against the totals as printed; a row without a readable total is ranked by its criteria. */
function printedRankFindings(rows: readonly ScoreRow[], given: readonly UnitScore[], profile: RulesProfile): Map<ScoreRow, Finding> {
  const ranked: RankedRow[] = rows.map((s, i) => ({
    row: s.row,
    total: numberOf(s.fields.scoreTotal) ?? given[i].total,
    tieBreaker: numberOf(s.fields.dtbCcvc),
    rank: s.fields.rank,
  }));
  const found = rankFindings(ranked, profile.ranking.ties);
  return new Map(ranked.flatMap((r, i) => (found.has(r) ? [[rows[i], found.get(r)!] as const] : [])));
}

function againstCases(s: ScoreRow, score: UnitScore, verifiable: ReadonlySet<number>, sheet: string, profile: RulesProfile): Finding[] {
  const rule = recomputedRule('§5', sheet);
  const out: Finding[] = [];
  const compare = (item: string, cell: FigureCell | null | undefined, want: number | null, severity: Finding['severity'], decimals = profile.decimals): void => {
    if (!cell || want === null) return;
    const got = numberOf(cell);
    if (got === null || !sameAt(got, want, decimals)) out.push({ item, submitted: printedOf(cell), value: got, recomputed: want, rule, severity, column: cell.column });
  };
  s.criteria.forEach(({ cell }, i) => {
    if (verifiable.has(i + 1)) compare(`Tiêu chí ${i + 1}`, cell, score.criteria[i], 'error');
  });
  compare('Tổng điểm', s.fields.scoreTotal, score.total, 'error');
  compare('ĐTB CCVC', s.fields.dtbCcvc, score.dtbCcvc, 'warning');
  compare('Xếp hạng', s.fields.rank, score.rank, 'warning', 0);
  const cls = s.fields.classification;
  const classText = cls?.figure.kind === 'text' ? cls.figure.text : null;
  if (cls && score.classification !== null && !sameClass(classText, score.classification)) {
    out.push({ item: 'Phân loại', submitted: classText, recomputed: score.classification, rule, severity: 'error', column: cls.column });
  }
  return out;
}
