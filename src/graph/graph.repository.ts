/** Cypher over the whole graph: full-text search, shortest paths, deletion. */

/** Relationship types a path may follow: every link between entities (not the evidence edge STATED_IN). */
export const PATH_RELATIONSHIP_TYPES =
  'HEADQUARTERED_IN|OPERATES|LOCATED_IN|SELLS_IN|EXPORTS_TO|TARGETS|INCLUDES|BASED_IN|EXPORTER|DESTINATION|REPORTED_BY|' +
  'IMPOSED_BY|APPLIES_TO|AFFECTS|EXEMPTS|OWNS_STAKE_IN|OWNS|JOINT_VENTURE_WITH|CONTRACT_MANUFACTURES_FOR|' +
  'PUBLISHES_STATISTICS_FOR|CLAIM_ABOUT';

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id`;

// A variable-length bound cannot be a parameter in Cypher, so there is one fixed query per allowed
// bound, picked by a validated integer; no text from the request reaches the query.
export const SHORTEST_PATH_BY_HOPS: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${PATH_RELATIONSHIP_TYPES}*..${hops}]-(b))
RETURN length(p) AS length,
       [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                 sources: coalesce(r.sources, [])}] AS steps`,
  ]),
);

export const ENTITY_EXISTS = `MATCH (n:Entity {id: $id}) RETURN n.id AS id`;

/**
 * What would be left broken if an entity were deleted: entities that need it (an automaker's
 * headquarters, a factory's country or operator, a figure's exporter, destination or source, a
 * measure's imposer, a claim's factory) and
 * facts that cite it as evidence.
 */
export const DELETE_BLOCKERS = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id,
       COUNT { (n)<-[:HEADQUARTERED_IN]-(:Automaker) } AS headquarteredAutomakers,
       COUNT { (n)<-[:LOCATED_IN]-(:Factory) } AS locatedFactories,
       COUNT { (n)-[:OPERATES]->(:Factory) } AS operatedFactories,
       COUNT { (n)<-[:EXPORTER]-(:TradeFigure) } AS exportFigures,
       COUNT { (n)<-[:DESTINATION]-(:TradeFigure) } AS destinationFigures,
       COUNT { (n)<-[:STATED_IN]-(:TradeFigure) } AS statedFigures,
       COUNT { (n)<-[:IMPOSED_BY]-(:TradeMeasure) } AS imposedMeasures,
       COUNT { (n)<-[:CLAIM_ABOUT]-(:FactoryClaim) } AS factoryClaims,
       CASE WHEN n:Source THEN COUNT { MATCH ()-[r]->() WHERE n.id IN r.sources } + COUNT { MATCH (m:Entity) WHERE n.id IN m.sources }
            ELSE 0 END AS citingFacts`;

export const DETACH_DELETE = `MATCH (n:Entity {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;
