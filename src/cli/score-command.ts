/** `tthc score`: one workbook in, the same workbook plus the result sheets out, and a JSON summary. */
import { requireBothEndsOrNeither } from '../workbook/period-choice';
import { periodUsedText, sheetsReadText } from '../workbook/run-description';
import * as path from 'path';
import { parseIsoDay, type DayNumber } from '../domain/dates';
import { MAX_DUE_WITHIN } from '../domain/due-soon';
import { InputError } from '../workbook/input-error';
import { chooseSheets } from '../workbook/result-set';
import type { JsonSummary } from '../workbook/json-summary';
import { runScoreJob } from '../workbook/score-job';
import { FileBytes } from '../xlsx/file-bytes';
import { XlsxFileHost } from '../xlsx/file-host';
import { contentOf, writeOutputs } from './atomic-write';
import { districtLines } from './district-lines';
import { readInput } from './fs-errors';
import { resolveProfile } from './load-profile';
import { checkExtension, checkOutputs, type NamedPath } from './output-paths';
import { summaryTable } from './summary-table';
import { PRODUCT_VERSION } from './version';

export interface ScoreFlags {
  out: string;
  from?: string;
  to?: string;
  asOf?: string;
  json?: string;
  /** `--sheet`, repeatable: the case sheets to read. */
  sheet?: string[];
  profile?: string;
  sheets?: string;
  /** `--due-within`: working days «Hồ sơ sắp đến hạn» looks ahead. */
  dueWithin?: string;
  /** `--district`: Biểu 1–4 for this district and its communes; the province's when omitted. */
  district?: string;
  summary?: boolean;
}

/**
 * The JSON summary (README «JSON summary»), with `district`: the district Biểu 1–4 were made for, as the
 * data names it («UBND huyện Tuần Giáo»), or null for the province's.
 */
type ScoreJson = JsonSummary & { district: string | null };

function day(flag: string, value: string | undefined): DayNumber | undefined {
  if (value === undefined) return undefined;
  const d = parseIsoDay(value);
  if (d === null) throw new InputError(`Giá trị ${flag} «${value}» không phải ngày hợp lệ dạng YYYY-MM-DD.`);
  return d;
}

function workingDays(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > MAX_DUE_WITHIN) {
    throw new InputError(`Giá trị ${flag} «${value}» phải là số ngày làm việc nguyên từ 0 đến ${MAX_DUE_WITHIN}.`);
  }
  return n;
}

export async function scoreCommand(input: string, flags: ScoreFlags, log: (line: string) => void): Promise<void> {
  requireBothEndsOrNeither(flags.from, flags.to, 'Cần cả --from và --to (hoặc bỏ cả hai để lấy quý có phần lớn ngày tiếp nhận).');
  const options = {
    from: day('--from', flags.from),
    to: day('--to', flags.to),
    asOf: day('--as-of', flags.asOf),
    caseSheets: flags.sheet,
    dueWithin: workingDays('--due-within', flags.dueWithin),
    sheets: flags.sheets === undefined ? undefined : chooseSheets(flags.sheets.split(',').map((w) => w.trim()).filter(Boolean)),
    district: flags.district,
  };

  const out: NamedPath = { flag: '--out', path: flags.out };
  const jsonPath: NamedPath | null = flags.json ? { flag: '--json', path: flags.json } : null;
  await checkOutputs([input], jsonPath ? [out, jsonPath] : [out]);

  const profile = await resolveProfile(flags.profile);
  const shown = path.basename(input);
  let source: FileBytes | null = null;
  try {
    // Opened again once read (readInput refuses what is no regular file); the buffer is not kept in a
    // variable, or this frame would hold it to the end (file-bytes.ts).
    const host = await XlsxFileHost.open(await readInput(input), shown, (source = reopen(input, shown)) ?? undefined);
    // The output is the input package plus sheets: a workbook with macros stays one, under its own extension.
    checkExtension(out, host.extension, `tệp đầu vào «${shown}»`);
    const { run, scores, issues, summary, plan, profileNotice, district } = await runScoreJob(host, { ...options, profile, computedAt: new Date(), version: PRODUCT_VERSION });
    const json: ScoreJson = { ...summary, district: district?.name ?? null };
    await writeOutputs([
      {
        ...out,
        write: (file) => host.writeOutput(async (chunk) => {
          for (let at = 0; at < chunk.length; ) at += (await file.write(chunk, at)).bytesWritten;
        }),
      },
      ...(jsonPath ? [{ ...jsonPath, write: contentOf(JSON.stringify(json, null, 2) + '\n') }] : []),
    ]);

    const warnings = issues.filter((i) => i.severity === 'warning').length;
    log(`${sheetsReadText(run)}, ${warnings} cảnh báo.`);
    log(`${periodUsedText(run)}.`);
    if (profileNotice) log(`Lưu ý: ${profileNotice}`);
    if (district) districtLines(district, flags.district!, options.sheets).forEach(log);
    for (const r of plan.renamed) log(`Cảnh báo: đã có sheet «${r.wanted}» không do phần mềm tạo; kết quả ghi vào «${r.written}».`);
    if (flags.summary) log(summaryTable(run.units, scores));
    log(`Đã ghi ${flags.out}${flags.json ? ` và ${flags.json}` : ''}.`);
  } finally {
    source?.close();
  }
}

/**
 * The input opened to be read again while the output is written (file-bytes.ts); null when it cannot be
 * opened — readInput then says why, or the run keeps the whole file in memory.
 */
function reopen(input: string, shown: string): FileBytes | null {
  try {
    return FileBytes.open(input, shown);
  } catch {
    return null;
  }
}
