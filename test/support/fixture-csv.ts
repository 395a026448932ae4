/** Reads the seed reports' reference tables kept in test/fixtures/ (transcribed CSVs). */
import { readFileSync } from 'fs';
import { join } from 'path';

/** Rows of a fixture CSV by header; fields may be quoted and hold commas ("0,48"), never quotes. */
export function readFixture(file: string): Record<string, string>[] {
  const split = (line: string): string[] => {
    const cells = [''];
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) cells.push('');
      else cells[cells.length - 1] += ch;
    }
    return cells;
  };
  const [header, ...lines] = readFileSync(join(__dirname, '../fixtures', file), 'utf8').trim().split(/\r?\n/).map(split);
  return lines.map((cells) => Object.fromEntries(cells.map((v, i) => [header[i], v])));
}
