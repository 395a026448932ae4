/**
 * One district's Biểu 1–4, as a district sends them (seed 004; `--district`, the task pane's «Biểu 1–4 cho
 * huyện»): which district a typed name means, its units — the district, then its communes — and what the
 * user must know about them. The other result sheets stay province-wide.
 */
import { sumCounts, type UnitTotals } from '../../domain/aggregate';
import { formatVn } from '../../domain/dates';
import { groupUnits } from '../../domain/grouping';
import type { DataIssue } from '../../domain/issues';
import { cleanName } from '../../domain/text';
import { districtKey, TWO_TIER_FROM } from '../../domain/units';
import { InputError } from '../input-error';
import type { ScoreRun } from '../score-workbook';

export interface DistrictChoice {
  /** The district as the data names it: its unit («UBND huyện Tuần Giáo»), else the name its communes give. */
  name: string;
  /** What the forms' titles say after «TTHC»: «HUYỆN TUẦN GIÁO». */
  titleName: string;
  /** The district's unit (when the data has one), then its communes, in report order. */
  units: readonly UnitTotals[];
  /** What the user must know: no district unit, no commune, or no case in the period. */
  issues: DataIssue[];
}


/**
 * The district `wanted` names, matched as the unit directory matches a commune's district (districtKey:
 * «Tuần Giáo», «huyện Tuần Giáo», «UBND huyện Tuần Giáo», any case, with or without diacritics). An
 * unknown name, or data without districts, stops the run before anything is written.
 */
export function chooseDistrict(run: ScoreRun, wanted: string): DistrictChoice {
  const typed = cleanName(wanted);
  const blocks = groupUnits(run.units, run.keepUnitOrder).districts;
  if (blocks.length === 0) throw new InputError(noDistrictText(run, typed));
  const block = typed ? blocks.find((b) => districtKey(b.title) === districtKey(typed)) : undefined;
  if (!block) {
    const known = blocks.map((b) => `«${b.title}»`).join(', ');
    throw new InputError(typed ? `Không có huyện «${typed}» trong dữ liệu; các huyện có: ${known}.` : `Chưa ghi tên huyện cần lập Biểu 1–4; các huyện có: ${known}.`);
  }
  const name = block.title;
  const units = [...(block.district ? [block.district] : []), ...block.communes];
  const warn = (message: string): DataIssue => ({ sheet: run.table.sheet, row: null, column: null, severity: 'warning', message: `Biểu 1–4 cho «${name}»: ${message}` });
  const issues: DataIssue[] = [];
  if (!block.district) issues.push(warn('dữ liệu không có đơn vị cấp huyện này (chỉ có các xã ghi huyện này), nên các biểu chỉ có các xã.'));
  if (block.communes.length === 0) issues.push(warn(`dữ liệu không có xã nào thuộc huyện này (cột «Huyện» của danh mục đơn vị hoặc của danh sách hồ sơ), nên các biểu chỉ có «${name}».`));
  if (sumCounts(units).total === 0) issues.push(warn(`huyện và các xã không có hồ sơ nào trong kỳ (${periodText(run)}); các biểu chỉ có số 0.`));
  return { name, titleName: titleName(name), units, issues };
}

/** «UBND huyện Tuần Giáo» → «HUYỆN TUẦN GIÁO», as seed 004 titles its forms. */
function titleName(name: string): string {
  return name.replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu, '').toLocaleUpperCase('vi');
}

const periodText = (run: ScoreRun): string => `${formatVn(run.period.from)} – ${formatVn(run.period.to)}`;

function noDistrictText(run: ScoreRun, typed: string): string {
  const after = run.period.to >= TWO_TIER_FROM;
  return (
    `Không lập được Biểu 1–4 cho huyện «${typed}»: dữ liệu kỳ ${periodText(run)} không có huyện nào` +
    (after
      ? ' — từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp), các xã trực thuộc tỉnh.'
      : ' (không có đơn vị cấp huyện, không xã nào ghi huyện trong danh mục đơn vị hay cột «Huyện»).') +
    ' Biểu 1–4 chỉ lập được cho toàn tỉnh.'
  );
}
