/** CSV as RFC 4180 writes it, for the pages' downloads: a header row, fields quoted where they must be, CRLF line ends. */

export type CsvValue = string | number | boolean | null | undefined;

/** One column: its header and how a row gives its field. */
export interface CsvColumn<Row> {
  header: string;
  value(row: Row): CsvValue;
}

/**
 * One field: null, undefined and non-finite numbers are empty; numbers are written in full, without
 * thousands separators, as a program reads them. A field holding a quote, a comma, a line break or
 * leading or trailing spaces is quoted, its quotes doubled. Values are never altered otherwise (no
 * spreadsheet-formula guard): the file is the data as shown, for the researcher's own tools.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the headers, then one line per row, each line ended by CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)), ...rows.map((row) => columns.map((column) => csvField(column.value(row))))];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** A file name from words: "China vs Japan", 2019 -> "autograph-china-vs-japan-2019.csv". */
export function csvFileName(...parts: (string | number)[]): string {
  const slug = ['autograph', ...parts]
    .map((part) =>
      String(part)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-');
  return `${slug.slice(0, 120).replace(/-+$/, '')}.csv`;
}
