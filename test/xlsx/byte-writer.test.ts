import { ByteWriter } from '../../src/xlsx/byte-writer';

describe('ByteWriter', () => {
  test('writes digits, ASCII and UTF-8 as String() and Buffer.from would', () => {
    const w = new ByteWriter(4); // tiny on purpose: every write below has to grow it
    for (const n of [0, 7, 10, 45306, 9_007_199_254_740_991]) {
      w.digits(n);
      w.ascii(',');
    }
    w.utf8('Đơn vị «Sở Tư pháp»');
    expect(w.take().toString('utf8')).toBe('0,7,10,45306,9007199254740991,Đơn vị «Sở Tư pháp»');
  });

  test('take hands over the bytes written and starts again empty', () => {
    const w = new ByteWriter();
    w.ascii('<row r="');
    w.digits(12);
    w.ascii('">');
    const first = w.take();
    expect(w.length).toBe(0);
    w.utf8('ấ');
    expect(w.length).toBe(3); // U+1EA5 is three bytes in UTF-8
    expect(first.toString('latin1')).toBe('<row r="12">');
    expect(w.take()).toEqual(Buffer.from('ấ', 'utf8'));
  });
});
