/**
 * Runs a Node script in this process and, when it exits, reports its peak resident memory and run time on
 * file descriptor 3 as one JSON line: `node measure-child.cjs <script> [args…]`. The script sees the usual
 * process.argv, as if started directly (bin/tthc.js reads process.argv.slice(2)).
 */
'use strict';
const { writeSync } = require('fs');
const path = require('path');

const [script, ...args] = process.argv.slice(2);
const target = path.resolve(script);
process.argv = [process.argv[0], target, ...args];
const started = process.hrtime.bigint();
process.on('exit', (code) => {
  const report = { maxRssKb: process.resourceUsage().maxRSS, ms: Number(process.hrtime.bigint() - started) / 1e6, code };
  try {
    writeSync(3, JSON.stringify(report) + '\n');
  } catch {
    process.stderr.write(`measure: ${JSON.stringify(report)}\n`);
  }
});
require(target);
