/**
 * The engine alone, in a fresh process on the compiled code (build/, as the CLI runs it):
 * `node --expose-gc engine-child.cjs <file.xlsx> <from YYYY-MM-DD> <to YYYY-MM-DD> <runs> [<checkout root>]`.
 * Reads the workbook once with the project's reader (timed), then times scoreWorkbook (find the table,
 * read the cases, status of each, totals per unit) and scoreRun (Decision 1187 scores) `runs` times,
 * a full GC before each. Prints one JSON line.
 */
'use strict';
const { readFileSync } = require('fs');
const path = require('path');

const build = path.join(process.argv[6] ? path.resolve(process.argv[6]) : path.join(__dirname, '..'), 'build');
const { readWorkbook } = require(path.join(build, 'xlsx/read-workbook.js'));
const { scoreWorkbook } = require(path.join(build, 'workbook/score-workbook.js'));
const { scoreRun } = require(path.join(build, 'workbook/score-units.js'));
const { builtInProfile } = require(path.join(build, 'domain/scoring'));
const { parseIsoDay } = require(path.join(build, 'domain/dates.js'));

async function main([file, from, to, runs]) {
  const buf = readFileSync(file);
  let t = performance.now();
  const grids = await readWorkbook(buf, path.basename(file));
  const readMs = performance.now() - t;
  const period = { from: parseIsoDay(from), to: parseIsoDay(to) };
  const profile = builtInProfile('dienbien-1187');
  const totals = [];
  const workbook = [];
  const scoring = [];
  let cases = 0;
  for (let i = 0; i < Number(runs); i++) {
    if (global.gc) global.gc();
    t = performance.now();
    const run = scoreWorkbook(grids, period);
    const t1 = performance.now();
    scoreRun(run, profile, null);
    const t2 = performance.now();
    workbook.push(t1 - t);
    scoring.push(t2 - t1);
    totals.push(t2 - t);
    cases = run.cases.length;
  }
  process.stdout.write(JSON.stringify({ readMs, totals, workbook, scoring, cases }) + '\n');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exitCode = 1;
});
