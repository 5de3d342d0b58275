/**
 * OICA's vehicle production (2006–2023) and sales (2005–2023) by country, as compiled by J. P.
 * Helveston (data/oica) → figure records, refusing every implausible value with the reason.
 */

import fs from 'node:fs';
import path from 'node:path';
import * as isoCountries from 'i18n-iso-countries';
import { DEFAULT_DATA_DIR, sortByKey, type LeftOut, type SourceRecord } from './records';

export const OICA_ORG_ID = 'org:oica';
export const OICA_PRODUCTION_SOURCE_ID = 'source:oica-production-2006-2023';
export const OICA_SALES_SOURCE_ID = 'source:oica-sales-2005-2023';
const COMMIT = '098bb086a3a8304a6cfee22a75989052566831de';
const TOTAL_NOTE = 'passenger + commercial, as OICA totals';

/**
 * A value below this share of its yardstick is refused (a cut number, or a missing count written 0).
 * The yardstick is the series' last accepted value; before any is accepted, the series' median.
 */
export const MIN_SHARE_OF_PREVIOUS = 0.01;
/** A value above this multiple of its yardstick is refused (a misplaced separator or unit)… */
export const MAX_MULTIPLE_OF_PREVIOUS = 100;
/** …when that value is at least this large: a new plant may take a country from a handful of vehicles to thousands. */
export const MIN_BASE_FOR_MULTIPLE = 100;

type VehicleClass = 'PASSENGER_CARS' | 'COMMERCIAL_VEHICLES' | 'ALL_VEHICLES';

/** A figures.json record (dataset 2.0.0). */
export interface FigureRecord {
  id: string;
  exporterId: string;
  destinationId: string | null;
  flow: 'PRODUCTION' | 'SALES';
  metric: 'UNITS';
  value: number;
  basis: 'OFFICIAL';
  vehicleClass: VehicleClass;
  countedBy: 'MANUFACTURERS';
  periodStart: string;
  periodEnd: string;
  reporterId: string;
  sourceId: string;
  doubtful: boolean;
  note: string | null;
}

/** An organizations.json record. */
export interface OrganizationRecord {
  id: string;
  name: string;
  shortName: string | null;
  countryId: string | null;
  sources: string[];
}

/** What buildOicaFigures returns: records in the 2.0.0 shapes, sorted by id, and every refused row. */
export interface OicaFigures {
  figures: FigureRecord[];
  organizations: OrganizationRecord[];
  sources: SourceRecord[];
  leftOut: LeftOut[];
}

/** The CSV texts of data/oica. */
export interface OicaInput {
  production: string;
  sales: string;
}

/** One of the two tables: its file, what it counts, the years it covers and its type codes. */
interface Table {
  file: string;
  flow: 'PRODUCTION' | 'SALES';
  slug: string;
  sourceId: string;
  firstYear: number;
  lastYear: number;
  types: Readonly<Record<string, VehicleClass>>;
}

const PRODUCTION: Table = {
  file: 'data/oica/production.csv',
  flow: 'PRODUCTION',
  slug: 'production',
  sourceId: OICA_PRODUCTION_SOURCE_ID,
  firstYear: 2006,
  lastYear: 2023,
  types: { pv: 'PASSENGER_CARS', cv: 'COMMERCIAL_VEHICLES' },
};

const SALES: Table = {
  file: 'data/oica/sales_country.csv',
  flow: 'SALES',
  slug: 'sales',
  sourceId: OICA_SALES_SOURCE_ID,
  firstYear: 2005,
  lastYear: 2023,
  types: { pc: 'PASSENGER_CARS', cv: 'COMMERCIAL_VEHICLES' },
};

const CLASS_SLUG: Readonly<Record<VehicleClass, string>> = {
  PASSENGER_CARS: 'passenger-cars',
  COMMERCIAL_VEHICLES: 'commercial-vehicles',
  ALL_VEHICLES: 'all-vehicles',
};

/** The compilation writes Taiwan's ISO 3166-2 subdivision code (M49 has no Taiwan); ISO 3166-1 has TW. */
const CODE_FIXES: Readonly<Record<string, string>> = { 'CN-TW': 'TW' };

const COLUMNS = ['year', 'country', 'type', 'n', 'code_iso_alpha2'] as const;

/** One data row of a table, with its line in the file. */
interface Row {
  line: number;
  year: string;
  country: string;
  type: string;
  n: string;
  code: string;
}

/** The rows of a CSV table (no quoting: the compilation has none, and a quote is refused rather than misread). */
function parseCsv(text: string, file: string): Row[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header = (lines[0] ?? '').split(',');
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0) throw new Error(`${file}: expected the columns ${COLUMNS.join(', ')}; the header line lacks ${missing.join(', ')}.`);
  const rows: Row[] = [];
  lines.slice(1).forEach((text, i) => {
    if (text === '') return;
    const line = i + 2;
    if (text.includes('"')) throw new Error(`${file} line ${line}: expected unquoted fields; got ${text}.`);
    const cells = text.split(',');
    if (cells.length !== header.length) throw new Error(`${file} line ${line}: expected ${header.length} fields; got ${cells.length}.`);
    const cell = (c: (typeof COLUMNS)[number]): string => cells[index[c]]!.trim();
    rows.push({ line, year: cell('year'), country: cell('country'), type: cell('type'), n: cell('n'), code: cell('code_iso_alpha2') });
  });
  return rows;
}

/** The ISO alpha-2 code of a row's country, or the reason the row is not a country's. */
function countryCodeOf(row: Row): { code: string } | { reason: string } {
  const code = CODE_FIXES[row.code] ?? row.code;
  // "NA" is R's missing value in this column, and also Namibia's code: only the name tells them apart.
  if (code === 'NA' && isoCountries.getAlpha2Code(row.country, 'en') !== 'NA') {
    return { reason: row.country === '' ? 'not a country: a row with an empty country' : `not a country: "${row.country}" is OICA's own grouping, not a country` };
  }
  if (!isoCountries.isValid(code)) return { reason: `not a country: "${code}" is no ISO 3166-1 alpha-2 code` };
  return { code };
}

/**
 * The number of vehicles a cell states, or the reason it states none: "NA" (missing), a non-number,
 * a negative value, a fraction. Float noise of the compiler's arithmetic (930.0000000000001) is a
 * whole number; a real fraction (9232.996696944674) was computed, not published, and is refused.
 */
function unitsOf(cell: string): { value: number } | { reason: string } {
  if (cell === 'NA' || cell === '') return { reason: 'missing: the table has "NA"' };
  if (!/^-?\d+(\.\d+)?$/.test(cell)) return { reason: `not a number: "${cell}"` };
  const value = Number(cell);
  if (value < 0) return { reason: `a negative number of vehicles: ${cell}` };
  const whole = Math.round(value);
  if (Math.abs(value - whole) > 1e-6) return { reason: `not a whole number of vehicles: ${cell} (OICA publishes units; this was computed)` };
  return { value: whole };
}

/** A row whose cell parsed, waiting for the series check. */
interface Candidate {
  row: Row;
  code: string;
  year: number;
  vehicleClass: VehicleClass;
  value: number;
}

/** What a value is compared with: the series' last accepted value, or its median when none was accepted before. */
interface Yardstick {
  value: number;
  /** How the reason names it, e.g. "(2019), the series' last accepted value". */
  label: string;
}

/** Why a value does not fit its series, or null. */
function implausibility(value: number, yardstick: Yardstick): string | null {
  if (yardstick.value === 0) return null;
  if (value < yardstick.value * MIN_SHARE_OF_PREVIOUS) {
    return `${value} is below ${MIN_SHARE_OF_PREVIOUS * 100}% of ${yardstick.value} ${yardstick.label}: a number cut at its thousands separator, or a missing count written as 0`;
  }
  if (yardstick.value >= MIN_BASE_FOR_MULTIPLE && value > yardstick.value * MAX_MULTIPLE_OF_PREVIOUS) {
    return `${value} is more than ${MAX_MULTIPLE_OF_PREVIOUS}× ${yardstick.value} ${yardstick.label}: a misplaced separator or unit`;
  }
  return null;
}

/** The median of a series' values (the upper one of an even count): a corrupt value or two cannot move it far. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The id of a figure: figure:oica-<production|sales>-<code>-<year>-<class>. */
function figureId(table: Table, code: string, year: number, vehicleClass: VehicleClass): string {
  return `figure:oica-${table.slug}-${code.toLowerCase()}-${year}-${CLASS_SLUG[vehicleClass]}`;
}

/** A figure record of the 2.0.0 shape, fields in the kind's order. */
function figure(table: Table, code: string, year: number, vehicleClass: VehicleClass, value: number, note: string | null): FigureRecord {
  return {
    id: figureId(table, code, year, vehicleClass),
    exporterId: `country:${code}`,
    destinationId: null,
    flow: table.flow,
    metric: 'UNITS',
    value,
    basis: 'OFFICIAL',
    vehicleClass,
    countedBy: 'MANUFACTURERS',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    reporterId: OICA_ORG_ID,
    sourceId: table.sourceId,
    doubtful: false,
    note,
  };
}

/** The figures of one table and its refused rows. */
function buildTable(table: Table, text: string): { figures: FigureRecord[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const refuse = (row: Row, record: string, reason: string): void => {
    leftOut.push({ input: `${table.file} line ${row.line}: ${row.year} ${row.country || '(empty)'} ${row.type} "${row.n}"`, record, reason });
  };

  const series = new Map<string, Candidate[]>();
  const seen = new Map<string, number>();
  for (const row of parseCsv(text, table.file)) {
    const vehicleClass = table.types[row.type];
    const year = Number(row.year);
    const country = countryCodeOf(row);
    const record = 'code' in country && vehicleClass !== undefined ? figureId(table, country.code, year, vehicleClass) : `a ${table.flow} figure`;
    if ('reason' in country) {
      refuse(row, record, country.reason);
      continue;
    }
    if (vehicleClass === undefined) {
      refuse(row, record, `unknown vehicle type "${row.type}": expected ${Object.keys(table.types).join(' or ')}`);
      continue;
    }
    if (!Number.isInteger(year) || year < table.firstYear || year > table.lastYear) {
      refuse(row, record, `a year outside ${table.firstYear}–${table.lastYear}, the years the source covers`);
      continue;
    }
    const firstLine = seen.get(record);
    if (firstLine !== undefined) {
      refuse(row, record, `a second row for the same country, year and type (the first is line ${firstLine})`);
      continue;
    }
    seen.set(record, row.line);
    const units = unitsOf(row.n);
    if ('reason' in units) {
      refuse(row, record, units.reason);
      continue;
    }
    const key = `${country.code} ${vehicleClass}`;
    series.set(key, [...(series.get(key) ?? []), { row, code: country.code, year, vehicleClass, value: units.value }]);
  }

  const accepted = new Map<string, number>(); // "<code> <year> <class>" → value
  const figures: FigureRecord[] = [];
  for (const candidates of series.values()) {
    candidates.sort((a, b) => a.year - b.year);
    // A refused year never becomes the yardstick, however many years back the last accepted one lies.
    // Until a value is accepted, the series' median is the yardstick: a cut first value compared with
    // nothing would otherwise be accepted and make every true value after it look like a jump.
    const seriesMedian = median(candidates.map((c) => c.value));
    let previous: { year: number; value: number } | undefined;
    candidates.forEach((c) => {
      const reason = implausibility(
        c.value,
        previous === undefined
          ? { value: seriesMedian, label: 'the median of its series, which has no accepted year before it' }
          : { value: previous.value, label: `(${previous.year}), the series' last accepted value` },
      );
      if (reason !== null) {
        refuse(c.row, figureId(table, c.code, c.year, c.vehicleClass), reason);
        return;
      }
      previous = { year: c.year, value: c.value };
      accepted.set(`${c.code} ${c.year} ${c.vehicleClass}`, c.value);
      figures.push(figure(table, c.code, c.year, c.vehicleClass, c.value, null));
    });
  }

  // OICA's tables publish a total of both classes; it is summed only where both counts were accepted.
  for (const [key, cars] of accepted) {
    const [code, year, vehicleClass] = key.split(' ') as [string, string, VehicleClass];
    if (vehicleClass !== 'PASSENGER_CARS') continue;
    const commercial = accepted.get(`${code} ${year} COMMERCIAL_VEHICLES`);
    if (commercial !== undefined) figures.push(figure(table, code, Number(year), 'ALL_VEHICLES', cars + commercial, TOTAL_NOTE));
  }
  return { figures, leftOut };
}

/** The two source records of the compilation. */
export function oicaSources(): SourceRecord[] {
  const publisher = 'OICA (compiled by J. P. Helveston, github.com/jhelvy/oica)';
  const url = (file: string): string => `https://github.com/jhelvy/oica/blob/${COMMIT}/data-raw/${file}`;
  // The compilation carries no publication date (its DESCRIPTION has none): published is null.
  return [
    { id: OICA_PRODUCTION_SOURCE_ID, publisher, title: 'Motor vehicle production by country, 2006–2023', url: url('production.csv'), published: null, publishedPrecision: null, kind: 'STATISTICS' },
    { id: OICA_SALES_SOURCE_ID, publisher, title: 'New vehicle sales by country, 2005–2023', url: url('sales_country.csv'), published: null, publishedPrecision: null, kind: 'STATISTICS' },
  ];
}

/** The organization record of OICA, the reporter of every OICA figure. */
export function oicaOrganization(): OrganizationRecord {
  return {
    id: OICA_ORG_ID,
    name: "Organisation Internationale des Constructeurs d'Automobiles",
    shortName: 'OICA',
    countryId: 'country:FR',
    sources: [OICA_PRODUCTION_SOURCE_ID, OICA_SALES_SOURCE_ID],
  };
}

/** Reads the two CSV files of data/oica. */
export function readOica(dataDir: string = DEFAULT_DATA_DIR): OicaInput {
  return {
    production: fs.readFileSync(path.join(dataDir, 'oica', 'production.csv'), 'utf8'),
    sales: fs.readFileSync(path.join(dataDir, 'oica', 'sales_country.csv'), 'utf8'),
  };
}

/**
 * Figures of both tables: one per accepted cell (PASSENGER_CARS or COMMERCIAL_VEHICLES, a country's
 * own production or sales, destination null) plus an ALL_VEHICLES total where both classes of a
 * country and year were accepted; every refused row is a left-out entry naming file, line, value and reason.
 */
export function buildOicaFigures(input: OicaInput): OicaFigures {
  const production = buildTable(PRODUCTION, input.production);
  const sales = buildTable(SALES, input.sales);
  return {
    figures: sortByKey([...production.figures, ...sales.figures], (f) => f.id),
    organizations: [oicaOrganization()],
    sources: oicaSources(),
    leftOut: [...production.leftOut, ...sales.leftOut],
  };
}
