/**
 * Cypher for aggregations: factory counts and capacities by group, export and import series, and
 * exporters' shares of a market. Every sum and count is computed by Neo4j, every value is a
 * $parameter, and every pick among competing figures uses the one preference rule (PREFERENCE_ORDER).
 */

import { FIGURE_PROJECTION, PREFERENCE_ORDER, PUBLISHED_AS_OF } from '../figure';
import { isPlace } from '../market/place.cypher';

/**
 * Factories counted per group. `$groupBy` (a list of COUNTRY, STATUS, AUTOMAKER) chooses the
 * grouping without changing the text: a key not grouped by is null for every factory, so it does
 * not split groups. The filter values `$country`, `$automaker`, `$automakerCountry` (the operator's
 * headquarters), `$notInCountry` and `$statuses` may each be null (no condition). `capacityPerYear` sums the known capacities only (null when none is known).
 */
export const FACTORY_STATS = `
MATCH (f:Factory)
WITH f,
     head([(f)-[:LOCATED_IN]->(c:Country) | c.id]) AS locatedIn,
     head([(a:Automaker)-[:OPERATES]->(f) | a.id]) AS operatedBy,
     head([(a:Automaker)-[:OPERATES]->(f) | head([(a)-[:HEADQUARTERED_IN]->(home:Country) | home.id])]) AS operatorHome
WHERE ($country IS NULL OR locatedIn = $country)
  AND ($automaker IS NULL OR operatedBy = $automaker)
  AND ($automakerCountry IS NULL OR operatorHome = $automakerCountry)
  AND ($notInCountry IS NULL OR locatedIn <> $notInCountry)
  AND ($statuses IS NULL OR f.status IN $statuses)
WITH f,
     CASE WHEN 'COUNTRY' IN $groupBy THEN locatedIn END AS countryId,
     CASE WHEN 'STATUS' IN $groupBy THEN f.status END AS status,
     CASE WHEN 'AUTOMAKER' IN $groupBy THEN operatedBy END AS automakerId
WITH countryId, status, automakerId,
     count(f) AS count, sum(f.capacityPerYear) AS capacitySum, count(f.capacityPerYear) AS capacityKnownCount
RETURN countryId, status, automakerId, count,
       CASE WHEN capacityKnownCount = 0 THEN null ELSE capacitySum END AS capacityPerYear, capacityKnownCount
ORDER BY count DESC, countryId, status, automakerId`;

/** A figure bound to `f` covers one whole calendar year: 1 January to 31 December of the same year. */
export const WHOLE_YEAR =
  'f.periodStart = date({year: f.periodStart.year, month: 1, day: 1}) ' +
  'AND f.periodEnd = date({year: f.periodStart.year, month: 12, day: 31})';

/** Figure `f` counts what the parameters `$flow`, `$metric`, `$vehicleClass` and `$countedBy` say. */
const SAME_MEASURE = 'f.flow = $flow AND f.metric = $metric AND f.vehicleClass = $vehicleClass AND f.countedBy = $countedBy';

/** Exporter `x` is of the kind `$exporterKind` (COUNTRY or AUTOMAKER). */
const EXPORTER_OF_KIND = "(($exporterKind = 'COUNTRY' AND x:Country) OR ($exporterKind = 'AUTOMAKER' AND x:Automaker))";

/**
 * One point per exporter (`$ids`) and calendar year that has a whole-year figure of the measure,
 * worldwide (`$destination` null) or for one market: the preferred figure and how many other figures
 * compete with it. Competitors share exporter, destination, measure and period, which the query
 * fixes, so each (exporter, year) group is one set of competitors.
 */
export const EXPORT_SERIES = `
UNWIND $ids AS key
MATCH (:Entity {id: key})<-[:EXPORTER]-(f:TradeFigure)
WHERE ${SAME_MEASURE}
  AND ${WHOLE_YEAR}
  AND (($destination IS NULL AND NOT EXISTS { (f)-[:DESTINATION]->() })
       OR EXISTS { (f)-[:DESTINATION]->(m:Market) WHERE ${isPlace('m', '$destination')} })
  AND ($from IS NULL OR f.periodStart.year >= $from)
  AND ($to IS NULL OR f.periodStart.year <= $to)
  AND ${PUBLISHED_AS_OF}
WITH key, f ORDER BY ${PREFERENCE_ORDER}
WITH key, f.periodStart.year AS year, collect(f) AS competing
WITH key, year, head(competing) AS f, size(competing) - 1 AS alternatives
ORDER BY key, year
RETURN key, {year: year, value: f.value, alternatives: alternatives, figure: ${FIGURE_PROJECTION}} AS item`;

/**
 * Imports of each market (`$ids`) per calendar year: for each exporter of the kind asked for, its
 * preferred whole-year figure with the market as destination; the points sum them. The figures of a
 * point are ordered by value, largest first.
 */
export const IMPORT_SERIES = `
UNWIND $ids AS key
MATCH (:Market {id: key})<-[:DESTINATION]-(f:TradeFigure)-[:EXPORTER]->(x)
WHERE ${SAME_MEASURE}
  AND ${WHOLE_YEAR}
  AND ${EXPORTER_OF_KIND}
  AND ${PUBLISHED_AS_OF}
WITH key, x, f ORDER BY ${PREFERENCE_ORDER}
WITH key, x, f.periodStart.year AS year, head(collect(f)) AS f
WITH key, x, year, f ORDER BY f.value DESC, x.id
WITH key, year, sum(f.value) AS total, count(f) AS exporters, collect(${FIGURE_PROJECTION}) AS figures
ORDER BY key, year
RETURN key, {year: year, total: total, exporters: exporters, figures: figures} AS item`;

/**
 * Each exporter's share of a market (`$ids`) in the year `$year`: its preferred whole-year figure
 * divided by the sum of the preferred figures of every exporter (of the kind asked for) that has one
 * for that market and year. No rows when no exporter has one, or when they sum to zero.
 */
export const EXPORTER_SHARES = `
UNWIND $ids AS key
MATCH (:Market {id: key})<-[:DESTINATION]-(f:TradeFigure)-[:EXPORTER]->(x)
WHERE ${SAME_MEASURE}
  AND f.periodStart = date({year: $year, month: 1, day: 1})
  AND f.periodEnd = date({year: $year, month: 12, day: 31})
  AND ${EXPORTER_OF_KIND}
  AND ${PUBLISHED_AS_OF}
WITH key, x, f ORDER BY ${PREFERENCE_ORDER}
WITH key, x, head(collect(f)) AS f
WITH key, collect({exporterId: x.id, f: f}) AS preferred, sum(f.value) AS total
WHERE total > 0
UNWIND preferred AS row
WITH key, row.exporterId AS exporterId, row.f AS f, total
ORDER BY key, f.value DESC, exporterId
RETURN key, {value: f.value, share: toFloat(f.value) / total, figure: ${FIGURE_PROJECTION}} AS item`;
