import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from '../../../src/domain/cases';

/** One row of test/fixtures/dienbien-2021q2-scores.csv (seed 002 appendix); blanks are null. */
export interface ReferenceRow {
  level: Level;
  unit: string;
  criteria: (number | null)[];
  total: number | null;
  dtbCcvc: number | null;
  classification: string;
}

export function readReferenceTable(): ReferenceRow[] {
  const text = readFileSync(join(__dirname, '../../fixtures/dienbien-2021q2-scores.csv'), 'utf8');
  const [, ...lines] = text.trim().split(/\r?\n/);
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    const number = (s: string) => (s === '' ? null : Number(s));
    return {
      level: cells[0] as Level,
      unit: cells[1],
      criteria: cells.slice(2, 11).map(number),
      total: number(cells[11]),
      dtbCcvc: number(cells[12]),
      classification: cells[13],
    };
  });
}

/** The fixture quotes fields with commas and has no escaped quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
