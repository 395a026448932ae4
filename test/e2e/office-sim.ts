/**
 * A simulated Office host for the task pane in a real browser. The e2e test bundles this file with esbuild
 * and serves it in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, after putting the
 * workbook to open in `window.__simConfig` (page.addInitScript). It defines what the pane uses of Office.js:
 * - Office.onReady → { host: 'Excel' }, Office.HostType, Office.context.requirements.isSetSupported
 *   (ExcelApi up to `apiVersion`), Office.context.document.settings (get/set/remove/saveAsync) and .url,
 *   Office.context.officeTheme;
 * - Excel.run(work) → work(context) on a FakeExcel (test/office/fake-excel.ts) seeded with the sheets,
 *   so sheet rules, payload limits and API levels are those the adapter tests check.
 * `window.__sim` exposes the FakeExcel and the settings so the test can read back what the host received.
 */
import { FakeExcel } from '../office/fake-excel';

type Value = string | number | boolean;

export interface SimSheet {
  name: string;
  /** Values as Office.js hands them over: '' for empty, serial numbers for dates, '#N/A' for errors. */
  rows: Value[][];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface SimConfig {
  sheets: SimSheet[];
  /** Highest ExcelApi requirement set the host reports (default 1.9). */
  apiVersion?: number;
  /** Document settings already in the file. */
  settings?: Record<string, unknown>;
  /** Office.context.document.url: where the open file lives ('' for a new file, the default). */
  documentUrl?: string;
  /** Office.context.officeTheme (absent by default, as in hosts that have none). */
  theme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
}

export interface SimState {
  book: FakeExcel;
  /** Document settings as last saved with saveAsync (what the file would keep). */
  saved: Record<string, unknown>;
  /** Excel.run calls, and those that failed (with their messages). */
  runs: number;
  failedRuns: string[];
  /** The sheets as seeded, in order, for comparisons. */
  seeded: SimSheet[];
}

declare global {
  interface Window {
    __simConfig?: SimConfig;
    __sim?: SimState;
  }
}

const config = window.__simConfig;
if (!config) throw new Error('office-sim: window.__simConfig is not set (page.addInitScript must run first)');
const apiVersion = config.apiVersion ?? 1.9;

const book = new FakeExcel(apiVersion);
for (const sheet of config.sheets) book.addSheet(sheet.name, { rows: sheet.rows, visibility: sheet.visibility });
const firstVisible = book.sheets.find((s) => s.visibility === 'Visible');
if (firstVisible) book.active = firstVisible;

// Excel runs in another process: a batch is taken when sync() is called and its answer comes back in a
// later task, which gives the page time to render progress between batches as it does in Excel.
const syncNow = book.sync.bind(book);
const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
book.sync = () =>
  syncNow().then(
    () => later(),
    (error: unknown) =>
      later().then(() => {
        throw error;
      }),
  );

/** "1.10" > "1.9": requirement set versions compare part by part. */
function versionAtMost(version: string, max: number): boolean {
  const [major, minor = 0] = version.split('.').map(Number);
  const [maxMajor, maxMinor] = String(max).split('.').map(Number);
  return major < maxMajor || (major === maxMajor && minor <= (maxMinor ?? 0));
}

const state: SimState = { book, saved: { ...(config.settings ?? {}) }, runs: 0, failedRuns: [], seeded: config.sheets };
const pending: Record<string, unknown> = { ...(config.settings ?? {}) };

const settings = {
  get: (name: string): unknown => (name in pending ? pending[name] : null),
  set: (name: string, value: unknown): void => {
    // Office keeps settings as JSON: what comes back is a copy, never the caller's object.
    pending[name] = JSON.parse(JSON.stringify(value));
  },
  remove: (name: string): void => {
    delete pending[name];
  },
  saveAsync: (callback?: (result: { status: string; value: undefined; error: null }) => void): void => {
    setTimeout(() => {
      for (const key of Object.keys(state.saved)) delete state.saved[key];
      Object.assign(state.saved, JSON.parse(JSON.stringify(pending)));
      callback?.({ status: 'succeeded', value: undefined, error: null });
    }, 0);
  },
};

const info = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    // Like Office.js: always asynchronous, after the page's own scripts have run.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    requirements: {
      isSetSupported: (name: string, version?: string): boolean => name === 'ExcelApi' && versionAtMost(version ?? '1.1', apiVersion),
    },
    document: { settings, url: config.documentUrl ?? '' },
    officeTheme: config.theme,
  },
};

const excel = {
  async run<T>(work: (context: unknown) => Promise<T>): Promise<T> {
    state.runs++;
    try {
      // Excel serves one batch at a time; the fake's writes apply at once, reads at sync.
      return await work(book.context);
    } catch (error) {
      state.failedRuns.push(error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error));
      throw error;
    }
  },
};

Object.assign(window, { Office: office, Excel: excel, __sim: state });
