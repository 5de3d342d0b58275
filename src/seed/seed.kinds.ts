/**
 * Every kind of record the graph holds, as one table: its fields (validation), how it is written
 * (MERGE), how it is read back in the same shape (export, hash, change detection), how it is counted,
 * and which relationships it owns. Seeding, `npm run import` and `npm run export` all walk this table:
 * adding a kind here is enough for all three. The order is the dependency order of writing.
 */

import type { Label } from '../common/ids';
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
}

const PRECISION = ['DAY', 'MONTH', 'YEAR'] as const;
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

const MARKET_LINK_TYPES = ['SELLS_IN', 'EXPORTS_TO', 'TARGETS'] as const;
const MARKET_LINK_PROJECTION = `{automakerId: a.id, marketId: m.id, kind: type(r), since: r.since, sincePrecision: r.sincePrecision,
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
      kind: { type: 'enum', values: ['NEWS', 'STATISTICS', 'COMPANY', 'GOVERNMENT', 'ANALYSIS'] },
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
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c:Entity, c.code = row.code, c.name = row.name, c.sources = row.sources`,
    ...nodeReads('Country', 'n{.id, .code, .name, .sources}', '[]'),
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
SET o.sources = row.sources`,
    ...nodeReads(
      'Factory',
      `n{.id, .name, automakerId: head([(n)<-[:OPERATES]-(a:Automaker) | a.id]),
        countryId: head([(n)-[:LOCATED_IN]->(c:Country) | c.id]), .city, .status, .products,
        .announced, .announcedPrecision, .constructionStarted, .constructionStartedPrecision,
        .opened, .openedPrecision, .closed, .closedPrecision, .capacityPerYear, .roles, .sources}`,
      `[(n)-[r:LOCATED_IN]->(c:Country) | [type(r), c.id, r.sources]] +
       [(n)<-[r:OPERATES]-(a:Automaker) | ['<' + type(r), a.id, r.sources]]`,
    ),
    relationships: (r) => [
      ['LOCATED_IN', String(r['countryId']), r['sources']],
      ['<OPERATES', String(r['automakerId']), r['sources']],
    ],
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
      kind: { type: 'enum', values: ['COUNTRY', 'REGION'] },
      // Stored as INCLUDES relationships, which have no order: read back sorted.
      countryIds: { type: 'ids', kind: 'country', nonEmpty: true, ref: true, unordered: true },
      sources,
    },
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (m:Market {id: row.id})
SET m:Entity, m.name = row.name, m.kind = row.kind, m.sources = row.sources
WITH m, row
OPTIONAL MATCH (m)-[old:INCLUDES]->(other:Country) WHERE NOT other.id IN row.countryIds
DELETE old
WITH DISTINCT m, row
UNWIND row.countryIds AS countryId
MATCH (c:Country {id: countryId})
MERGE (m)-[r:INCLUDES]->(c)
SET r.sources = row.sources`,
    ...nodeReads(
      'Market',
      'n{.id, .name, .kind, countryIds: [(n)-[:INCLUDES]->(c:Country) | c.id], .sources}',
      '[(n)-[r:INCLUDES]->(c:Country) | [type(r), c.id, r.sources]]',
    ),
    relationships: (r) => (r['countryIds'] as string[]).map((id) => ['INCLUDES', id, r['sources']] as OwnedRelationship),
  },
  {
    name: 'marketLinks',
    file: 'market-links.json',
    fields: {
      automakerId: { type: 'id', kind: 'automaker', ref: true },
      marketId: { type: 'id', kind: 'market', ref: true },
      kind: { type: 'enum', values: MARKET_LINK_TYPES },
      since: optionalDate,
      sincePrecision: precision,
      until: optionalDate,
      untilPrecision: precision,
      sources,
    },
    describe: (r) => `${String(r['automakerId'])} ${String(r['kind'])} ${String(r['marketId'])}`,
    key: (r) => ({ automakerId: r['automakerId'], marketId: r['marketId'], kind: r['kind'] }),
    keyString: (r) => `${String(r['automakerId'])} ${String(r['kind'])} ${String(r['marketId'])}`,
    // Relationship types cannot be parameters: one branch per kind, chosen by the row.
    write: `
UNWIND $rows AS row
MATCH (a:Automaker {id: row.automakerId}), (m:Market {id: row.marketId})
WITH a, m, row, {sources: row.sources, since: ${toDate('since')}, sincePrecision: row.sincePrecision,
                 until: ${toDate('until')}, untilPrecision: row.untilPrecision} AS props
FOREACH (_ IN CASE WHEN row.kind = 'SELLS_IN' THEN [1] ELSE [] END | MERGE (a)-[r:SELLS_IN]->(m) SET r = props)
FOREACH (_ IN CASE WHEN row.kind = 'EXPORTS_TO' THEN [1] ELSE [] END | MERGE (a)-[r:EXPORTS_TO]->(m) SET r = props)
FOREACH (_ IN CASE WHEN row.kind = 'TARGETS' THEN [1] ELSE [] END | MERGE (a)-[r:TARGETS]->(m) SET r = props)`,
    readAll: `
MATCH (a:Automaker)-[r:SELLS_IN|EXPORTS_TO|TARGETS]->(m:Market)
RETURN ${MARKET_LINK_PROJECTION} AS record, [] AS rels
ORDER BY a.id, type(r), m.id`,
    readByKeys: `
UNWIND $keys AS key
MATCH (a:Automaker {id: key.automakerId})-[r:SELLS_IN|EXPORTS_TO|TARGETS]->(m:Market {id: key.marketId})
WHERE type(r) = key.kind
RETURN ${MARKET_LINK_PROJECTION} AS record, [] AS rels`,
    countPattern: 'MATCH (:Automaker)-[r:SELLS_IN|EXPORTS_TO|TARGETS]->(:Market)',
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
    ...byId,
    write: `
UNWIND $rows AS row
MERGE (f:TradeFigure {id: row.id})
SET f:Entity, f.metric = row.metric, f.value = toFloat(row.value), f.basis = row.basis,
    f.vehicleClass = row.vehicleClass, f.countedBy = row.countedBy,
    f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd), f.doubtful = row.doubtful
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
        .metric, .value, .basis, .vehicleClass, .countedBy, .periodStart, .periodEnd,
        reporterId: head([(n)-[:REPORTED_BY]->(o) | o.id]), sourceId: head([(n)-[:STATED_IN]->(s) | s.id]), .doubtful}`,
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
];

/** The kind with this name (e.g. "marketLinks"), its seed file's base name ("market-links") or undefined. */
export function findSeedKind(name: string, kinds: readonly SeedKind[] = SEED_KINDS): SeedKind | undefined {
  const wanted = name.toLowerCase();
  return kinds.find((k) => k.name.toLowerCase() === wanted || k.file.replace(/\.json$/, '').toLowerCase() === wanted);
}
