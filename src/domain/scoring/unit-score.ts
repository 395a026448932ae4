/**
 * Decision 1187 scoring of units (RULES.md §5): nine criteria, total, class, ĐTB CCVC and rank within
 * level. Missing data blocks a unit's total and class and is listed by report column; it is never
 * scored silently.
 */
import { roundHalfUp } from '../rounding';
import { unitDtbCcvc, dtbCcvcBand } from './ccvc';
import { classify } from './classify';
import { criterionLabel, criterionList } from './format';
import type { RulesProfile } from './profile-types';
import { withRanks } from './rank';
import { criteriaFromCases, criteriaFromGiven, type ResolvedCriterion } from './unit-criteria';
import type { UnitScore, UnitScoringInput } from './unit-types';

export function scoreUnits(inputs: readonly UnitScoringInput[], profile: RulesProfile): UnitScore[] {
  return withRanks(
    inputs.map((input) => scoreUnit(input, profile)),
    profile,
  );
}

function scoreUnit(input: UnitScoringInput, profile: RulesProfile): UnitScore {
  const columns = profile.reportColumns.length;
  const base = { name: input.name, level: input.level, rank: null, excluded: [], missing: [], ignoredEntries: [] };
  if (input.kind === 'notSent') {
    return {
      ...base,
      status: 'notSent',
      criteria: Array<null>(columns).fill(null),
      total: null,
      dtbCcvc: null,
      dtbCcvcBand: null,
      classification: profile.classification.notSent,
      notes: ['Không gửi kết quả chấm điểm đánh giá'],
    };
  }
  if (input.kind === 'cases' && input.accumulation.evaluatedCases === 0) {
    return {
      ...base,
      status: 'notEvaluated',
      criteria: Array<null>(columns).fill(null),
      total: null,
      dtbCcvc: null,
      dtbCcvcBand: null,
      classification: profile.classification.notEvaluated,
      notes: ['Không có hồ sơ giải quyết xong trong kỳ'],
    };
  }

  const resolved = input.kind === 'cases' ? criteriaFromCases(input, profile) : criteriaFromGiven(input, profile);
  const missing = columnsIn(resolved, 'missing');
  const excluded = columnsIn(resolved, 'excluded');
  const notes = criterionNotes(resolved);
  const total = missing.length === 0 ? sumShown(resolved, profile) : null;
  if (total === null) notes.push(`Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu ${criterionList(missing)}`);
  else if (excluded.length > 0) notes.push(profile.missingData.excludedNote.replace('{columns}', criterionList(excluded)));

  const ccvc = unitDtbCcvc(input.kind === 'cases' ? input.accumulation : null, input.dtbCcvc, profile);
  notes.push(...ccvc.notes);
  return {
    ...base,
    status: total === null ? 'blocked' : 'scored',
    criteria: resolved.map((c) => (c.state === 'value' ? c.value : null)),
    excluded,
    missing,
    ignoredEntries: resolved.flatMap((c, i) => (c.state === 'value' && c.entryIgnored ? [i + 1] : [])),
    total,
    dtbCcvc: ccvc.value,
    dtbCcvcBand: ccvc.value === null ? null : dtbCcvcBand(ccvc.value, profile),
    classification: total === null ? null : classify(total, profile),
    notes,
  };
}

/** 1-based report columns whose criterion is in the given state. */
function columnsIn(resolved: readonly ResolvedCriterion[], state: ResolvedCriterion['state']): number[] {
  return resolved.flatMap((c, i) => (c.state === state ? [i + 1] : []));
}

function criterionNotes(resolved: readonly ResolvedCriterion[]): string[] {
  return resolved.flatMap((c, i) => {
    if (c.state === 'missing') return [`${criterionLabel(i + 1)}: ${c.reason}`];
    if (c.state === 'value' && c.note) return [`${criterionLabel(i + 1)}: ${c.note}`];
    return [];
  });
}

/** Sum of the criteria as shown; rounding again removes binary noise (1.91 + 1.91 + … = 17.7299…). */
function sumShown(resolved: readonly ResolvedCriterion[], profile: RulesProfile): number {
  const sum = resolved.reduce((s, c) => (c.state === 'value' ? s + c.value : s), 0);
  return roundHalfUp(sum, profile.decimals);
}
