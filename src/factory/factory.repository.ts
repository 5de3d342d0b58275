/** Cypher for factories. */

import { COUNTRY_SUMMARY_PROJECTION } from '../country/country.repository';

/** Where a factory stands: its country's id and summary (both projections carry them). */
const FACTORY_COUNTRY =
  'countryId: head([(f)-[:LOCATED_IN]->(c:Country) | c.id]), ' +
  `country: head([(f)-[:LOCATED_IN]->(c:Country) | ${COUNTRY_SUMMARY_PROJECTION}])`;

/** A factory as loaders return it, with its country as a summary (`country`, a to-one neighbour: see AUTOMAKER_PROJECTION). */
export const FACTORY_PROJECTION =
  'f{.id, .name, .city, .status, products: coalesce(f.products, []), roles: coalesce(f.roles, []), .capacityPerYear, ' +
  // Dates as ISO strings (cheaper to decode than driver Dates; see FIGURE_FIELDS).
  'announced: toString(f.announced), .announcedPrecision, constructionStarted: toString(f.constructionStarted), .constructionStartedPrecision, ' +
  'opened: toString(f.opened), .openedPrecision, closed: toString(f.closed), .closedPrecision, sources: coalesce(f.sources, []), ' +
  `${FACTORY_COUNTRY}, ` +
  'locationSources: coalesce(head([(f)-[l:LOCATED_IN]->(:Country) | l.sources]), []), ' +
  'automakerId: head([(a:Automaker)-[:OPERATES]->(f) | a.id]), ' +
  'operatedSince: head([(:Automaker)-[o:OPERATES]->(f) | toString(o.since)]), ' +
  'operatedSincePrecision: head([(:Automaker)-[o:OPERATES]->(f) | o.sincePrecision]), ' +
  'operatorSources: coalesce(head([(:Automaker)-[o:OPERATES]->(f) | o.sources]), [])}';

/** A factory as list fields read it when the selection fits FACTORY_SUMMARY_FIELDS (FactorySummaryRecord). */
export const FACTORY_SUMMARY_PROJECTION = `f{.id, .name, ${FACTORY_COUNTRY}}`;

export const FACTORIES_BY_ID = `
UNWIND $ids AS id
MATCH (f:Factory {id: id})
RETURN ${FACTORY_PROJECTION} AS node`;

/** The first $first factories located in each country, by name, each read with `projection`. */
const factoriesByCountry = (projection: string): string => `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Country {id: key})<-[:LOCATED_IN]-(f:Factory)
  RETURN f ORDER BY f.name, f.id LIMIT $first
}
RETURN key, ${projection} AS item
ORDER BY key, f.name, f.id`;

/** The first $first factories each automaker operates, by name, each read with `projection`. */
const factoriesByAutomaker = (projection: string): string => `
UNWIND $ids AS key
CALL (key) {
  MATCH (:Automaker {id: key})-[:OPERATES]->(f:Factory)
  RETURN f ORDER BY f.name, f.id LIMIT $first
}
RETURN key, ${projection} AS item
ORDER BY key, f.name, f.id`;

export const FACTORIES_BY_COUNTRY = factoriesByCountry(FACTORY_PROJECTION);
export const FACTORY_SUMMARIES_BY_COUNTRY = factoriesByCountry(FACTORY_SUMMARY_PROJECTION);
export const FACTORIES_BY_AUTOMAKER = factoriesByAutomaker(FACTORY_PROJECTION);
export const FACTORY_SUMMARIES_BY_AUTOMAKER = factoriesByAutomaker(FACTORY_SUMMARY_PROJECTION);

/** Each factory's former operators (OPERATED), latest first, with their dates and evidence. */
export const FORMER_OPERATORS_BY_FACTORY = `
UNWIND $ids AS key
MATCH (a:Automaker)-[r:OPERATED]->(:Factory {id: key})
WITH key, a, r ORDER BY r.until DESC, a.id
RETURN key, {automakerId: a.id, since: toString(r.since), sincePrecision: r.sincePrecision,
             until: toString(r.until), untilPrecision: r.untilPrecision, sources: coalesce(r.sources, [])} AS item`;
