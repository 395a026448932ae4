/**
 * What each named row of a count form is compared with when the workbook has case rows: a unit row
 * (Biểu 2, 4, the overdue list) with its unit's totals; a field row (Biểu 1) or a procedure row (Biểu 3)
 * with the cases of that name, within the level, unit and field its headings name (heading-scope.ts).
 * A row the cases cannot decide — it prints figures for a name no case carries, it stands under a
 * heading that names no unit of the cases, its name is shared by several units or levels its headings do
 * not tell apart — is a warning naming the row, and its figures are still checked against each other.
 */
import { sumCounts, zeroCounts, type Counts, type UnitTotals } from '../../domain/aggregate';
import { LEVEL_NAMES } from '../reports/case-groups';
import { nameKey, type CaseGroup } from './case-names';
import { countCells } from './count-checks';
import type { Finding } from './disagreement';
import { countOf } from './figures';
import { rowScopes, type Scope } from './heading-scope';
import { nameColumn, type SubmittedTable } from './read-submitted';
import { RULES, undecidedRule } from './review-rules';
import type { TableRow } from './table-rows';
import { unitKey } from './unit-key';

/** The case rows recomputed: units by unitKey, per-procedure groups, and the sheet they came from. */
export interface CaseBasis {
  sheet: string;
  units: ReadonlyMap<string, UnitTotals>;
  groups: readonly CaseGroup[];
}

export type RowBasis =
  /** `owner`: the unit the row's figures belong to (a unit row, a procedure of one unit), for its verdict. */
  | { kind: 'counts'; counts: Counts; owner: string | null }
  | { kind: 'undecided'; finding: Finding };

const printsFigures = (table: SubmittedTable, row: TableRow): boolean => [...countCells(table, row).values()].some((c) => countOf(c.figure) !== 0);

/** The basis of every unit, field or procedure row that has one; none without case rows. */
export function rowBases(table: SubmittedTable, basis: CaseBasis | null): Map<TableRow, RowBasis> {
  const out = new Map<TableRow, RowBasis>();
  if (!basis || table.kind !== 'counts') return out;
  const named = table.rows.filter((r) => r.kind === 'unit');
  if (table.subject === 'units') {
    for (const row of named) {
      const unit = basis.units.get(unitKey(row.label));
      if (unit) out.set(row, { kind: 'counts', counts: unit, owner: unit.name });
      else if (printsFigures(table, row)) {
        out.set(row, { kind: 'undecided', finding: { item: 'Đơn vị', submitted: row.label, recomputed: null, rule: RULES.unknownUnit, severity: 'warning', column: nameColumn(table) } });
      }
    }
    return out;
  }
  const scopes = rowScopes(table.rows, table.subject, { units: basis.units, fields: new Set(basis.groups.map((g) => g.fieldKey)) });
  for (const row of named) out.set(row, namedRow(table, row, scopes.get(row)!, basis));
  return out;
}

function namedRow(table: SubmittedTable, row: TableRow, scope: Scope, basis: CaseBasis): RowBasis {
  const fields = table.subject === 'fields';
  const undecided = (reason: string): RowBasis => ({
    kind: 'undecided',
    finding: { item: fields ? 'Lĩnh vực' : 'Thủ tục', submitted: row.label, recomputed: null, rule: undecidedRule(basis.sheet, reason), severity: 'warning', column: nameColumn(table) },
  });
  const unplaced = scope.unplacedUnit ?? scope.unplacedField;
  if (unplaced) return undecided(`dòng nhóm «${unplaced.label}» (dòng ${unplaced.row}) không trùng với tên ${unplaced === scope.unplacedUnit ? 'đơn vị' : 'lĩnh vực'} nào trong danh sách hồ sơ`);
  const key = nameKey(row.label);
  const matching = basis.groups.filter(
    (g) => (fields ? g.fieldKey : g.procedureKey) === key && (!scope.level || g.unit.level === scope.level) && (!scope.unit || g.unit === scope.unit) && (!scope.field || g.fieldKey === scope.field),
  );
  if (matching.length === 0) {
    // A listed name without cases that prints nothing agrees: the forms list every field, most of them blank.
    if (!printsFigures(table, row)) return { kind: 'counts', counts: zeroCounts(), owner: fields ? null : (scope.unit?.name ?? null) };
    return undecided(`không có hồ sơ nào ${fields ? 'thuộc lĩnh vực' : 'của thủ tục'} này${scopeText(scope, basis)} trong danh sách hồ sơ`);
  }
  const units = [...new Set(matching.map((g) => g.unit))];
  if (!fields && !scope.unit && units.length > 1) {
    return undecided(`thủ tục có hồ sơ của ${units.length} đơn vị (${units.map((u) => u.name).join(', ')}) mà bảng không có dòng nhóm ghi tên đơn vị`);
  }
  const levels = [...new Set(units.map((u) => u.level))];
  if (fields && !scope.level && !scope.unit && levels.length > 1) {
    return undecided(`lĩnh vực có hồ sơ ở ${levels.length} cấp (${levels.map((l) => LEVEL_NAMES[l]).join(', ')}) mà bảng không có dòng nhóm ghi cấp`);
  }
  return { kind: 'counts', counts: sumCounts(matching.map((g) => g.counts)), owner: !fields && units.length === 1 ? units[0].name : null };
}

/** « của UBND huyện Tuần Giáo, lĩnh vực Đất đai cấp huyện, cấp huyện»: where the row was looked for. */
function scopeText(scope: Scope, basis: CaseBasis): string {
  const field = scope.field === null ? null : basis.groups.find((g) => g.fieldKey === scope.field)?.field;
  const parts = [scope.unit && `của ${scope.unit.name}`, field && `lĩnh vực «${field}»`, scope.level && LEVEL_NAMES[scope.level]].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
