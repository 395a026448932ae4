/**
 * The fast paths of the reader give what the general paths give: the streaming .xlsx reader against
 * ExcelJS's full load (the reader it replaced, kept below as the reference), the hand-written date parser
 * against the regular expressions, the text shortcuts against the plain definitions.
 */
import { trimmed } from '../support/grids';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { dayFromYmd, isRealDate, parseDateText, ymdFromDay } from '../../src/domain/dates';
import { removeInvisible } from '../../src/domain/text';
import type { CellValue } from '../../src/workbook/cells';
import { isBlank, readText } from '../../src/workbook/cell-values';
import { readWorkbook } from '../../src/xlsx/read-workbook';

/**
 * What a formula stored without a value must read as (ExcelJS reads it as blank): the value when it is made
 * of literals (as Excel computes it: 5 March 2024 is serial 45356), else an error carrying the formula.
 */
const UNCACHED: Record<string, CellValue> = { 'DATE(2024,3,5)+TIME(12,0,0)': 45356.5, '2*(3+4)-0.5': 13.5 };
const uncached = (formula: string): CellValue => (formula in UNCACHED ? UNCACHED[formula] : { error: `=${formula}`, cause: 'uncalculated' });

/** The reader before issue 7: ExcelJS full load, formulas' cached results, rich text joined. */
async function referenceRead(buf: Buffer): Promise<CellValue[][][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const plain = (v: ExcelJS.CellValue | undefined): CellValue => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
    if ('error' in v) return { error: String(v.error) };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const { result, formula } = v as ExcelJS.CellFormulaValue;
      return result === undefined ? uncached(formula) : plain(result);
    }
    if ('text' in v) return String((v).text);
    return null;
  };
  return wb.worksheets.map((ws) => {
    const values = ws.getSheetValues() as unknown as (ExcelJS.CellValue[] | undefined)[];
    const rows: CellValue[][] = [];
    for (let r = 1; r < values.length; r++) rows.push((values[r] ?? []).slice(1).map((v) => plain(v)));
    return rows;
  });
}


// Text an export can hold: Vietnamese, XML specials, spaces and line breaks (no control characters, which
// XML 1.0 cannot carry, and no '_' or ';' so that Excel's _xHHHH_ escapes and entity look-alikes stay out).
const text = fc.string({
  unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ0123456789<>&"\'\n\t/.-:()'.split('')),
  maxLength: 40,
});
const date = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000));
const error = fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!');
const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: text },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: error.map((e) => ({ error: e })) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((t, i) => ({ text: t, font: i % 2 ? { bold: true } : {} })) })) },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([t, h]) => ({ text: t || 'x', hyperlink: `https://dichvucong.gov.vn/${encodeURIComponent(h)}` })) },
  {
    weight: 2,
    arbitrary: fc
      // ExcelJS's full load drops a cached 0, false or '' (the new reader keeps them: see the test below).
      .tuple(
        fc.oneof(fc.integer(), text, fc.boolean(), error.map((e) => ({ error: e })), date, fc.constant(undefined)),
        fc.constantFrom('A1+1', 'TODAY()-3', ...Object.keys(UNCACHED)),
      )
      .filter(([result]) => result !== 0 && result !== false && result !== '')
      .map(([result, formula]) => ({ formula, result })),
  },
);
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

async function write(sheets: ExcelJS.CellValue[][][], streaming: boolean): Promise<Buffer> {
  const fill = (ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][]): void =>
    rows.forEach((r, i) =>
      r.forEach((v, c) => {
        if (v === null) return;
        const target = ws.getCell(i + 1, c + 1);
        target.value = v;
        if (v instanceof Date || (typeof v === 'object' && 'formula' in v && v.result instanceof Date)) target.numFmt = 'dd/mm/yyyy hh:mm:ss';
      }),
    );
  if (!streaming) {
    const wb = new ExcelJS.Workbook();
    sheets.forEach((rows, i) => fill(wb.addWorksheet(`Sheet ${i + 1}`), rows));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  // The streaming writer puts strings inline (t="inlineStr") and the sheets before the shared parts.
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('stream');
  const stream = new PassThrough();
  stream.on('data', (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  sheets.forEach((rows, i) => {
    const ws = wb.addWorksheet(`Sheet ${i + 1}`);
    rows.forEach((r) => {
      const row = ws.addRow(r.map((v) => (v === null ? undefined : v)));
      row.eachCell((c) => {
        const v = c.value;
        if (v instanceof Date || (v && typeof v === 'object' && 'formula' in v && v.result instanceof Date)) c.numFmt = 'dd/mm/yyyy hh:mm:ss';
      });
      row.commit();
    });
    ws.commit();
  });
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('the streaming .xlsx reader', () => {
  it('reads what ExcelJS’s full load reads, cell for cell (shared and inline strings)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(grid, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, streaming) => {
        const buf = await write(sheets, streaming);
        const expected = await referenceRead(buf);
        const got = await readWorkbook(buf, 'ngau-nhien.xlsx');
        expect(got.map((g) => g.name)).toEqual(sheets.map((_, i) => `Sheet ${i + 1}`));
        got.forEach((g, i) => expect(trimmed(g.rows)).toEqual(trimmed(expected[i])));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a formula’s cached 0 and FALSE, which ExcelJS’s full load dropped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đếm');
    ws.getCell('A1').value = { formula: 'COUNTIF(B:B,"Trễ hạn")', result: 0 };
    ws.getCell('B1').value = { formula: 'A1>0', result: false };
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readWorkbook(buf, 'dem.xlsx'))[0].rows).toEqual([[0, false]]);
    // ExcelJS's full load loses them: to it they are formulas without a value.
    expect(trimmed((await referenceRead(buf))[0])).toEqual([[uncached('COUNTIF(B:B,"Trễ hạn")'), uncached('A1>0')]]);
  });
});

describe('dates', () => {
  const MS = 86_400_000;
  it('day numbers match Date.UTC both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (day) => {
        const d = new Date(day * MS);
        expect(ymdFromDay(day)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 3000 }), fc.integer({ min: -30, max: 40 }), fc.integer({ min: -60, max: 400 }), (y, m, d) => {
        expect(dayFromYmd(y, m, d)).toBe(Math.round(Date.UTC(y, m - 1, d) / MS));
        const real = !(m < 1 || m > 12 || d < 1) && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(isRealDate(y, m, d)).toBe(real);
      }),
      { numRuns: 5000 },
    );
  });

  it('the fast day-first parser agrees with the general one on every near-miss', () => {
    const digits = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max: 10 ** max - 1 }).chain((n) => fc.integer({ min, max }).map((w) => String(n).padStart(w, '0').slice(-w)));
    const sep = fc.constantFrom('/', '-', '.', ' ', ':', 'x');
    const shaped = fc
      .tuple(digits(1, 3), sep, digits(1, 3), sep, digits(2, 5), fc.option(fc.tuple(fc.constantFrom(' ', 'T', '  '), digits(1, 3), fc.constantFrom(':', 'h'), digits(1, 3), fc.option(fc.tuple(fc.constant(':'), digits(1, 3))), fc.constantFrom('', ' SA', ' CH', ' '))))
      .map(([d, s1, m, s2, y, t]) => `${d}${s1}${m}${s2}${y}${t ? `${t[0]}${t[1]}${t[2]}${t[3]}${t[4] ? t[4].join('') : ''}${t[5]}` : ''}`);
    fc.assert(
      fc.property(shaped, (s) => {
        // A leading space never takes the fast path; the general path trims it (but quotes the raw text).
        const general = parseDateText(` ${s}`);
        const expected = general.ok ? general : { ok: false, reason: general.reason.replace(`" ${s}"`, `"${s}"`) };
        expect(parseDateText(s)).toEqual(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('text cells', () => {
  const anyText = fc.string({ unit: fc.constantFrom(...'ab Z9-\t\n\u00a0\u3000\ufeff\u200b\u00adếệ\u0301e'.split('')), maxLength: 20 });
  it('readText and isBlank keep their definitions', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 })), (s) => {
        expect(readText(s)).toBe(removeInvisible(s).replace(/\s+/g, ' ').trim().normalize('NFC') || null);
        expect(isBlank(s)).toBe(s.trim() === '');
      }),
      { numRuns: 5000 },
    );
  });
});
