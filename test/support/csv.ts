/** Reads CSV for the tests, independently of the writer under test (web/src/csv.ts). */

/** A strict RFC 4180 reader, the tests' own: what the pages write must read back the same (CRLF lines, quotes doubled). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (char === '"') throw new Error(`A quote inside an unquoted field at ${i}`);
      field += char;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('The last line does not end with CRLF');
  return rows;
}
