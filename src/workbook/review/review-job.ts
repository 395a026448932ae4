/**
 * «Đối chiếu» on the open workbook: read it, review it, write the `Đối chiếu` sheet (replacing the one an
 * earlier review made) and return the review for the task pane to summarise.
 */
import type { RulesProfile } from '../../domain/scoring';
import { planSheetWrites, type SheetWritePlan } from '../result-sheets';
import { readInputSheets } from '../score-job';
import type { HostProgress, WorkbookHost } from '../workbook-host';
import { nothingToCompare, reviewWorkbook, type WorkbookReview } from './check';
import { reconciliationSheet } from './reconciliation-sheet';
import type { ReviewContext } from './review-context';
import { reviewVerdicts, type UnitVerdict } from './verdicts';

export interface ReviewJobResult {
  review: WorkbookReview;
  /** One per compared unit; none when the workbook had nothing to compare. */
  verdicts: UnitVerdict[];
  plan: SheetWritePlan;
  /** The name the `Đối chiếu` sheet was written under (another when a user's sheet holds the name). */
  sheet: string;
}

/** Reading and writing as the host reports them, and the review itself in between. */
export type ReviewProgress = HostProgress | { phase: 'review' };

interface ReviewJobOptions {
  /** Cancels the job while it reads and before it writes; a write once started runs to its end. */
  signal?: AbortSignal;
  onProgress?: (p: ReviewProgress) => void;
}

/**
 * The workbook is read when the job runs, never taken from an earlier read: a score or a review since
 * then added sheets and rewrote the marker, and a plan made on the old list would either add a second
 * `Đối chiếu` (refused by the host) or write a marker that forgets the other run's sheets.
 */
export async function runReviewJob(
  host: WorkbookHost,
  profile: RulesProfile,
  ctx: ReviewContext,
  { signal, onProgress }: ReviewJobOptions = {},
): Promise<ReviewJobResult> {
  const input = await readInputSheets(host, (p) => p.phase !== 'score' && onProgress?.(p), signal);
  signal?.throwIfAborted();
  onProgress?.({ phase: 'review' });
  const review = reviewWorkbook(input, profile);
  const verdicts = reviewVerdicts(review);
  const subtitle = review.basis.kind === 'cases' ? `Tính lại từ danh sách hồ sơ (sheet «${review.basis.sheet}»)` : 'Kiểm tra tính nhất quán của các bảng báo cáo';
  const nothing = nothingToCompare(review) ? [{}] : [];
  const reconciliation = reconciliationSheet({ disagreements: review.disagreements, verdicts, subtitle, withFile: false, ctx, nothingToCompare: nothing });
  const plan = planSheetWrites(input.infos.map((s) => s.name), input.marker, [reconciliation]);
  const sheet = plan.add[0].name;
  signal?.throwIfAborted();
  await host.applyChanges({ remove: plan.remove, add: plan.add, veryHidden: [plan.marker], activate: sheet }, onProgress);
  return { review, verdicts, plan, sheet };
}
