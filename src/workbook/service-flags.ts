/**
 * Cells of the QĐ 766 columns (RULES.md §7), as one-stop exports write them: yes/no flags (Có/Không, x,
 * 1/0, «Đã đồng bộ» / «Chưa đồng bộ» / «Lỗi đồng bộ», «Đã số hóa») and fee columns holding the amount
 * (50.000 đ is a fee, 0 or «Miễn phí» is none).
 */
import { foldText } from '../domain/text';
import type { CellValue } from './cells';
import { memoByText, readFlag, type Read } from './cell-values';

const YES: Read<boolean> = { ok: true, value: true };
const NO: Read<boolean> = { ok: true, value: false };

const stateOfText = memoByText((text): Read<boolean> | null => {
  const f = foldText(text);
  if (/^(da|co)\b/.test(f)) return YES;
  if (/^(chua|khong|loi|mien)\b/.test(f)) return NO;
  return null;
});

/** «Đã …» and «Có …» are yes, «Chưa …», «Không …», «Lỗi …», «Miễn …» no; otherwise as any yes/no cell. */
export function readYesNo(v: CellValue): Read<boolean> {
  if (typeof v === 'string') {
    const state = stateOfText(v);
    if (state) return state;
  }
  return readFlag(v);
}

/** 50000, «50.000», «50,000 đ», «30 000 VNĐ»: digits grouped by thousands, an optional currency word. */
const AMOUNT = /^(\d{1,3}(?:[., ]\d{3})+|\d+)(?: ?(?:d|dong|vnd))?$/;

/** A fee (or an amount paid): a positive amount is yes, 0 no; otherwise a yes/no word. */
export function readAmountOrFlag(v: CellValue): Read<boolean> {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v > 0 ? YES : NO;
  if (typeof v === 'string') {
    const amount = AMOUNT.exec(foldText(v));
    if (amount) return Number(amount[1].replace(/[., ]/g, '')) > 0 ? YES : NO;
  }
  return readYesNo(v);
}
