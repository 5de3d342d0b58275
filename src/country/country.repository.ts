/** Cypher for countries. */

export const COUNTRY_PROJECTION =
  'c{.id, .code, .name, .alpha3, .numericCode, .region, .subregion, .intermediateRegion, sources: coalesce(c.sources, [])}';

/**
 * A country as a neighbour of another record (an automaker's headquarters, a factory's location):
 * without its evidence list, which can be long and is rarely asked for there (Country.sources then
 * reads the full record). Measured on W2 at scale 100: the full record was the largest part of a
 * factory row.
 */
export const COUNTRY_SUMMARY_PROJECTION = 'c{.id, .code, .name}';

export const COUNTRIES_BY_ID = `
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN ${COUNTRY_PROJECTION} AS node`;

/** The first $first markets that include each country (region membership), by market id. */
export const MARKET_IDS_BY_COUNTRY = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Country {id: key})<-[r:INCLUDES]-(m:Market)
  RETURN m, r ORDER BY m.id LIMIT $first
}
RETURN key, {marketId: m.id, sources: coalesce(r.sources, [])} AS item
ORDER BY key, m.id`;

/** The own market (kind COUNTRY) of each country: the market that is the same place. */
export const OWN_MARKET_BY_COUNTRY = `
UNWIND $ids AS key
MATCH (:Country {id: key})<-[:INCLUDES]-(m:Market {kind: 'COUNTRY'})
WITH key, m ORDER BY m.id
RETURN key, m.id AS item`;
