/** Cypher over the whole graph: full-text search, shortest paths, neighbourhoods, deletion. */

import { SEARCH_INDEX } from '../neo4j/schema';
import { SOURCE_PROJECTION } from '../source/source.repository';
import { entityRecord } from './entity-record';
import { LINK_TYPES } from './graph.enums';

/** Relationship types a path may follow: every link between entities (not the evidence edge STATED_IN). */
export const PATH_RELATIONSHIP_TYPES = LINK_TYPES.join('|');

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;

/** Most paths `paths` returns, and how many when not told. */
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 3;

/**
 * How search hits of a node `node` with Lucene `score` are ranked: an entity whose name, short name
 * or code is the text itself ($exact, lower-cased) first; then entities before sources (a source's
 * title names many entities: "BYD" should find BYD before the pages about it); then the score, then
 * the id, so the order is total.
 */
export const SEARCH_ORDER =
  'CASE WHEN $exact IN [toLower(node.name), toLower(node.shortName), toLower(node.code)] THEN 0 ELSE 1 END, ' +
  'CASE WHEN node:Source THEN 1 ELSE 0 END, score DESC, node.id';

/** Most index hits a search ranks ($candidates): enough for the entities among many matching sources. */
export const SEARCH_CANDIDATES = 500;

/** The best $limit matches of a Lucene $query over names (SEARCH_ORDER), as whole records (see entity-record.ts). */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: $candidates}) YIELD node, score
WITH node, score ORDER BY ${SEARCH_ORDER}
LIMIT $limit
WITH collect({node: node, score: score}) AS hits
UNWIND range(0, size(hits) - 1) AS position
WITH position, hits[position].node AS node, hits[position].score AS score
${entityRecord('node')}
RETURN record, score
ORDER BY position`;

/** The map a query returns for a relationship `x`: what PathStep and GraphEdge need. */
const RELATIONSHIP_MAP = (x: string, from: string, to: string, extra = ''): string =>
  `{type: type(${x}), from: ${from}, to: ${to}, since: ${x}.since, sincePrecision: ${x}.sincePrecision, until: ${x}.until, untilPrecision: ${x}.untilPrecision, sources: coalesce(${x}.sources, [])${extra}}`;

/**
 * The `k` shortest paths of at most `hops` relationships from $from to $to, shortest first.
 *
 * Every condition sits inside the parenthesised path pattern, so it is a pre-filter: Neo4j selects
 * the shortest paths among those that meet it, rather than dropping shortest paths that fail it
 * afterwards (which a WHERE after the pattern would do). The relationship test and the
 * intermediate-node test are inlined in the search itself (they prune branches while it expands);
 * the `via` tests and the no-repeated-node test need the whole path and are checked on each
 * candidate before selection. SHORTEST matches trails (no relationship twice), so the last test
 * keeps paths simple: no entity twice.
 *
 * Parameters: $from, $to, $avoidLabels, $avoidTypes, $viaLabels, $viaTypes (lists of labels and types
 * taken from allow-lists in code; an empty list sets no condition).
 */
function shortestPathsCypher(hops: number, k: number): string {
  return `
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
MATCH SHORTEST ${k} (p = (a) (()-[r:${PATH_RELATIONSHIP_TYPES} WHERE NOT type(r) IN $avoidTypes]-(n)
      WHERE NOT n:Source AND (n = b OR none(label IN labels(n) WHERE label IN $avoidLabels))){1,${hops}} (b)
  WHERE (size($viaLabels) = 0 OR any(x IN n[..-1] WHERE any(label IN labels(x) WHERE label IN $viaLabels)))
    AND (size($viaTypes) = 0 OR any(x IN r WHERE type(x) IN $viaTypes))
    AND all(i IN range(1, size(r)) WHERE NOT nodes(p)[i] IN nodes(p)[..i]))
WITH p, length(p) AS length, [x IN nodes(p) | x.id] AS nodeIds, r
CALL (p) {
  UNWIND nodes(p) AS node
  ${entityRecord('node').replace(/\n/g, '\n  ')}
  RETURN collect(record) AS nodes
}
CALL (r) {
  UNWIND range(0, size(r) - 1) AS i
  WITH i, r[i] AS x
  CALL (x) {
    UNWIND coalesce(x.sources, []) AS sourceId
    WITH DISTINCT sourceId
    MATCH (s:Source {id: sourceId})
    RETURN collect(${SOURCE_PROJECTION}) AS sourceRecords
  }
  WITH i, x, sourceRecords ORDER BY i
  RETURN collect(${RELATIONSHIP_MAP('x', 'startNode(x).id', 'endNode(x).id', ', sourceRecords: sourceRecords')}) AS steps
}
RETURN length, nodeIds, nodes, steps
ORDER BY length, nodeIds, [x IN r | type(x)]`;
}

/**
 * The twin of each entity in $ids that has one: a country's own market (kind COUNTRY) or a country
 * market's country, with the INCLUDES relationship that joins them and its sources. A country and
 * its own market are one place; paths join them with this step.
 */
export const PLACE_TWINS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n:Country)<-[link:INCLUDES]-(market:Market {kind: 'COUNTRY'}) RETURN market.id AS twin, link, market, n AS country
  UNION
  MATCH (n:Market {kind: 'COUNTRY'})-[link:INCLUDES]->(country:Country) RETURN country.id AS twin, link, n AS market, country
}
CALL (link) {
  UNWIND coalesce(link.sources, []) AS sourceId
  MATCH (s:Source {id: sourceId})
  RETURN collect(${SOURCE_PROJECTION}) AS sourceRecords
}
RETURN id, twin, ${RELATIONSHIP_MAP('link', 'market.id', 'country.id', ', sourceRecords: sourceRecords')} AS step
ORDER BY id, twin`;

// Neither a hop bound nor the k of SHORTEST k can be a parameter in Neo4j 5.26, so there is one
// fixed query per allowed (hops, k) pair, built here from integers; nothing from the request
// reaches the text, which only picks a query by validated numbers.
const SHORTEST_PATHS: ReadonlyMap<string, string> = new Map(
  range(MIN_HOPS, MAX_HOPS).flatMap((hops) => range(1, MAX_PATHS).map((k) => [`${hops}/${k}`, shortestPathsCypher(hops, k)] as const)),
);

/** The fixed query for up to `k` shortest paths of at most `hops` relationships (both already validated). */
export function shortestPathsQuery(hops: number, k: number): string {
  const cypher = SHORTEST_PATHS.get(`${hops}/${k}`);
  if (cypher === undefined) throw new Error(`No shortest-path query for ${hops} hops and ${k} paths.`);
  return cypher;
}

/** Every fixed shortest-path query, for tests. */
export function allShortestPathsQueries(): string[] {
  return [...SHORTEST_PATHS.values()];
}

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;
export const DEFAULT_DEPTH = 1;
export const MAX_NEIGHBORS = 200;
export const DEFAULT_NEIGHBORS = 50;

/**
 * The entities within `depth` relationships of $id (following only $types), closest first, at most
 * $first of them besides the center, and every relationship of $types between the entities kept.
 * One shortest path per reachable entity gives its distance; one more than $first is read to tell
 * whether the list was cut. No row when $id names nothing.
 */
function neighborhoodCypher(depth: number): string {
  return `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH p = ANY SHORTEST (c)-[r:${PATH_RELATIONSHIP_TYPES} WHERE type(r) IN $types]-{1,${depth}}(n:Entity)
  WHERE n <> c AND NOT n:Source
  WITH n, length(p) AS distance
  ORDER BY distance, n.id
  LIMIT $first + 1
  RETURN collect(n) AS found
}
WITH c, [c] + found[..$first] AS members, size(found) > $first AS truncated
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r:${PATH_RELATIONSHIP_TYPES}]->(y)
  WHERE type(r) IN $types AND y IN members
  WITH x, r, y ORDER BY type(r), x.id, y.id
  RETURN collect(${RELATIONSHIP_MAP('r', 'x.id', 'y.id')}) AS edges
}
RETURN c.id AS centerId, [m IN members | m.id] AS nodeIds, edges, truncated`;
}

// The depth is a hop bound, so (as for paths) one fixed query per allowed depth.
const NEIGHBORHOOD_BY_DEPTH: ReadonlyMap<number, string> = new Map(
  range(MIN_DEPTH, MAX_DEPTH).map((depth) => [depth, neighborhoodCypher(depth)] as const),
);

/** The fixed neighbourhood query for a validated depth. */
export function neighborhoodQuery(depth: number): string {
  const cypher = NEIGHBORHOOD_BY_DEPTH.get(depth);
  if (cypher === undefined) throw new Error(`No neighborhood query for depth ${depth}.`);
  return cypher;
}

/** Every fixed neighbourhood query, for tests. */
export function allNeighborhoodQueries(): string[] {
  return [...NEIGHBORHOOD_BY_DEPTH.values()];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export const ENTITY_EXISTS = `MATCH (n:Entity {id: $id}) RETURN n.id AS id`;

/**
 * What would be left broken if an entity were deleted: entities that need it (an automaker's
 * headquarters, a factory's country or operator, a brand's owner, a figure's exporter, destination or source, a
 * measure's imposer, a claim's factory) and
 * facts that cite it as evidence.
 */
export const DELETE_BLOCKERS = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id,
       COUNT { (n)<-[:HEADQUARTERED_IN]-(:Automaker) } AS headquarteredAutomakers,
       COUNT { (n)<-[:LOCATED_IN]-(:Factory) } AS locatedFactories,
       COUNT { (n)-[:OPERATES]->(:Factory) } AS operatedFactories,
       COUNT { (n)<-[:BRAND_OF]-(:Brand) } AS ownedBrands,
       COUNT { (n)<-[:EXPORTER]-(:TradeFigure) } AS exportFigures,
       COUNT { (n)<-[:DESTINATION]-(:TradeFigure) } AS destinationFigures,
       COUNT { (n)<-[:STATED_IN]-(:TradeFigure) } AS statedFigures,
       COUNT { (n)<-[:IMPOSED_BY]-(:TradeMeasure) } AS imposedMeasures,
       COUNT { (n)<-[:CLAIM_ABOUT]-(:FactoryClaim) } AS factoryClaims,
       CASE WHEN n:Source THEN COUNT { MATCH ()-[r]->() WHERE n.id IN r.sources } + COUNT { MATCH (m:Entity) WHERE n.id IN m.sources }
            ELSE 0 END AS citingFacts`;

export const DETACH_DELETE = `MATCH (n:Entity {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;
