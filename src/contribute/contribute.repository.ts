/**
 * Cypher of the contribution mutations: the lookups they make before writing, and what the seed
 * writes (src/seed/seed.kinds.ts, reused for every record) leave to them. Every value is a $parameter.
 */

import { FIGURE_WITH_RELATED_PROJECTION } from '../figure';

export { FACTORIES_BY_ID } from '../factory';
export { MARKET_LINK_BY_KEY } from '../market';

/**
 * Everything a mutation checks against the graph, in one read: which of $ids name an entity; the own
 * market (kind COUNTRY) and the name of the country $countryId (a destination or market given as a
 * country; null for none); the source that has $url; and the url of the source $sourceId (the id a new
 * source would get), so that a clash of made ids is caught, not overwritten.
 */
export const REFERENCES = `
RETURN [id IN $ids WHERE EXISTS { MATCH (:Entity {id: id}) }] AS existing,
       COLLECT { MATCH (:Country {id: $countryId})<-[:INCLUDES]-(m:Market {kind: 'COUNTRY'}) RETURN m.id AS id ORDER BY id LIMIT 1 } AS ownMarkets,
       COLLECT { MATCH (c:Country {id: $countryId}) RETURN c.name } AS countryNames,
       COLLECT { MATCH (s:Source {url: $url}) RETURN s.id AS id ORDER BY id LIMIT 1 } AS sourcesWithUrl,
       COLLECT { MATCH (s:Source {id: $sourceId}) RETURN coalesce(s.url, '') } AS urlsOfSourceId`;

/** Whether the id $id names anything: a figure about to be added, a country's own market about to be made. */
export const ID_TAKEN = 'RETURN EXISTS { MATCH (:Entity {id: $id}) } AS taken';

/** A figure read back with its destination, producer and source (FigureRecord with `related`). */
export const FIGURE_WITH_RELATED_BY_ID = `
MATCH (f:TradeFigure {id: $id})
RETURN ${FIGURE_WITH_RELATED_PROJECTION} AS node`;

/**
 * The evidence of a factory's location and operator, after the seed write (which gives both the
 * factory's own sources): what was stated before about the same country or operator, and the new
 * source; only the new source for a new country or operator.
 */
export const SET_FACTORY_EVIDENCE = `
MATCH (f:Factory {id: $id})-[l:LOCATED_IN]->(:Country), (f)<-[o:OPERATES]-(:Automaker)
SET l.sources = $locationSources, o.sources = $operatorSources`;
