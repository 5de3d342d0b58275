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

/** Whether `t`, joined to `x` by INCLUDES, is its twin: a country and its own market (kind COUNTRY) are one place. */
const TWIN = (x: string): string =>
  `((${x}:Country AND t:Market AND t.kind = 'COUNTRY') OR (${x}:Market AND ${x}.kind = 'COUNTRY' AND t:Country))`;

/**
 * One shortest path from $from to $to of at most $maxHops relationships, in either direction, never
 * through a source and never through an entity twice (the rules of Autograph's Query.path). A country
 * and its own market are one place: the search may start at the twin of $from or end at the twin of
 * $to (unless the two ends are twins of each other), and the INCLUDES step that joins it is added to
 * the path without counting against $maxHops; the shortest whole path wins, then the first by its
 * ids. Returns a map per PeerPath; no row when there is none.
 */
export const PATH_CYPHER = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WITH a, b, [(a)-[j:INCLUDES]-(t) WHERE ${TWIN('a')} | {node: t, join: j}] AS fromTwins,
     [(b)-[j:INCLUDES]-(t) WHERE ${TWIN('b')} | {node: t, join: j}] AS toTwins
WITH a, b, CASE WHEN any(t IN fromTwins WHERE t.node = b) THEN [] ELSE fromTwins END AS fromTwins,
     CASE WHEN any(t IN fromTwins WHERE t.node = b) THEN [] ELSE toTwins END AS toTwins
UNWIND [{node: a, join: null}] + fromTwins AS start
UNWIND [{node: b, join: null}] + toTwins AS end
WITH a, b, start, end, start.node AS s, end.node AS e
WHERE s <> e
MATCH SHORTEST 1 (p = (s) (()-[r:${PATH_RELATIONSHIP_TYPES}]-(n) WHERE NOT n:Source){1,${PEER_MAX_HOPS}} (e)
  WHERE all(i IN range(1, size(r)) WHERE NOT nodes(p)[i] IN nodes(p)[..i]))
WITH a, b, start, end, p, r WHERE length(p) <= $maxHops
WITH CASE WHEN start.join IS NULL THEN [] ELSE [a] END + nodes(p) + CASE WHEN end.join IS NULL THEN [] ELSE [b] END AS ns,
     CASE WHEN start.join IS NULL THEN [] ELSE [start.join] END + r + CASE WHEN end.join IS NULL THEN [] ELSE [end.join] END AS rs
WHERE all(i IN range(1, size(ns) - 1) WHERE NOT ns[i] IN ns[..i])
WITH ns, rs ORDER BY size(rs), [x IN ns | x.id], [x IN rs | type(x)] LIMIT 1
RETURN {
  length: size(rs),
  nodeIds: [x IN ns | x.id],
  nodeKinds: [x IN ns | head([l IN labels(x) WHERE l <> 'Entity'])],
  steps: [x IN rs | {type: type(x), from: startNode(x).id, to: endNode(x).id,
                     sourceIds: [sid IN coalesce(x.sources, []) WHERE EXISTS { MATCH (:Source {id: sid}) }]}]
} AS path`;

/**
 * The preferred worldwide whole-year figure of one flow (exports, for W6) of each exporter of a kind
 * (not doubtful, not a target), largest value first, ties by exporter id: Autograph's
 * EXPORTER_RANKING with its defaults.
 */
export const EXPORTER_RANKING_FIGURES = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.flow = $flow
  AND f.metric = $metric
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
