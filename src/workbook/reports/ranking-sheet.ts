/**
 * `Xếp loại 1187`: the Decision 1187 ranking table, laid out like the appendix of the province's quarterly
 * report (seed 002): groups by level, Tiêu chí 1–9, total, ĐTB CCVC, class — plus rank and notes, since a
 * unit lacking data is shown, never silently scored (RULES.md §5). When the rows give previous totals, a
 * «Kỳ trước» row under each unit gives its previous total, class and rank in the same columns and the change
 * in the notes (issue 16): more columns would not print at ≥ 9 pt on A4.
 */
import type { Period } from '../../domain/cases';
import { pointsChange, rankChange } from '../../domain/previous-period';
import type { RulesProfile, UnitScore } from '../../domain/scoring';
import type { PreviousComparison } from '../previous-period';
import type { CellStyle, SheetModel } from '../sheet-model';
import { DATA_CHECK_SHEET } from './data-check-sheet';
import { romanNumeral } from './numbering';
import { classCountLine, evaluatedLine, rankingSections, writeSectionRows, type RankedUnit, type RankingSection } from './ranking-sections';
import { periodName, writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { RANKING_SHEET } from '../sheet-names';

export { RANKING_SHEET };

const MISSING = '—';
const NOT_ENOUGH_INFO = 'KĐTT';
/** Class fills, best band first (green → orange); the `otherwise` class red; no class grey. */
const BAND_FILLS = ['63BE7B', 'C6EFCE', 'FFEB9C', 'F8CBAD'];
const LOWEST_FILL = 'FF9B9B';
const NO_CLASS_FILL = 'D9D9D9';
const WHOLE_POINT: CellStyle = { ...STYLES.rate, numFmt: '0' };
const NOTE_STYLE: CellStyle = { ...STYLES.text, size: 10 };
/** The printed note: how each figure was derived is for the clerk, not the signed page. */
const SEE_DATA_CHECK = `Xem sheet «${DATA_CHECK_SHEET}»`;

/** The name cell of the row under a unit's giving its previous period's score. */
const PREVIOUS_ROW = 'Kỳ trước';

/** A unit's previous score, by name; null when the sheet shows no «Kỳ trước» rows. */
type PreviousScoreOf = ((name: string) => UnitScore) | null;

export function rankingSheet(scores: readonly RankedUnit[], profile: RulesProfile, ctx: ReportContext, keepOrder: boolean): SheetModel {
  const criteria = profile.reportColumns.length;
  const previousOf = previousScores(ctx.previous);
  const b = new SheetBuilder(RANKING_SHEET, [5, 26, ...Array<number>(criteria).fill(6), 7, 7, 10, 6, 18]);
  b.line('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TRONG GIẢI QUYẾT TTHC THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG', STYLES.title);
  writeHeader(b, subjectTitle(scores, ctx.period), ctx);
  b.blank();
  const top = writeColumnHeaders(b, criteria);
  rankingSections(scores, keepOrder).forEach((section, i) => writeSection(b, romanNumeral(i + 1), section, profile, previousOf));
  b.endTable();
  b.blank();
  writeLegend(b, profile);
  if (previousOf) writeComparisonNotes(b, ctx.previous!);
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: top, to: top + 1 } }, { rows: top + 1, cols: 2 });
}

/** "CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH, UBND CẤP HUYỆN QUÝ II NĂM 2021", as the appendix title ends. */
function subjectTitle(scores: readonly UnitScore[], period: Period): string {
  const has = (level: UnitScore['level']): boolean => scores.some((s) => s.level === level);
  const subjects = [
    has('Tỉnh') && 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH',
    has('Huyện') && 'UBND CẤP HUYỆN',
    has('Xã') && 'UBND CẤP XÃ',
  ].filter(Boolean);
  const when = periodName(period);
  return `CỦA ${subjects.join(', ')}${when ? ` ${when}` : ''}`;
}

/**
 * The previous scores when the sheet shows them: the rows cover the previous period and give at least one
 * unit a previous total (else `Kiểm tra dữ liệu` and `Thông tin` say why).
 */
function previousScores(previous: PreviousComparison | undefined): PreviousScoreOf {
  if (!previous?.units?.some((p) => p.score.total !== null)) return null;
  const byName = new Map(previous.units.map((p) => [p.score.name, p.score]));
  return (name) => byName.get(name)!;
}

function writeColumnHeaders(b: SheetBuilder, criteria: number): number {
  const after = ['TỔNG ĐIỂM', 'ĐTB CCVC BP 1 CỬA', 'PHÂN LOẠI', 'XẾP HẠNG', 'GHI CHÚ'];
  const top = b.row(['STT', 'TÊN CƠ QUAN, ĐƠN VỊ', 'ĐIỂM CÁC TIÊU CHÍ', ...Array<string>(criteria - 1).fill(''), ...after], STYLES.header);
  b.row(['', '', ...Array.from({ length: criteria }, (_, i) => `Tiêu chí ${i + 1}`), ...after.map(() => '')], STYLES.header);
  b.merge(top, 1, top + 1, 1);
  b.merge(top, 2, top + 1, 2);
  b.merge(top, 3, top, 2 + criteria);
  after.forEach((_, i) => b.merge(top, 3 + criteria + i, top + 1, 3 + criteria + i));
  return top;
}

function writeSection(b: SheetBuilder, number: string, section: RankingSection, profile: RulesProfile, previousOf: PreviousScoreOf): void {
  writeSectionRows(b, number, section, (stt, u) => unitRow(b, stt, u, profile, previousOf));
  const units = section.blocks.flatMap((block) => block.units);
  const summary: CellStyle = { italic: true };
  b.keepWithPrevious();
  b.line(evaluatedLine(units, section.noun), summary);
  const counts = classCountLine(units, profile);
  if (counts) {
    b.keepWithPrevious();
    b.line(counts, summary);
  }
}

function unitRow(b: SheetBuilder, stt: string, u: UnitScore, profile: RulesProfile, previousOf: PreviousScoreOf): void {
  const criteria = profile.reportColumns.length;
  const decimals = profile.decimals > 0 ? `0.${'0'.repeat(profile.decimals)}` : '0';
  const figure = (v: number | null, text = MISSING) => (v === null ? cell(text, STYLES.center) : cell(v, { ...STYLES.rate, numFmt: decimals }));
  // As the appendix prints them: «2» and «10», but «1,91» and «9,54».
  const point = (v: number | null, text = MISSING) => (v === null ? cell(text, STYLES.center) : cell(v, Number.isInteger(v) ? WHOLE_POINT : { ...STYLES.rate, numFmt: decimals }));
  const classification = (s: UnitScore) => cell(s.classification ?? 'Chưa xếp loại', { ...STYLES.center, wrap: true, fill: classFill(s, profile) });
  const rank = (s: UnitScore) => (s.rank === null ? cell(MISSING, STYLES.center) : cell(s.rank, STYLES.center));
  const head = [cell(stt, STYLES.center), cell(u.name, STYLES.text)];
  const before = previousOf?.(u.name);
  // Under the unit's row, kept on its page: the previous total, class and rank in their columns, the change in the notes.
  const previousRow = (p: UnitScore): void => {
    b.keepWithNext(b.nextRow - 1);
    const change = [pointsChange(u.total, p.total), rankChange(u.rank, p.rank)].filter(Boolean).join('; ');
    const blanks = Array.from({ length: criteria }, () => cell(null, STYLES.center));
    b.row([cell(null, STYLES.center), cell(PREVIOUS_ROW, { ...STYLES.text, italic: true }), ...blanks, figure(p.total), cell(null, STYLES.center), classification(p), rank(p), cell(change, NOTE_STYLE)]);
  };

  if (u.status === 'notSent' || u.status === 'notEvaluated') {
    // As the appendix prints Mường Nhé: the reason spans the criteria columns.
    const spanned = [cell(u.notes.join('; '), { ...STYLES.center, italic: true }), ...Array.from({ length: criteria - 1 }, () => cell(null, STYLES.center))];
    const r = b.row([...head, ...spanned, figure(u.total), point(u.dtbCcvc), classification(u), rank(u), cell('', STYLES.text)]);
    b.merge(r, 3, r, 2 + criteria);
    if (before) previousRow(before);
    return;
  }
  const criterionCell = (v: number | null, i: number) => point(v, u.excluded.includes(i + 1) ? NOT_ENOUGH_INFO : MISSING);
  b.row([...head, ...u.criteria.map(criterionCell), figure(u.total), point(u.dtbCcvc), classification(u), rank(u), cell(u.notes.length ? SEE_DATA_CHECK : '', NOTE_STYLE)]);
  if (before) previousRow(before);
}

function classFill(u: UnitScore, profile: RulesProfile): string {
  if (u.status !== 'scored' || u.classification === null) return NO_CLASS_FILL;
  const band = profile.classification.bands.findIndex((b) => b.label === u.classification);
  return band < 0 ? LOWEST_FILL : BAND_FILLS[Math.min(band, BAND_FILLS.length - 1)];
}

function writeLegend(b: SheetBuilder, profile: RulesProfile): void {
  const note = (text: string): void => void b.line(text, { ...STYLES.note, wrap: true });
  // Which TT 01 indicator each «Tiêu chí» column is, and the rules' name, are in `Thông tin`.
  const excluded = profile.missingData.notEnoughInfo === 'exclude' ? ` «${NOT_ENOUGH_INFO}»: không đủ thông tin, không tính vào tổng điểm.` : '';
  note(`«${MISSING}»: thiếu dữ liệu — chưa tính tổng điểm, chưa xếp loại (xem sheet «${DATA_CHECK_SHEET}»).${excluded}`);
  const { bands, otherwise } = profile.classification;
  const lowest = bands[bands.length - 1];
  note(`Phân loại theo tổng điểm: ${bands.map((band) => `${band.label} từ ${band.atLeast}`).join('; ')}${lowest ? `; ${otherwise} dưới ${lowest.atLeast}` : ''}.`);
  const keys = profile.ranking.order.map((k) => (k === 'total' ? 'tổng điểm' : 'ĐTB CCVC BP Một cửa'));
  note(`Xếp hạng trong từng cấp theo ${keys.join(', rồi ')} (giảm dần); bằng nhau thì cùng hạng.`);
}

/**
 * What the «Kỳ trước» rows are and why some lack a total. Without them, why is said in `Kiểm tra dữ liệu`
 * and `Thông tin`, off the page that is signed.
 */
function writeComparisonNotes(b: SheetBuilder, previous: PreviousComparison): void {
  const note = (text: string): void => void b.line(text, { ...STYLES.note, wrap: true });
  note(`Dòng «${PREVIOUS_ROW}»: tổng điểm, phân loại, xếp hạng ${previous.label} của đơn vị ở dòng trên, chấm từ cùng danh sách hồ sơ (hồ sơ giải quyết trong kỳ trước); ghi chú: tổng điểm kỳ này trừ kỳ trước, hạng lên (số thứ hạng nhỏ đi) hoặc xuống trong cùng cấp.`);
  if (previous.scoreNote) note(previous.scoreNote);
}
