/** Runs rebuilt from the seeds for the report-form tests, and helpers to read a sheet model's cells. */
import type { CellValue } from '../../src/workbook/cells';
import type { ReportContext } from '../../src/workbook/reports/report-context';
import type { ScoreRun } from '../../src/workbook/score-workbook';
import type { ModelCell, SheetModel } from '../../src/workbook/sheet-model';
import type { ListedUnit, UnitTarget } from '../support/case-sheet';
import { byTimeliness, scoreTargets, SEED004_PROCEDURES, seed000, seed004 } from '../support/seed-targets';

export const contextOf = (run: ScoreRun): ReportContext => ({
  period: run.period,
  calendarText: run.calendar.describe(),
  profileText: 'dienbien-1187',
  computedAt: new Date(Date.UTC(2024, 0, 2, 3, 0)),
  version: '0.0.0-test',
});

export const value = (c: ModelCell | null | undefined): CellValue => c?.value ?? null;
export const values = (model: SheetModel, row: number): CellValue[] => model.rows[row].map(value);

/** The 0-based index of the first row whose cell in `col` (0-based) holds `text`; throws when none does. */
export function rowIndex(model: SheetModel, col: number, text: string, from = 0): number {
  const i = model.rows.findIndex((r, k) => k >= from && r[col]?.value === text);
  if (i < 0) throw new Error(`No row with «${text}» in column ${col} of ${model.name}`);
  return i;
}

/** Seed 000 as seed-vectors.test.ts generates it. */
export function seed000Run(): ScoreRun {
  const { period, targets, listed } = seed000();
  return scoreTargets(targets, period, listed);
}

export const TUAN_GIAO = 'UBND huyện Tuần Giáo';
/** Fields and procedures the generated communes carry; Rạng Đông's one case names neither. */
export const COMMUNE_FIELD = 'Hộ tịch cấp xã';
export const COMMUNE_PROCEDURE = 'Đăng ký khai sinh';
export const RANG_DONG = 'UBND Xã Rạng Đông';

/** Tuần Giáo's 466 cases per procedure of Biểu 3, with the field Biểu 3 files each under. */
export function tuanGiaoTargets(): UnitTarget[] {
  return SEED004_PROCEDURES.map(([field, procedure, [, online, carried, , , onTime, late, , within, overdue, withdrawn, returned]]) => ({
    unit: TUAN_GIAO,
    field,
    procedure,
    ...byTimeliness(onTime),
    late,
    returned,
    withinDeadline: within,
    overdue,
    withdrawn,
    carriedOver: carried,
    online,
  }));
}

/**
 * Seed 004 Biểu 2: Tuần Giáo per procedure, the communes as printed (Chiềng Đông from the 9 cases its row
 * accounts for, as in seed-vectors.test.ts), the communes without cases listed.
 */
export function seed004Run(): ScoreRun {
  const { targets, period, listed } = seed004Inputs();
  return scoreTargets(targets, period, listed);
}

/** What seed004Run scores: the case targets, the period and the unit list (Tuần Giáo, then its 19 communes). */
export function seed004Inputs(): { targets: UnitTarget[]; period: ReturnType<typeof seed004>['period']; listed: ListedUnit[] } {
  const { period, PRINTED, NO_CASES } = seed004();
  const communes = PRINTED.slice(1).map(([unit, , online, carried, , , onTime, late, , within, overdue, withdrawn, returned]): UnitTarget => {
    const named = unit !== RANG_DONG;
    return {
      unit, ...byTimeliness(onTime), late, returned, withinDeadline: within, overdue, withdrawn, carriedOver: carried, online,
      field: named ? COMMUNE_FIELD : '',
      procedure: named ? COMMUNE_PROCEDURE : '',
    };
  });
  const listed: ListedUnit[] = [
    { name: TUAN_GIAO, level: 'Huyện' },
    ...[...PRINTED.slice(1).map(([unit]) => unit), ...NO_CASES].map((name): ListedUnit => ({ name, level: 'Xã', district: 'Huyện Tuần Giáo' })),
  ];
  return { targets: [...tuanGiaoTargets(), ...communes], period, listed };
}

/** Tuần Giáo alone: the seed's Biểu 1 is the district level's form. */
export function tuanGiaoRun(): ScoreRun {
  return scoreTargets(tuanGiaoTargets(), seed004().period, [{ name: TUAN_GIAO, level: 'Huyện' }]);
}
