/**
 * `Đối chiếu`: every printed figure the review disagrees with — what the unit reported, what the rules
 * give, the difference, the rule and the cell — errors first, then a one-line verdict per unit. With
 * `withFile` (a batch of workbooks) each line also names its file.
 */
import type { CellValue } from '../cells';
import { cell, SheetBuilder, STYLES, type CellInput } from '../reports/sheet-builder';
import type { CellStyle, SheetModel } from '../sheet-model';
import type { Disagreement, Severity, Shown } from './disagreement';
import { cellReference, writeReviewHeader, type ReviewContext } from './review-context';
import { NOTHING_TO_COMPARE } from './check';
import type { UnitVerdict } from './verdicts';
import { RECONCILIATION_SHEET } from '../sheet-names';

export { RECONCILIATION_SHEET };

type FiledDisagreement = Disagreement & { file?: string };
export type FiledVerdict = UnitVerdict & { file?: string };

interface ReconciliationInput {
  disagreements: readonly FiledDisagreement[];
  verdicts: readonly FiledVerdict[];
  /** What was reviewed, e.g. «Tệp bao-cao-quy-2.xlsx» or «12 tệp trong thư mục …». */
  subtitle: string;
  withFile: boolean;
  ctx: ReviewContext;
  /** Workbooks (their files; none for the open workbook) that held no table to compare: said, never given verdicts. */
  nothingToCompare?: readonly { file?: string }[];
}

const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo' };
const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C' };
const CONFORMS_FILL = 'C6EFCE';

const shown = (v: Shown): CellValue => (v === null ? '—' : v);
/** Figures right-aligned whether printed as numbers or as text («4,3»); «—» (none) centred. */
const figureStyle = (v: Shown): CellStyle => ({ border: true, align: v === null ? 'center' : 'right' });

function summaryLine(disagreements: readonly FiledDisagreement[], compared: boolean): string {
  const errors = disagreements.filter((d) => d.severity === 'error').length;
  if (disagreements.length > 0) return `${disagreements.length} sai lệch: ${errors} lỗi (số liệu sai quy tắc), ${disagreements.length - errors} cảnh báo (cần xem lại).`;
  return compared ? 'Không có sai lệch: các số liệu báo cáo đã đối chiếu khớp với số liệu tính lại theo quy tắc.' : `${NOTHING_TO_COMPARE}.`;
}

export function reconciliationSheet({ disagreements, verdicts, subtitle, withFile, ctx, nothingToCompare = [] }: ReconciliationInput): SheetModel {
  const fileWidth = withFile ? [22] : [];
  const b = new SheetBuilder(RECONCILIATION_SHEET, [6, ...fileWidth, 30, 26, 14, 14, 11, 50, 10, 20]);
  writeReviewHeader(b, 'ĐỐI CHIẾU SỐ LIỆU BÁO CÁO VỚI SỐ LIỆU TÍNH LẠI', subtitle, ctx);
  b.line(summaryLine(disagreements, verdicts.length > 0 || disagreements.length > 0), { bold: true });
  for (const n of nothingToCompare) {
    b.line(`${n.file ? `Tệp «${n.file}»: ` : ''}${NOTHING_TO_COMPARE} — không có kết luận theo đơn vị.`, { italic: true });
  }
  const fileHeader = withFile ? ['Tệp'] : [];
  const top = b.row(['STT', ...fileHeader, 'Đơn vị', 'Nội dung', 'Số liệu báo cáo', 'Số liệu tính lại', 'Chênh lệch', 'Quy tắc', 'Mức độ', 'Vị trí (sheet!ô)'], STYLES.header);
  // Errors change a unit's standing; the sort is stable, so files, sheets and rows keep the caller's order.
  const sorted = [...disagreements].sort((a, c) => Number(a.severity !== 'error') - Number(c.severity !== 'error'));
  sorted.forEach((d, i) => {
    const file: CellInput[] = withFile ? [cell(d.file ?? '', STYLES.text)] : [];
    b.row([
      cell(i + 1, STYLES.center),
      ...file,
      cell(d.unit, STYLES.text),
      cell(d.item, STYLES.text),
      cell(shown(d.submitted), figureStyle(d.submitted)),
      cell(shown(d.recomputed), figureStyle(d.recomputed)),
      cell(d.difference ?? '', figureStyle(d.difference)),
      cell(d.rule, { ...STYLES.text, size: 9 }),
      cell(SEVERITY_TEXT[d.severity], { ...STYLES.center, fill: SEVERITY_FILL[d.severity] }),
      cell(cellReference(d.sheet, d.column, d.row), STYLES.text),
    ]);
  });
  b.blank();
  b.line('KẾT LUẬN THEO ĐƠN VỊ', { bold: true });
  const verdictTop = b.row(['STT', ...fileHeader, 'Đơn vị', 'Kết luận', ...Array<string>(b.width - 3 - fileHeader.length).fill('')], STYLES.header);
  b.merge(verdictTop, 3 + fileHeader.length, verdictTop, b.width);
  verdicts.forEach((v, i) => {
    const fill = v.disagreements === 0 ? CONFORMS_FILL : undefined;
    const file: CellInput[] = withFile ? [cell(v.file ?? '', STYLES.text)] : [];
    const r = b.row([cell(i + 1, STYLES.center), ...file, cell(v.unit, STYLES.text), cell(v.verdict, { ...STYLES.text, fill }), ...Array.from({ length: b.width - 3 - file.length }, () => cell(null, STYLES.text))]);
    b.merge(r, 3 + file.length, r, b.width);
  });
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top } }, { rows: top, cols: 0 });
}
