/** The CSV writer of the pages' downloads (web/src/csv.ts): RFC 4180 quoting, numbers in full, CRLF lines. */

import { csvField, csvFileName, toCsv, type CsvColumn } from '../../web/src/csv';
import { parseCsv } from '../support/csv';

describe('csvField', () => {
  it('writes plain text, numbers and booleans as they are', () => {
    expect(csvField('China')).toBe('China');
    expect(csvField(4910000)).toBe('4910000');
    expect(csvField(6200000000)).toBe('6200000000');
    expect(csvField(-2.5)).toBe('-2.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField('')).toBe('');
  });

  it('leaves null, undefined and non-finite numbers empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('4,910,000')).toBe('"4,910,000"');
    expect(csvField('the "preferred" figure')).toBe('"the ""preferred"" figure"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes a field with leading or trailing spaces, so that no reader trims them', () => {
    expect(csvField(' CAAM')).toBe('" CAAM"');
    expect(csvField('CAAM ')).toBe('"CAAM "');
    expect(csvField('\tx')).toBe('"\tx"');
  });

  it('keeps text that a spreadsheet would read as a formula as it is (the data, unaltered)', () => {
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvField('-5%')).toBe('-5%');
  });

  it('keeps accents and other scripts as they are', () => {
    expect(csvField('Komárom')).toBe('Komárom');
    expect(csvField('中国汽车工业协会')).toBe('中国汽车工业协会');
  });
});

describe('toCsv', () => {
  interface Row {
    name: string;
    value: number | null;
    note: string | null;
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'entity', value: (row) => row.name },
    { header: 'value', value: (row) => row.value },
    { header: 'note', value: (row) => row.note },
  ];

  it('writes a header line and one line per row, each ended by CRLF', () => {
    const csv = toCsv(columns, [
      { name: 'China', value: 4910000, note: 'up 57.9%, a record' },
      { name: 'Japan', value: null, note: null },
    ]);
    expect(csv).toBe('entity,value,note\r\nChina,4910000,"up 57.9%, a record"\r\nJapan,,\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('entity,value,note\r\n');
  });

  it('quotes headers too when they need it', () => {
    expect(toCsv([{ header: 'value, units', value: () => 1 }], [{}])).toBe('"value, units"\r\n1\r\n');
  });

  it('keeps a line break inside a quoted field, so a reader splitting on CRLF outside quotes gets the rows back', () => {
    const csv = toCsv(columns, [{ name: 'A', value: 1, note: 'two\r\nlines' }]);
    expect(csv).toBe('entity,value,note\r\nA,1,"two\r\nlines"\r\n');
    expect(parseCsv(csv)).toEqual([
      ['entity', 'value', 'note'],
      ['A', '1', 'two\r\nlines'],
    ]);
  });

  it('round-trips awkward text through a strict RFC 4180 reader', () => {
    const awkward = ['"', '""', ',', ' x ', 'a"b,c\nd', '', 'plain'];
    const csv = toCsv(
      awkward.map((_, i) => ({ header: `c${i}`, value: (row: string[]) => row[i] })),
      [awkward],
    );
    expect(parseCsv(csv)).toEqual([awkward.map((_, i) => `c${i}`), awkward]);
  });
});

describe('csvFileName', () => {
  it('makes a lower-case, dash-separated name from words and numbers', () => {
    expect(csvFileName('series', 'China vs Japan', 'exports', 2019, 2025)).toBe('autograph-series-china-vs-japan-exports-2019-2025.csv');
  });

  it('drops accents and punctuation', () => {
    expect(csvFileName('Sellers in Côte d’Ivoire', '')).toBe('autograph-sellers-in-cote-d-ivoire.csv');
  });
});
