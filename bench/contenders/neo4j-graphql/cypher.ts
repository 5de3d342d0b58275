/**
 * The Cypher of the peer's three @cypher root fields (type-defs.ts says why each needs one). Each
 * reproduces what Autograph answers: the same full-text index and ranking, the same path rules, and
 * Autograph's own preference rule for competing figures (imported, so the two cannot drift apart).
 */

import { PREFERENCE_ORDER } from '../../../src/figure/figure.preference';
import { SEARCH_INDEX } from '../../../src/neo4j/schema';
import { PATH_RELATIONSHIP_TYPES, SEARCH_ORDER } from '../../../src/graph/graph.repository';

/** Longest path the `path` field can return: a hop bound cannot be a parameter, so the pattern allows this many and `$maxHops` filters. */
export const PEER_MAX_HOPS = 6;

/** Full-text search over the names index, ranked as Query.search in Autograph (SEARCH_ORDER). */
export const SEARCH_CYPHER = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: 500}) YIELD node, score
RETURN node ORDER BY ${SEARCH_ORDER} LIMIT $limit`;

/**
 * One shortest path from $from to $to of at most $maxHops relationships, in either direction, never
 * through a source and never through an entity twice (the rules of Autograph's Query.path). Returns
 * a map per PeerPath; no row when there is none.
 */
export const PATH_CYPHER = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH SHORTEST 1 (p = (a) (()-[r:${PATH_RELATIONSHIP_TYPES}]-(n) WHERE NOT n:Source){1,${PEER_MAX_HOPS}} (b)
  WHERE all(i IN range(1, size(r)) WHERE NOT nodes(p)[i] IN nodes(p)[..i]))
WITH p, r WHERE length(p) <= $maxHops
RETURN {
  length: length(p),
  nodeIds: [x IN nodes(p) | x.id],
  nodeKinds: [x IN nodes(p) | head([l IN labels(x) WHERE l <> 'Entity'])],
  steps: [x IN r | {type: type(x), from: startNode(x).id, to: endNode(x).id,
                    sourceIds: [sid IN coalesce(x.sources, []) WHERE EXISTS { MATCH (:Source {id: sid}) }]}]
} AS path`;

/**
 * The preferred worldwide whole-year figure of each exporter of a kind (not doubtful, not a target),
 * largest value first, ties by exporter id: Autograph's EXPORTER_RANKING with its defaults.
 */
export const EXPORTER_RANKING_FIGURES = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.metric = $metric
  AND f.periodStart = date({year: $year, month: 1, day: 1})
  AND f.periodEnd = date({year: $year, month: 12, day: 31})
  AND f.vehicleClass = $vehicleClass
  AND f.countedBy = $countedBy
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND NOT coalesce(f.doubtful, false)
  AND (($exporterKind = 'COUNTRY' AND x:Country) OR ($exporterKind = 'AUTOMAKER' AND x:Automaker))
  AND NOT EXISTS { (f)-[:DESTINATION]->() }
WITH x, f ORDER BY ${PREFERENCE_ORDER}
WITH x, head(collect(f)) AS f
RETURN f ORDER BY f.value DESC, x.id`;
