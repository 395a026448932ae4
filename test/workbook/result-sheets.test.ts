import { MARKER_SHEET, planSheetWrites, readMarker } from '../../src/workbook/result-sheets';
import type { SheetModel } from '../../src/workbook/sheet-model';

const model = (name: string, kind: SheetModel['kind'] = 'result'): SheetModel => ({
  name, kind, rows: [[{ value: name }]], widths: [10], merges: [], print: { orientation: 'portrait', fitToWidth: true },
});

describe('planSheetWrites: replace only what the product made (RULES.md §6)', () => {
  it('adds result sheets and a marker listing them on a first run', () => {
    const plan = planSheetWrites(['Hồ sơ'], [], [model('Tổng hợp theo đơn vị'), model('Thông tin')]);
    expect(plan.remove).toEqual([]);
    expect(plan.add.map((m) => m.name)).toEqual(['Tổng hợp theo đơn vị', 'Thông tin', MARKER_SHEET]);
    const marker = plan.add[2];
    const grid = { name: MARKER_SHEET, rows: marker.rows.map((r) => r.map((c) => c?.value ?? null)), originRow: 1, originCol: 1, visibility: 'veryHidden' as const };
    expect(readMarker([grid])).toEqual(['Tổng hợp theo đơn vị', 'Thông tin']);
  });

  it('replaces its own sheets, keeps a filled-in input sheet and never touches a user sheet with a result name', () => {
    const existing = ['Hồ sơ', 'Tổng hợp theo đơn vị', 'Tiêu chí bổ sung', 'Thông tin', MARKER_SHEET];
    const ours = ['Tổng hợp theo đơn vị', 'Tiêu chí bổ sung'];
    const plan = planSheetWrites(existing, ours, [model('Tổng hợp theo đơn vị'), model('Tiêu chí bổ sung', 'input'), model('Thông tin')]);
    expect(plan.remove).toEqual(['Tổng hợp theo đơn vị', MARKER_SHEET]);
    expect(plan.kept).toEqual(['Tiêu chí bổ sung']);
    expect(plan.renamed).toEqual([{ wanted: 'Thông tin', written: 'Thông tin (2)' }]);
    expect(plan.add.map((m) => m.name)).toEqual(['Tổng hợp theo đơn vị', 'Thông tin (2)', MARKER_SHEET]);
    const listed = plan.add[2].rows.slice(1).map((r) => r[0]?.value);
    expect(listed).toEqual(['Tiêu chí bổ sung', 'Tổng hợp theo đơn vị', 'Thông tin (2)']);
  });
});
