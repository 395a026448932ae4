/** Multi-row column headers, as the report forms nest them ("Kết quả giải quyết" › "Số hồ sơ đã giải quyết" › "Tổng số"). */
import { STYLES, type SheetBuilder } from './sheet-builder';

export interface HeaderNode {
  title: string;
  children?: HeaderNode[];
}

const depth = (n: HeaderNode): number => (n.children?.length ? 1 + Math.max(...n.children.map(depth)) : 1);
const span = (n: HeaderNode): number => (n.children?.length ? n.children.reduce((s, c) => s + span(c), 0) : 1);

/**
 * Writes the header rows: a group is merged across its columns, a leaf down to the last header row.
 * Returns the first and last header rows (to repeat on every printed page and freeze below).
 */
export function writeColumnHeader(b: SheetBuilder, nodes: HeaderNode[]): { top: number; bottom: number } {
  const rows = Math.max(...nodes.map(depth));
  const columns = nodes.reduce((s, n) => s + span(n), 0);
  // A programming error (a report's header and its columns disagree), never the user's data.
  if (columns !== b.width) throw new Error(`Header has ${columns} columns, the sheet ${b.width}`);
  const grid = Array.from({ length: rows }, () => Array<string>(columns).fill(''));
  const merges: [number, number, number, number][] = [];
  const place = (n: HeaderNode, row: number, col: number): number => {
    grid[row][col] = n.title;
    const width = span(n);
    if (n.children?.length) {
      merges.push([row, col, row, col + width - 1]);
      n.children.reduce((c, child) => place(child, row + 1, c), col);
    } else merges.push([row, col, rows - 1, col]);
    return col + width;
  };
  nodes.reduce((col, n) => place(n, 0, col), 0);
  const top = b.nextRow;
  for (const r of grid) b.row(r, STYLES.header);
  for (const [t, l, bottom, r] of merges) b.merge(top + t, l + 1, top + bottom, r + 1);
  return { top, bottom: top + rows - 1 };
}
