/**
 * `tthc review <files or folders…> --out <consolidated.xlsx> [--json <review.json>] [--profile …]`:
 * recomputes every submitted workbook, lists every disagreement with its tables, and writes one new
 * workbook for the batch. A file that cannot be read becomes a row saying why; the batch still succeeds.
 */
import { InputError } from '../workbook/input-error';
import { profileText } from '../workbook/profile-parameters';
import { fileState, statusText, type FileOutcome } from '../workbook/review/batch';
import { duplicateText, duplicateUnits, withDuplicateNotes } from '../workbook/review/consolidate';
import { consolidatedSheets } from '../workbook/review/consolidated-sheets';
import { reviewJson } from '../workbook/review/review-json';
import { planSheetWrites } from '../workbook/result-sheets';
import { newWorkbook } from '../xlsx/new-workbook';
import { contentOf, writeOutputs } from './atomic-write';
import { resolveProfile } from './load-profile';
import { checkExtension, checkOutputs, type NamedPath } from './output-paths';
import { compiledWorker, reviewAll } from './review-pool';
import { expandInputs, withoutEarlierResult } from './review-inputs';
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
  const out: NamedPath = { flag: '--out', path: flags.out };
  const json: NamedPath | null = flags.json ? { flag: '--json', path: flags.json } : null;
  const profile = await resolveProfile(flags.profile);
  const files = await withoutEarlierResult(await expandInputs(inputs), flags.out);
  await checkOutputs(files.map((f) => f.path), json ? [out, json] : [out]);
  checkExtension(out, '.xlsx', 'tệp tổng hợp');
  if (files.length === 0) throw new InputError(`Không có tệp .xlsx nào để rà soát trong ${inputs.map((i) => `«${i}»`).join(', ')}.`);

  const readable = files.filter((f) => !f.missing);
  const reviewed = await reviewAll(readable, profile, workerScript);
  const duplicates = duplicateUnits(reviewed);
  const outcomes: FileOutcome[] = withDuplicateNotes(
    files.map((f) => (f.missing ? { file: f.file, review: null, error: f.missing } : reviewed[readable.indexOf(f)])),
    duplicates,
  );

  const computedAt = new Date();
  const plan = planSheetWrites([], null, consolidatedSheets(outcomes, profile, { profileText: profileText(profile), computedAt, version: PRODUCT_VERSION }));
  const summary = reviewJson(outcomes, profile, computedAt, PRODUCT_VERSION, duplicates);
  await writeOutputs([
    { ...out, write: contentOf(await newWorkbook(plan.add, [plan.marker])) },
    ...(json ? [{ ...json, write: contentOf(JSON.stringify(summary, null, 2) + '\n') }] : []),
  ]);

  for (const o of outcomes) log(`${o.file}: ${statusText(o)}${comparedBrief(o)}`);
  for (const d of duplicates) log(`Cảnh báo: ${duplicateText(d)}`);
  const unreadable = outcomes.filter((o) => fileState(o) === 'unreadable').length;
  if (unreadable > 0) log(`Cảnh báo: ${unreadable} tệp không đọc được`);
  // Exit code stays 0: the file was read; it simply holds nothing to compare, which the reviewer is told.
  const nothing = outcomes.filter((o) => fileState(o) === 'nothing-to-compare').length;
  if (nothing > 0) log(`Cảnh báo: ${nothing} tệp không có bảng số liệu để đối chiếu (không có kết luận theo đơn vị cho các tệp này)`);
  log(`Đã ghi ${flags.out}${flags.json ? ` và ${flags.json}` : ''}.`);
}

/** « — đã đối chiếu 2 bảng, 48 dòng số liệu («Phụ lục», «Biểu 2»)» after a file's status. */
function comparedBrief(o: FileOutcome): string {
  const tables = o.review?.tables ?? [];
  if (tables.length === 0) return '';
  const rows = tables.reduce((n, t) => n + t.rows, 0);
  return ` — đã đối chiếu ${tables.length} bảng, ${rows} dòng số liệu (${[...new Set(tables.map((t) => `«${t.sheet}»`))].join(', ')})`;
}
