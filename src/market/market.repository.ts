/** Cypher for markets. */

export const MARKET_PROJECTION = 'm{.id, .name, .kind, sources: coalesce(m.sources, [])}';

export const MARKETS_BY_ID = `
UNWIND $ids AS id
MATCH (m:Market {id: id})
RETURN ${MARKET_PROJECTION} AS node`;

/** Countries a market includes (region membership), with the evidence for each. */
export const COUNTRIES_BY_MARKET = `
UNWIND $ids AS key
MATCH (:Market {id: key})-[r:INCLUDES]->(c:Country)
WITH key, c ORDER BY c.name
RETURN key, c.id AS item`;

/** Distinct automakers with any link to each market. */
export const AUTOMAKER_IDS_BY_MARKET = `
UNWIND $ids AS key
MATCH (:Market {id: key})<-[:SELLS_IN|EXPORTS_TO|TARGETS]-(a:Automaker)
WITH DISTINCT key, a ORDER BY a.name
RETURN key, a.id AS item`;
