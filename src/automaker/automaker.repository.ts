/** Cypher for automakers: lookups, relationships and the upsert (pages: automaker.connection.repository.ts). */

import { COUNTRY_SUMMARY_PROJECTION } from '../country/country.repository';

/**
 * An automaker as loaders return it. Its headquarters country comes whole (`country`): a to-one
 * neighbour costs one hop here and saves the request a query (a page of automakers with their
 * countries is one statement).
 */
export const AUTOMAKER_PROJECTION =
  'a{.id, .name, sources: coalesce(a.sources, []), ' +
  'countryId: head([(a)-[:HEADQUARTERED_IN]->(c:Country) | c.id]), ' +
  `country: head([(a)-[:HEADQUARTERED_IN]->(c:Country) | ${COUNTRY_SUMMARY_PROJECTION}]), ` +
  'headquartersSources: coalesce(head([(a)-[h:HEADQUARTERED_IN]->(:Country) | h.sources]), [])}';

export const AUTOMAKERS_BY_ID = `
UNWIND $ids AS id
MATCH (a:Automaker {id: id})
RETURN ${AUTOMAKER_PROJECTION} AS node`;

/** The first $first automakers headquartered in each country, by name. */
export const AUTOMAKERS_BY_COUNTRY = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Country {id: key})<-[:HEADQUARTERED_IN]-(a:Automaker)
  RETURN a ORDER BY a.name, a.id LIMIT $first
}
RETURN key, ${AUTOMAKER_PROJECTION} AS item
ORDER BY key, a.name, a.id`;

/** Creates or updates an automaker and moves its headquarters; returns null when the country is missing. */
export const UPSERT_AUTOMAKER = `
MATCH (c:Country {id: $countryId})
MERGE (a:Automaker {id: $id})
  ON CREATE SET a.createdAt = datetime(), a.sources = []
SET a:Entity, a.name = $name, a.updatedAt = datetime()
WITH a, c
OPTIONAL MATCH (a)-[old:HEADQUARTERED_IN]->(other:Country) WHERE other <> c
DELETE old
WITH a, c
MERGE (a)-[h:HEADQUARTERED_IN]->(c)
  ON CREATE SET h.sources = []
RETURN ${AUTOMAKER_PROJECTION} AS node`;
