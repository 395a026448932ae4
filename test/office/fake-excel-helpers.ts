/** What the adapter tests share beside the fake itself: the newest API level, and a count of rows read. */
import type { OfficeCapabilities } from '../../src/office/capabilities';
import type { FakeExcel } from './fake-excel';

/** A host supporting ExcelApi 1.9: everything the adapter can use. */
export const API_1_9: OfficeCapabilities = { dataValidation: true, pageLayout: true, suspendScreenUpdating: true, selectedRanges: true };

/** Rows asked of a sheet through getRangeByIndexes, summed over every request. */
export function rowsAsked(book: FakeExcel, name: string): () => number {
  const spy = jest.spyOn(book.sheet(name)!, 'getRangeByIndexes');
  return () => spy.mock.calls.reduce((n, [, , rows]) => n + rows, 0);
}
