/**
 * Reviews a self-scored 1187 table. With case rows, each printed criterion the cases can give, the total,
 * class, ĐTB CCVC and rank are compared with the recomputed score. Without, the table must agree with
 * itself: criteria within 0–2 that add up to the printed total, and the class the printed total earns.
 */
import { classify, scoreUnits, type RulesProfile, type UnitScore } from '../../domain/scoring';
import { foldText } from '../../domain/text';
import type { FigureCell } from './count-checks';
import { located, sameAt, type Disagreement, type Finding, type Shown } from './disagreement';
import { nameColumn, type SubmittedTable } from './read-submitted';
import { classRule, recomputedRule, RULES } from './review-rules';
import { scoreRows, scoringInput, type ScoreRow } from './score-rows';

/** Scores recomputed from the case rows, by folded unit name, with the report columns the cases decided. */
export interface ScoreBasis {
  sheet: string;
  scores: ReadonlyMap<string, UnitScore>;
  /** Report columns (1-based) whose value did not come from the submitted table itself. */
  verifiable: ReadonlyMap<string, ReadonlySet<number>>;
}

const MAX_POINTS = 2;
const MAX_DTB = 10;

const printedOf = (cell: FigureCell | undefined | null): Shown => {
  const f = cell?.figure;
  return !f || f.kind === 'blank' ? null : f.kind === 'number' ? f.printed : f.text;
};
const numberOf = (cell: FigureCell | undefined | null): number | null => (cell?.figure.kind === 'number' ? cell.figure.value : null);

export function checkScoreTable(table: SubmittedTable, profile: RulesProfile, basis: ScoreBasis | null): Disagreement[] {
  const rows = scoreRows(table, profile);
  const given = scoreUnits(rows.map(scoringInput), profile);
  return rows.flatMap((s, i) => {
    const key = foldText(s.row.label);
    const recomputed = basis?.scores.get(key);
    let findings: Finding[];
    if (recomputed && basis) findings = againstCases(s, recomputed, basis.verifiable.get(key) ?? new Set(), basis.sheet, profile);
    else {
      findings = internal(s, given[i], profile);
      if (basis && !s.notSent) findings.unshift({ item: 'Đơn vị', submitted: s.row.label, recomputed: null, rule: RULES.unknownUnit, severity: 'warning', column: nameColumn(table) });
    }
    return findings.map((f) => located(table, s.row, f));
  });
}

function internal(s: ScoreRow, given: UnitScore, profile: RulesProfile): Finding[] {
  const { classification: cls, scoreTotal, dtbCcvc, rank } = s.fields;
  const classText = cls?.figure.kind === 'text' ? cls.figure.text : null;
  if (s.notSent) {
    const ok = classText === null || foldText(classText) === foldText(profile.classification.notSent);
    return ok ? [] : [{ item: 'Phân loại', submitted: classText, recomputed: profile.classification.notSent, rule: RULES.notSent, severity: 'error', column: cls!.column }];
  }
  const out: Finding[] = [];
  s.criteria.forEach(({ cell, entry }, i) => {
    const outside = typeof entry === 'number' && (entry < 0 || entry > MAX_POINTS);
    if (cell && (outside || (typeof entry === 'object' && entry !== null))) {
      out.push({ item: `Tiêu chí ${i + 1}`, submitted: printedOf(cell), recomputed: null, rule: RULES.criterionRange, severity: 'error', column: cell.column });
    }
  });
  const total = numberOf(scoreTotal);
  // A criterion already reported spoils the sum; the total is judged only on valid criteria.
  if (scoreTotal && total !== null && out.length === 0 && (given.total === null || !sameAt(total, given.total, profile.decimals))) {
    const rule = given.total === null ? RULES.scoreMissing : RULES.scoreTotal;
    out.push({ item: 'Tổng điểm', submitted: printedOf(scoreTotal), value: total, recomputed: given.total, rule, severity: 'error', column: scoreTotal.column });
  }
  const earned = total !== null ? classify(total, profile) : given.classification;
  if (cls && earned !== null && (classText === null || foldText(classText) !== foldText(earned))) {
    out.push({ item: 'Phân loại', submitted: classText, recomputed: earned, rule: classRule(profile), severity: 'error', column: cls.column });
  }
  const dtb = numberOf(dtbCcvc);
  if (dtbCcvc && dtb !== null && (dtb < 0 || dtb > MAX_DTB)) {
    out.push({ item: 'ĐTB CCVC', submitted: printedOf(dtbCcvc), recomputed: null, rule: RULES.dtbRange, severity: 'warning', column: dtbCcvc.column });
  }
  const printedRank = numberOf(rank);
  if (rank && given.rank !== null && printedRank !== given.rank) {
    out.push({ item: 'Xếp hạng', submitted: printedOf(rank), recomputed: given.rank, rule: RULES.rank, severity: 'warning', column: rank.column });
  }
  return out;
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
  if (cls && score.classification !== null && (classText === null || foldText(classText) !== foldText(score.classification))) {
    out.push({ item: 'Phân loại', submitted: classText, recomputed: score.classification, rule, severity: 'error', column: cls.column });
  }
  return out;
}
