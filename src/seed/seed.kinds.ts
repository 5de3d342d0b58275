/**
 * Every kind of record the graph holds, as one table: its fields (validation), how it is written
 * (MERGE), how it is read back in the same shape (export, hash, change detection), how it is counted,
 * and which relationships it owns. Seeding, `npm run import` and `npm run export` all walk this table:
 * adding a kind here is enough for all three. The order is the dependency order of writing.
 */

import { describeKinds, tryParseId, type Kind, type Label } from '../common/ids';
import {
  CLAIM_KINDS,
  CLAIM_UNITS,
  COMPANY_LINK_TYPES,
  COUNTING_METHODS,
  DATE_PRECISIONS,
  FACTORY_ROLES,
  FACTORY_STATUSES,
  FIGURE_BASES,
  FIGURE_FLOWS,
  MARKET_LINK_STATUSES,
  SALES_CHANNELS,
  MARKET_KINDS,
  MARKET_LINK_TYPES,
  MEASURE_KINDS,
  MEASURE_LINK_TYPES,
  RELATIONSHIPS,
  SOURCE_KINDS,
  STATISTICS_SERIES,
  TRADE_METRICS,
  typeAlternation,
  valuesOf,
  VEHICLE_CLASSES,
} from '../common/vocabulary';
import type { FileRule } from './seed.schema';

export type SeedRecord = Record<string, unknown>;

/** A relationship a record owns, as [type, id of the other end, sources]; `<TYPE` points at the record. */
export type OwnedRelationship = [type: string, otherId: string, sources: unknown];

export interface SeedKind extends FileRule {
  /** Neo4j label of the nodes of this kind (absent for a kind that is a relationship). */
  label?: Label;
  /** Identity of a record: the parameter map `readByKeys` takes for it. */
  key: (record: SeedRecord) => Record<string, unknown>;
  /** Identity of a record as one string: sort order of exports and hashes, duplicate detection. */
  keyString: (record: SeedRecord) => string;
  /** MERGEs `$rows`; running it twice changes nothing. */
  write: string;
  /** Every record of the kind: `RETURN record, rels`. */
  readAll: string;
  /** The stored records for `$keys` (maps from `key`): `RETURN record, rels`; a missing key returns no row. */
  readByKeys: string;
  /** A MATCH pattern whose rows are the kind's records, counted by `COUNT { … }`. */
  countPattern: string;
  /** The relationships writing a record creates (compared with `rels` as read back). */
  relationships: (record: SeedRecord) => OwnedRelationship[];
  /** For a kind that is itself a relationship: its relationship type (default: the record's `kind`). */
  relationshipType?: (record: SeedRecord) => string;
}

const PRECISION = valuesOf(DATE_PRECISIONS);
const precision = { type: 'enum', values: PRECISION, nullable: true } as const;
const optionalDate = { type: 'date', nullable: true } as const;
const sources = { type: 'ids', kind: 'source', nonEmpty: true, ref: true } as const;

const toDate = (field: string): string => `CASE WHEN row.${field} IS NULL THEN null ELSE date(row.${field}) END`;

const byId = {
  key: (r: SeedRecord) => ({ id: r['id'] }),
  keyString: (r: SeedRecord) => String(r['id']),
};

/** Read queries of a node kind, from its projection of `n` and the relationships it owns. */
function nodeReads(label: Label, projection: string, rels: string): Pick<SeedKind, 'readAll' | 'readByKeys' | 'countPattern'> {
  return {
    readAll: `
MATCH (n:${label})
RETURN ${projection} AS record, ${rels} AS rels
ORDER BY n.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (n:${label} {id: key.id})
RETURN ${projection} AS record, ${rels} AS rels`,
    countPattern: `MATCH (n:${label})`,
  };
}

const MEASURE_LINK_PROJECTION = '{measureId: m.id, kind: type(r), targetId: x.id, ratePercent: r.ratePercent, sources: r.sources}';

const COMPANY_LINK_PROJECTION = `{fromId: a.id, kind: type(r), toId: b.id, stakePercent: r.stakePercent, name: r.name,
  since: r.since, sincePrecision: r.sincePrecision, until: r.until, untilPrecision: r.untilPrecision, sources: r.sources}`;

const STATISTICS_PROJECTION = '{organizationId: o.id, countryId: c.id, series: r.series, vehicleClass: r.vehicleClass, sources: r.sources}';


/** A number that is a percentage (0 to 100), or null. */
const percent = (field: string, r: SeedRecord): { field: string; expected: string }[] => {
  const value = r[field];
  return typeof value === 'number' && (value <= 0 || value > 100) ? [{ field, expected: 'a percentage above 0 and at most 100' }] : [];
};

/** The highest duty rate a record may state: duties above 100% exist (125% on US imports of some Chinese cars in 2025). */
export const MAX_RATE_PERCENT = 1000;

/** A number that is a duty rate in percent (above 0, at most MAX_RATE_PERCENT), or null. */
const rate = (field: string, r: SeedRecord): { field: string; expected: string }[] => {
  const value = r[field];
  return typeof value === 'number' && (value <= 0 || value > MAX_RATE_PERCENT)
    ? [{ field, expected: `a rate in percent above 0 and at most ${MAX_RATE_PERCENT}` }]
    : [];
};

/** Whether the id in `field` is of a kind the relationship `kind` allows at that end (`from` or `to`). */
const endsAllowed = (r: SeedRecord, field: string, end: 'from' | 'to'): { field: string; expected: string }[] => {
  const parsed = tryParseId(String(r[field]));
  const allowed: readonly Kind[] = RELATIONSHIPS[r['kind'] as keyof typeof RELATIONSHIPS][end];
  return parsed !== null && !allowed.includes(parsed.kind) ? [{ field, expected: `the id of ${describeKinds(allowed)} (${end} ${String(r['kind'])})` }] : [];
};

/** The relationship-kind branches of a write: relationship types cannot be parameters, so one FOREACH per allowed type. */
const mergeByKind = (types: readonly string[], from: string, to: string): string =>
  types
    .map((t) => `FOREACH (_ IN CASE WHEN row.kind = '${t}' THEN [1] ELSE [] END | MERGE (${from})-[r:${t}]->(${to}) SET r = props)`)
    .join('\n');
const MARKET_LINK_PROJECTION = `{fromId: a.id, kind: type(r), marketId: m.id, status: r.status,
  since: r.since, sincePrecision: r.sincePrecision, until: r.until, untilPrecision: r.untilPrecision,
  channels: r.channels, partner: r.partner, dealers: r.dealers, dealersAsOf: r.dealersAsOf,
  dealersAsOfPrecision: r.dealersAsOfPrecision, models: r.models, note: r.note, sources: r.sources}`;
const FORMER_OPERATOR_PROJECTION = `{factoryId: f.id, automakerId: a.id, since: r.since, sincePrecision: r.sincePrecision,
  until: r.until, untilPrecision: r.untilPrecision, sources: r.sources}`;

export const SEED_KINDS: readonly SeedKind[] = [
  {
    name: 'sources',
    file: 'sources.json',
    idField: 'id',
    kind: 'source',
    label: 'Source',
    fields: {
      id: { type: 'id', kind: 'source' },
      publisher: { type: 'string', max: 200 },
      title: { type: 'string', max: 300 },
      url: { type: 'string', nullable: true, max: 2000 },
      published: optionalDate,
      publishedPrecision: precision,
      kind: { type: 'enum', values: valuesOf(SOURCE_KINDS) },
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s:Entity, s.publisher = row.publisher, s.title = row.title, s.url = row.url,
    s.published = ${toDate('published')}, s.publishedPrecision = row.publishedPrecision, s.kind = row.kind`,
    ...nodeReads('Source', 'n{.id, .publisher, .title, .url, .published, .publishedPrecision, .kind}', '[]'),
    relationships: () => [],
  },
  {
    name: 'countries',
    file: 'countries.json',
    idField: 'id',
    kind: 'country',
    label: 'Country',
    fields: {
      id: { type: 'id', kind: 'country' },
      code: { type: 'string', max: 2 },
      name: { type: 'string', max: 200 },
      alpha3: { type: 'string', nullable: true, max: 3 },
      numericCode: { type: 'string', nullable: true, max: 3 },
      region: { type: 'string', nullable: true, max: 100 },
      subregion: { type: 'string', nullable: true, max: 100 },
      intermediateRegion: { type: 'string', nullable: true, max: 100 },
      sources,
    },
    check: (r) => (r['id'] !== `country:${String(r['code'])}` ? [{ field: 'code', expected: `the code of the id ${String(r['id'])}` }] : []),
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c:Entity, c.code = row.code, c.name = row.name, c.alpha3 = row.alpha3, c.numericCode = row.numericCode,
    c.region = row.region, c.subregion = row.subregion, c.intermediateRegion = row.intermediateRegion, c.sources = row.sources`,
    ...nodeReads('Country', 'n{.id, .code, .name, .alpha3, .numericCode, .region, .subregion, .intermediateRegion, .sources}', '[]'),
    relationships: () => [],
  },
  {
    name: 'organizations',
    file: 'organizations.json',
    idField: 'id',
    kind: 'org',
    label: 'Organization',
    fields: {
      id: { type: 'id', kind: 'org' },
      name: { type: 'string', max: 200 },
      shortName: { type: 'string', nullable: true, max: 40 },
      countryId: { type: 'id', kind: 'country', nullable: true, ref: true },
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o:Entity, o.name = row.name, o.shortName = row.shortName, o.sources = row.sources
WITH o, row
OPTIONAL MATCH (o)-[old:BASED_IN]->(other:Country) WHERE other.id <> coalesce(row.countryId, '')
DELETE old
WITH DISTINCT o, row
CALL (o, row) {
  MATCH (c:Country {id: row.countryId})
  MERGE (o)-[r:BASED_IN]->(c)
  SET r.sources = row.sources
}`,
    ...nodeReads(
      'Organization',
      'n{.id, .name, .shortName, countryId: head([(n)-[:BASED_IN]->(c:Country) | c.id]), .sources}',
      '[(n)-[r:BASED_IN]->(c:Country) | [type(r), c.id, r.sources]]',
    ),
    relationships: (r) => (r['countryId'] === null ? [] : [['BASED_IN', String(r['countryId']), r['sources']]]),
  },
  {
    name: 'automakers',
    file: 'automakers.json',
    idField: 'id',
    kind: 'automaker',
    label: 'Automaker',
    fields: {
      id: { type: 'id', kind: 'automaker' },
      name: { type: 'string', max: 200 },
      countryId: { type: 'id', kind: 'country', ref: true },
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (a:Automaker {id: row.id})
SET a:Entity, a.name = row.name, a.sources = row.sources
WITH a, row
OPTIONAL MATCH (a)-[old:HEADQUARTERED_IN]->(other:Country) WHERE other.id <> row.countryId
DELETE old
WITH DISTINCT a, row
MATCH (c:Country {id: row.countryId})
MERGE (a)-[h:HEADQUARTERED_IN]->(c)
SET h.sources = row.sources`,
    ...nodeReads(
      'Automaker',
      'n{.id, .name, countryId: head([(n)-[:HEADQUARTERED_IN]->(c:Country) | c.id]), .sources}',
      '[(n)-[r:HEADQUARTERED_IN]->(c:Country) | [type(r), c.id, r.sources]]',
    ),
    relationships: (r) => [['HEADQUARTERED_IN', String(r['countryId']), r['sources']]],
  },
  {
    name: 'brands',
    file: 'brands.json',
    idField: 'id',
    kind: 'brand',
    label: 'Brand',
    fields: {
      id: { type: 'id', kind: 'brand' },
      name: { type: 'string', max: 200 },
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      countryId: { type: 'id', kind: 'country', nullable: true, ref: true },
      sources,
    },
    ...byId,
    // The brand's own home country is a property (a brand is not headquartered anywhere): null
    // means its automaker's country.
    write: `
UNWIND $rows AS row
MERGE (b:Brand {id: row.id})
SET b:Entity, b.name = row.name, b.countryId = row.countryId, b.sources = row.sources
WITH b, row
OPTIONAL MATCH (b)-[old:BRAND_OF]->(other:Automaker) WHERE other.id <> row.automakerId
DELETE old
WITH DISTINCT b, row
MATCH (a:Automaker {id: row.automakerId})
MERGE (b)-[r:BRAND_OF]->(a)
SET r.sources = row.sources`,
    ...nodeReads(
      'Brand',
      'n{.id, .name, automakerId: head([(n)-[:BRAND_OF]->(a:Automaker) | a.id]), .countryId, .sources}',
      '[(n)-[r:BRAND_OF]->(a:Automaker) | [type(r), a.id, r.sources]]',
    ),
    relationships: (r) => [['BRAND_OF', String(r['automakerId']), r['sources']]],
  },
  {
    name: 'factories',
    file: 'factories.json',
    idField: 'id',
    kind: 'factory',
    label: 'Factory',
    fields: {
      id: { type: 'id', kind: 'factory' },
      name: { type: 'string', max: 200 },
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      countryId: { type: 'id', kind: 'country', ref: true },
      city: { type: 'string', nullable: true, max: 200 },
      status: { type: 'enum', values: valuesOf(FACTORY_STATUSES) },
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
      roles: { type: 'enums', values: valuesOf(FACTORY_ROLES) },
      operatedSince: optionalDate,
      operatedSincePrecision: precision,
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (f:Factory {id: row.id})
SET f:Entity, f.name = row.name, f.city = row.city, f.status = row.status, f.products = row.products,
    f.roles = row.roles, f.capacityPerYear = row.capacityPerYear, f.sources = row.sources,
    f.announced = ${toDate('announced')}, f.announcedPrecision = row.announcedPrecision,
    f.constructionStarted = ${toDate('constructionStarted')}, f.constructionStartedPrecision = row.constructionStartedPrecision,
    f.opened = ${toDate('opened')}, f.openedPrecision = row.openedPrecision,
    f.closed = ${toDate('closed')}, f.closedPrecision = row.closedPrecision
WITH f, row
OPTIONAL MATCH (f)-[oldLoc:LOCATED_IN]->(other:Country) WHERE other.id <> row.countryId
DELETE oldLoc
WITH DISTINCT f, row
OPTIONAL MATCH (f)<-[oldOp:OPERATES]-(otherOp:Automaker) WHERE otherOp.id <> row.automakerId
DELETE oldOp
WITH DISTINCT f, row
MATCH (c:Country {id: row.countryId}), (a:Automaker {id: row.automakerId})
MERGE (f)-[l:LOCATED_IN]->(c)
SET l.sources = row.sources
MERGE (a)-[o:OPERATES]->(f)
SET o.sources = row.sources, o.since = ${toDate('operatedSince')}, o.sincePrecision = row.operatedSincePrecision`,
    ...nodeReads(
      'Factory',
      `n{.id, .name, automakerId: head([(n)<-[:OPERATES]-(a:Automaker) | a.id]),
        countryId: head([(n)-[:LOCATED_IN]->(c:Country) | c.id]), .city, .status, .products,
        .announced, .announcedPrecision, .constructionStarted, .constructionStartedPrecision,
        .opened, .openedPrecision, .closed, .closedPrecision, .capacityPerYear, .roles,
        operatedSince: head([(n)<-[o:OPERATES]-(:Automaker) | o.since]),
        operatedSincePrecision: head([(n)<-[o:OPERATES]-(:Automaker) | o.sincePrecision]), .sources}`,
      `[(n)-[r:LOCATED_IN]->(c:Country) | [type(r), c.id, r.sources]] +
       [(n)<-[r:OPERATES]-(a:Automaker) | ['<' + type(r), a.id, r.sources]]`,
    ),
    relationships: (r) => [
      ['LOCATED_IN', String(r['countryId']), r['sources']],
      ['<OPERATES', String(r['automakerId']), r['sources']],
    ],
  },
  {
    name: 'formerOperators',
    file: 'former-operators.json',
    fields: {
      factoryId: { type: 'id', kind: 'factory', ref: true },
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      since: optionalDate,
      sincePrecision: precision,
      until: { type: 'date' },
      untilPrecision: { type: 'enum', values: PRECISION },
      sources,
    },
    check: (r) =>
      typeof r['since'] === 'string' && r['since'] > String(r['until']) ? [{ field: 'until', expected: `a day on or after since ${r['since']}` }] : [],
    describe: (r) => `${String(r['automakerId'])} OPERATED ${String(r['factoryId'])}`,
    key: (r) => ({ factoryId: r['factoryId'], automakerId: r['automakerId'] }),
    keyString: (r) => `${String(r['factoryId'])} ${String(r['automakerId'])}`,
    relationshipType: () => 'OPERATED',
    write: `
UNWIND $rows AS row
MATCH (f:Factory {id: row.factoryId}), (a:Automaker {id: row.automakerId})
MERGE (a)-[r:OPERATED]->(f)
SET r.sources = row.sources, r.since = ${toDate('since')}, r.sincePrecision = row.sincePrecision,
    r.until = date(row.until), r.untilPrecision = row.untilPrecision`,
    readAll: `
MATCH (a:Automaker)-[r:OPERATED]->(f:Factory)
RETURN ${FORMER_OPERATOR_PROJECTION} AS record, [] AS rels
ORDER BY f.id, a.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (a:Automaker {id: key.automakerId})-[r:OPERATED]->(f:Factory {id: key.factoryId})
RETURN ${FORMER_OPERATOR_PROJECTION} AS record, [] AS rels`,
    countPattern: 'MATCH (:Automaker)-[r:OPERATED]->(:Factory)',
    relationships: () => [],
  },
  {
    name: 'markets',
    file: 'markets.json',
    idField: 'id',
    kind: 'market',
    label: 'Market',
    fields: {
      id: { type: 'id', kind: 'market' },
      name: { type: 'string', max: 200 },
      kind: { type: 'enum', values: valuesOf(MARKET_KINDS) },
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (m:Market {id: row.id})
SET m:Entity, m.name = row.name, m.kind = row.kind, m.sources = row.sources`,
    ...nodeReads('Market', 'n{.id, .name, .kind, .sources}', '[]'),
    relationships: () => [],
  },
  {
    name: 'marketCountries',
    file: 'market-countries.json',
    fields: {
      marketId: { type: 'id', kind: 'market', ref: true },
      countryId: { type: 'id', kind: 'country', ref: true },
      sources,
    },
    describe: (r) => `${String(r['marketId'])} INCLUDES ${String(r['countryId'])}`,
    key: (r) => ({ marketId: r['marketId'], countryId: r['countryId'] }),
    keyString: (r) => `${String(r['marketId'])} ${String(r['countryId'])}`,
    relationshipType: () => 'INCLUDES',
    write: `
UNWIND $rows AS row
MATCH (m:Market {id: row.marketId}), (c:Country {id: row.countryId})
MERGE (m)-[r:INCLUDES]->(c)
SET r.sources = row.sources`,
    readAll: `
MATCH (m:Market)-[r:INCLUDES]->(c:Country)
RETURN {marketId: m.id, countryId: c.id, sources: r.sources} AS record, [] AS rels
ORDER BY m.id, c.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (m:Market {id: key.marketId})-[r:INCLUDES]->(c:Country {id: key.countryId})
RETURN {marketId: m.id, countryId: c.id, sources: r.sources} AS record, [] AS rels`,
    countPattern: 'MATCH (:Market)-[r:INCLUDES]->(:Country)',
    relationships: () => [],
  },
  {
    name: 'marketLinks',
    file: 'market-links.json',
    fields: {
      fromId: { type: 'id', kind: ['automaker', 'brand', 'factory'], ref: true },
      kind: { type: 'enum', values: MARKET_LINK_TYPES },
      marketId: { type: 'id', kind: 'market', ref: true },
      status: { type: 'enum', values: valuesOf(MARKET_LINK_STATUSES) },
      since: optionalDate,
      sincePrecision: precision,
      until: optionalDate,
      untilPrecision: precision,
      channels: { type: 'enums', values: valuesOf(SALES_CHANNELS) },
      partner: { type: 'string', nullable: true, max: 200 },
      dealers: { type: 'number', nullable: true, integer: true, min: 0 },
      dealersAsOf: optionalDate,
      dealersAsOfPrecision: precision,
      models: { type: 'strings' },
      note: { type: 'string', nullable: true, max: 300 },
      sources,
    },
    check: (r) => {
      const from = tryParseId(String(r['fromId']));
      const allowed: readonly Kind[] = RELATIONSHIPS[r['kind'] as (typeof MARKET_LINK_TYPES)[number]].from;
      return [
        ...(from !== null && !allowed.includes(from.kind)
          ? [{ field: 'fromId', expected: `the id of ${describeKinds(allowed)} (the start of ${String(r['kind'])})` }]
          : []),
        ...(r['until'] !== null && r['status'] !== 'WITHDRAWN' ? [{ field: 'status', expected: 'WITHDRAWN (the link has an until date)' }] : []),
        ...(typeof r['since'] === 'string' && typeof r['until'] === 'string' && r['since'] > r['until']
          ? [{ field: 'until', expected: `a day on or after since ${r['since']}` }]
          : []),
        ...(r['dealers'] === null && r['dealersAsOf'] !== null ? [{ field: 'dealersAsOf', expected: 'null when dealers is null' }] : []),
      ];
    },
    describe: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['marketId'])}`,
    key: (r) => ({ fromId: r['fromId'], marketId: r['marketId'], kind: r['kind'] }),
    keyString: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['marketId'])}`,
    // Relationship types cannot be parameters: one branch per kind, chosen by the row.
    write: `
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId}), (m:Market {id: row.marketId})
WITH a, m, row, {sources: row.sources, status: row.status,
                 since: ${toDate('since')}, sincePrecision: row.sincePrecision,
                 until: ${toDate('until')}, untilPrecision: row.untilPrecision,
                 channels: row.channels, partner: row.partner, dealers: row.dealers,
                 dealersAsOf: ${toDate('dealersAsOf')}, dealersAsOfPrecision: row.dealersAsOfPrecision,
                 models: row.models, note: row.note} AS props
${mergeByKind(MARKET_LINK_TYPES, 'a', 'm')}`,
    readAll: `
MATCH (a:Entity)-[r:${typeAlternation(MARKET_LINK_TYPES)}]->(m:Market)
RETURN ${MARKET_LINK_PROJECTION} AS record, [] AS rels
ORDER BY a.id, type(r), m.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (a:Entity {id: key.fromId})-[r:${typeAlternation(MARKET_LINK_TYPES)}]->(m:Market {id: key.marketId})
WHERE type(r) = key.kind
RETURN ${MARKET_LINK_PROJECTION} AS record, [] AS rels`,
    countPattern: `MATCH (:Entity)-[r:${typeAlternation(MARKET_LINK_TYPES)}]->(:Market)`,
    relationships: () => [],
  },
  {
    name: 'figures',
    file: 'figures.json',
    idField: 'id',
    kind: 'figure',
    label: 'TradeFigure',
    fields: {
      id: { type: 'id', kind: 'figure' },
      exporterId: { type: 'id', kind: RELATIONSHIPS.EXPORTER.to, ref: true },
      destinationId: { type: 'id', kind: 'market', nullable: true, ref: true },
      flow: { type: 'enum', values: valuesOf(FIGURE_FLOWS) },
      metric: { type: 'enum', values: valuesOf(TRADE_METRICS) },
      value: { type: 'number' },
      basis: { type: 'enum', values: valuesOf(FIGURE_BASES) },
      vehicleClass: { type: 'enum', values: valuesOf(VEHICLE_CLASSES) },
      countedBy: { type: 'enum', values: valuesOf(COUNTING_METHODS) },
      periodStart: { type: 'date' },
      periodEnd: { type: 'date' },
      reporterId: { type: 'id', kind: 'org', nullable: true, ref: true },
      sourceId: { type: 'id', kind: 'source', ref: true },
      doubtful: { type: 'boolean' },
      note: { type: 'string', nullable: true, max: 300 },
    },
    check: (r) =>
      r['metric'] === 'SHARE_PERCENT' && typeof r['value'] === 'number' && (r['value'] < 0 || r['value'] > 100)
        ? [{ field: 'value', expected: 'a share from 0 to 100 (metric SHARE_PERCENT)' }]
        : [],
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (f:TradeFigure {id: row.id})
SET f:Entity, f.flow = row.flow, f.metric = row.metric, f.value = toFloat(row.value), f.basis = row.basis,
    f.vehicleClass = row.vehicleClass, f.countedBy = row.countedBy,
    f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd), f.doubtful = row.doubtful, f.note = row.note
WITH f, row
OPTIONAL MATCH (f)-[old:EXPORTER|DESTINATION|REPORTED_BY|STATED_IN]->(target)
WHERE target.id <> CASE type(old) WHEN 'EXPORTER' THEN row.exporterId WHEN 'DESTINATION' THEN coalesce(row.destinationId, '')
                                  WHEN 'REPORTED_BY' THEN coalesce(row.reporterId, '') ELSE row.sourceId END
DELETE old
WITH DISTINCT f, row
MATCH (x:Entity {id: row.exporterId}), (s:Source {id: row.sourceId})
MERGE (f)-[e:EXPORTER]->(x) SET e.sources = [row.sourceId]
MERGE (f)-[st:STATED_IN]->(s) SET st.sources = [row.sourceId]
WITH f, row
CALL (f, row) {
  MATCH (m:Market {id: row.destinationId})
  MERGE (f)-[d:DESTINATION]->(m) SET d.sources = [row.sourceId]
}
CALL (f, row) {
  MATCH (o:Organization {id: row.reporterId})
  MERGE (f)-[r:REPORTED_BY]->(o) SET r.sources = [row.sourceId]
}`,
    ...nodeReads(
      'TradeFigure',
      `n{.id, exporterId: head([(n)-[:EXPORTER]->(x) | x.id]), destinationId: head([(n)-[:DESTINATION]->(m) | m.id]),
        .flow, .metric, .value, .basis, .vehicleClass, .countedBy, .periodStart, .periodEnd,
        reporterId: head([(n)-[:REPORTED_BY]->(o) | o.id]), sourceId: head([(n)-[:STATED_IN]->(s) | s.id]), .doubtful, .note}`,
      '[(n)-[r:EXPORTER|DESTINATION|REPORTED_BY|STATED_IN]->(x) | [type(r), x.id, r.sources]]',
    ),
    relationships: (r) => {
      const evidence = [r['sourceId']];
      const rels: OwnedRelationship[] = [
        ['EXPORTER', String(r['exporterId']), evidence],
        ['STATED_IN', String(r['sourceId']), evidence],
      ];
      if (r['destinationId'] !== null) rels.push(['DESTINATION', String(r['destinationId']), evidence]);
      if (r['reporterId'] !== null) rels.push(['REPORTED_BY', String(r['reporterId']), evidence]);
      return rels;
    },
  },
  {
    name: 'tradeMeasures',
    file: 'trade-measures.json',
    idField: 'id',
    kind: 'measure',
    label: 'TradeMeasure',
    fields: {
      id: { type: 'id', kind: 'measure' },
      name: { type: 'string', max: 200 },
      kind: { type: 'enum', values: valuesOf(MEASURE_KINDS) },
      imposedById: { type: 'id', kind: ['country', 'market'], ref: true },
      announced: optionalDate,
      announcedPrecision: precision,
      effective: optionalDate,
      effectivePrecision: precision,
      ends: optionalDate,
      endsPrecision: precision,
      ratePercent: { type: 'number', nullable: true },
      ratePercentIsMaximum: { type: 'boolean' },
      sources,
    },
    check: (r) => [
      ...rate('ratePercent', r),
      ...(r['ratePercent'] === null && r['ratePercentIsMaximum'] === true
        ? [{ field: 'ratePercentIsMaximum', expected: 'false when ratePercent is null' }]
        : []),
      ...(r['announced'] === null && r['effective'] === null
        ? [{ field: 'effective', expected: 'a date (a measure needs an announced or an effective date)' }]
        : []),
    ],
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (m:TradeMeasure {id: row.id})
SET m:Entity, m.name = row.name, m.kind = row.kind,
    m.announced = ${toDate('announced')}, m.announcedPrecision = row.announcedPrecision,
    m.effective = ${toDate('effective')}, m.effectivePrecision = row.effectivePrecision,
    m.ends = ${toDate('ends')}, m.endsPrecision = row.endsPrecision,
    m.ratePercent = CASE WHEN row.ratePercent IS NULL THEN null ELSE toFloat(row.ratePercent) END,
    m.ratePercentIsMaximum = row.ratePercentIsMaximum, m.sources = row.sources
WITH m, row
OPTIONAL MATCH (m)-[old:IMPOSED_BY]->(other:Entity) WHERE other.id <> row.imposedById
DELETE old
WITH DISTINCT m, row
MATCH (x:Entity {id: row.imposedById})
MERGE (m)-[r:IMPOSED_BY]->(x)
SET r.sources = row.sources`,
    ...nodeReads(
      'TradeMeasure',
      `n{.id, .name, .kind, imposedById: head([(n)-[:IMPOSED_BY]->(x) | x.id]), .announced, .announcedPrecision,
        .effective, .effectivePrecision, .ends, .endsPrecision, .ratePercent, .ratePercentIsMaximum, .sources}`,
      '[(n)-[r:IMPOSED_BY]->(x) | [type(r), x.id, r.sources]]',
    ),
    relationships: (r) => [['IMPOSED_BY', String(r['imposedById']), r['sources']]],
  },
  {
    name: 'measureLinks',
    file: 'measure-links.json',
    fields: {
      measureId: { type: 'id', kind: 'measure', ref: true },
      kind: { type: 'enum', values: MEASURE_LINK_TYPES },
      targetId: { type: 'id', kind: ['automaker', 'brand', 'country', 'market', 'factory'], ref: true },
      ratePercent: { type: 'number', nullable: true },
      sources,
    },
    check: (r) => {
      const allowed: readonly Kind[] = RELATIONSHIPS[r['kind'] as (typeof MEASURE_LINK_TYPES)[number]].to;
      const target = tryParseId(String(r['targetId']));
      return [
        ...(target !== null && !allowed.includes(target.kind)
          ? [{ field: 'targetId', expected: `the id of ${describeKinds(allowed)} (the target of ${String(r['kind'])})` }]
          : []),
        ...(r['kind'] !== 'APPLIES_TO' && r['ratePercent'] !== null ? [{ field: 'ratePercent', expected: 'null (a rate belongs to APPLIES_TO only)' }] : []),
        ...rate('ratePercent', r),
      ];
    },
    describe: (r) => `${String(r['measureId'])} ${String(r['kind'])} ${String(r['targetId'])}`,
    key: (r) => ({ measureId: r['measureId'], kind: r['kind'], targetId: r['targetId'] }),
    keyString: (r) => `${String(r['measureId'])} ${String(r['kind'])} ${String(r['targetId'])}`,
    write: `
UNWIND $rows AS row
MATCH (m:TradeMeasure {id: row.measureId}), (x:Entity {id: row.targetId})
WITH m, x, row, {sources: row.sources, ratePercent: CASE WHEN row.ratePercent IS NULL THEN null ELSE toFloat(row.ratePercent) END} AS props
${mergeByKind(MEASURE_LINK_TYPES, 'm', 'x')}`,
    readAll: `
MATCH (m:TradeMeasure)-[r:${typeAlternation(MEASURE_LINK_TYPES)}]->(x:Entity)
RETURN ${MEASURE_LINK_PROJECTION} AS record, [] AS rels
ORDER BY m.id, type(r), x.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (m:TradeMeasure {id: key.measureId})-[r:${typeAlternation(MEASURE_LINK_TYPES)}]->(x:Entity {id: key.targetId})
WHERE type(r) = key.kind
RETURN ${MEASURE_LINK_PROJECTION} AS record, [] AS rels`,
    countPattern: `MATCH (:TradeMeasure)-[r:${typeAlternation(MEASURE_LINK_TYPES)}]->(:Entity)`,
    relationships: () => [],
  },
  {
    name: 'companyLinks',
    file: 'company-links.json',
    fields: {
      fromId: { type: 'id', kind: ['automaker', 'org'], ref: true },
      kind: { type: 'enum', values: COMPANY_LINK_TYPES },
      toId: { type: 'id', kind: ['automaker', 'brand', 'factory', 'org'], ref: true },
      stakePercent: { type: 'number', nullable: true },
      name: { type: 'string', nullable: true, max: 200 },
      since: optionalDate,
      sincePrecision: precision,
      until: optionalDate,
      untilPrecision: precision,
      sources,
    },
    check: (r) => [
      ...(r['fromId'] === r['toId'] ? [{ field: 'toId', expected: 'an id other than fromId' }] : []),
      ...endsAllowed(r, 'fromId', 'from'),
      ...endsAllowed(r, 'toId', 'to'),
      ...(r['kind'] !== 'OWNS_STAKE_IN' && r['stakePercent'] !== null
        ? [{ field: 'stakePercent', expected: 'null (a stake belongs to OWNS_STAKE_IN only)' }]
        : []),
      ...(r['kind'] === 'OWNS_STAKE_IN' && r['stakePercent'] === null ? [{ field: 'stakePercent', expected: 'the stake in percent' }] : []),
      ...percent('stakePercent', r),
      ...(typeof r['since'] === 'string' && typeof r['until'] === 'string' && r['since'] > r['until']
        ? [{ field: 'until', expected: `a day on or after since ${r['since']}` }]
        : []),
    ],
    describe: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['toId'])}`,
    key: (r) => ({ fromId: r['fromId'], kind: r['kind'], toId: r['toId'] }),
    keyString: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['toId'])}`,
    write: `
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
WITH a, b, row, {sources: row.sources, name: row.name,
                 stakePercent: CASE WHEN row.stakePercent IS NULL THEN null ELSE toFloat(row.stakePercent) END,
                 since: ${toDate('since')}, sincePrecision: row.sincePrecision,
                 until: ${toDate('until')}, untilPrecision: row.untilPrecision} AS props
${mergeByKind(COMPANY_LINK_TYPES, 'a', 'b')}`,
    readAll: `
MATCH (a:Entity)-[r:${typeAlternation(COMPANY_LINK_TYPES)}]->(b:Entity)
RETURN ${COMPANY_LINK_PROJECTION} AS record, [] AS rels
ORDER BY a.id, type(r), b.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (a:Entity {id: key.fromId})-[r:${typeAlternation(COMPANY_LINK_TYPES)}]->(b:Entity {id: key.toId})
WHERE type(r) = key.kind
RETURN ${COMPANY_LINK_PROJECTION} AS record, [] AS rels`,
    countPattern: `MATCH (:Entity)-[r:${typeAlternation(COMPANY_LINK_TYPES)}]->(:Entity)`,
    relationships: () => [],
  },
  {
    name: 'statisticsLinks',
    file: 'statistics-links.json',
    fields: {
      organizationId: { type: 'id', kind: 'org', ref: true },
      countryId: { type: 'id', kind: 'country', ref: true },
      series: { type: 'enums', values: valuesOf(STATISTICS_SERIES) },
      vehicleClass: { type: 'enum', values: valuesOf(VEHICLE_CLASSES), nullable: true },
      sources,
    },
    check: (r) => ((r['series'] as unknown[]).length === 0 ? [{ field: 'series', expected: 'at least one series' }] : []),
    describe: (r) => `${String(r['organizationId'])} PUBLISHES_STATISTICS_FOR ${String(r['countryId'])}`,
    key: (r) => ({ organizationId: r['organizationId'], countryId: r['countryId'] }),
    keyString: (r) => `${String(r['organizationId'])} ${String(r['countryId'])}`,
    relationshipType: () => 'PUBLISHES_STATISTICS_FOR',
    write: `
UNWIND $rows AS row
MATCH (o:Organization {id: row.organizationId}), (c:Country {id: row.countryId})
MERGE (o)-[r:PUBLISHES_STATISTICS_FOR]->(c)
SET r.series = row.series, r.vehicleClass = row.vehicleClass, r.sources = row.sources`,
    readAll: `
MATCH (o:Organization)-[r:PUBLISHES_STATISTICS_FOR]->(c:Country)
RETURN ${STATISTICS_PROJECTION} AS record, [] AS rels
ORDER BY o.id, c.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (o:Organization {id: key.organizationId})-[r:PUBLISHES_STATISTICS_FOR]->(c:Country {id: key.countryId})
RETURN ${STATISTICS_PROJECTION} AS record, [] AS rels`,
    countPattern: 'MATCH (:Organization)-[r:PUBLISHES_STATISTICS_FOR]->(:Country)',
    relationships: () => [],
  },
  {
    name: 'factoryClaims',
    file: 'factory-claims.json',
    idField: 'id',
    kind: 'claim',
    label: 'FactoryClaim',
    fields: {
      id: { type: 'id', kind: 'claim' },
      factoryId: { type: 'id', kind: 'factory', ref: true },
      kind: { type: 'enum', values: valuesOf(CLAIM_KINDS) },
      value: { type: 'number', min: 0 },
      unit: { type: 'enum', values: valuesOf(CLAIM_UNITS) },
      basis: { type: 'enum', values: valuesOf(FIGURE_BASES) },
      asOf: { type: 'date' },
      asOfPrecision: { type: 'enum', values: PRECISION },
      lowerBound: { type: 'boolean' },
      sources,
    },
    check: (r) =>
      (r['kind'] === 'CAPACITY') !== (r['unit'] === 'VEHICLES_PER_YEAR')
        ? [{ field: 'unit', expected: r['kind'] === 'CAPACITY' ? 'VEHICLES_PER_YEAR for a CAPACITY claim' : 'a currency for an INVESTMENT claim' }]
        : [],
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (c:FactoryClaim {id: row.id})
SET c:Entity, c.kind = row.kind, c.value = toFloat(row.value), c.unit = row.unit, c.basis = row.basis,
    c.asOf = date(row.asOf), c.asOfPrecision = row.asOfPrecision, c.lowerBound = row.lowerBound, c.sources = row.sources
WITH c, row
OPTIONAL MATCH (c)-[old:CLAIM_ABOUT]->(other:Factory) WHERE other.id <> row.factoryId
DELETE old
WITH DISTINCT c, row
MATCH (f:Factory {id: row.factoryId})
MERGE (c)-[r:CLAIM_ABOUT]->(f)
SET r.sources = row.sources`,
    ...nodeReads(
      'FactoryClaim',
      `n{.id, factoryId: head([(n)-[:CLAIM_ABOUT]->(f:Factory) | f.id]), .kind, .value, .unit, .basis,
        .asOf, .asOfPrecision, .lowerBound, .sources}`,
      '[(n)-[r:CLAIM_ABOUT]->(f:Factory) | [type(r), f.id, r.sources]]',
    ),
    relationships: (r) => [['CLAIM_ABOUT', String(r['factoryId']), r['sources']]],
  },
];

/** The kind with this name (e.g. "marketLinks"), its seed file's base name ("market-links") or undefined. */
export function findSeedKind(name: string, kinds: readonly SeedKind[] = SEED_KINDS): SeedKind | undefined {
  const wanted = name.toLowerCase();
  return kinds.find((k) => k.name.toLowerCase() === wanted || k.file.replace(/\.json$/, '').toLowerCase() === wanted);
}
