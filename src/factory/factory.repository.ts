/** Cypher for factories. */

export const FACTORY_PROJECTION =
  'f{.id, .name, .city, .status, products: coalesce(f.products, []), roles: coalesce(f.roles, []), .capacityPerYear, ' +
  '.announced, .announcedPrecision, .constructionStarted, .constructionStartedPrecision, ' +
  '.opened, .openedPrecision, .closed, .closedPrecision, sources: coalesce(f.sources, []), ' +
  'countryId: head([(f)-[:LOCATED_IN]->(c:Country) | c.id]), ' +
  'locationSources: coalesce(head([(f)-[l:LOCATED_IN]->(:Country) | l.sources]), []), ' +
  'automakerId: head([(a:Automaker)-[:OPERATES]->(f) | a.id]), ' +
  'operatorSources: coalesce(head([(:Automaker)-[o:OPERATES]->(f) | o.sources]), [])}';

export const FACTORIES_BY_ID = `
UNWIND $ids AS id
MATCH (f:Factory {id: id})
RETURN ${FACTORY_PROJECTION} AS node`;

export const FACTORIES_BY_COUNTRY = `
UNWIND $ids AS key
MATCH (:Country {id: key})<-[:LOCATED_IN]-(f:Factory)
WITH key, f ORDER BY f.name, f.id
RETURN key, ${FACTORY_PROJECTION} AS item`;

export const FACTORIES_BY_AUTOMAKER = `
UNWIND $ids AS key
MATCH (:Automaker {id: key})-[:OPERATES]->(f:Factory)
WITH key, f ORDER BY f.name, f.id
RETURN key, ${FACTORY_PROJECTION} AS item`;
