/** The workbook's sheets with their visibility, in one round trip. */
import type { SheetVisibility } from '../workbook/cells';
import type { SheetInfo } from '../workbook/workbook-host';

export type OfficeVisibility = `${Excel.SheetVisibility}`;

const VISIBILITY: Record<OfficeVisibility, SheetVisibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

export function fromOfficeVisibility(v: OfficeVisibility): SheetVisibility {
  return VISIBILITY[v];
}

export async function listWorksheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items.map((s) => ({ name: s.name, visibility: fromOfficeVisibility(s.visibility) }));
}
