/** Cypher for organizations. */

export const ORGANIZATION_PROJECTION =
  'o{.id, .name, .shortName, sources: coalesce(o.sources, []), countryId: head([(o)-[:BASED_IN]->(c:Country) | c.id]), ' +
  'baseSources: coalesce(head([(o)-[b:BASED_IN]->(:Country) | b.sources]), [])}';

export const ORGANIZATIONS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN ${ORGANIZATION_PROJECTION} AS node`;
