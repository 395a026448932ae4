/**
 * Reviews files in parallel on every core: a pool of worker threads (one per core, at most one per file),
 * each taking the next file when it is done. A worker that dies (out of memory on a huge file) costs only
 * its current file, reported as unreadable, and is replaced for the rest.
 *
 * The workers run the compiled `review-worker.js` beside this module, i.e. from `build/cli/`. Run from the
 * TypeScript sources (ts-jest, tsx) there is no compiled worker here, and the files are reviewed in this
 * thread one after another — the same `reviewFile`, so the results are the same; tests that want the pool
 * pass the compiled worker's path.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { RulesProfile } from '../domain/scoring';
import type { FileOutcome } from '../workbook/review/batch';
import { reviewFile, type ReviewTask } from './review-file';

/** The compiled worker beside this module, or null when running from sources. */
export function compiledWorker(): string | null {
  const script = path.join(__dirname, 'review-worker.js');
  return existsSync(script) ? script : null;
}

export async function reviewAll(tasks: readonly ReviewTask[], profile: RulesProfile, workerScript: string | null): Promise<FileOutcome[]> {
  if (!workerScript) {
    const out: FileOutcome[] = [];
    for (const task of tasks) out.push(await reviewFile(task, profile));
    return out;
  }
  const results = new Array<FileOutcome>(tasks.length);
  let next = 0;
  const claim = (): number => (next < tasks.length ? next++ : -1);
  const size = Math.min(availableParallelism(), tasks.length);
  await Promise.all(Array.from({ length: size }, () => runSlot(workerScript, profile, tasks, results, claim)));
  return results;
}

/** One pool slot: a worker fed file after file; a replacement worker after a crash. */
async function runSlot(script: string, profile: RulesProfile, tasks: readonly ReviewTask[], results: FileOutcome[], claim: () => number): Promise<void> {
  let index = claim();
  while (index >= 0) {
    index = await new Promise<number>((resolve) => {
      const worker = new Worker(script, { workerData: { profile } });
      let current = index;
      let settled = false;
      const crash = (reason: string): void => {
        if (settled) return;
        settled = true;
        results[current] = { file: tasks[current].file, review: null, error: `lỗi khi xử lý tệp (${reason}).` };
        void worker.terminate();
        resolve(claim());
      };
      worker.on('message', (outcome: FileOutcome) => {
        results[current] = outcome;
        current = claim();
        if (current >= 0) return worker.postMessage(tasks[current]);
        settled = true;
        void worker.terminate().then(() => resolve(-1));
      });
      worker.on('error', (e) => crash(e.message));
      worker.on('exit', (code) => crash(`luồng xử lý dừng với mã ${code}`));
      worker.postMessage(tasks[current]);
    });
  }
}
