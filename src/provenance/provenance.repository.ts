/**
 * Cypher for provenance: which facts a source states, which facts state no source, and the
 * evidence of relationships that the entity projections do not carry.
 *
 * A fact is an entity (its own `sources`), a relationship between two entities (its `sources`), or
 * a trade figure (its STATED_IN source). Relationships that hang off a figure (EXPORTER,
 * DESTINATION, REPORTED_BY, STATED_IN) are part of the figure, not facts of their own; so is a
 * factory claim's CLAIM_ABOUT (the claim is an entity with its own sources). Trade measures and
 * their APPLIES_TO, AFFECTS, EXEMPTS and IMPOSED_BY links, company links and
 * PUBLISHES_STATISTICS_FOR are facts like any other.
 */

/** The rows of one fact, shared by the queries below. */
const FACT_ROW = 'id, kind, type, subjectId, objectId, sources';

/**
 * Facts each source in $ids states, a page after $after (a fact id) of $limit + 1 rows, and the
 * total per source.
 */
export const FACTS_BY_SOURCE = `
UNWIND $ids AS sid
CALL {
  WITH sid
  MATCH (n:Entity) WHERE NOT n:Source AND NOT n:TradeFigure AND sid IN coalesce(n.sources, [])
  RETURN n.id AS id, 'ENTITY' AS kind, [l IN labels(n) WHERE NOT l IN ['Entity', 'Synthetic']][0] AS type,
         n.id AS subjectId, null AS objectId, n.sources AS sources
  UNION ALL
  WITH sid
  MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:TradeFigure AND NOT a:FactoryClaim AND sid IN coalesce(r.sources, [])
  RETURN type(r) + ':' + a.id + ':' + b.id AS id, 'RELATIONSHIP' AS kind, type(r) AS type,
         a.id AS subjectId, b.id AS objectId, r.sources AS sources
  UNION ALL
  WITH sid
  MATCH (f:TradeFigure)-[:STATED_IN]->(:Source {id: sid})
  RETURN f.id AS id, 'FIGURE' AS kind, 'TradeFigure' AS type, f.id AS subjectId, null AS objectId, [sid] AS sources
}
WITH sid, ${FACT_ROW} ORDER BY id
WITH sid, collect({${FACT_ROW.split(', ').map((k) => `${k}: ${k}`).join(', ')}}) AS facts
RETURN sid AS key, size(facts) AS totalCount,
       [fact IN facts WHERE $after IS NULL OR fact.id > $after][0..$limit + 1] AS page`;

/** Facts that name no source at all, a page after $after, and their total. */
export const UNSOURCED_FACTS = `
CALL {
  MATCH (n:Entity) WHERE NOT n:Source AND NOT n:TradeFigure AND size(coalesce(n.sources, [])) = 0
  RETURN n.id AS id, 'ENTITY' AS kind, [l IN labels(n) WHERE NOT l IN ['Entity', 'Synthetic']][0] AS type,
         n.id AS subjectId, null AS objectId, [] AS sources
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:TradeFigure AND NOT a:FactoryClaim AND size(coalesce(r.sources, [])) = 0
  RETURN type(r) + ':' + a.id + ':' + b.id AS id, 'RELATIONSHIP' AS kind, type(r) AS type,
         a.id AS subjectId, b.id AS objectId, [] AS sources
  UNION ALL
  MATCH (f:TradeFigure) WHERE NOT EXISTS { (f)-[:STATED_IN]->(:Source) }
  RETURN f.id AS id, 'FIGURE' AS kind, 'TradeFigure' AS type, f.id AS subjectId, null AS objectId, [] AS sources
}
WITH ${FACT_ROW} ORDER BY id
WITH collect({${FACT_ROW.split(', ').map((k) => `${k}: ${k}`).join(', ')}}) AS facts
RETURN size(facts) AS totalCount, [fact IN facts WHERE $after IS NULL OR fact.id > $after][0..$limit + 1] AS page`;

/** Countries each market includes, with the evidence for each membership. */
export const MEMBERSHIPS_BY_MARKET = `
UNWIND $ids AS key
MATCH (:Market {id: key})-[r:INCLUDES]->(c:Country)
WITH key, r, c ORDER BY c.name, c.id
RETURN key, {countryId: c.id, sources: coalesce(r.sources, [])} AS item`;
