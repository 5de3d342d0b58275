/**
 * Cypher for rankings that span years or sources: exporters ranked per year and per measure, and a
 * country's destinations ranked per reporter. Every pick among competing figures uses the one
 * preference rule (PREFERENCE_ORDER); every value is a $parameter.
 */

import { AUTOMAKER_PROJECTION } from '../automaker/automaker.repository';
import { COUNTRY_PROJECTION } from '../country/country.repository';
import { MARKET_PROJECTION } from '../market/market.repository';
import { isPlace } from '../market/place.cypher';
import { PREFERENCE_ORDER, PUBLISHED_AS_OF } from './figure.preference';
import { FIGURE_WITH_RELATED_PROJECTION } from './figure.repository';

/** Figure `f` covers one whole calendar year from $from to $to. */
const WHOLE_YEAR_IN_RANGE = `f.periodStart.year >= $from AND f.periodStart.year <= $to
  AND f.periodStart = date({year: f.periodStart.year, month: 1, day: 1})
  AND f.periodEnd = date({year: f.periodStart.year, month: 12, day: 31})`;

/**
 * Exporters ranked by their preferred worldwide whole-year figure, for every year from $from to $to
 * and every measure (vehicle class and counting method) that has figures of $flow and $metric: one
 * row per year and measure, its exporters largest first. Targets are goals, not counts: left out.
 */
export const EXPORTER_RANKINGS = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.flow = $flow AND f.metric = $metric
  AND ${WHOLE_YEAR_IN_RANGE}
  AND ($vehicleClass IS NULL OR f.vehicleClass = $vehicleClass)
  AND ($countedBy IS NULL OR f.countedBy = $countedBy)
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND ($includeDoubtful OR NOT coalesce(f.doubtful, false))
  AND (($exporterKind = 'COUNTRY' AND x:Country) OR ($exporterKind = 'AUTOMAKER' AND x:Automaker))
  AND NOT EXISTS { (f)-[:DESTINATION]->() }
  AND ${PUBLISHED_AS_OF}
WITH x, f ORDER BY ${PREFERENCE_ORDER}
WITH f.periodStart.year AS year, f.vehicleClass AS vehicleClass, f.countedBy AS countedBy, x, head(collect(f)) AS f
CALL (x) {
  WITH x AS c WHERE c:Country RETURN ${COUNTRY_PROJECTION} AS exporter
  UNION ALL
  WITH x AS a WHERE a:Automaker RETURN ${AUTOMAKER_PROJECTION} AS exporter
}
WITH year, vehicleClass, countedBy, f, exporter ORDER BY year, vehicleClass, countedBy, f.value DESC, exporter.id
WITH year, vehicleClass, countedBy, collect({figure: ${FIGURE_WITH_RELATED_PROJECTION}, exporter: exporter}) AS ranks
RETURN year, vehicleClass, countedBy, ranks
ORDER BY year, vehicleClass, countedBy`;

/**
 * The destinations of exporter $id in the year $year, ranked per reporter, period and measure: for
 * each (reporter, period within the year, metric, vehicle class, counting method) that has figures
 * of $flow with a destination, the preferred figure per destination among that reporter's (the rule
 * above), largest first. Figures whose producer is not named form groups of their own (reporterId
 * null). $metric null: every metric, each ranked apart.
 */
export const DESTINATION_RANKINGS = `
MATCH (:Entity {id: $id})<-[:EXPORTER]-(f:TradeFigure)-[:DESTINATION]->(m:Market)
WHERE f.flow = $flow AND ($metric IS NULL OR f.metric = $metric) AND f.metric <> 'GROWTH_PERCENT'
  AND f.periodStart >= date({year: $year, month: 1, day: 1}) AND f.periodEnd <= date({year: $year, month: 12, day: 31})
  AND ($vehicleClass IS NULL OR f.vehicleClass = $vehicleClass)
  AND ($countedBy IS NULL OR f.countedBy = $countedBy)
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND NOT coalesce(f.doubtful, false)
  AND ${PUBLISHED_AS_OF}
WITH m, f, head([(f)-[:REPORTED_BY]->(o:Organization) | o.id]) AS reporterId
WITH m, f, reporterId ORDER BY ${PREFERENCE_ORDER}
WITH reporterId, f.metric AS metric, f.vehicleClass AS vehicleClass, f.countedBy AS countedBy,
     f.periodStart AS periodStart, f.periodEnd AS periodEnd, m, head(collect(f)) AS f
ORDER BY f.value DESC, m.id
WITH reporterId, metric, vehicleClass, countedBy, periodStart, periodEnd,
     collect({figure: ${FIGURE_WITH_RELATED_PROJECTION}, market: ${MARKET_PROJECTION}}) AS ranked
RETURN reporterId, metric, vehicleClass, countedBy, toString(periodStart) AS periodStart, toString(periodEnd) AS periodEnd,
       size(ranked) AS destinations, ranked[..$first] AS ranks
ORDER BY destinations DESC, periodEnd DESC, periodStart, reporterId, metric, vehicleClass, countedBy`;

/**
 * Who counts most in the place $id (a market, or a country meaning its own market) in the year
 * $year: the subjects of figures of $flow whose destination is that place (sellers for SALES,
 * exporters for EXPORTS, origins' importers for IMPORTS), ranked per period and measure, each by
 * its preferred figure; $labels (a list of labels from the vocabulary, empty for any) narrows the
 * kinds of subject. $metric null: every metric but growth rates, each ranked apart.
 */
export const PLACE_RANKINGS = `
MATCH (m:Market) WHERE ${isPlace('m', '$id')}
MATCH (m)<-[:DESTINATION]-(f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.flow = $flow AND ($metric IS NULL OR f.metric = $metric) AND f.metric <> 'GROWTH_PERCENT'
  AND f.periodStart >= date({year: $year, month: 1, day: 1}) AND f.periodEnd <= date({year: $year, month: 12, day: 31})
  AND ($vehicleClass IS NULL OR f.vehicleClass = $vehicleClass)
  AND ($countedBy IS NULL OR f.countedBy = $countedBy)
  AND (size($labels) = 0 OR any(label IN labels(x) WHERE label IN $labels))
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND NOT coalesce(f.doubtful, false)
  AND ${PUBLISHED_AS_OF}
WITH x, f ORDER BY ${PREFERENCE_ORDER}
WITH f.metric AS metric, f.vehicleClass AS vehicleClass, f.countedBy AS countedBy,
     f.periodStart AS periodStart, f.periodEnd AS periodEnd, x, head(collect(f)) AS f
ORDER BY f.value DESC, x.id
WITH metric, vehicleClass, countedBy, periodStart, periodEnd, collect(${FIGURE_WITH_RELATED_PROJECTION}) AS ranked
RETURN metric, vehicleClass, countedBy, toString(periodStart) AS periodStart, toString(periodEnd) AS periodEnd,
       size(ranked) AS entries, ranked[..$first] AS figures
ORDER BY entries DESC, periodEnd DESC, periodStart, metric, vehicleClass, countedBy`;
