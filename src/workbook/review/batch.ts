/**
 * A batch of reviewed files: each file's outcome (its review, or why it could not be read) and the units
 * of all files ranked together within their level, as the province ranks its departments and districts.
 */
import type { RulesProfile, UnitScore } from '../../domain/scoring';
import { withRanks } from '../../domain/scoring/rank';
import { NOTHING_TO_COMPARE, nothingToCompare, type ReviewedUnit, type WorkbookReview } from './check';
import { duplicateUnits, setAside, type DuplicateUnit } from './consolidate';
import type { Disagreement } from './disagreement';
import type { FiledVerdict } from './reconciliation-sheet';
import { reviewVerdicts } from './verdicts';

/** Plain data, so a worker thread can post it. */
export interface FileOutcome {
  /** How the file is named in every sheet and in the JSON (its name, or its path when names repeat). */
  file: string;
  review: WorkbookReview | null;
  /** Why the file could not be reviewed, in Vietnamese; set when `review` is null. */
  error?: string;
}

/** A JSON contract (README): states are added, never renamed. */
export type FileState = 'scored' | 'disagreements' | 'unreadable' | 'nothing-to-compare';

export function fileState(o: FileOutcome): FileState {
  if (!o.review) return 'unreadable';
  if (nothingToCompare(o.review)) return 'nothing-to-compare';
  return o.review.disagreements.length > 0 ? 'disagreements' : 'scored';
}

const UNREADABLE = 'Không đọc được';

/** «Đã chấm», «Có sai lệch (3)», «Không có bảng số liệu để đối chiếu», «Không đọc được: …». */
export function statusText(o: FileOutcome): string {
  if (!o.review) {
    const reason = o.error ?? 'lỗi không rõ.';
    // The reader's own messages may already start so: «Không đọc được tệp «x»: …».
    return reason.startsWith(UNREADABLE) ? reason : `${UNREADABLE}: ${reason}`;
  }
  if (nothingToCompare(o.review)) return NOTHING_TO_COMPARE;
  const n = o.review.disagreements.length;
  return n > 0 ? `Có sai lệch (${n})` : 'Đã chấm';
}

export interface RankedUnit {
  file: string;
  unit: ReviewedUnit;
  /** The unit's recomputed score with its rank among all files' units of its level. */
  score: UnitScore;
}

/** Every scored unit of every file, ranked within its level across files (RULES.md §5); a unit in several files once (consolidate.ts). */
export function consolidatedRanking(outcomes: readonly FileOutcome[], profile: RulesProfile, duplicates: readonly DuplicateUnit[] = duplicateUnits(outcomes)): RankedUnit[] {
  const entries = outcomes.flatMap((o) =>
    (o.review?.units ?? []).flatMap((unit) => (unit.score && !setAside(duplicates, o.file, unit.name) ? [{ file: o.file, unit, score: unit.score }] : [])),
  );
  const ranked = withRanks(entries.map((e) => e.score), profile);
  return entries.map((e, i) => ({ ...e, score: ranked[i] }));
}

export const allDisagreements = (outcomes: readonly FileOutcome[]): (Disagreement & { file: string })[] =>
  outcomes.flatMap((o) => (o.review?.disagreements ?? []).map((d) => ({ file: o.file, ...d })));

export const allVerdicts = (outcomes: readonly FileOutcome[]): FiledVerdict[] =>
  outcomes.flatMap((o) => (o.review ? reviewVerdicts(o.review).map((v) => ({ file: o.file, ...v })) : []));
