/**
 * «Đối chiếu» on the open workbook: review the sheets already read, write the `Đối chiếu` sheet (replacing
 * the one an earlier review made) and return the review for the task pane to summarise.
 */
import type { RulesProfile } from '../../domain/scoring';
import { planSheetWrites, type SheetWritePlan } from '../result-sheets';
import type { InputWorkbook } from '../score-job';
import type { WorkbookHost } from '../workbook-host';
import { reviewWorkbook, type WorkbookReview } from './check';
import { reconciliationSheet } from './reconciliation-sheet';
import type { ReviewContext } from './review-context';
import { unitVerdicts, type UnitVerdict } from './verdicts';

export interface ReviewJobResult {
  review: WorkbookReview;
  verdicts: UnitVerdict[];
  plan: SheetWritePlan;
}

export async function runReviewJob(host: WorkbookHost, input: InputWorkbook, profile: RulesProfile, ctx: ReviewContext): Promise<ReviewJobResult> {
  const review = reviewWorkbook(input, profile);
  const verdicts = unitVerdicts(review.units.map((u) => u.name), review.disagreements);
  const subtitle = review.basis.kind === 'cases' ? `Tính lại từ danh sách hồ sơ (sheet «${review.basis.sheet}»)` : 'Kiểm tra tính nhất quán của các bảng báo cáo';
  const sheet = reconciliationSheet({ disagreements: review.disagreements, verdicts, subtitle, withFile: false, ctx });
  const plan = planSheetWrites(input.infos.map((s) => s.name), input.marker, [sheet]);
  await host.applyChanges({ remove: plan.remove, add: plan.add, veryHidden: [plan.marker], activate: plan.add[0].name });
  return { review, verdicts, plan };
}
