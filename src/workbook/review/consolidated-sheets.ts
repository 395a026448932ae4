/**
 * The consolidated workbook of a batch review: `Tình trạng tệp` (one row per file: reviewed, with
 * disagreements, or unreadable and why), `Xếp hạng tổng hợp` (all files' units ranked within their level)
 * and `Đối chiếu` (every disagreement of every file, with the file's name).
 */
import type { Level } from '../../domain/cases';
import type { RulesProfile } from '../../domain/scoring';
import { periodText } from '../reports/report-context';
import { cell, SheetBuilder, STYLES } from '../reports/sheet-builder';
import type { CellStyle, ModelCell, SheetModel } from '../sheet-model';
import { allDisagreements, allVerdicts, consolidatedRanking, fileState, statusText, type FileOutcome, type FileState, type RankedUnit } from './batch';
import { NOTHING_TO_COMPARE, type WorkbookReview } from './check';
import { reconciliationSheet } from './reconciliation-sheet';
import { writeReviewHeader, type ReviewContext } from './review-context';
import { SUBJECT_ROWS } from './table-subject';
import { STATUS_SHEET, CONSOLIDATED_RANKING_SHEET } from '../sheet-names';

export { STATUS_SHEET };

const STATE_FILL: Readonly<Record<FileState, string>> = { scored: 'C6EFCE', disagreements: 'FFEB9C', unreadable: 'FFC7CE', 'nothing-to-compare': 'D9D9D9' };
const LEVEL_TITLES: [Level, string][] = [
  ['Tỉnh', 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH'],
  ['Huyện', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ'],
  ['Xã', 'UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN'],
];
const ROMAN = ['I', 'II', 'III'];

export function consolidatedSheets(outcomes: readonly FileOutcome[], profile: RulesProfile, ctx: ReviewContext): SheetModel[] {
  const subtitle = `Rà soát ${outcomes.length} tệp`;
  const nothing = outcomes.filter((o) => fileState(o) === 'nothing-to-compare').map((o) => ({ file: o.file }));
  return [
    statusSheet(outcomes, subtitle, ctx),
    rankingSheet(consolidatedRanking(outcomes, profile), profile, subtitle, ctx),
    reconciliationSheet({ disagreements: allDisagreements(outcomes), verdicts: allVerdicts(outcomes), subtitle, withFile: true, ctx, nothingToCompare: nothing }),
  ];
}

function basisText(review: WorkbookReview): string {
  const b = review.basis;
  return b.kind === 'cases'
    ? `Tính lại từ ${b.rowsRead} dòng hồ sơ (sheet «${b.sheet}»); ${periodText(b.period).toLowerCase()}`
    : 'Không có danh sách hồ sơ: kiểm tra tính nhất quán của các bảng báo cáo';
}

const TABLE_KINDS = { scores: 'bảng tự chấm điểm', counts: 'biểu số liệu', index: 'bảng Chỉ số 766' } as const;

/** What was compared in a file: «2 bảng, 31 dòng: «Phụ lục» (bảng tự chấm điểm, 26 dòng đơn vị, 28 dòng số liệu); …». */
export function comparedText(review: WorkbookReview): string {
  if (review.tables.length === 0) return NOTHING_TO_COMPARE;
  const rows = review.tables.reduce((n, t) => n + t.rows, 0);
  const each = review.tables.map((t) => `«${t.sheet}» (${TABLE_KINDS[t.kind]}, ${t.units} ${SUBJECT_ROWS[t.subject]}, ${t.rows} dòng số liệu)`);
  return `Đã đối chiếu ${review.tables.length} bảng, ${rows} dòng số liệu: ${each.join('; ')}`;
}

const tablesText = comparedText;

function statusSheet(outcomes: readonly FileOutcome[], subtitle: string, ctx: ReviewContext): SheetModel {
  const b = new SheetBuilder(STATUS_SHEET, [6, 30, 34, 40, 40, 9, 8, 10, 40]);
  writeReviewHeader(b, 'TÌNH TRẠNG CÁC TỆP ĐƯỢC RÀ SOÁT', subtitle, ctx);
  const count = (s: FileState): number => outcomes.filter((o) => fileState(o) === s).length;
  b.line(
    `${count('scored')} tệp đã chấm, không có sai lệch; ${count('disagreements')} tệp có sai lệch; ${count('nothing-to-compare')} tệp không có bảng số liệu để đối chiếu; ${count('unreadable')} tệp không đọc được.`,
    { bold: true },
  );
  const top = b.row(['STT', 'Tệp', 'Trạng thái', 'Căn cứ đối chiếu', 'Bảng báo cáo đã đọc', 'Số đơn vị', 'Lỗi', 'Cảnh báo', 'Ghi chú'], STYLES.header);
  outcomes.forEach((o, i) => {
    const r = o.review;
    const errors = r ? r.disagreements.filter((d) => d.severity === 'error').length : null;
    b.row([
      cell(i + 1, STYLES.center),
      cell(o.file, STYLES.text),
      cell(statusText(o), { ...STYLES.text, bold: true, fill: STATE_FILL[fileState(o)] }),
      cell(r ? basisText(r) : '', STYLES.text),
      cell(r ? tablesText(r) : '', STYLES.text),
      cell(r ? r.units.length : '', STYLES.center),
      cell(errors ?? '', STYLES.center),
      cell(r && errors !== null ? r.disagreements.length - errors : '', STYLES.center),
      cell(r ? r.notes.join(' ') : '', { ...STYLES.text, size: 9 }),
    ]);
  });
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top } }, { rows: top, cols: 2 });
}

function rankingSheet(ranked: readonly RankedUnit[], profile: RulesProfile, subtitle: string, ctx: ReviewContext): SheetModel {
  const criteria = profile.reportColumns.length;
  const b = new SheetBuilder(CONSOLIDATED_RANKING_SHEET, [6, 34, 24, ...Array<number>(criteria).fill(8), 9, 9, 13, 8, 22]);
  writeReviewHeader(b, 'XẾP HẠNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM GIẢI QUYẾT TTHC (TÍNH LẠI)', subtitle, ctx);
  const top = b.row(['STT', 'Tên cơ quan, đơn vị', 'Tệp', ...Array.from({ length: criteria }, (_, i) => `Tiêu chí ${i + 1}`), 'Tổng điểm', 'ĐTB CCVC', 'Phân loại', 'Xếp hạng', 'Căn cứ'], STYLES.header);
  const numFmt = profile.decimals > 0 ? `0.${'0'.repeat(profile.decimals)}` : '0';
  const figure = (v: number | null): ModelCell => (v === null ? cell('—', STYLES.center) : cell(v, { ...STYLES.rate, numFmt }));
  let section = 0;
  for (const [level, title] of LEVEL_TITLES) {
    const units = ranked.filter((r) => r.score.level === level).sort((a, c) => (a.score.rank ?? Infinity) - (c.score.rank ?? Infinity));
    if (units.length === 0) continue;
    const group: CellStyle = STYLES.group;
    const r = b.row([cell(ROMAN[section++], { ...group, align: 'center' }), cell(title, group), ...Array.from({ length: b.width - 2 }, () => cell(null, group))]);
    b.merge(r, 2, r, b.width);
    units.forEach((u, i) =>
      b.row([
        cell(i + 1, STYLES.center),
        cell(u.score.name, STYLES.text),
        cell(u.file, STYLES.text),
        ...u.score.criteria.map(figure),
        figure(u.score.total),
        figure(u.score.dtbCcvc),
        cell(u.score.classification ?? 'Chưa xếp loại', STYLES.center),
        cell(u.score.rank ?? '—', STYLES.center),
        cell(u.unit.counts ? 'Tính từ danh sách hồ sơ' : 'Theo điểm tiêu chí đã in', { ...STYLES.text, size: 9 }),
      ]),
    );
  }
  if (section === 0) b.line('Không có đơn vị nào được chấm điểm.', { italic: true });
  b.blank();
  b.line('Xếp hạng trong từng cấp, chung cho mọi tệp, theo tổng điểm rồi ĐTB CCVC (giảm dần); bằng nhau thì cùng hạng. Điểm tính lại: từ danh sách hồ sơ của tệp khi có, nếu không thì cộng lại điểm các tiêu chí đã in.', { ...STYLES.note, wrap: true });
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top } }, { rows: top, cols: 2 });
}
