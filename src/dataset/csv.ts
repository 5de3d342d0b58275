/**
 * CSV for `npm run import`: an RFC 4180 parser that remembers the line each record starts on (quoted
 * cells may hold commas, quotes written "" and line breaks), and the conversion of a kind's CSV rows
 * into seed records: columns are the kind's fields, lists are separated by ";", an empty cell is null
 * (an empty list in a list column).
 */

import { defaultOf, type FieldRule, type FileRule, type SeedRecord } from '../seed';

/** One parsed CSV record and the line (1-based) it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvParseResult {
  rows: CsvRow[];
  /** Syntax problems, each starting with "line <n>". */
  errors: string[];
}

/**
 * Parses CSV text into rows of cells. Lines that are entirely empty are skipped; a BOM is dropped;
 * CRLF and LF both end a record. An unterminated quote or text after a closing quote is an error
 * naming its line; parsing goes on with the next line.
 */
export function parseCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  const errors: string[] = [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  let line = 1;
  while (i < input.length) {
    const start = line;
    // An empty line is no record.
    if (input[i] === '\n' || (input[i] === '\r' && input[i + 1] === '\n')) {
      i += input[i] === '\r' ? 2 : 1;
      line += 1;
      continue;
    }
    const cells: string[] = [];
    let cell = '';
    let bad = false;
    for (;;) {
      if (input[i] === '"') {
        const quoteLine = line;
        i += 1;
        let closed = false;
        while (i < input.length) {
          const ch = input[i]!;
          if (ch === '"') {
            if (input[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (ch === '\n') line += 1;
          cell += ch;
          i += 1;
        }
        if (!closed) {
          errors.push(`line ${quoteLine}: a quoted cell is never closed (expected a closing ").`);
          return { rows, errors };
        }
        if (i < input.length && input[i] !== ',' && input[i] !== '\n' && !(input[i] === '\r' && input[i + 1] === '\n')) {
          errors.push(`line ${line}: expected a comma or the end of the line after a closing quote; got ${JSON.stringify(input[i])}.`);
          bad = true;
        }
      }
      // Unquoted text up to the next comma or line end.
      while (i < input.length && input[i] !== ',' && input[i] !== '\n' && !(input[i] === '\r' && input[i + 1] === '\n')) {
        cell += input[i];
        i += 1;
      }
      cells.push(cell);
      cell = '';
      if (input[i] === ',') {
        i += 1;
        continue;
      }
      break;
    }
    if (i < input.length) {
      i += input[i] === '\r' ? 2 : 1;
      line += 1;
    }
    if (!bad) rows.push({ line: start, cells });
  }
  return { rows, errors };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One cell as the value its field's rule expects; text that does not fit is kept, for validation to name. */
export function convertCell(rule: FieldRule, cell: string): unknown {
  switch (rule.type) {
    case 'ids':
    case 'strings':
    case 'enums':
      return cell.trim() === '' ? [] : cell.split(';').map((item) => item.trim());
    case 'number':
      if (cell.trim() === '') return null;
      return NUMBER.test(cell.trim()) ? Number(cell.trim()) : cell;
    case 'boolean': {
      const lower = cell.trim().toLowerCase();
      if (lower === '') return null;
      return lower === 'true' ? true : lower === 'false' ? false : cell;
    }
    default:
      return cell === '' ? null : cell;
  }
}

export interface CsvRecords {
  /** Records with the line each starts on. */
  records: { value: SeedRecord; line: number }[];
  /** Problems of syntax and of the header, each naming the file and the line. */
  problems: string[];
}

/**
 * Turns the CSV text of one kind into records: the first row names the columns (every field of the
 * kind, in any order, nothing else); each further row is one record.
 */
export function csvToRecords(rule: FileRule, text: string, file: string): CsvRecords {
  const { rows, errors } = parseCsv(text);
  const problems = errors.map((e) => `${file} ${e}`);
  const [header, ...body] = rows;
  if (header === undefined) {
    problems.push(`${file}: expected a header row naming the columns ${Object.keys(rule.fields).join(', ')}; got an empty file.`);
    return { records: [], problems };
  }
  const columns = header.cells.map((c) => c.trim());
  const fields = Object.keys(rule.fields);
  const headerProblems: string[] = [];
  columns.forEach((column, index) => {
    if (!(column in rule.fields)) {
      headerProblems.push(`${file} line ${header.line} column ${index + 1} "${column}": unknown column (expected only ${fields.join(', ')}).`);
    } else if (columns.indexOf(column) !== index) {
      headerProblems.push(`${file} line ${header.line} column ${index + 1} "${column}": duplicate column.`);
    }
  });
  for (const field of fields) {
    // An optional field may be left out of the header: every row then has its default (null or []).
    if (!columns.includes(field) && defaultOf(rule.fields[field]!) === undefined) {
      headerProblems.push(`${file} line ${header.line}: missing column "${field}".`);
    }
  }
  // Without a sound header no row can be read reliably: report the header, not every row.
  if (headerProblems.length > 0) return { records: [], problems: [...problems, ...headerProblems] };

  const records: CsvRecords['records'] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      problems.push(`${file} line ${row.line}: expected ${columns.length} cells, as many as the header has columns; got ${row.cells.length}.`);
      continue;
    }
    const value: SeedRecord = {};
    for (const field of fields) {
      const index = columns.indexOf(field);
      value[field] = index === -1 ? defaultOf(rule.fields[field]!) : convertCell(rule.fields[field]!, row.cells[index]!);
    }
    records.push({ value, line: row.line });
  }
  return { records, problems };
}

/** Quotes a cell when it holds a comma, a quote or a line break. */
function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes records of one kind as CSV (header = the kind's fields), the inverse of csvToRecords. */
export function recordsToCsv(rule: FileRule, records: readonly SeedRecord[]): string {
  const fields = Object.keys(rule.fields);
  const cell = (value: unknown): string =>
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return [fields.join(','), ...records.map((r) => fields.map((f) => quoteCell(cell(r[f]))).join(','))].join('\n') + '\n';
}
