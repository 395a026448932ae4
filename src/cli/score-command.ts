/** `tthc score`: one workbook in, the same workbook plus the result sheets out, and a JSON summary. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseIsoDay, type DayNumber } from '../domain/dates';
import { InputError } from '../workbook/input-error';
import { chooseSheets } from '../workbook/result-set';
import { runScoreJob } from '../workbook/score-job';
import { XlsxFileHost } from '../xlsx/file-host';
import { writeFileAtomic, writeFileAtomicWith } from './atomic-write';
import { resolveProfile } from './load-profile';
import { summaryTable } from './summary-table';
import { PRODUCT_VERSION } from './version';

export interface ScoreFlags {
  out: string;
  from?: string;
  to?: string;
  asOf?: string;
  json?: string;
  sheet?: string;
  profile?: string;
  sheets?: string;
  summary?: boolean;
}

function day(flag: string, value: string | undefined): DayNumber | undefined {
  if (value === undefined) return undefined;
  const d = parseIsoDay(value);
  if (d === null) throw new InputError(`Giá trị ${flag} «${value}» không phải ngày hợp lệ dạng YYYY-MM-DD.`);
  return d;
}

export async function scoreCommand(input: string, flags: ScoreFlags, log: (line: string) => void): Promise<void> {
  if (path.resolve(input) === path.resolve(flags.out)) {
    throw new InputError('Tệp kết quả (--out) phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè.');
  }
  if ((flags.from === undefined) !== (flags.to === undefined)) {
    throw new InputError('Cần cả --from và --to (hoặc bỏ cả hai để lấy quý của ngày tiếp nhận mới nhất).');
  }
  const options = {
    from: day('--from', flags.from),
    to: day('--to', flags.to),
    asOf: day('--as-of', flags.asOf),
    sheet: flags.sheet,
    sheets: flags.sheets === undefined ? undefined : chooseSheets(flags.sheets.split(',').map((w) => w.trim()).filter(Boolean)),
  };

  const profile = await resolveProfile(flags.profile);
  let original: Buffer;
  try {
    original = await fs.readFile(input);
  } catch (e) {
    throw new InputError(`Không mở được tệp «${input}»: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tồn tại' : (e as Error).message}.`);
  }
  const host = await XlsxFileHost.open(original, path.basename(input));
  const { run, scores, issues, summary, plan } = await runScoreJob(host, { ...options, profile, computedAt: new Date(), version: PRODUCT_VERSION });
  await writeFileAtomicWith(flags.out, (file) => host.writeOutput(async (chunk) => {
    for (let at = 0; at < chunk.length; ) at += (await file.write(chunk, at)).bytesWritten;
  }));
  if (flags.json) await writeFileAtomic(flags.json, JSON.stringify(summary, null, 2) + '\n');

  const warnings = issues.filter((i) => i.severity === 'warning').length;
  log(`Đã đọc ${run.rowsRead} dòng hồ sơ từ sheet «${run.table.sheet}»; ${run.rowsSkipped} dòng bị bỏ qua, ${warnings} cảnh báo.`);
  for (const r of plan.renamed) log(`Cảnh báo: đã có sheet «${r.wanted}» không do phần mềm tạo; kết quả ghi vào «${r.written}».`);
  if (flags.summary) log(summaryTable(run.units, scores));
  log(`Đã ghi ${flags.out}${flags.json ? ` và ${flags.json}` : ''}.`);
}
