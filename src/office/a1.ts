/** A1-style addresses as Office.js returns and accepts them. */
import { columnLetter } from '../workbook/cells';

/** 1-based, inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function boxAddress(box: CellBox): string {
  return `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`;
}

/** Top-left cell of "Sheet1!C5:F20", "'Kết quả'!A1" or "C5" (a sheet name may itself contain '!'). */
export function topLeftOf(address: string): { row: number; col: number } {
  const cells = address.slice(address.lastIndexOf('!') + 1);
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(cells);
  if (!m) throw new RangeError(`Unexpected range address from Excel: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A1:B2" from "'Kết quả'!A1:B2, 'Kết quả'!D4" — the first area, without the sheet name. */
export function firstAreaOn(sheet: string, address: string): string {
  const withoutSheet = address.split(`'${sheet.replace(/'/g, "''")}'!`).join('').split(`${sheet}!`).join('');
  return withoutSheet.split(/[,;]/)[0].trim();
}
