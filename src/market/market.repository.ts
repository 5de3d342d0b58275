/** Cypher for markets. */

import { MARKET_LINK_TYPES, typeAlternation } from '../common/vocabulary';
import { sellerAutomakerId } from './seller.cypher';

export const MARKET_PROJECTION = 'm{.id, .name, .kind, sources: coalesce(m.sources, [])}';

export const MARKETS_BY_ID = `
UNWIND $ids AS id
MATCH (m:Market {id: id})
RETURN ${MARKET_PROJECTION} AS node`;

/** The first $first countries each market includes (region membership), by name. */
export const COUNTRIES_BY_MARKET = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Market {id: key})-[:INCLUDES]->(c:Country)
  RETURN c ORDER BY c.name, c.id LIMIT $first
}
RETURN key, c.id AS item
ORDER BY key, c.name, c.id`;

/**
 * The first $first distinct automakers with any link to each market, by name: the sellers that are
 * automakers, and the automakers behind brands and factories that are.
 */
export const AUTOMAKER_IDS_BY_MARKET = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Market {id: key})<-[:${typeAlternation(MARKET_LINK_TYPES)}]-(x:Entity)
  WITH DISTINCT ${sellerAutomakerId('x')} AS automakerId
  MATCH (a:Automaker {id: automakerId})
  RETURN a ORDER BY a.name, a.id LIMIT $first
}
RETURN key, a.id AS item
ORDER BY key, a.name, a.id`;
