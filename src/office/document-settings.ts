/**
 * The task pane's choices kept inside the workbook (Office.context.document.settings, Common API
 * "Settings"), so whoever reopens the file — a reviewer, the same clerk next quarter — gets the same case
 * sheet, columns and period. Columns are kept by header TEXT as well as position: a re-export that moves
 * a column still maps. Only the add-in reads these; the CLI and result sheets never depend on them.
 */
import { CASE_FIELDS } from '../workbook/columns';
import type { SavedChoices, SavedPeriod } from '../workbook/saved-choices';

// The stored shape is defined host-neutrally (src/workbook/saved-choices.ts); re-exported for the store's callers.
export type { SavedChoices } from '../workbook/saved-choices';

const SETTINGS_KEY = 'tthcScorecard.choices';
const FORMAT_VERSION = 1;

/** The part of Office.Settings used here, so tests can pass a plain object. */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isIsoOrEmpty = (v: unknown): v is string => typeof v === 'string' && (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v));

function readColumns(raw: unknown): SavedChoices['columns'] {
  const columns: SavedChoices['columns'] = {};
  if (!isObject(raw)) return columns;
  for (const field of CASE_FIELDS) {
    const c = raw[field];
    if (c === null) columns[field] = null;
    else if (isObject(c) && typeof c.header === 'string' && isInt(c.index, 0, 16383)) columns[field] = { header: c.header, index: c.index };
  }
  return columns;
}

function readPeriod(raw: unknown): SavedPeriod | null {
  if (!isObject(raw)) return null;
  const { kind, year, month, quarter, from, to, asOf } = raw;
  if (kind !== 'month' && kind !== 'quarter' && kind !== 'year' && kind !== 'custom') return null;
  if (!isInt(year, 2000, 2100) || !isInt(month, 1, 12) || !isInt(quarter, 1, 4)) return null;
  if (!isIsoOrEmpty(from) || !isIsoOrEmpty(to) || !(asOf === null || (isIsoOrEmpty(asOf) && asOf !== ''))) return null;
  return { kind, year, month, quarter, from, to, asOf };
}

/** What a settings value holds, checked field by field; null when absent, from another version, or damaged. */
export function parseSavedChoices(raw: unknown): SavedChoices | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isObject(value) || value.version !== FORMAT_VERSION || typeof value.sheet !== 'string' || value.sheet === '') return null;
  const headerRow = isInt(value.headerRow, 1, 1048576) ? { headerRow: value.headerRow } : {};
  return { sheet: value.sheet, columns: readColumns(value.columns), period: readPeriod(value.period), ...headerRow };
}

export class DocumentSettingsStore {
  constructor(private readonly bag: SettingsBag) {}

  load(): SavedChoices | null {
    return parseSavedChoices(this.bag.get(SETTINGS_KEY));
  }

  /** set + saveAsync: the choices are in the file once the user saves the workbook. */
  save(choices: SavedChoices): Promise<void> {
    this.bag.set(SETTINGS_KEY, { version: FORMAT_VERSION, ...choices });
    return new Promise((resolve, reject) => {
      this.bag.saveAsync((result) => {
        // Office.js reports "succeeded" / "failed" strings (the typings declare a numeric enum).
        if (String(result.status) === 'failed') reject(new Error(`Không lưu được lựa chọn vào tệp: ${result.error.message}`));
        else resolve();
      });
    });
  }
}
