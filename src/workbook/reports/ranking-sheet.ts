/**
 * `Xếp loại 1187`: the Decision 1187 ranking table, laid out like the appendix of the province's quarterly
 * report (seed 002): groups by level, Tiêu chí 1–9, total, ĐTB CCVC, class — plus rank and notes, since a
 * unit lacking data is shown, never silently scored (RULES.md §5).
 */
import type { Period } from '../../domain/cases';
import type { RulesProfile, UnitScore } from '../../domain/scoring';
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

export function rankingSheet(scores: readonly RankedUnit[], profile: RulesProfile, ctx: ReportContext, keepOrder: boolean): SheetModel {
  const criteria = profile.reportColumns.length;
  const b = new SheetBuilder(RANKING_SHEET, [5, 26, ...Array<number>(criteria).fill(6), 7, 7, 10, 6, 18]);
  b.line('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TRONG GIẢI QUYẾT TTHC THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG', STYLES.title);
  writeHeader(b, subjectTitle(scores, ctx.period), ctx);
  b.blank();
  const top = writeColumnHeaders(b, criteria);
  rankingSections(scores, keepOrder).forEach((section, i) => writeSection(b, romanNumeral(i + 1), section, profile));
  b.endTable();
  b.blank();
  writeLegend(b, profile);
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

function writeSection(b: SheetBuilder, number: string, section: RankingSection, profile: RulesProfile): void {
  writeSectionRows(b, number, section, (stt, u) => unitRow(b, stt, u, profile));
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

function unitRow(b: SheetBuilder, stt: string, u: UnitScore, profile: RulesProfile): void {
  const criteria = profile.reportColumns.length;
  const decimals = profile.decimals > 0 ? `0.${'0'.repeat(profile.decimals)}` : '0';
  const figure = (v: number | null, text = MISSING) => (v === null ? cell(text, STYLES.center) : cell(v, { ...STYLES.rate, numFmt: decimals }));
  // As the appendix prints them: «2» and «10», but «1,91» and «9,54».
  const point = (v: number | null, text = MISSING) => (v === null ? cell(text, STYLES.center) : cell(v, Number.isInteger(v) ? WHOLE_POINT : { ...STYLES.rate, numFmt: decimals }));
  const classification = cell(u.classification ?? 'Chưa xếp loại', { ...STYLES.center, wrap: true, fill: classFill(u, profile) });
  const rank = u.rank === null ? cell(MISSING, STYLES.center) : cell(u.rank, STYLES.center);
  const head = [cell(stt, STYLES.center), cell(u.name, STYLES.text)];

  if (u.status === 'notSent' || u.status === 'notEvaluated') {
    // As the appendix prints Mường Nhé: the reason spans the criteria columns.
    const spanned = [cell(u.notes.join('; '), { ...STYLES.center, italic: true }), ...Array.from({ length: criteria - 1 }, () => cell(null, STYLES.center))];
    const r = b.row([...head, ...spanned, figure(u.total), point(u.dtbCcvc), classification, rank, cell('', STYLES.text)]);
    b.merge(r, 3, r, 2 + criteria);
    return;
  }
  const criterionCell = (v: number | null, i: number) => point(v, u.excluded.includes(i + 1) ? NOT_ENOUGH_INFO : MISSING);
  b.row([...head, ...u.criteria.map(criterionCell), figure(u.total), point(u.dtbCcvc), classification, rank, cell(u.notes.length ? SEE_DATA_CHECK : '', NOTE_STYLE)]);
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
