/** The units of a self-scored 1187 table (seed 002 appendix) as the scoring engine takes them. */
import type { Level } from '../../domain/cases';
import type { CriterionEntry, RulesProfile, UnitScoringInput } from '../../domain/scoring';
import { foldText } from '../../domain/text';
import { inferLevel } from '../../domain/units';
import type { FigureCell } from './count-checks';
import { columnOf, criteriaOrders, type CriteriaOrder } from './criteria-order';
import { sameClass } from './class-text';
import { readFigure } from './figures';
import type { SubmittedTable, TableColumn } from './read-submitted';
import type { ScoreField } from './table-columns';
import type { TableRow } from './table-rows';

export interface ScoreRow {
  row: TableRow;
  level: Level;
  notSent: boolean;
  /** One per report column of the profile; a column the table lacks has a null cell and a null entry. */
  criteria: { entry: CriterionEntry; cell: FigureCell | null }[];
  fields: Partial<Record<ScoreField, FigureCell>>;
}

const NOT_ENOUGH_INFO = /^(khong du thong tin|kdtt)$/;
const NOT_SENT = /^khong gui/;

/** A group heading's level: «CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH», «UBND CÁC HUYỆN, THỊ XÃ…», «… XÃ, PHƯỜNG». */
function headingLevel(heading: string | null): Level | null {
  if (!heading) return null;
  const f = foldText(heading);
  if (/\b(xa|phuong|thi tran|dac khu)\b/.test(f.replace(/thi xa/g, ''))) return 'Xã';
  if (/\b(huyen|thi xa|thanh pho|quan)\b/.test(f)) return 'Huyện';
  if (/\b(tinh|so|ban|nganh)\b/.test(f)) return 'Tỉnh';
  return null;
}

const cellOf = (row: TableRow, column: TableColumn): FigureCell => ({ column, figure: readFigure(row.cells[column.index] ?? null, 'decimal') });

/** `order`: how the table's criterion columns map to report columns (the likeliest candidate by default). */
export function scoreRows(table: SubmittedTable, profile: RulesProfile, order: CriteriaOrder = criteriaOrders(table, profile)[0]): ScoreRow[] {
  return table.rows.filter((r) => r.kind === 'unit').map((row) => {
    const criteria = profile.reportColumns.map((_, i) => {
      const column = columnOf(table, order, i + 1);
      const cell = column ? cellOf(row, column) : null;
      return { cell, entry: cell ? entryOf(cell) : null };
    });
    const fields: ScoreRow['fields'] = {};
    for (const column of table.columns) if (column.role.role === 'score') fields[column.role.field] = cellOf(row, column);
    const words = [...criteria.map((c) => c.cell), fields.scoreTotal].flatMap((c) => (c?.figure.kind === 'text' ? [foldText(c.figure.text)] : []));
    const cls = fields.classification?.figure;
    const classText = cls?.kind === 'text' ? cls.text : null;
    const noCriteria = criteria.every((c) => c.entry === null);
    const notSent = words.some((w) => NOT_SENT.test(w)) || (noCriteria && sameClass(classText, profile.classification.notSent));
    return { row, level: inferLevel(row.label) ?? headingLevel(row.heading) ?? 'Tỉnh', notSent, criteria, fields };
  });
}

function entryOf({ column, figure }: FigureCell): CriterionEntry {
  if (figure.kind === 'blank') return null;
  if (figure.kind === 'number') return figure.value;
  if (NOT_ENOUGH_INFO.test(foldText(figure.text))) return 'notEnoughInfo';
  return { invalid: `«${figure.text}» (ô ${column.letter})` };
}

export function scoringInput(s: ScoreRow): UnitScoringInput {
  const base = { name: s.row.label, level: s.level };
  if (s.notSent) return { kind: 'notSent', ...base };
  const dtb = s.fields.dtbCcvc?.figure;
  return { kind: 'given', ...base, criteria: s.criteria.map((c) => c.entry), dtbCcvc: dtb?.kind === 'number' ? dtb.value : null };
}
