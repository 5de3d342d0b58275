/**
 * Cypher for company–market links, read from either end: a seller's markets (an automaker's, a
 * brand's, a factory's) and a place's sellers (a market's, or a country's through its own market).
 * Every filter is a parameter that may be null (no condition); the order is chosen by a parameter
 * among fixed expressions.
 */

import { MARKET_LINK_TYPES, typeAlternation } from '../common/vocabulary';
import { MARKET_PROJECTION } from './market.repository';
import { sellerAutomakerId, sellerCountryId } from './seller.cypher';

const MARKET_LINKS = typeAlternation(MARKET_LINK_TYPES);

/**
 * Link `r` from seller `x` (home country `sellerCountryId`) to market `m` passes the filter
 * parameters: $kinds, $statuses, $channels (any of them), $sellerCountry, $outsideHome (the market
 * is not the seller's home country's own market), $endedFrom and $endedTo (the link ended in that
 * range) and $asOf (the link held on that day: begun on or
 * before it or with no known start, not ended by it, and not merely planned).
 */
const LINK_FILTER = `($kinds IS NULL OR type(r) IN $kinds)
    AND ($statuses IS NULL OR coalesce(r.status, 'ACTIVE') IN $statuses)
    AND ($channels IS NULL OR any(channel IN coalesce(r.channels, []) WHERE channel IN $channels))
    AND ($sellerCountry IS NULL OR sellerCountryId = $sellerCountry)
    AND ($outsideHome IS NULL OR $outsideHome = (NOT (m.kind = 'COUNTRY' AND EXISTS { (m)-[:INCLUDES]->(:Country {id: sellerCountryId}) })))
    AND ($endedFrom IS NULL OR r.until >= date($endedFrom))
    AND ($endedTo IS NULL OR r.until <= date($endedTo))
    AND ($asOf IS NULL OR (coalesce(r.status, 'ACTIVE') <> 'PLANNED'
         AND (r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until > date($asOf))))`;

/**
 * The order of $orderBy: ENTRY (by since, unknown last), MARKET (by the market's name) or SELLER (by
 * the seller's name); ties by market, seller and type, so the order is total.
 */
const LINK_ORDER = `CASE WHEN $orderBy = 'ENTRY' THEN r.since IS NULL END, CASE WHEN $orderBy = 'ENTRY' THEN r.since END,
    CASE WHEN $orderBy = 'SELLER' THEN x.name END, CASE WHEN $orderBy = 'SELLER' THEN x.id END,
    m.name, m.id, x.name, x.id, type(r)`;

/** A link as MarketLinkRecord has it, with the market's record; dates as ISO strings. */
const LINK_PROJECTION = `{fromId: x.id, automakerId: ${sellerAutomakerId('x')}, sellerCountryId: sellerCountryId,
    kind: type(r), marketId: m.id, status: coalesce(r.status, 'ACTIVE'),
    since: toString(r.since), sincePrecision: r.sincePrecision, until: toString(r.until), untilPrecision: r.untilPrecision,
    channels: coalesce(r.channels, []), partner: r.partner, dealers: r.dealers,
    dealersAsOf: toString(r.dealersAsOf), dealersAsOfPrecision: r.dealersAsOfPrecision,
    models: coalesce(r.models, []), note: r.note, sources: coalesce(r.sources, []), market: ${MARKET_PROJECTION}}`;

/** The rows `key, item` of each key's links, filtered, ordered and cut to $first inside the CALL. */
function linksOf(candidates: string): string {
  return `
UNWIND $ids AS key
CALL (key) {
  CALL (key) {${candidates}
  }
  WITH x, r, m, ${sellerCountryId('x')} AS sellerCountryId
  WHERE ${LINK_FILTER}
  WITH x, r, m, sellerCountryId ORDER BY ${LINK_ORDER}
  LIMIT $first
  RETURN collect(${LINK_PROJECTION}) AS items
}
UNWIND items AS item
RETURN key, item`;
}

/**
 * The links of each seller (`$ids`: automakers, brands, factories): its own, and with
 * $includeBrands those of an automaker's brands.
 */
export const MARKET_LINKS_BY_SELLER = linksOf(`
    MATCH (x:Entity {id: key})-[r:${MARKET_LINKS}]->(m:Market) RETURN x, r, m
    UNION
    MATCH (:Automaker {id: key})<-[:BRAND_OF]-(x:Brand)-[r:${MARKET_LINKS}]->(m:Market) WHERE $includeBrands RETURN x, r, m`);

/**
 * The markets that are the place `key` (a Cypher subquery body returning `m`): a market id gives
 * that market; a country id gives the country's own market (kind COUNTRY), so a country and its
 * market are one place; with $includeMembers, a region's or bloc's member countries' own markets too.
 */
export const PLACE_MARKETS = `
    MATCH (m:Market {id: key}) RETURN m
    UNION
    MATCH (:Country {id: key})<-[:INCLUDES]-(m:Market {kind: 'COUNTRY'}) RETURN m
    UNION
    MATCH (:Market {id: key})-[:INCLUDES]->(:Country)<-[:INCLUDES]-(m:Market {kind: 'COUNTRY'}) WHERE $includeMembers RETURN m`;

/** The links into each place (`$ids`: markets or countries, see PLACE_MARKETS). */
export const MARKET_LINKS_BY_PLACE = linksOf(`
    CALL (key) {${PLACE_MARKETS}
    }
    MATCH (x:Entity)-[r:${MARKET_LINKS}]->(m) RETURN x, r, m`);

/** One link by its key ($fromId, $kind, $marketId), read as the lists read it; no row when there is none. */
export const MARKET_LINK_BY_KEY = `
MATCH (x:Entity {id: $fromId})-[r:${MARKET_LINKS}]->(m:Market {id: $marketId})
WHERE type(r) = $kind
WITH x, r, m, ${sellerCountryId('x')} AS sellerCountryId
RETURN ${LINK_PROJECTION} AS link`;
