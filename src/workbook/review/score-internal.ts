/**
 * A self-scored row checked against itself (no case rows to recompute from): criteria within 0–2, the
 * printed total equal to their sum, the class the printed total earns, ĐTB CCVC within 0–10. Tables print
 * one to three decimals; a total off by no more than its criteria's rounding can explain is a warning.
 */
import { classify, type RulesProfile, type UnitScore } from '../../domain/scoring';
import { sameClass } from './class-text';
import type { FigureCell } from './count-checks';
import type { Finding } from './disagreement';
import { numberOf, printedOf } from './printed';
import { classRule, RULES } from './review-rules';
import type { ScoreRow } from './score-rows';
import { sumFinding } from './sum-check';

const MAX_POINTS = 2;
const MAX_DTB = 10;

export function internalFindings(s: ScoreRow, given: UnitScore, profile: RulesProfile): Finding[] {
  const { classification: cls, scoreTotal, dtbCcvc } = s.fields;
  const classText = cls?.figure.kind === 'text' ? cls.figure.text : null;
  if (s.notSent) {
    const ok = classText === null || sameClass(classText, profile.classification.notSent);
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
  if (scoreTotal && total !== null && out.length === 0) {
    const finding = totalFinding(s, total, given, scoreTotal);
    if (finding) out.push(finding);
  }
  const earned = total !== null ? classify(total, profile) : given.classification;
  if (cls && earned !== null && !sameClass(classText, earned)) {
    out.push({ item: 'Phân loại', submitted: classText, recomputed: earned, rule: classRule(profile), severity: 'error', column: cls.column });
  }
  const dtb = numberOf(dtbCcvc);
  if (dtbCcvc && dtb !== null && (dtb < 0 || dtb > MAX_DTB)) {
    out.push({ item: 'ĐTB CCVC', submitted: printedOf(dtbCcvc), recomputed: null, rule: RULES.dtbRange, severity: 'warning', column: dtbCcvc.column });
  }
  return out;
}

function totalFinding(s: ScoreRow, total: number, given: UnitScore, cell: FigureCell): Finding | null {
  if (given.total === null) return { item: 'Tổng điểm', submitted: printedOf(cell), value: total, recomputed: null, rule: RULES.scoreMissing, severity: 'error', column: cell.column };
  const parts = s.criteria.filter((c) => typeof c.entry === 'number');
  return sumFinding(parts.map((c) => c.cell!), parts.map((c) => c.entry as number), total, cell, { item: 'Tổng điểm', exact: RULES.scoreTotal, rounded: RULES.scoreTotalRounded });
}
