/**
 * Biểu 1–3 of the district report (seed 004, Tuần Giáo Q1/2020): results per field, per unit and per
 * procedure, in the forms' columns. Fields and procedures are listed as the data names them, in
 * Vietnamese order (the seed's order is its system's, which puts Đ after Z); only those with cases appear.
 * The whole province's, or one district's and its communes' when `district` is given (form-scope.ts).
 */
import { sumCounts } from '../../domain/aggregate';
import { foldText } from '../../domain/text';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import { countByName, groupBy, LEVEL_NAMES, LEVELS, NO_FIELD, NO_PROCEDURE, type RunCase } from './case-groups';
import { writeColumnHeader } from './column-header';
import type { DistrictChoice } from './district-choice';
import { formScope, scopedTitle } from './form-scope';
import { countsRow, formHeader, formLabel, FORM_COUNT_COLUMNS, FORM_NOTES, groupRow, ROW_STYLES, NOTE_WIDTH, unitNote, writeNotes } from './form-columns';
import { romanNumeral } from './numbering';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { FIELD_FORM_SHEET, UNIT_FORM_SHEET, PROCEDURE_FORM_SHEET } from '../sheet-names';

export { FIELD_FORM_SHEET, UNIT_FORM_SHEET, PROCEDURE_FORM_SHEET };

const COUNT_WIDTHS = Array<number>(FORM_COUNT_COLUMNS).fill(7);
const TITLE_HEAD = 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC';

const fieldOf = (c: RunCase): string => c.record.field ?? NO_FIELD;
const procedureOf = (c: RunCase): string => c.record.procedure ?? NO_PROCEDURE;

/** «Lĩnh vực Đất đai cấp huyện», as Biểu 3 titles its groups, unless the data already says «Lĩnh vực». */
const fieldTitle = (field: string): string => (field === NO_FIELD || foldText(field).startsWith('linh vuc') ? field : `Lĩnh vực ${field}`);

function start(name: string, widths: number[], title: string, label: string, ctx: ReportContext): SheetBuilder {
  const b = new SheetBuilder(name, widths);
  writeHeader(b, title, ctx);
  formLabel(b, label);
  return b;
}

function finish(b: SheetBuilder, header: { top: number; bottom: number }, notes: readonly string[]): SheetModel {
  writeNotes(b, notes);
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 2 });
}

/**
 * Biểu 1. The seed's form is the district level's alone; when the data holds several levels, each level
 * lists its own fields under a heading and ends with a subtotal, so that subtotal is that form.
 */
export function fieldFormSheet(run: ScoreRun, ctx: ReportContext, district: DistrictChoice | null = null): SheetModel {
  const scope = formScope(run, district);
  const b = start(FIELD_FORM_SHEET, [5, 40, ...COUNT_WIDTHS], scopedTitle(scope, TITLE_HEAD, 'CHIA THEO LĨNH VỰC THỰC HIỆN'), 'BIỂU 1', ctx);
  const header = writeColumnHeader(b, formHeader('Lĩnh vực'));
  const byLevel = groupBy(scope.cases(), (c) => c.unit.level);
  const levels = LEVELS.filter((l) => byLevel.has(l));
  levels.forEach((level, i) => {
    const fields = countByName(byLevel.get(level)!, fieldOf, NO_FIELD);
    if (levels.length > 1) groupRow(b, romanNumeral(i + 1), LEVEL_NAMES[level].toUpperCase(), STYLES.group);
    fields.forEach((f, k) => countsRow(b, String(k + 1), f.name, f.counts, ROW_STYLES.plain));
    b.keepWithPrevious();
    if (levels.length > 1) countsRow(b, '', `Cộng ${LEVEL_NAMES[level]}`, sumCounts(fields.map((f) => f.counts)), ROW_STYLES.subtotal);
  });
  b.keepWithPrevious();
  countsRow(b, '', 'Tổng', sumCounts(scope.units), ROW_STYLES.total);
  return finish(b, header, FORM_NOTES);
}

/** Biểu 2: every unit, those without cases too (RULES.md §4), district before its communes. */
export function unitFormSheet(run: ScoreRun, ctx: ReportContext, district: DistrictChoice | null = null): SheetModel {
  const scope = formScope(run, district);
  const b = start(UNIT_FORM_SHEET, [5, 26, ...COUNT_WIDTHS, NOTE_WIDTH], scopedTitle(scope, TITLE_HEAD, 'CHIA THEO ĐƠN VỊ THỰC HIỆN'), 'BIỂU 2', ctx);
  const header = writeColumnHeader(b, formHeader('Cơ quan, đơn vị', true));
  scope.units.forEach((u, i) => countsRow(b, String(i + 1), u.name, u, ROW_STYLES.plain, [unitNote(u)]));
  b.keepWithPrevious();
  countsRow(b, '', 'Tổng', sumCounts(scope.units), ROW_STYLES.total, [cell('', ROW_STYLES.total)]);
  return finish(b, header, FORM_NOTES);
}

/** Biểu 3: procedures under their unit and field, numbered through as the seed numbers them. */
export function procedureFormSheet(run: ScoreRun, ctx: ReportContext, district: DistrictChoice | null = null): SheetModel {
  const scope = formScope(run, district);
  const b = start(PROCEDURE_FORM_SHEET, [5, 44, ...COUNT_WIDTHS], scopedTitle(scope, TITLE_HEAD, 'CHIA THEO LOẠI HỒ SƠ THỰC HIỆN'), 'BIỂU 3', ctx);
  const header = writeColumnHeader(b, formHeader('Thủ tục'));
  const byUnit = groupBy(scope.cases(), (c) => c.unit);
  let n = 0;
  for (const unit of scope.units.filter((u) => byUnit.has(u))) {
    groupRow(b, '', unit.name, STYLES.group);
    for (const field of countByName(byUnit.get(unit)!, fieldOf, NO_FIELD)) {
      groupRow(b, '', fieldTitle(field.name), ROW_STYLES.subtotal);
      for (const p of countByName(field.cases, procedureOf, NO_PROCEDURE)) countsRow(b, String(++n), p.name, p.counts, ROW_STYLES.plain);
    }
  }
  b.keepWithPrevious();
  countsRow(b, '', 'Tổng', sumCounts(scope.units), ROW_STYLES.total);
  return finish(b, header, FORM_NOTES);
}
