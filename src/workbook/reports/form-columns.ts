/**
 * The columns the district report forms share (seed 004, Biểu 1–3; TT 01/2020/TT-VPCP): receipts by
 * channel, results split by timeliness, withdrawn and returned cases.
 */
import type { Counts } from '../../domain/aggregate';
import type { CellStyle, ModelCell } from '../sheet-model';
import type { HeaderNode } from './column-header';
import { cell, STYLES, type SheetBuilder } from './sheet-builder';

export const RESULT_HEADER: HeaderNode = {
  title: 'Kết quả giải quyết',
  children: [
    { title: 'Số hồ sơ đã giải quyết', children: [{ title: 'Tổng số' }, { title: 'Đúng hạn' }, { title: 'Trễ hạn' }] },
    { title: 'Số hồ sơ đang giải quyết', children: [{ title: 'Tổng số' }, { title: 'Trong hạn' }, { title: 'Quá hạn' }] },
  ],
};

/** STT, the row's name, then the twelve count columns (and a note column when asked). */
export function formHeader(nameTitle: string, withNote = false): HeaderNode[] {
  return [
    { title: 'STT' },
    { title: nameTitle },
    {
      title: 'Số hồ sơ nhận giải quyết',
      children: [{ title: 'Tổng số' }, { title: 'Trực tuyến' }, { title: 'Kỳ trước chuyển qua' }, { title: 'Trực tiếp' }],
    },
    RESULT_HEADER,
    { title: 'Hồ sơ rút' },
    { title: 'Hồ sơ trả lại' },
    ...(withNote ? [{ title: 'Ghi chú' }] : []),
  ];
}

export const FORM_COUNT_COLUMNS = 12;

/** The forms' "Đúng hạn" is early + on time; "Trực tiếp" includes postal filings (see FORM_NOTES). */
export const resultValues = (c: Counts): number[] => [c.resolved, c.early + c.onTime, c.late, c.inProgress, c.withinDeadline, c.overdue];
const formValues = (c: Counts): number[] => [c.total, c.online, c.carriedOver, c.direct + c.postal, ...resultValues(c), c.withdrawn, c.returned];

export const FORM_NOTES = [
  'Trực tiếp: hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích. Đúng hạn: giải quyết trước hạn và đúng hạn. Trong hạn, quá hạn: so với hạn xử lý tại ngày cuối kỳ.',
  'Tổng số = Trực tuyến + Kỳ trước chuyển qua + Trực tiếp = Số hồ sơ đã giải quyết + Số hồ sơ đang giải quyết + Hồ sơ rút. Hồ sơ trả lại (trả lại, từ chối giải quyết) đã tính trong số hồ sơ đã giải quyết.',
];

export const ROW_STYLES = {
  plain: STYLES.count,
  subtotal: { ...STYLES.group, fill: undefined, italic: true } as CellStyle,
  total: { ...STYLES.group, fill: 'FFF2CC' } as CellStyle,
};

/** A counts row: STT, name, the twelve counts, then `extra` cells (rates, note). */
export function countsRow(b: SheetBuilder, stt: string, name: string, c: Counts, style: CellStyle, extra: ModelCell[] = []): void {
  b.row([
    cell(stt, { ...style, align: 'center', numFmt: undefined }),
    cell(name, { ...style, wrap: true, numFmt: undefined }),
    ...formValues(c).map((v) => cell(v, { ...style, numFmt: '#,##0' })),
    ...extra,
  ]);
}

/** A group title across the whole width (a level, a unit, a field). */
export function groupRow(b: SheetBuilder, stt: string, title: string, style: CellStyle): void {
  const r = b.row([cell(stt, { ...style, align: 'center' }), cell(title, { ...style, wrap: true }), ...Array.from({ length: b.width - 2 }, () => cell(null, style))]);
  b.merge(r, 2, r, b.width);
  b.keepWithNext(r);
}

/** RULES.md §4: a listed unit without cases is shown with zeros and this note. */
/** The «Ghi chú» column of Biểu 2 and 4: wide enough for «Không phát sinh hồ sơ» on one line, so a district's form keeps to one page. */
export const NOTE_WIDTH = 18;

export const unitNote = (c: Counts): ModelCell => cell(c.total === 0 ? 'Không phát sinh hồ sơ' : '', { ...STYLES.text, size: 10 });

/** "BIỂU 1" at the right, as the forms are labelled. */
export const formLabel = (b: SheetBuilder, label: string): void => void b.line(label, { bold: true, align: 'right' });

export const writeNotes = (b: SheetBuilder, notes: readonly string[]): void => {
  b.endTable();
  b.blank();
  for (const n of notes) b.line(n, { ...STYLES.note, wrap: true });
};
