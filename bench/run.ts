/**
 * `npm run bench` — a province-year of cases, measured in one run:
 *
 * - baseline: the time to merely stream-read the workbook with ExcelJS's WorkbookReader (a child process);
 * - CLI: `node bin/tthc.js score …` end to end (a child process), wall time and peak RSS;
 * - engine: status + aggregation + scoring in memory (scoreWorkbook + scoreRun) on grids already read, in a
 *   fresh child process on the compiled code, several runs (min, median and the first, cold one);
 * - read: this project's .xlsx reader alone (same child);
 * - Office.js: the whole job through the add-in's host and the tests' fake Excel (syncs, payloads).
 *
 * Workbooks of 10 000, 50 000 and 200 000 cases are generated once (seeded) into a temp directory, in two
 * layouts (generate.ts): `shared` (12 columns, shared strings, as Excel writes) and `inline` (14 columns,
 * inline strings, as some one-stop exports write). Goals (reported, never asserted): engine ≤ 0.5 s and
 * CLI ≤ 1.5 × baseline and peak RSS ≤ 300 MB at 200 000 cases on every layout; Office.js ≤ 60 syncs and
 * every payload ≤ 4 MB.
 *
 * Options: --sizes 10000,50000,200000  --layouts shared,inline  --runs 3 (child runs per measure; the median is shown)
 *          --before <dir> (also run the CLI of another checkout, e.g. the code before a change, and compare
 *          its JSON summary with this one's)  --no-office  --no-build  --dir <temp dir>
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtInProfile } from '../src/domain/scoring';
import { parseIsoDay } from '../src/domain/dates';
import { readWorkbook } from '../src/xlsx/read-workbook';
import { generateWorkbook, LAYOUTS, YEAR_FROM, YEAR_TO, type Layout } from './generate';
import { officeJobFigures, type OfficeFigures } from './office';

const ROOT = path.resolve(__dirname, '..');
const GENERATOR_VERSION = 1;
const SEED = 2024;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const sizes = (option('sizes') ?? '10000,50000,200000').split(',').map(Number);
const layouts = (option('layouts') ?? LAYOUTS.join(',')).split(',').map((l) => {
  if (!(LAYOUTS as readonly string[]).includes(l)) throw new Error(`--layouts: «${l}» is not one of ${LAYOUTS.join(', ')}`);
  return l as Layout;
});
const runs = Number(option('runs') ?? 3);
/** The peak RSS goal at 200 000 cases (issue «Code health», item 5). */
const RSS_GOAL_MB = 300;
const before = option('before');
const dir = option('dir') ?? path.join(os.tmpdir(), `tthc-bench-v${GENERATOR_VERSION}-${SEED}`);

interface ChildResult {
  wallMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node measure-child.cjs <args>`: wall time from spawn to exit, peak RSS as the child saw it. */
function runChild(args: string[], cwd = ROOT): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // no tsx loader in the children: they run plain JavaScript
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(__dirname, 'measure-child.cjs'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const report: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => report.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const text = Buffer.concat(report).toString().trim();
      const measured = text ? (JSON.parse(text) as { maxRssKb: number }) : { maxRssKb: NaN };
      resolve({ wallMs, maxRssMb: measured.maxRssKb / 1024, code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const min = (xs: number[]): number => Math.min(...xs);
const s = (ms: number): string => (ms / 1000).toFixed(2);
const mbText = (mb: number): string => mb.toFixed(0);

async function repeat(n: number, args: string[], cwd?: string): Promise<{ wallMs: number; maxRssMb: number; last: ChildResult }> {
  const results: ChildResult[] = [];
  for (let i = 0; i < n; i++) {
    const r = await runChild(args, cwd);
    if (r.code !== 0) throw new Error(`child failed (${r.code}): node ${args.join(' ')}\n${r.stderr}`);
    results.push(r);
  }
  return { wallMs: median(results.map((r) => r.wallMs)), maxRssMb: median(results.map((r) => r.maxRssMb)), last: results[results.length - 1] };
}

interface Row {
  cases: number;
  layout: Layout;
  fileMb: number;
  baseline: { wallMs: number; maxRssMb: number };
  cli: { wallMs: number; maxRssMb: number };
  cliBefore?: { wallMs: number; maxRssMb: number; identical: boolean; engineMedianMs: number; readMs: number };
  engine: { firstMs: number; minMs: number; medianMs: number; scoreWorkbookMs: number; scoreRunMs: number };
  readMs: number;
}

function machine(): string[] {
  const cpus = os.cpus();
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || String(cpus.length);
  return [
    `nproc ${nproc}, CPU ${cpus[0]?.model ?? '?'} (${cpus.length} logical), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM`,
    `Node ${process.version} (${process.platform} ${process.arch}), load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ];
}

async function ensureWorkbook(cases: number, layout: Layout): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, layout === 'shared' ? `ho-so-${cases}.xlsx` : `ho-so-${cases}-${layout}.xlsx`);
  if (!existsSync(file)) {
    const t = performance.now();
    const info = await generateWorkbook(file, cases, SEED, layout);
    console.log(`  generated ${path.basename(file)}: ${info.units} units, ${info.spoiled} spoiled rows, ${s(performance.now() - t)} s`);
  }
  return file;
}

/** Engine and reader timings from a fresh child process running the compiled code (bench/engine-child.cjs). */
async function measureEngine(file: string, root = ROOT): Promise<{ readMs: number; engine: Row['engine'] }> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const args = ['--expose-gc', path.join(__dirname, 'engine-child.cjs'), file, YEAR_FROM, YEAR_TO, String(Math.max(7, runs)), root];
  const child = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`engine-child failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { readMs: number; totals: number[]; workbook: number[]; scoring: number[] };
  return {
    readMs: r.readMs,
    engine: { firstMs: r.totals[0], minMs: min(r.totals), medianMs: median(r.totals), scoreWorkbookMs: median(r.workbook), scoreRunMs: median(r.scoring) },
  };
}

/** The JSON summaries of two CLI runs agree on everything but the time of computation. */
function sameSummary(a: string, b: string): boolean {
  const strip = (file: string): unknown => {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return { units: j.units, issues: j.issues, period: j.period };
  };
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

async function main(): Promise<void> {
  console.log('TTHC Scorecard benchmark');
  for (const line of machine()) console.log(`  ${line}`);
  console.log(`  workbooks in ${dir}; ${runs} child run(s) per measure (median)`);
  if (!flag('no-build')) {
    const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:cli failed');
  }
  const from = parseIsoDay(YEAR_FROM)!;
  const to = parseIsoDay(YEAR_TO)!;
  const cliArgs = (bin: string, file: string, out: string, json: string): string[] =>
    [bin, 'score', file, '--out', out, '--json', json, '--from', YEAR_FROM, '--to', YEAR_TO];

  const rows: Row[] = [];
  for (const cases of sizes) for (const layout of layouts) {
    console.log(`\n${cases.toLocaleString('en')} cases, ${layout} layout`);
    const file = await ensureWorkbook(cases, layout);
    const out = path.join(dir, `ket-qua-${cases}-${layout}.xlsx`);
    const json = path.join(dir, `ket-qua-${cases}-${layout}.json`);

    const baseline = await repeat(runs, [path.join(__dirname, 'stream-read.cjs'), file]);
    console.log(`  baseline stream read: ${s(baseline.wallMs)} s, ${mbText(baseline.maxRssMb)} MB (${baseline.last.stdout.trim()})`);
    const cli = await repeat(runs, cliArgs(path.join(ROOT, 'bin/tthc.js'), file, out, json));
    console.log(`  CLI: ${s(cli.wallMs)} s, ${mbText(cli.maxRssMb)} MB — ${cli.last.stdout.split('\n')[0]}`);
    let cliBefore: Row['cliBefore'];
    if (before) {
      const jsonBefore = path.join(dir, `ket-qua-${cases}-${layout}-before.json`);
      const r = await repeat(runs, cliArgs(path.join(path.resolve(before), 'bin/tthc.js'), file, path.join(dir, `ket-qua-${cases}-${layout}-before.xlsx`), jsonBefore), path.resolve(before));
      const e = await measureEngine(file, path.resolve(before));
      cliBefore = { wallMs: r.wallMs, maxRssMb: r.maxRssMb, identical: sameSummary(json, jsonBefore), engineMedianMs: e.engine.medianMs, readMs: e.readMs };
      console.log(`  CLI before: ${s(r.wallMs)} s, ${mbText(r.maxRssMb)} MB; same JSON summary: ${cliBefore.identical ? 'yes' : 'NO'}; its reader ${s(e.readMs)} s, its engine median ${s(e.engine.medianMs)} s`);
    }
    const { readMs, engine } = await measureEngine(file);
    console.log(`  read (this reader, in process): ${s(readMs)} s; engine: first ${s(engine.firstMs)} s, min ${s(engine.minMs)} s, median ${s(engine.medianMs)} s (scoreWorkbook ${s(engine.scoreWorkbookMs)} + scoreRun ${s(engine.scoreRunMs)})`);
    rows.push({ cases, layout, fileMb: statSync(file).size / 2 ** 20, baseline, cli, cliBefore, engine, readMs });
  }

  let office: OfficeFigures | null = null;
  if (!flag('no-office')) {
    const largest = Math.max(...sizes);
    console.log(`\nOffice.js adapter, whole job on ${largest.toLocaleString('en')} cases (test/office/fake-excel.ts)…`);
    const grids = await readWorkbook(readFileSync(await ensureWorkbook(largest, layouts[0])), 'bench.xlsx');
    office = await officeJobFigures(grids, builtInProfile('dienbien-1187'), { from, to });
  }

  const ok = (pass: boolean): string => (pass ? '✓' : '✗');
  const lines = [
    '',
    '| cases | layout | file | baseline read | baseline RSS | CLI | CLI RSS | CLI ÷ baseline | engine (min / median / first) | reader alone |' + (before ? ' CLI before | RSS before | ÷ baseline before | engine before | reader before | same summary |' : ''),
    '|---:|:---|---:|---:|---:|---:|---:|---:|---:|---:|' + (before ? '---:|---:|---:|---:|---:|:---:|' : ''),
    ...rows.map((r) => {
      const ratio = r.cli.wallMs / r.baseline.wallMs;
      const big = r.cases >= 200_000;
      const cells = [
        r.cases.toLocaleString('en'),
        r.layout,
        `${r.fileMb.toFixed(1)} MB`,
        `${s(r.baseline.wallMs)} s`,
        `${mbText(r.baseline.maxRssMb)} MB`,
        `${s(r.cli.wallMs)} s`,
        `${mbText(r.cli.maxRssMb)} MB${big ? ' ' + ok(r.cli.maxRssMb <= RSS_GOAL_MB) : ''}`,
        `${ratio.toFixed(2)}${big ? ' ' + ok(ratio <= 1.5) : ''}`,
        `${s(r.engine.minMs)} / ${s(r.engine.medianMs)} / ${s(r.engine.firstMs)} s${big ? ' ' + ok(r.engine.medianMs <= 500) : ''}`,
        `${s(r.readMs)} s`,
      ];
      if (r.cliBefore) {
        const b = r.cliBefore;
        cells.push(`${s(b.wallMs)} s`, `${mbText(b.maxRssMb)} MB`, (b.wallMs / r.baseline.wallMs).toFixed(2), `${s(b.engineMedianMs)} s`, `${s(b.readMs)} s`, b.identical ? 'yes' : 'NO');
      }
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  if (office) {
    lines.push(
      '',
      `Office.js (whole job, ${Math.max(...sizes).toLocaleString('en')} cases, ${layouts[0]} layout): ${office.readSyncs} syncs reading ${ok(office.readSyncs <= 60)}, ${office.writeSyncs} writing ${ok(office.writeSyncs <= 60)} (${office.totalSyncs} in all); ` +
        `largest request ${office.largestRequestMb} MB, largest response ${office.largestResponseMb} MB ${ok(Math.max(office.largestRequestMb, office.largestResponseMb) <= 4.19)}; ${office.seconds.toFixed(1)} s against the fake.`,
    );
  }
  lines.push('', `load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(lines.join('\n'));
  const record = path.join(dir, 'last-run.json');
  writeFileSync(record, JSON.stringify({ machine: machine(), rows, office }, null, 2));
  console.log(`(figures also in ${record})`);
  if (flag('clean')) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
