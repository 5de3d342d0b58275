/** Cypher for brands: lookups and an automaker's brands. */

export const BRAND_PROJECTION =
  'b{.id, .name, .countryId, sources: coalesce(b.sources, []), ' +
  'automakerId: head([(b)-[:BRAND_OF]->(a:Automaker) | a.id]), ' +
  'ownerSources: coalesce(head([(b)-[r:BRAND_OF]->(:Automaker) | r.sources]), [])}';

export const BRANDS_BY_ID = `
UNWIND $ids AS id
MATCH (b:Brand {id: id})
RETURN ${BRAND_PROJECTION} AS node`;

/** The first $first brands of each automaker, by name. */
export const BRANDS_BY_AUTOMAKER = `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Automaker {id: key})<-[:BRAND_OF]-(b:Brand)
  RETURN b ORDER BY b.name, b.id LIMIT $first
}
RETURN key, ${BRAND_PROJECTION} AS item
ORDER BY key, b.name, b.id`;
