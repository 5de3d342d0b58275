/** Cypher for factory claims. */

export const CLAIM_PROJECTION =
  'c{.id, .kind, .value, .unit, .basis, .asOf, .asOfPrecision, lowerBound: coalesce(c.lowerBound, false), ' +
  'sources: coalesce(c.sources, []), factoryId: head([(c)-[:CLAIM_ABOUT]->(f:Factory) | f.id])}';

export const CLAIMS_BY_ID = `
UNWIND $ids AS id
MATCH (c:FactoryClaim {id: id})
RETURN ${CLAIM_PROJECTION} AS node`;

/** The claims about each factory in $ids: by kind, then date, then id. */
export const CLAIMS_BY_FACTORY = `
UNWIND $ids AS key
MATCH (c:FactoryClaim)-[:CLAIM_ABOUT]->(:Factory {id: key})
WITH key, c ORDER BY c.kind DESC, c.asOf, c.id
RETURN key, ${CLAIM_PROJECTION} AS item`;
