/** Cypher for organizations. */

export const ORGANIZATION_PROJECTION =
  'o{.id, .name, .shortName, sources: coalesce(o.sources, []), countryId: head([(o)-[:BASED_IN]->(c:Country) | c.id]), ' +
  'baseSources: coalesce(head([(o)-[b:BASED_IN]->(:Country) | b.sources]), [])}';

export const ORGANIZATIONS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN ${ORGANIZATION_PROJECTION} AS node`;

/** The countries each body in $ids publishes statistics for, by country name. */
export const STATISTICS_BY_ORGANIZATION = `
UNWIND $ids AS key
MATCH (:Organization {id: key})-[r:PUBLISHES_STATISTICS_FOR]->(c:Country)
WITH key, r, c ORDER BY c.name, c.id
RETURN key, {countryId: c.id, series: coalesce(r.series, []), vehicleClass: r.vehicleClass, sources: coalesce(r.sources, [])} AS item`;
