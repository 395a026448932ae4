/** The scoring and review jobs as the pane starts them: cancellable, with progress. */
import type { RulesProfile } from '../domain/scoring';
import type { ReviewContext } from '../workbook/review/review-context';
import { runReviewJob, type ReviewJobResult, type ReviewProgress } from '../workbook/review/review-job';
import { runScoreJob, type JobOptions, type JobProgress, type JobResult } from '../workbook/score-job';
import type { WorkbookHost } from '../workbook/workbook-host';

export type ScoreJob = (signal: AbortSignal, onProgress: (p: JobProgress) => void) => Promise<JobResult>;
export type ReviewJob = (signal: AbortSignal, onProgress: (p: ReviewProgress) => void) => Promise<ReviewJobResult>;

/** Lets the browser paint (the progress text) before a long synchronous step. */
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * The job reads the file afresh when it starts, so what the user typed since step 1 (criteria in `Tiêu chí
 * bổ sung`, corrected cases) is scored — only the sheets it needs, a long case list row by row
 * (streamed-inputs.ts). `profile` is loaded inside the job, so a failure to load it is shown by the run
 * step like any other.
 */
export function makeScoreJob(
  host: WorkbookHost,
  options: Omit<JobOptions, 'signal' | 'profile'>,
  profile: () => RulesProfile,
): ScoreJob {
  // Scoring runs synchronously on the sheets read: «Đang tính…» is painted first (yieldToUi).
  return async (signal, onProgress) => runScoreJob(host, { ...options, profile: profile(), signal, yieldToUi: nextPaint }, onProgress);
}

/** Reads the workbook as it is when started (see runReviewJob); the profile and the clock are taken then too. */
export function makeReviewJob(host: WorkbookHost, profile: () => RulesProfile, context: (profile: RulesProfile) => ReviewContext): ReviewJob {
  return async (signal, onProgress) => {
    const chosen = profile();
    return runReviewJob(host, chosen, context(chosen), { signal, onProgress });
  };
}
