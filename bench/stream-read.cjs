/**
 * The baseline: merely stream-read a workbook with ExcelJS's WorkbookReader — every worksheet, every row,
 * shared strings and styles cached (styles are needed to know which numbers are dates) — and touch every
 * value. `node stream-read.cjs <file.xlsx>` prints the number of rows and cells read.
 */
'use strict';
const ExcelJS = require('exceljs');

async function main(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      for (const v of row.values) if (v !== undefined && v !== null) cells++;
    }
  }
  process.stdout.write(`${rows} rows, ${cells} cells\n`);
}

main(process.argv[2]).catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exitCode = 1;
});
