/**
 * Reviews one submitted workbook: its own tables (self-scored 1187 table, Biểu 1–4, overdue list, a QĐ 766
 * table) are checked against the figures recomputed from its case rows when it has them, else for internal
 * consistency (RULES.md §3, §5, §7). Every disagreement names the cell; nothing is changed in the workbook.
 * A workbook without a table the reader can map has nothing to compare: it gets no verdict, never «agrees».
 */
import type { UnitTotals } from '../../domain/aggregate';
import type { Level, Period } from '../../domain/cases';
import type { RulesProfile, UnitScore } from '../../domain/scoring';
import { foldText } from '../../domain/text';
import { CRITERIA_SHEET } from '../criteria-columns';
import { findCaseTable } from '../find-table';
import { InputError } from '../input-error';
import { CALENDAR_SHEET } from '../read-calendar';
import { UNIT_LIST_SHEET } from '../read-units';
import type { InputWorkbook } from '../score-job';
import type { ScoreRun } from '../score-workbook';
import { candidateOrders, settleOrders } from './choose-order';
import { checkCountTable } from './count-table-check';
import type { Disagreement } from './disagreement';
import { checkIndexTable } from './index-table-check';
import { readSubmittedTables, type SubmittedTable } from './read-submitted';
import { caseRun, recompute, type Recomputation } from './recompute';
import { reviewedUnits } from './reviewed-units';
import { rowBases, type RowBasis } from './row-basis';
import type { TableRow } from './table-rows';
import type { TableSubject } from './table-subject';
import { unitKey } from './unit-key';
import { checkScoreTable } from './score-table-check';

export interface ReviewedUnit {
  name: string;
  level: Level;
  /** The recomputed score (from the cases, else from the printed criteria); null for a unit of count forms only. */
  score: UnitScore | null;
  /** Totals recomputed from the case rows; null without them. */
  counts: UnitTotals | null;
  /** Whether a submitted table has a row for the unit: only then does it get a verdict. */
  compared: boolean;
}

type ReviewBasis =
  | { kind: 'cases'; sheet: string; rowsRead: number; period: Period }
  /** No usable case rows: the tables were checked against themselves. */
  | { kind: 'tables' };

export interface ReviewedTable {
  sheet: string;
  kind: SubmittedTable['kind'];
  /** What the rows name: units, or a count form's fields (Biểu 1) or procedures (Biểu 3). */
  subject: TableSubject;
  /** Named rows compared: units, fields or procedures as `subject` says. */
  units: number;
  /** Every row with figures compared: units, «Tổng»/«Cộng» rows and group rows that print figures. */
  rows: number;
}

export interface WorkbookReview {
  basis: ReviewBasis;
  /** Empty: nothing to compare (no submitted table the reader can map); see `nothingToCompare`. */
  tables: ReviewedTable[];
  units: ReviewedUnit[];
  /** Errors first, then in sheet and row order. */
  disagreements: Disagreement[];
  /** What the reviewer should know about how the file was read, in Vietnamese. */
  notes: string[];
  /** The period the file's table titles state, else the one its case rows were scored for; null when neither. */
  period: Period | null;
}

export const NOTHING_TO_COMPARE = 'Không có bảng số liệu để đối chiếu';

export const nothingToCompare = (review: WorkbookReview): boolean => review.tables.length === 0;

/** Sheets that hold inputs of the pipeline, never a submitted table. */
const NOT_TABLES = new Set([CRITERIA_SHEET, UNIT_LIST_SHEET, CALENDAR_SHEET].map(foldText));

export function reviewWorkbook(input: InputWorkbook, profile: RulesProfile): WorkbookReview {
  const { grids } = input;
  const caseTable = findCaseTable(grids).best;
  // An incomplete "case table" may be no case list at all but a submitted table: it is read as one too.
  const caseSheet = caseTable?.missing.length === 0 ? caseTable.sheet : null;
  const tables = grids.filter((g) => g.name !== caseSheet && !NOT_TABLES.has(foldText(g.name))).flatMap(readSubmittedTables);
  const notes: string[] = [];
  let run: ScoreRun | null = null;
  if (caseTable) {
    try {
      run = caseRun(grids, tables);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      notes.push(`Không tính lại được từ danh sách hồ sơ: ${e.message}${tables.length > 0 ? ' Chỉ kiểm tra tính nhất quán của các bảng báo cáo.' : ''}`);
    }
  }
  const choice = candidateOrders(tables, profile);
  let recomputed: Recomputation | null = run && recompute(run, grids, tables, profile, choice.orders);
  const settled = settleOrders(choice, recomputed, profile);
  if (run && settled.changed) recomputed = recompute(run, grids, tables, profile, choice.orders);
  notes.push(...settled.notes);
  if (tables.length === 0) notes.push(nothingNote(run !== null));

  const bases = new Map(tables.map((t) => [t, rowBases(t, recomputed?.counts ?? null)]));
  const disagreements = tables.flatMap((t) =>
    t.kind === 'scores'
      ? checkScoreTable(t, profile, recomputed?.scoreBasis ?? null, choice.orders.get(t))
      : t.kind === 'index'
        ? checkIndexTable(t, profile)
        : checkCountTable(t, recomputed?.counts ?? null, bases.get(t)),
  );
  const order = new Map(grids.map((g, i) => [g.name, i]));
  disagreements.sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  return {
    basis: recomputed ? { kind: 'cases', sheet: recomputed.run.table.sheet, rowsRead: recomputed.run.rowsRead, period: recomputed.run.period } : { kind: 'tables' },
    tables: tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      subject: t.subject,
      units: t.rows.filter((r) => r.kind === 'unit' || r.kind === 'described').length,
      rows: t.rows.filter((r) => r.kind === 'unit' || r.kind === 'total' || (r.kind === 'heading' && r.hasFigures)).length,
    })),
    units: reviewedUnits(tables, recomputed, profile, choice.orders, procedureOwners(bases)),
    disagreements,
    notes,
    period: tables.find((t) => t.period)?.period ?? recomputed?.run.period ?? null,
  };
}

/** The units whose procedure rows in a Biểu 3 were compared (unitKeys). */
function procedureOwners(bases: ReadonlyMap<SubmittedTable, ReadonlyMap<TableRow, RowBasis>>): Set<string> {
  const owners = [...bases].flatMap(([t, rows]) => (t.subject === 'procedures' ? [...rows.values()] : []));
  return new Set(owners.flatMap((b) => (b.kind === 'counts' && b.owner ? [unitKey(b.owner)] : [])));
}

function nothingNote(withCases: boolean): string {
  const looked = 'bảng tự chấm điểm 1187, Biểu 1–4, danh sách quá hạn, bảng Chỉ số 766';
  return withCases
    ? `${NOTHING_TO_COMPARE}: tệp có danh sách hồ sơ nhưng không có bảng báo cáo nào đọc được (${looked}); điểm tính lại từ danh sách hồ sơ chỉ để tham khảo, không có kết luận theo đơn vị.`
    : `${NOTHING_TO_COMPARE}: không tìm thấy danh sách hồ sơ hay bảng báo cáo nào đọc được (${looked}).`;
}
