/**
 * The `Chỉ số 766 bổ sung` input sheet (RULES.md §7): what the case list cannot give of the national
 * index, typed by the user from the national portal's figures. Created pre-filled with every unit on the
 * first run, then kept (re-runs never replace it), so it explains itself in rows.
 */
import type { Level } from '../domain/cases';
import type { RulesProfile } from '../domain/scoring';
import { gridFromModel } from './model-grid';
import { inputMetrics, inputTitle, INPUT_TITLES, locateInputColumns, metricLabel, NATIONAL_INDEX_INPUT_SHEET, sourceColumns, type InputMetric } from './national-index-columns';
import { DATA_CHECK_SHEET } from './reports/data-check-sheet';
import { inputSheetTop } from './input-sheet-top';
import type { ReportContext } from './reports/report-context';
import { cell, SheetBuilder, STYLES } from './reports/sheet-builder';
import type { DataValidation, SheetModel } from './sheet-model';

const LEVEL_ORDER: Record<Level, number> = { Tỉnh: 0, Huyện: 1, Xã: 2 };
const INPUT_FILL = 'FFF2CC';
/** Rows below the last unit that still get validation, for units the user adds. */
const SPARE_ROWS = 50;

export function nationalIndexInputSheet(units: readonly { name: string; level: Level }[], profile: RulesProfile, ctx: ReportContext): SheetModel {
  const metrics = inputMetrics(profile.nationalIndex);
  // Narrow, wrapped metric columns: twelve of them print at ≥ 9 pt on A3 (print-scale.ts).
  const b = new SheetBuilder(NATIONAL_INDEX_INPUT_SHEET, [6, 30, 8, ...metrics.map(() => 12), 16]);
  const say = inputSheetTop(b, 'CHỈ SỐ 766 — SỐ LIỆU NHẬP BỔ SUNG THEO CỔNG DỊCH VỤ CÔNG QUỐC GIA', ctx);
  say('HƯỚNG DẪN NHẬP — mỗi dòng một đơn vị: điểm của đơn vị theo Cổng Dịch vụ công quốc gia, cùng kỳ báo cáo; nhập xong thì chạy lại.', { bold: true });
  say('• Tiến độ giải quyết luôn tính từ danh sách hồ sơ: không nhập ở đây.');
  for (const m of metrics) say(guideLine(m));
  say('• Để trống: chỉ số chưa có điểm — nhóm của nó và tổng điểm của đơn vị chưa được tính, đơn vị chưa được xếp hạng.');
  say(`• Giá trị khác (chữ, số âm, số lớn hơn điểm tối đa) được báo trong sheet «${DATA_CHECK_SHEET}» và coi như chưa nhập. ${INPUT_TITLES.note}: tùy ý, phần mềm không đọc.`);
  b.blank();

  const headerRow = b.row([INPUT_TITLES.stt, INPUT_TITLES.name, INPUT_TITLES.level, ...metrics.map(inputTitle), INPUT_TITLES.note], STYLES.header);
  const input = { ...STYLES.center, fill: INPUT_FILL };
  const ordered = [...units].sort((x, y) => LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level]);
  ordered.forEach((u, i) =>
    b.row([cell(i + 1, STYLES.center), cell(u.name, STYLES.text), cell(u.level, STYLES.center), ...metrics.map(() => cell(null, input)), cell(null, STYLES.text)]),
  );
  const model = b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: headerRow, to: headerRow } }, { rows: headerRow, cols: 2 }, 'input');
  return { ...model, validations: validations(model, profile) };
}

function guideLine(m: InputMetric): string {
  const points = `từ 0 đến ${m.metric.max} điểm`;
  if (m.metric.source === 'entered') return `• ${metricLabel(m)}: ${points}.`;
  return `• ${metricLabel(m)}: ${points}, chỉ nhập khi danh sách hồ sơ không có cột ${sourceColumns(m.metric.source)} (khi có, điểm tính từ hồ sơ và giá trị nhập không được dùng).`;
}

/** A decimal rule 0–max per metric column, found from the header so it follows the columns. */
function validations(model: SheetModel, profile: RulesProfile): DataValidation[] {
  const layout = locateInputColumns(gridFromModel(model), profile.nationalIndex)!;
  const range = { firstRow: layout.headerIndex + 2, lastRow: model.rows.length + SPARE_ROWS };
  return inputMetrics(profile.nationalIndex).map((m) => ({
    column: layout.metrics.get(m.metric.id)! + 1,
    ...range,
    kind: 'decimal',
    min: 0,
    max: m.metric.max,
    prompt: `${metricLabel(m)}: số từ 0 đến ${m.metric.max}.`.slice(0, 255),
  }));
}
