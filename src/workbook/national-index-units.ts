/**
 * The national index of a run's units (RULES.md §7): the rates of the case rows, the points typed in
 * `Chỉ số 766 bổ sung`, and what `Kiểm tra dữ liệu` says about them.
 */
import type { DataIssue } from '../domain/issues';
import { scoreNationalIndex, tallyRows, type CaseColumns, type UnitNationalIndex } from '../domain/national-index';
import { formatNumber, type RulesProfile } from '../domain/scoring';
import type { CaseField } from './columns';
import { metricLabel, NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import type { NationalIndexEntries } from './read-national-index';
import type { ScoreRun } from './score-workbook';

/** With the unit's district, which the result sheet groups communes by. */
export type RunNationalIndex = UnitNationalIndex & { parent: string | null };

/** `entries`: what `Chỉ số 766 bổ sung` holds, or null when the workbook has no such sheet. In `run.units` order. */
export function scoreRunNationalIndex(run: ScoreRun, profile: RulesProfile, entries: NationalIndexEntries | null): RunNationalIndex[] {
  const rows = tallyRows(run.cases, run.statuses, run.caseUnit, run.units.length, profile.nationalIndex, caseColumns(run));
  const inputs = run.units.map((u, i) => ({ name: u.name, level: u.level, counts: u, rows: rows[i], entered: entries?.get(u.name)?.points }));
  return scoreNationalIndex(inputs, profile).map((score, i) => ({ ...score, parent: run.units[i].parent }));
}

/** A blank channel reads as in person and a blank complaint cell as null: only the column's presence says they are known. */
function caseColumns(run: ScoreRun): CaseColumns {
  const has = (field: CaseField): ((c: { sheet: string }) => boolean) => {
    const sheets = new Set(run.tables.filter((t) => t.mapping[field] !== undefined).map((t) => t.sheet));
    if (sheets.size === 0) return () => false;
    return sheets.size === run.tables.length ? () => true : (c) => sheets.has(c.sheet);
  };
  return { channel: has('channel'), complaint: has('complaint') };
}

/**
 * A warning on each typed value the rows made unnecessary (at its cell), and one line saying how many units
 * have no total for lack of typed figures, and in which groups — the sheet itself shows each unit.
 */
export function nationalIndexIssues(units: readonly RunNationalIndex[], entries: NationalIndexEntries | null): DataIssue[] {
  const issues: DataIssue[] = [];
  // Units lacking each group, in the profile's group order.
  const lacking = new Map<string, number>(units[0]?.groups.map((g) => [g.name, 0]));
  for (const unit of units) {
    const entry = entries?.get(unit.name);
    for (const group of unit.groups) {
      if (group.points === null) lacking.set(group.name, lacking.get(group.name)! + 1);
      for (const metric of group.metrics) {
        const typed = entry?.points.get(metric.id);
        const cell = entry?.cells.get(metric.id);
        if (metric.entry !== 'unused' || typeof typed !== 'number' || !cell) continue;
        issues.push({
          ...cell,
          severity: 'warning',
          message: `«${unit.name}», ${metricLabel({ group, metric })}: danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (${formatNumber(metric.points!)}); giá trị nhập «${formatNumber(typed)}» không được dùng. Xóa giá trị này nếu không cần.`,
        });
      }
    }
  }
  const without = units.filter((u) => u.total === null).length;
  if (without > 0) {
    const groups = [...lacking].flatMap(([name, n]) => (n > 0 ? [`${name} (${n} đơn vị)`] : [])).join(', ');
    issues.push({
      sheet: NATIONAL_INDEX_INPUT_SHEET,
      row: null,
      column: null,
      severity: 'warning',
      message: `Chỉ số 766: ${without}/${units.length} đơn vị chưa có tổng điểm, chưa xếp hạng — thiếu điểm nhóm ${groups}. Nhập điểm theo Cổng Dịch vụ công quốc gia ở sheet «${NATIONAL_INDEX_INPUT_SHEET}»; Tiến độ giải quyết chỉ thiếu khi đơn vị không có hồ sơ trong kỳ.`,
    });
  }
  return issues;
}
