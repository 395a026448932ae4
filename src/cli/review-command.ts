/**
 * `tthc review <files or folders…> --out <consolidated.xlsx> [--json <review.json>] [--profile …]`:
 * recomputes every submitted workbook, lists every disagreement with its tables, and writes one new
 * workbook for the batch. A file that cannot be read becomes a row saying why; the batch still succeeds.
 */
import * as path from 'path';
import { InputError } from '../workbook/input-error';
import { profileText } from '../workbook/profile-parameters';
import { fileState, statusText, type FileOutcome } from '../workbook/review/batch';
import { consolidatedSheets } from '../workbook/review/consolidated-sheets';
import { reviewJson } from '../workbook/review/review-json';
import { planSheetWrites } from '../workbook/result-sheets';
import { newWorkbook } from '../xlsx/new-workbook';
import { writeFileAtomic } from './atomic-write';
import { resolveProfile } from './load-profile';
import { compiledWorker, reviewAll } from './review-pool';
import { expandInputs } from './review-inputs';
import { PRODUCT_VERSION } from './version';

export interface ReviewFlags {
  out: string;
  json?: string;
  profile?: string;
}

/** `workerScript`: the compiled worker to run the pool with; null reviews in this thread (see review-pool.ts). */
export async function reviewCommand(
  inputs: string[],
  flags: ReviewFlags,
  log: (line: string) => void,
  workerScript: string | null = compiledWorker(),
): Promise<void> {
  const outputs = [flags.out, ...(flags.json ? [flags.json] : [])];
  if (inputs.some((i) => outputs.some((o) => path.resolve(i) === path.resolve(o)))) {
    throw new InputError('Tệp kết quả (--out, --json) phải khác các tệp cần rà soát.');
  }
  const profile = await resolveProfile(flags.profile);
  const files = await expandInputs(inputs, outputs);
  if (files.length === 0) throw new InputError(`Không có tệp .xlsx nào để rà soát trong ${inputs.map((i) => `«${i}»`).join(', ')}.`);

  const readable = files.filter((f) => !f.missing);
  const reviewed = await reviewAll(readable, profile, workerScript);
  const outcomes: FileOutcome[] = files.map((f) => (f.missing ? { file: f.file, review: null, error: f.missing } : reviewed[readable.indexOf(f)]));

  const computedAt = new Date();
  const plan = planSheetWrites([], null, consolidatedSheets(outcomes, profile, { profileText: profileText(profile), computedAt, version: PRODUCT_VERSION }));
  await writeFileAtomic(flags.out, await newWorkbook(plan.add, [plan.marker]));
  if (flags.json) await writeFileAtomic(flags.json, JSON.stringify(reviewJson(outcomes, profile, computedAt, PRODUCT_VERSION), null, 2) + '\n');

  for (const o of outcomes) log(`${o.file}: ${statusText(o)}`);
  const unreadable = outcomes.filter((o) => fileState(o) === 'unreadable').length;
  if (unreadable > 0) log(`Cảnh báo: ${unreadable} tệp không đọc được`);
  log(`Đã ghi ${flags.out}${flags.json ? ` và ${flags.json}` : ''}.`);
}
