/** The shape of each seed file, as data the validator walks (documented in seeds/README.md). */

import type { Kind } from '../common/ids';

/** One field's rule. `?` in the type makes null allowed. */
export type FieldRule =
  | { type: 'string'; nullable?: boolean; max?: number }
  | { type: 'number'; nullable?: boolean; integer?: boolean; min?: number }
  | { type: 'boolean' }
  | { type: 'date'; nullable?: boolean }
  | { type: 'enum'; values: readonly string[]; nullable?: boolean }
  | { type: 'id'; kind: Kind | readonly Kind[]; nullable?: boolean; ref?: boolean }
  | { type: 'ids'; kind: Kind; nonEmpty?: boolean; ref?: boolean }
  | { type: 'strings' }
  | { type: 'enums'; values: readonly string[] };

export interface FileRule {
  /** File name in seeds/. */
  file: string;
  /** The field whose value identifies a record in messages (and must be unique), if any. */
  idField?: string;
  /** Kind of the record's id. */
  kind?: Kind;
  fields: Record<string, FieldRule>;
}

const PRECISION = ['DAY', 'MONTH', 'YEAR'] as const;
const precision = { type: 'enum', values: PRECISION, nullable: true } as const;
const optionalDate = { type: 'date', nullable: true } as const;
const sources = { type: 'ids', kind: 'source', nonEmpty: true, ref: true } as const;

export const SEED_FILES: readonly FileRule[] = [
  {
    file: 'sources.json',
    idField: 'id',
    kind: 'source',
    fields: {
      id: { type: 'id', kind: 'source' },
      publisher: { type: 'string', max: 200 },
      title: { type: 'string', max: 300 },
      url: { type: 'string', nullable: true, max: 2000 },
      published: optionalDate,
      publishedPrecision: precision,
      kind: { type: 'enum', values: ['NEWS', 'STATISTICS', 'COMPANY', 'GOVERNMENT', 'ANALYSIS'] },
    },
  },
  {
    file: 'countries.json',
    idField: 'id',
    kind: 'country',
    fields: {
      id: { type: 'id', kind: 'country' },
      code: { type: 'string', max: 2 },
      name: { type: 'string', max: 200 },
      sources,
    },
  },
  {
    file: 'organizations.json',
    idField: 'id',
    kind: 'org',
    fields: {
      id: { type: 'id', kind: 'org' },
      name: { type: 'string', max: 200 },
      shortName: { type: 'string', nullable: true, max: 40 },
      countryId: { type: 'id', kind: 'country', nullable: true, ref: true },
      sources,
    },
  },
  {
    file: 'automakers.json',
    idField: 'id',
    kind: 'automaker',
    fields: {
      id: { type: 'id', kind: 'automaker' },
      name: { type: 'string', max: 200 },
      countryId: { type: 'id', kind: 'country', ref: true },
      sources,
    },
  },
  {
    file: 'factories.json',
    idField: 'id',
    kind: 'factory',
    fields: {
      id: { type: 'id', kind: 'factory' },
      name: { type: 'string', max: 200 },
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      countryId: { type: 'id', kind: 'country', ref: true },
      city: { type: 'string', nullable: true, max: 200 },
      status: { type: 'enum', values: ['OPERATING', 'UNDER_CONSTRUCTION', 'ANNOUNCED', 'CLOSED'] },
      products: { type: 'strings' },
      announced: optionalDate,
      announcedPrecision: precision,
      constructionStarted: optionalDate,
      constructionStartedPrecision: precision,
      opened: optionalDate,
      openedPrecision: precision,
      closed: optionalDate,
      closedPrecision: precision,
      capacityPerYear: { type: 'number', nullable: true, integer: true, min: 1 },
      roles: { type: 'enums', values: ['EXPORT_HUB'] },
      sources,
    },
  },
  {
    file: 'markets.json',
    idField: 'id',
    kind: 'market',
    fields: {
      id: { type: 'id', kind: 'market' },
      name: { type: 'string', max: 200 },
      kind: { type: 'enum', values: ['COUNTRY', 'REGION'] },
      countryIds: { type: 'ids', kind: 'country', nonEmpty: true, ref: true },
      sources,
    },
  },
  {
    file: 'market-links.json',
    fields: {
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      marketId: { type: 'id', kind: 'market', ref: true },
      kind: { type: 'enum', values: ['SELLS_IN', 'EXPORTS_TO', 'TARGETS'] },
      since: optionalDate,
      sincePrecision: precision,
      until: optionalDate,
      untilPrecision: precision,
      sources,
    },
  },
  {
    file: 'figures.json',
    idField: 'id',
    kind: 'figure',
    fields: {
      id: { type: 'id', kind: 'figure' },
      exporterId: { type: 'id', kind: ['country', 'automaker'], ref: true },
      destinationId: { type: 'id', kind: 'market', nullable: true, ref: true },
      metric: { type: 'enum', values: ['UNITS', 'VALUE_USD', 'GROWTH_PERCENT'] },
      value: { type: 'number' },
      basis: { type: 'enum', values: ['OFFICIAL', 'ESTIMATE', 'FORECAST', 'TARGET'] },
      vehicleClass: {
        type: 'enum',
        values: ['ALL_VEHICLES', 'PASSENGER_CARS', 'LIGHT_VEHICLES', 'NEW_ENERGY_VEHICLES', 'BUSES'],
      },
      countedBy: { type: 'enum', values: ['MANUFACTURERS', 'CUSTOMS'] },
      periodStart: { type: 'date' },
      periodEnd: { type: 'date' },
      reporterId: { type: 'id', kind: 'org', nullable: true, ref: true },
      sourceId: { type: 'id', kind: 'source', ref: true },
      doubtful: { type: 'boolean' },
    },
  },
];
