/** A worker thread of `tthc review`: reviews the files it is sent, one at a time, and posts each outcome. */
import { parentPort, workerData } from 'worker_threads';
import type { RulesProfile } from '../domain/scoring';
import { reviewFile, type ReviewTask } from './review-file';

const { profile } = workerData as { profile: RulesProfile };
parentPort!.on('message', (task: ReviewTask) => {
  void reviewFile(task, profile).then((outcome) => parentPort!.postMessage(outcome));
});
