/**
 * Optional Excel features, by requirement set. The manifest asks for ExcelApi 1.7 (Office 2019 volume
 * licence tops out there); anything newer is used only when the running Excel reports it.
 */
export interface OfficeCapabilities {
  /** ExcelApi 1.8: Range.dataValidation. Below it the task pane tells the user and lists the allowed values instead. */
  dataValidation: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (orientation, fit to page width, print title rows). */
  pageLayout: boolean;
  /** ExcelApi 1.9: Application.suspendScreenUpdatingUntilNextSync. */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: Workbook.getSelectedRanges, which (unlike getSelectedRange) does not fail on a multi-area selection. */
  selectedRanges: boolean;
}

export function detectCapabilities(): OfficeCapabilities {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  const v1_9 = supports('1.9');
  return { dataValidation: supports('1.8'), pageLayout: v1_9, suspendScreenUpdating: v1_9, selectedRanges: v1_9 };
}
