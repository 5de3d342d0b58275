/**
 * Writes validated seed data with MERGE, in batches, in one write transaction: all of it or nothing.
 * MERGE on ids and SET of the same values make a second run change nothing.
 */

import type { Executor, Run } from '../neo4j/executor';
import type { SeedData } from './validate';

export const BATCH_SIZE = 500;

const toDate = (field: string): string => `CASE WHEN row.${field} IS NULL THEN null ELSE date(row.${field}) END`;

/** One statement per seed file, in dependency order; each takes `$rows`. */
export const SEED_STATEMENTS: readonly { file: string; cypher: string }[] = [
  {
    file: 'sources.json',
    cypher: `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s:Entity, s.publisher = row.publisher, s.title = row.title, s.url = row.url,
    s.published = ${toDate('published')}, s.publishedPrecision = row.publishedPrecision, s.kind = row.kind`,
  },
  {
    file: 'countries.json',
    cypher: `
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c:Entity, c.code = row.code, c.name = row.name, c.sources = row.sources`,
  },
  {
    file: 'organizations.json',
    cypher: `
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
  },
  {
    file: 'automakers.json',
    cypher: `
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
  },
  {
    file: 'factories.json',
    cypher: `
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
  },
  {
    file: 'markets.json',
    cypher: `
UNWIND $rows AS row
MERGE (m:Market {id: row.id})
SET m:Entity, m.name = row.name, m.kind = row.kind, m.sources = row.sources
WITH m, row
UNWIND row.countryIds AS countryId
MATCH (c:Country {id: countryId})
MERGE (m)-[r:INCLUDES]->(c)
SET r.sources = row.sources`,
  },
  {
    file: 'market-links.json',
    // Relationship types cannot be parameters: one branch per kind, chosen by the row.
    cypher: `
UNWIND $rows AS row
MATCH (a:Automaker {id: row.automakerId}), (m:Market {id: row.marketId})
WITH a, m, row, {sources: row.sources, since: ${toDate('since')}, sincePrecision: row.sincePrecision,
                 until: ${toDate('until')}, untilPrecision: row.untilPrecision} AS props
FOREACH (_ IN CASE WHEN row.kind = 'SELLS_IN' THEN [1] ELSE [] END | MERGE (a)-[r:SELLS_IN]->(m) SET r = props)
FOREACH (_ IN CASE WHEN row.kind = 'EXPORTS_TO' THEN [1] ELSE [] END | MERGE (a)-[r:EXPORTS_TO]->(m) SET r = props)
FOREACH (_ IN CASE WHEN row.kind = 'TARGETS' THEN [1] ELSE [] END | MERGE (a)-[r:TARGETS]->(m) SET r = props)`,
  },
  {
    file: 'figures.json',
    cypher: `
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
  },
];

/** Counts of what the graph holds, per label. */
export const COUNT_BY_LABEL = `
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count ORDER BY label`;

/** Writes every file's records in batches inside one transaction; returns the counts after. */
export async function writeSeedData(
  executor: Executor,
  data: SeedData,
  progress: (message: string) => void = () => undefined,
): Promise<Record<string, number>> {
  await executor.writeTransaction(async (run: Run) => {
    for (const { file, cypher } of SEED_STATEMENTS) {
      const rows = data[file] ?? [];
      for (let i = 0; i < rows.length; i += BATCH_SIZE) {
        await run(cypher, { rows: rows.slice(i, i + BATCH_SIZE) });
      }
      progress(`  ${file}: ${rows.length} records`);
    }
  });
  return countEntities(executor);
}

export async function countEntities(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read<{ label: string; count: number }>(COUNT_BY_LABEL);
  return Object.fromEntries(rows.map((r) => [r.label, r.count]));
}
