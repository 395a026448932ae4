/** The scoring job as the run screen starts it: cancellable, with progress. */
import type { RulesProfile } from '../domain/scoring';
import { runScoreJob, type InputWorkbook, type JobOptions, type JobProgress, type JobResult } from '../workbook/score-job';
import type { WorkbookHost } from '../workbook/workbook-host';

export type ScoreJob = (signal: AbortSignal, onProgress: (p: JobProgress) => void) => Promise<JobResult>;

/** Lets the browser paint (the progress text) before a long synchronous step. */
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** `profile` is loaded inside the job, so a failure to load it is shown by the run step like any other. */
export function makeScoreJob(
  host: WorkbookHost,
  input: InputWorkbook,
  options: Omit<JobOptions, 'signal' | 'profile'>,
  profile: () => RulesProfile,
): ScoreJob {
  return async (signal, onProgress) => {
    // Scoring runs synchronously on sheets already read: show «Đang tính…» first, then start.
    onProgress({ phase: 'score' });
    await nextPaint();
    signal.throwIfAborted();
    return runScoreJob(host, { ...options, profile: profile(), signal }, onProgress, input);
  };
}
