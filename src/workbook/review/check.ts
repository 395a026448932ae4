/**
 * Reviews one submitted workbook: its own tables (self-scored 1187 table, Biểu 2/4, overdue list) are
 * checked against the figures recomputed from its case rows when it has them, else for internal
 * consistency (RULES.md §3, §5). Every disagreement names the cell; nothing is changed in the workbook.
 */
import type { UnitTotals } from '../../domain/aggregate';
import type { Level, Period } from '../../domain/cases';
import { scoreUnits, type RulesProfile, type UnitScore } from '../../domain/scoring';
import { foldText } from '../../domain/text';
import { inferLevel } from '../../domain/units';
import { CRITERIA_SHEET } from '../criteria-columns';
import { findCaseTable } from '../find-table';
import { InputError } from '../input-error';
import { CALENDAR_SHEET } from '../read-calendar';
import { UNIT_LIST_SHEET } from '../read-units';
import type { InputWorkbook } from '../score-job';
import { checkCountTable } from './count-table-check';
import type { Disagreement } from './disagreement';
import { readSubmittedTables, type SubmittedTable } from './read-submitted';
import { recompute, type Recomputation } from './recompute';
import { checkScoreTable } from './score-table-check';
import { scoreRows, scoringInput } from './score-rows';

export interface ReviewedUnit {
  name: string;
  level: Level;
  /** The recomputed score (from the cases, else from the printed criteria); null for a unit of count forms only. */
  score: UnitScore | null;
  /** Totals recomputed from the case rows; null without them. */
  counts: UnitTotals | null;
}

export type ReviewBasis =
  | { kind: 'cases'; sheet: string; rowsRead: number; period: Period }
  /** No usable case rows: the tables were checked against themselves. */
  | { kind: 'tables' };

export interface WorkbookReview {
  basis: ReviewBasis;
  tables: { sheet: string; kind: SubmittedTable['kind']; units: number }[];
  units: ReviewedUnit[];
  /** Errors first, then in sheet and row order. */
  disagreements: Disagreement[];
  /** What the reviewer should know about how the file was read, in Vietnamese. */
  notes: string[];
}

/** Sheets that hold inputs of the pipeline, never a submitted table. */
const NOT_TABLES = new Set([CRITERIA_SHEET, UNIT_LIST_SHEET, CALENDAR_SHEET].map(foldText));

export function reviewWorkbook(input: InputWorkbook, profile: RulesProfile): WorkbookReview {
  const { grids } = input;
  const caseTable = findCaseTable(grids).best;
  // An incomplete "case table" may be no case list at all but a submitted table: it is read as one too.
  const caseSheet = caseTable?.missing.length === 0 ? caseTable.sheet : null;
  const tables = grids
    .filter((g) => g.name !== caseSheet && !NOT_TABLES.has(foldText(g.name)))
    .flatMap(readSubmittedTables);
  const notes: string[] = [];
  let recomputed: Recomputation | null = null;
  if (caseTable) {
    try {
      recomputed = recompute(grids, tables, profile);
    } catch (e) {
      if (!(e instanceof InputError) || tables.length === 0) throw e;
      notes.push(`Không tính lại được từ danh sách hồ sơ: ${e.message} Chỉ kiểm tra tính nhất quán của các bảng báo cáo.`);
    }
  }
  if (!recomputed && tables.length === 0) {
    throw new InputError('Không tìm thấy danh sách hồ sơ hay bảng báo cáo nào (bảng tự chấm điểm 1187, Biểu 2, Biểu 4, danh sách quá hạn) để rà soát.');
  }

  const disagreements = tables.flatMap((t) =>
    t.kind === 'scores' ? checkScoreTable(t, profile, recomputed?.scoreBasis ?? null) : checkCountTable(t, recomputed?.counts ?? null),
  );
  const order = new Map(grids.map((g, i) => [g.name, i]));
  disagreements.sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  return {
    basis: recomputed
      ? { kind: 'cases', sheet: recomputed.run.table.sheet, rowsRead: recomputed.run.rowsRead, period: recomputed.run.period }
      : { kind: 'tables' },
    tables: tables.map((t) => ({ sheet: t.sheet, kind: t.kind, units: t.rows.filter((r) => r.kind === 'unit' || r.kind === 'described').length })),
    units: reviewedUnits(tables, recomputed, profile),
    disagreements,
    notes,
  };
}

/** The recomputed units, then units only the tables name; one entry per name. */
function reviewedUnits(tables: SubmittedTable[], recomputed: Recomputation | null, profile: RulesProfile): ReviewedUnit[] {
  const units = new Map<string, ReviewedUnit>();
  const add = (u: ReviewedUnit): void => {
    if (!units.has(foldText(u.name))) units.set(foldText(u.name), u);
  };
  if (recomputed) recomputed.run.units.forEach((u, i) => add({ name: u.name, level: u.level, score: recomputed.scores[i], counts: u }));
  else {
    const rows = tables.filter((t) => t.kind === 'scores').flatMap((t) => scoreRows(t, profile));
    scoreUnits(rows.map(scoringInput), profile).forEach((score) => add({ name: score.name, level: score.level, score, counts: null }));
  }
  for (const t of tables) {
    for (const r of t.rows) if (r.kind === 'unit' || r.kind === 'described') add({ name: r.label, level: inferLevel(r.label) ?? 'Tỉnh', score: null, counts: null });
  }
  return [...units.values()];
}
