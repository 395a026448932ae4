/** Reviews one file from disk; never throws, so one bad file cannot stop a batch. */
import type { RulesProfile } from '../domain/scoring';
import { InputError } from '../workbook/input-error';
import type { FileOutcome } from '../workbook/review/batch';
import { reviewWorkbook } from '../workbook/review/check';
import { readInputSheets } from '../workbook/score-job';
import { XlsxFileHost } from '../xlsx/file-host';
import { readInput } from './fs-errors';

export interface ReviewTask {
  path: string;
  file: string;
}

export async function reviewFile(task: ReviewTask, profile: RulesProfile): Promise<FileOutcome> {
  try {
    const host = await XlsxFileHost.open(await readInput(task.path, task.file), task.file);
    const input = await readInputSheets(host);
    await host.verifyUnread();
    return { file: task.file, review: reviewWorkbook(input, profile) };
  } catch (e) {
    const reason = e instanceof InputError ? e.message : `lỗi không mong đợi khi đọc tệp (${(e as Error).message ?? String(e)}).`;
    return { file: task.file, review: null, error: reason };
  }
}
