import type { SheetGrid } from '../../src/workbook/cells';
import { isMarker, MARKER_SHEET, planSheetWrites, readMarker } from '../../src/workbook/result-sheets';
import type { SheetModel } from '../../src/workbook/sheet-model';

const model = (name: string, kind: SheetModel['kind'] = 'result'): SheetModel => ({
  name, kind, rows: [[{ value: name }]], widths: [10], merges: [], print: { orientation: 'portrait', fitToWidth: true },
});
const gridOf = (m: SheetModel, visibility: SheetGrid['visibility'] = 'veryHidden'): SheetGrid => ({
  name: m.name, rows: m.rows.map((r) => r.map((c) => c?.value ?? null)), originRow: 1, originCol: 1, visibility,
});

describe('planSheetWrites: replace only what the product made (RULES.md §6)', () => {
  it('adds result sheets and a marker listing them on a first run', () => {
    const plan = planSheetWrites(['Hồ sơ'], null, [model('Tổng hợp theo đơn vị'), model('Thông tin')]);
    expect(plan.remove).toEqual([]);
    expect(plan.marker).toBe(MARKER_SHEET);
    expect(plan.add.map((m) => m.name)).toEqual(['Tổng hợp theo đơn vị', 'Thông tin', MARKER_SHEET]);
    const marker = gridOf(plan.add[2]);
    expect(isMarker(marker)).toBe(true);
    expect(readMarker(marker)).toEqual({ name: MARKER_SHEET, sheets: ['Tổng hợp theo đơn vị', 'Thông tin'] });
  });

  it('replaces its own sheets, keeps a filled-in input sheet and never touches a user sheet with a result name', () => {
    const existing = ['Hồ sơ', 'Tổng hợp theo đơn vị', 'Tiêu chí bổ sung', 'Thông tin', MARKER_SHEET];
    const marker = { name: MARKER_SHEET, sheets: ['Tổng hợp theo đơn vị', 'Tiêu chí bổ sung'] };
    const plan = planSheetWrites(existing, marker, [model('Tổng hợp theo đơn vị'), model('Tiêu chí bổ sung', 'input'), model('Thông tin')]);
    expect(plan.remove).toEqual(['Tổng hợp theo đơn vị', MARKER_SHEET]);
    expect(plan.kept).toEqual(['Tiêu chí bổ sung']);
    expect(plan.renamed).toEqual([{ wanted: 'Thông tin', written: 'Thông tin (2)' }]);
    expect(plan.add.map((m) => m.name)).toEqual(['Tổng hợp theo đơn vị', 'Thông tin (2)', MARKER_SHEET]);
    const listed = plan.add[2].rows.slice(1).map((r) => r[0]?.value);
    expect(listed).toEqual(['Tiêu chí bổ sung', 'Tổng hợp theo đơn vị', 'Thông tin (2)']);
  });

  it('takes a sheet for the marker only if hidden and titled as ours; a user sheet of that name keeps it', () => {
    const ours = gridOf(planSheetWrites([], null, [model('Thông tin')]).add[1]);
    expect(isMarker({ ...ours, visibility: 'visible' })).toBe(false);
    // LibreOffice saves a very hidden sheet as hidden: still ours.
    expect(isMarker({ ...ours, visibility: 'hidden' })).toBe(true);
    expect(isMarker({ ...ours, rows: [['Ghi chú của phòng'], ['Thông tin']] })).toBe(false);
    // The user's own «TTHC_Scorecard» is there and no marker: ours goes under a free name.
    const plan = planSheetWrites(['Hồ sơ', MARKER_SHEET], null, [model('Thông tin')]);
    expect(plan.remove).toEqual([]);
    expect(plan.marker).toBe('TTHC_Scorecard (2)');
    expect(plan.add.map((m) => m.name)).toEqual(['Thông tin', 'TTHC_Scorecard (2)']);
    // Next run: the marker found under that name is replaced under the same name; the user's is untouched.
    const again = planSheetWrites(['Hồ sơ', MARKER_SHEET, 'Thông tin', 'TTHC_Scorecard (2)'], { name: 'TTHC_Scorecard (2)', sheets: ['Thông tin'] }, [model('Thông tin')]);
    expect(again.remove).toEqual(['Thông tin', 'TTHC_Scorecard (2)']);
    expect(again.marker).toBe('TTHC_Scorecard (2)');
  });

  it('replaces its own «Tên (2)» when a user sheet still holds the name, instead of piling up «(3)», «(4)»', () => {
    const existing = ['Chỉ số 766', 'Chỉ số 766 (2)', 'Thông tin'];
    const marker = { name: MARKER_SHEET, sheets: ['Chỉ số 766 (2)', 'Thông tin'] };
    const plan = planSheetWrites([...existing, MARKER_SHEET], marker, [model('Chỉ số 766'), model('Thông tin')]);
    expect(plan.remove).toEqual(['Chỉ số 766 (2)', 'Thông tin', MARKER_SHEET]);
    expect(plan.add.map((m) => m.name)).toEqual(['Chỉ số 766 (2)', 'Thông tin', MARKER_SHEET]);
    expect(plan.renamed).toEqual([{ wanted: 'Chỉ số 766', written: 'Chỉ số 766 (2)' }]);
  });
});
