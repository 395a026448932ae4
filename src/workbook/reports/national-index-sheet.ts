/**
 * `Chỉ số 766`: the national index of QĐ 766 per unit (RULES.md §7), grouped by level like `Xếp loại 1187`.
 * Each unit is a block: its total, rank and the Tiến độ points its late cases cost, then its six groups,
 * then each metric with numerator, denominator, rate, points and maximum and where the figure came from.
 * One row per figure keeps every column meaningful and the sheet one A4 page wide. When the rows cover the
 * previous period, its total and group points and the change sit beside them (issue 16).
 */
import type { GroupScore, MetricScore, RowsLack, UnitNationalIndex } from '../../domain/national-index';
import { pointsChange } from '../../domain/previous-period';
import { formatNumber, type RulesProfile } from '../../domain/scoring';
import { NATIONAL_INDEX_INPUT_SHEET, sourceColumns } from '../national-index-columns';
import { handledDefinition, metricFormula, unsettledSplits } from '../national-index-parameters';
import type { RunNationalIndex } from '../national-index-units';
import type { PreviousComparison } from '../previous-period';
import type { CellStyle, ModelCell, SheetModel } from '../sheet-model';
import { DATA_CHECK_SHEET } from './data-check-sheet';
import { romanNumeral } from './numbering';
import { rankingSections, writeSectionRows, type RankingSection } from './ranking-sections';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { NATIONAL_INDEX_SHEET } from '../sheet-names';

export { NATIONAL_INDEX_SHEET };

const MISSING = '—';
const HEADERS = ['STT', 'Đơn vị, nhóm chỉ số, chỉ số', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'Điểm', 'Tối đa', 'Xếp hạng', 'Điểm mất do trễ hạn', 'Nguồn số liệu, ghi chú'];
const WIDTHS = [5, 38, 9, 9, 8, 7, 7, 7, 9, 38];
/**
 * With the previous period: its points and the change before the notes, their width taken from the name and
 * the notes so the sheet still prints on A4 at ≥ 9 pt.
 */
const PREVIOUS_HEADERS = ['Điểm kỳ trước', 'So với kỳ trước'];
const COMPARED_WIDTHS = [5, 34, 9, 9, 8, 7, 7, 7, 9, 7, 9, 24];
const INPUT = `sheet «${NATIONAL_INDEX_INPUT_SHEET}»`;

const UNIT: CellStyle = { bold: true, border: true, fill: 'EDF3FA' };
const GROUP: CellStyle = { bold: true, border: true };
const METRIC: CellStyle = { border: true, size: 10 };

/** A unit's previous national index, by name; null when the rows do not cover the previous period. */
type PreviousOf = ((name: string) => UnitNationalIndex) | null;

export function nationalIndexSheet(units: readonly RunNationalIndex[], profile: RulesProfile, ctx: ReportContext, keepOrder: boolean): SheetModel {
  const previousOf = previousIndex(ctx.previous);
  const b = new SheetBuilder(NATIONAL_INDEX_SHEET, previousOf ? COMPARED_WIDTHS : WIDTHS);
  writeHeader(b, 'KẾT QUẢ BỘ CHỈ SỐ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)', ctx);
  b.blank();
  const header = b.row(previousOf ? [...HEADERS.slice(0, -1), ...PREVIOUS_HEADERS, HEADERS[HEADERS.length - 1]] : HEADERS, STYLES.header);
  const pointsFormat = profile.nationalIndex.decimals > 0 ? `0.${'0'.repeat(profile.nationalIndex.decimals)}` : '0';
  rankingSections(units, keepOrder).forEach((section, i) => writeSection(b, romanNumeral(i + 1), section, pointsFormat, previousOf));
  b.endTable();
  b.blank();
  writeLegend(b, profile);
  writeComparisonNotes(b, ctx.previous);
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header, to: header } }, { rows: header, cols: 2 });
}

function previousIndex(previous: PreviousComparison | undefined): PreviousOf {
  if (!previous?.units) return null;
  const byName = new Map(previous.units.map((p) => [p.nationalIndex.name, p.nationalIndex]));
  return (name) => byName.get(name)!;
}

function writeSection(b: SheetBuilder, number: string, section: RankingSection<RunNationalIndex>, pointsFormat: string, previousOf: PreviousOf): void {
  writeSectionRows(b, number, section, (stt, u) => writeUnit(b, stt, u, pointsFormat, previousOf));
  b.keepWithPrevious();
  b.line(totalsLine(section.blocks.flatMap((block) => block.units), section.noun), { italic: true });
}

function writeUnit(b: SheetBuilder, stt: string, u: RunNationalIndex, pointsFormat: string, previousOf: PreviousOf): void {
  const points = (v: number | null, style: CellStyle): ModelCell => figure(v, { ...style, numFmt: pointsFormat });
  const blank = cell(null, UNIT);
  const before = previousOf?.(u.name);
  // The previous period's points and the change: on the unit's row and its groups' rows, blank on a metric's.
  const compared = (now: number | null, then: number | null, style: CellStyle): ModelCell[] =>
    before ? [points(then, style), cell(pointsChange(now, then) ?? MISSING, { ...style, bold: false, align: 'center', wrap: true, size: 10 })] : [];
  const noComparison = (style: CellStyle): ModelCell[] => (before ? [cell(null, style), cell(null, style)] : []);
  b.row([
    cell(stt, { ...UNIT, align: 'center' }),
    cell(u.name, { ...UNIT, wrap: true }),
    blank,
    blank,
    blank,
    points(u.total, UNIT),
    cell(u.max, { ...UNIT, align: 'center' }),
    u.rank === null ? cell(MISSING, { ...UNIT, align: 'center' }) : cell(u.rank, { ...UNIT, align: 'center' }),
    points(u.progress?.pointsLost ?? null, UNIT),
    ...compared(u.total, before?.total ?? null, UNIT),
    cell(unitNote(u), { ...UNIT, bold: false, wrap: true, size: 10 }),
  ]);
  u.groups.forEach((g, i) => {
    const only = g.metrics.length === 1 ? g.metrics[0] : null;
    // A group of one metric shows that metric's figures on its own row.
    b.row([cell(null, GROUP), cell(`${i + 1}. ${g.name}`, { ...GROUP, wrap: true }), ...figures(only, GROUP), points(g.points, GROUP), cell(g.max, { ...GROUP, align: 'center' }), cell(null, GROUP), cell(null, GROUP), ...compared(g.points, before?.groups[i].points ?? null, GROUP), cell(only ? metricNote(only) : '', { ...METRIC, wrap: true })]);
    if (only) return;
    for (const m of g.metrics) {
      b.row([cell(null, METRIC), cell(`– ${m.name}`, { ...METRIC, wrap: true }), ...figures(m, METRIC), points(m.points, METRIC), cell(m.max, { ...METRIC, align: 'center' }), cell(null, METRIC), cell(null, METRIC), ...noComparison(METRIC), cell(metricNote(m), { ...METRIC, wrap: true })]);
    }
  });
}

/** Numerator, denominator and rate of a metric computed from the rows; blank otherwise. */
function figures(m: MetricScore | null, style: CellStyle): ModelCell[] {
  if (m?.source !== 'rows') return [cell(null, style), cell(null, style), cell(null, style)];
  const plain = { ...style, bold: false };
  return [figure(m.numerator, { ...plain, numFmt: '#,##0' }), figure(m.denominator, { ...plain, numFmt: '#,##0' }), figure(m.rate, { ...plain, numFmt: '0.00' })];
}

/** A number, or «—» for a figure nobody gave (never 0). */
function figure(v: number | null, style: CellStyle): ModelCell {
  return v === null ? cell(MISSING, { ...style, numFmt: undefined, align: 'center' }) : cell(v, { ...style, align: 'right' });
}

function unitNote(u: RunNationalIndex): string {
  const notes: string[] = [];
  const lacking = u.groups.filter((g: GroupScore) => g.points === null).map((g) => g.name);
  if (lacking.length) notes.push(`Chưa có tổng điểm, chưa xếp hạng: thiếu điểm nhóm ${lacking.join(', ')}`);
  if (u.progress === null) notes.push('Không có hồ sơ phải giải quyết trong kỳ');
  else if (u.progress.notOnTime > 0) {
    notes.push(`${u.progress.notOnTime} hồ sơ trễ hạn, quá hạn; mỗi hồ sơ làm mất ${formatNumber(u.progress.pointsPerCase)} điểm Tiến độ`);
  }
  return notes.join('; ');
}

function metricNote(m: MetricScore): string {
  const lack = m.lack && m.rowSource ? lackText(m.lack, m.rowSource) : null;
  if (m.source === 'rows') {
    const typed = m.entry === 'unused' ? ` (giá trị nhập ở ${INPUT} không được dùng)` : m.entry === 'invalid' ? ` (giá trị nhập ở ${INPUT} không hợp lệ)` : '';
    return `Tính từ danh sách hồ sơ${typed}`;
  }
  if (m.source === 'entered') return `Nhập ở ${INPUT}${lack ? ` (${lack})` : ''}`;
  const typed = m.entry === 'invalid' ? `giá trị nhập ở ${INPUT} không hợp lệ (xem sheet «${DATA_CHECK_SHEET}»)` : `chưa nhập ở ${INPUT}`;
  return `Chưa có số liệu: ${lack ? `${lack}; ` : ''}${typed}`;
}

function lackText(lack: RowsLack, source: NonNullable<MetricScore['rowSource']>): string {
  if (lack.kind === 'noCases') return 'không có hồ sơ để tính';
  const columns = sourceColumns(source);
  return lack.cases === lack.of ? `danh sách hồ sơ không có cột ${columns}` : `${lack.cases}/${lack.of} hồ sơ thiếu dữ liệu cột ${columns}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Beyond this many names the line gives a count: the rows themselves show each unit. */
const MAX_NAMES = 5;

/** "Có tổng điểm, xếp hạng 02/03 cơ quan, đơn vị (chưa đủ số liệu: Sở Y tế)." */
function totalsLine(units: readonly RunNationalIndex[], noun: string): string {
  const without = units.filter((u) => u.total === null).map((u) => u.name);
  const who = without.length > MAX_NAMES ? `${pad(without.length)} đơn vị` : without.join(', ');
  return `Có tổng điểm, xếp hạng ${pad(units.length - without.length)}/${pad(units.length)} ${noun}${without.length ? ` (chưa đủ số liệu: ${who})` : ''}.`;
}

function writeLegend(b: SheetBuilder, profile: RulesProfile): void {
  const note = (text: string): void => void b.line(text, { ...STYLES.note, size: 10, wrap: true });
  const rules = profile.nationalIndex;
  note(`${rules.name}: ${rules.groups.length} nhóm chỉ số; bộ chỉ số không có xếp loại — xếp hạng trong từng cấp theo tổng điểm (giảm dần), bằng nhau thì cùng hạng.`);
  note(handledDefinition(rules));
  for (const group of rules.groups) {
    for (const metric of group.metrics) if (metric.source !== 'entered') note(`${metric.name}: ${metricFormula(metric)}.`);
  }
  note('«Điểm mất do trễ hạn»: điểm Tiến độ giải quyết mất vì các hồ sơ trễ hạn, quá hạn — mỗi hồ sơ mất (điểm tối đa ÷ số hồ sơ phải giải quyết).');
  note(`Chỉ số không tính được từ danh sách hồ sơ lấy theo điểm trên Cổng Dịch vụ công quốc gia nhập ở ${INPUT}; «${MISSING}»: chưa có số liệu — nhóm và tổng điểm chưa được tính, đơn vị chưa được xếp hạng.`);
  const unsettled = unsettledSplits(rules);
  if (unsettled.length) note(`Cách chia điểm giữa các phần của nhóm ${unsettled.join(', ')} chưa có văn bản quy định rõ: là tham số của quy tắc «${profile.id}».`);
}

/** What the previous period's columns are, or why they are missing or partly empty. */
function writeComparisonNotes(b: SheetBuilder, previous: PreviousComparison | undefined): void {
  if (!previous) return;
  const notes = previous.units
    ? [`«Điểm kỳ trước»: ${previous.label}, tính từ cùng danh sách hồ sơ; «So với kỳ trước»: điểm kỳ này trừ kỳ trước.`, previous.indexNote]
    : [previous.note];
  for (const text of notes) if (text) b.line(text, { ...STYLES.note, size: 10, wrap: true });
}
