/**
 * Units scored from more than one file of a batch (names compared as everywhere: without regard to case
 * and diacritics): the consolidated ranking then holds the unit twice. The reviewer is told in each such
 * file's notes («Ghi chú» in «Tình trạng tệp»), on the console and in the JSON (`duplicateUnits`).
 */
import { foldText } from '../domain/text';
import type { FileOutcome } from '../workbook/review/batch';

export interface DuplicateUnit {
  /** The name as the first file writes it. */
  unit: string;
  files: string[];
}

export function duplicateUnits(outcomes: readonly FileOutcome[]): DuplicateUnit[] {
  const byName = new Map<string, DuplicateUnit>();
  for (const o of outcomes) {
    for (const u of o.review?.units ?? []) {
      if (!u.score) continue;
      const key = foldText(u.name);
      const seen = byName.get(key) ?? { unit: u.name, files: [] };
      if (!seen.files.includes(o.file)) seen.files.push(o.file);
      byName.set(key, seen);
    }
  }
  return [...byName.values()].filter((d) => d.files.length > 1);
}

export const duplicateText = (d: DuplicateUnit): string =>
  `đơn vị «${d.unit}» được chấm điểm trong ${d.files.length} tệp (${d.files.join(', ')}): xếp hạng tổng hợp có đơn vị này ${d.files.length} lần — hãy giữ lại một tệp cho mỗi đơn vị.`;

/** The outcomes with a note on every file that shares a unit with another file. */
export function withDuplicateNotes(outcomes: readonly FileOutcome[], duplicates: readonly DuplicateUnit[]): FileOutcome[] {
  return outcomes.map((o) => {
    const mine = duplicates.filter((d) => d.files.includes(o.file));
    if (!o.review || mine.length === 0) return o;
    const notes = mine.map((d) => `Cảnh báo: ${duplicateText(d)}`);
    return { ...o, review: { ...o.review, notes: [...o.review.notes, ...notes] } };
  });
}
