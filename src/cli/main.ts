/** The `tthc` command. Exit codes: 0 done, 1 wrong usage, 2 the input can't be used, 3 an internal fault. */
import { Command, CommanderError } from 'commander';
import { InputError } from '../workbook/input-error';
import type { ReviewFlags } from './review-command';
import { scoreCommand, type ScoreFlags } from './score-command';
import { PRODUCT_VERSION } from './version';

export async function main(argv: string[], log = (s: string) => console.log(s), fail = (s: string) => console.error(s)): Promise<number> {
  const program = new Command('tthc')
    .description('Chấm điểm, tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính từ tệp .xlsx')
    .version(PRODUCT_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: log, writeErr: fail });

  program
    .command('score')
    .description('Tính trạng thái từng hồ sơ, tổng hợp theo đơn vị và ghi các sheet kết quả')
    .argument('<input.xlsx>', 'tệp hồ sơ (không bị sửa)')
    .requiredOption('--out <output.xlsx>', 'tệp kết quả: tệp đầu vào cộng các sheet kết quả')
    .option('--from <YYYY-MM-DD>', 'ngày đầu kỳ (mặc định: quý có phần lớn ngày tiếp nhận)')
    .option('--to <YYYY-MM-DD>', 'ngày cuối kỳ')
    .option('--as-of <YYYY-MM-DD>', 'ngày tính tình trạng hồ sơ đang giải quyết (mặc định: ngày cuối kỳ)')
    .option('--json <summary.json>', 'ghi thêm bản tóm tắt JSON')
    .option('--sheet <name>', 'sheet chứa hồ sơ (mặc định: tự tìm); nhắc lại để đọc nhiều sheet', (name: string, names: string[] = []) => [...names, name])
    .option('--profile <name|file.json>', 'bộ quy tắc chấm điểm: dienbien-1187 (mặc định), tt01-2018 hoặc tệp .json')
    .option('--sheets <ids>', 'chỉ ghi các sheet kết quả này, cách nhau bằng dấu phẩy (mặc định: tất cả): tong-hop, xep-loai, tinh-hinh-chung, ds-qua-han, ds-tre-han, bieu-1, bieu-2, bieu-3, bieu-4, chi-so-766, sap-den-han, bieu-do, ds-can-bo')
    .option('--district <name>', 'Biểu 1–4 cho một huyện và các xã của huyện, ví dụ «Tuần Giáo» (mặc định: toàn tỉnh); các sheet khác vẫn cho toàn tỉnh')
    .option('--due-within <N>', 'sheet «Hồ sơ sắp đến hạn»: hồ sơ quá hạn và đến hạn trong N ngày làm việc sau ngày tính đến (0–20, mặc định: 2)')
    .option('--summary', 'in bảng tóm tắt theo đơn vị')
    .action((input: string, flags: ScoreFlags) => scoreCommand(input, flags, log));

  program
    .command('review')
    .description('Rà soát tệp các đơn vị gửi: tính lại, đối chiếu với bảng báo cáo của tệp, tổng hợp nhiều tệp')
    .argument('<files...>', 'các tệp .xlsx hoặc thư mục chứa chúng (không bị sửa)')
    .requiredOption('--out <consolidated.xlsx>', 'tệp tổng hợp: tình trạng từng tệp, xếp hạng chung, bảng đối chiếu')
    .option('--json <review.json>', 'ghi thêm kết quả rà soát dạng JSON')
    .option('--profile <name|file.json>', 'bộ quy tắc chấm điểm: dienbien-1187 (mặc định), tt01-2018 hoặc tệp .json')
    // Loaded on use: review's reading of submitted tables is heavier than `score` needs, and start-up time counts on every run.
    .action(async (inputs: string[], flags: ReviewFlags) => (await import('./review-command')).reviewCommand(inputs, flags, log));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    if (e instanceof InputError) {
      fail(`Lỗi: ${e.message}`);
      return 2;
    }
    fail(`Lỗi không mong đợi: ${(e as Error).stack ?? String(e)}`);
    return 3;
  }
}
