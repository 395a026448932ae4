/**
 * The `Tiêu chí bổ sung` input sheet, created pre-filled with every unit (RULES.md §5): the criteria the
 * case list cannot give, typed by the user. Kept on re-run, so it explains itself in rows, for users whose
 * host does not apply data validation.
 *
 * The per-case columns (#3, #4, #7, …) get no data validation: Excel cannot allow "a number 0–2 or the
 * text «Không đủ thông tin»" in one rule, and a decimal rule would refuse the text. Their titles and the
 * guide say what to type; the reader reports anything else with its cell.
 */
import type { Level } from '../domain/cases';
import { roundHalfUp } from '../domain/rounding';
import { formatNumber, type PerUnitRule, type RulesProfile } from '../domain/scoring';
import {
  CRITERIA_SHEET,
  criterionColumns,
  criterionShortTitle,
  criterionTitle,
  locateCriteriaColumns,
  MAX_AVERAGE,
  MAX_DTB_CCVC,
  NOT_ENOUGH_INFO,
  PER_CASE_INPUTS,
  POINT_VALUES,
  sourceColumnLabel,
  TITLES,
  type CriterionColumn,
} from './criteria-columns';
import { gridFromModel } from './model-grid';
import { DATA_CHECK_SHEET } from './reports/data-check-sheet';
import { inputSheetTop } from './input-sheet-top';
import type { ReportContext } from './reports/report-context';
import { cell, SheetBuilder, STYLES } from './reports/sheet-builder';
import { RATIO_SOURCES } from './score-units';
import type { DataValidation, SheetModel } from './sheet-model';

export { CRITERIA_SHEET } from './criteria-columns';

const LEVEL_ORDER: Record<Level, number> = { Tỉnh: 0, Huyện: 1, Xã: 2 };
const INPUT_FILL = 'FFF2CC';
/** Rows below the last unit that still get validation, for units the user adds. */
const SPARE_ROWS = 50;

export function criteriaSheetModel(units: readonly { name: string; level: Level }[], profile: RulesProfile, ctx: ReportContext): SheetModel {
  const columns = criterionColumns(profile);
  // Narrow, wrapped columns: the widest sheet (four per-case columns) prints at ≥ 9 pt on A3 (print-scale.ts).
  const b = new SheetBuilder(CRITERIA_SHEET, [6, 30, 8, ...columns.map((c) => (c.kind === 'perCase' ? 18 : 14)), 12, 10, 20]);
  const say = inputSheetTop(b, 'TIÊU CHÍ CHẤM ĐIỂM THEO ĐƠN VỊ (NHẬP BỔ SUNG)', ctx);
  say('HƯỚNG DẪN NHẬP — mỗi dòng một đơn vị; nhập xong thì chạy lại chấm điểm.', { bold: true });
  for (const c of columns) say(guideLine(c, profile));
  if (columns.some((c) => c.kind === 'perCase')) say(perCaseGuide(profile));
  say(`• «${NOT_ENOUGH_INFO}» (ở cột tiêu chí): ${notEnoughInfoMeaning(profile)}`);
  say(`• ${TITLES.dtbCcvc}: điểm trung bình của công chức, viên chức tại Bộ phận Một cửa, từ 0 đến ${MAX_DTB_CCVC}; dùng khi danh sách hồ sơ không có cột cán bộ xử lý, hoặc thiếu dữ liệu để chấm từng cán bộ (như các cột «chỉ nhập khi…» ở trên). Dùng để xếp hạng khi bằng tổng điểm.`);
  say(`• ${TITLES.notSent}: ghi «x» nếu đơn vị không gửi kết quả chấm điểm đánh giá — đơn vị được ghi «${profile.classification.notSent}», không tính điểm.`);
  say(`• Giá trị khác (ví dụ 3, -1, chữ) được báo trong sheet «${DATA_CHECK_SHEET}» và coi như chưa nhập: đơn vị chưa được tính tổng điểm. ${TITLES.note}: tùy ý, phần mềm không đọc.`);
  b.blank();

  const headerRow = b.row([TITLES.stt, TITLES.name, TITLES.level, ...columns.map((c) => criterionTitle(c, profile)), TITLES.dtbCcvc, TITLES.notSent, TITLES.note], STYLES.header);
  const input = { ...STYLES.center, fill: INPUT_FILL };
  const ordered = [...units].sort((x, y) => LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level]);
  ordered.forEach((u, i) =>
    b.row([cell(i + 1, STYLES.center), cell(u.name, STYLES.text), cell(u.level, STYLES.center), ...columns.map(() => cell(null, input)), cell(null, input), cell(null, input), cell(null, STYLES.text)]),
  );
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: headerRow, to: headerRow } }, { rows: headerRow, cols: 2 }, 'input');
}

function guideLine(c: CriterionColumn, profile: RulesProfile): string {
  if (c.kind === 'perCase') {
    return `• ${criterionShortTitle(c)} — ${PER_CASE_INPUTS[c.indicator].name}: chỉ nhập khi danh sách hồ sơ không có cột «${sourceColumnLabel(c.indicator)}», hoặc cột này còn ô trống ở hồ sơ đã giải quyết của đơn vị.`;
  }
  const rule = profile.perUnit[`${c.indicator}`];
  return `• ${criterionShortTitle(c)} — ${rule.name}: ${POINT_VALUES.join(', ')} điểm. ${blankMeaning(rule)}`;
}

function perCaseGuide(profile: RulesProfile): string {
  const example = formatNumber(roundHalfUp(1.85, profile.decimals));
  return (
    `• Các cột «chỉ nhập khi…»: điểm trung bình của đơn vị, gõ số từ 0 đến ${MAX_AVERAGE} (ví dụ ${example}; làm tròn ${profile.decimals} chữ số thập phân) hoặc «${NOT_ENOUGH_INFO}» — các cột này không có danh sách chọn. ` +
    'Khi danh sách hồ sơ có đủ dữ liệu, điểm tính từ hồ sơ và giá trị nhập không được dùng (có cảnh báo). Để trống khi hồ sơ thiếu dữ liệu: đơn vị chưa được tính tổng điểm.'
  );
}

function blankMeaning(rule: PerUnitRule): string {
  const blocks = 'Để trống: đơn vị chưa được tính tổng điểm.';
  if (rule.source === 'entered') return blocks;
  const from = RATIO_SOURCES[rule.derivedFrom];
  if (from === null) return blocks;
  const bands = rule.bands.map((band) => `từ ${band.atLeastPercent}%: ${band.points} điểm`).join('; ');
  return `Để trống: tính từ tỷ lệ ${from} (${bands}; còn lại: ${rule.otherwise} điểm).`;
}

function notEnoughInfoMeaning(profile: RulesProfile): string {
  return profile.missingData.notEnoughInfo === 'exclude'
    ? 'tiêu chí không tính vào tổng điểm, tổng điểm có ghi chú (Thông tư 01/2018/TT-VPCP, Điều 15).'
    : 'đơn vị chưa được tính tổng điểm cho đến khi có điểm tiêu chí này.';
}

/** The validations of a `Tiêu chí bổ sung` model, found from its header so they follow its columns. */
export function criteriaValidations(model: SheetModel, profile: RulesProfile): DataValidation[] {
  const layout = locateCriteriaColumns(gridFromModel(model), profile);
  if (!layout) return [];
  const firstRow = layout.headerIndex + 2;
  const lastRow = model.rows.length + SPARE_ROWS;
  const range = { firstRow, lastRow };
  const out: DataValidation[] = criterionColumns(profile).flatMap((c) => {
    const col = layout.criteria.get(c.indicator);
    if (col === undefined || c.kind === 'perCase') return [];
    const list = [...POINT_VALUES.map(String), NOT_ENOUGH_INFO];
    return [{ column: col + 1, ...range, kind: 'list', list, prompt: `${criterionShortTitle(c)}: ${POINT_VALUES.join(', ')} hoặc «${NOT_ENOUGH_INFO}».` }];
  });
  if (layout.dtbCcvc !== null) {
    out.push({ column: layout.dtbCcvc + 1, ...range, kind: 'decimal', min: 0, max: MAX_DTB_CCVC, prompt: `Số từ 0 đến ${MAX_DTB_CCVC}.` });
  }
  if (layout.notSent !== null) {
    out.push({ column: layout.notSent + 1, ...range, kind: 'list', list: ['x'], prompt: 'Ghi «x» nếu đơn vị không gửi kết quả chấm điểm.' });
  }
  return out;
}
