/** Cypher for trade figures: lookups, an exporter's figures, competition between figures, the ranking. */

import { AUTOMAKER_PROJECTION } from '../automaker/automaker.repository';
import { COUNTRY_PROJECTION } from '../country/country.repository';
import { MARKET_PROJECTION } from '../market/market.repository';
import { ORGANIZATION_PROJECTION } from '../organization/organization.repository';
import { SOURCE_PROJECTION } from '../source/source.repository';
import { isPlace } from '../market/place.cypher';
import { PREFERENCE_ORDER, PUBLISHED_AS_OF } from './figure.preference';

// Dates leave Neo4j as ISO strings (toString), as resolvers want them: the driver's own temporal
// values cost several times more client CPU to decode (measured on the exporter ranking: 6.4 → 3.8 ms).
const FIGURE_FIELDS =
  '.id, .flow, .metric, .value, .basis, .vehicleClass, .countedBy, periodStart: toString(f.periodStart), periodEnd: toString(f.periodEnd), ' +
  'doubtful: coalesce(f.doubtful, false), .note, ' +
  'exporterId: head([(f)-[:EXPORTER]->(x) | x.id]), ' +
  'destinationId: head([(f)-[:DESTINATION]->(m:Market) | m.id]), ' +
  'reporterId: head([(f)-[:REPORTED_BY]->(o:Organization) | o.id]), ' +
  'sourceId: head([(f)-[:STATED_IN]->(s:Source) | s.id]), ' +
  'sourcePublished: head([(f)-[:STATED_IN]->(s:Source) | toString(s.published)])';

export const FIGURE_PROJECTION = `f{${FIGURE_FIELDS}}`;

/**
 * A figure with the records of its destination, producer and source (`related`, see
 * FigureRelatedRecords): lists of figures return them in the same statement, so asking for a
 * figure's destination, reportedBy or source costs no further query.
 */
export const FIGURE_WITH_RELATED_PROJECTION =
  `f{${FIGURE_FIELDS}, related: {` +
  `destination: head([(f)-[:DESTINATION]->(m:Market) | ${MARKET_PROJECTION}]), ` +
  `reporter: head([(f)-[:REPORTED_BY]->(o:Organization) | ${ORGANIZATION_PROJECTION}]), ` +
  `source: head([(f)-[:STATED_IN]->(s:Source) | ${SOURCE_PROJECTION}])}}`;

export const FIGURES_BY_ID = `
UNWIND $ids AS id
MATCH (f:TradeFigure {id: id})
RETURN ${FIGURE_PROJECTION} AS node`;

/**
 * The first $first figures of each exporter that match a filter, by period; every filter value is
 * a parameter that may be null (no condition).
 */
export const FIGURES_BY_EXPORTER = `
UNWIND $ids AS key
CALL (key) {
MATCH (:Entity {id: key})<-[:EXPORTER]-(f:TradeFigure)
WHERE ($year IS NULL OR (f.periodStart >= date({year: $year, month: 1, day: 1})
                         AND f.periodEnd <= date({year: $year, month: 12, day: 31})))
  AND ($flow IS NULL OR f.flow = $flow)
  AND ($metric IS NULL OR f.metric = $metric)
  AND ($basis IS NULL OR f.basis = $basis)
  AND ($vehicleClass IS NULL OR f.vehicleClass = $vehicleClass)
  AND ($countedBy IS NULL OR f.countedBy = $countedBy)
  AND ($destination IS NULL OR EXISTS { (f)-[:DESTINATION]->(m:Market) WHERE ${isPlace('m', '$destination')} })
  AND ($worldwide IS NULL OR $worldwide = (NOT EXISTS { (f)-[:DESTINATION]->() }))
RETURN f ORDER BY f.periodStart, f.periodEnd, f.metric, f.id LIMIT $first
}
RETURN key, ${FIGURE_WITH_RELATED_PROJECTION} AS item
ORDER BY key, f.periodStart, f.periodEnd, f.metric, f.id`;

/**
 * Exporters ranked by their preferred worldwide whole-year figure (figure.preference.ts). Only
 * figures that count the same thing (metric, vehicle class, counting method) compete; targets are
 * goals, not figures of exports, and are left out. With $asOf, only figures whose source was
 * published by then count (a figure with no known publication date is left out).
 */
export const EXPORTER_RANKING = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.flow = $flow AND f.metric = $metric
  AND f.periodStart = date({year: $year, month: 1, day: 1})
  AND f.periodEnd = date({year: $year, month: 12, day: 31})
  AND f.vehicleClass = $vehicleClass
  AND f.countedBy = $countedBy
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND ($includeDoubtful OR NOT coalesce(f.doubtful, false))
  AND (($exporterKind = 'COUNTRY' AND x:Country) OR ($exporterKind = 'AUTOMAKER' AND x:Automaker))
  AND NOT EXISTS { (f)-[:DESTINATION]->() }
  AND ${PUBLISHED_AS_OF}
WITH x, f ORDER BY ${PREFERENCE_ORDER}
WITH x, head(collect(f)) AS f
CALL (x) {
  WITH x AS c WHERE c:Country RETURN ${COUNTRY_PROJECTION} AS exporter
  UNION ALL
  WITH x AS a WHERE a:Automaker RETURN ${AUTOMAKER_PROJECTION} AS exporter
}
RETURN ${FIGURE_WITH_RELATED_PROJECTION} AS figure, exporter
ORDER BY figure.value DESC, exporter.id`;

/**
 * For each figure: its competitors (itself included) in order of preference, and the figures of the
 * same exporter, destination and metric whose period overlaps but that count something else
 * (another period, vehicle class or counting method), newest period first.
 */
export const FIGURE_COMPETITION = `
UNWIND $ids AS id
MATCH (target:TradeFigure {id: id})-[:EXPORTER]->(x)
WITH id, target, x, head([(target)-[:DESTINATION]->(d) | d.id]) AS destinationId
CALL {
  WITH target, x, destinationId
  MATCH (f:TradeFigure)-[:EXPORTER]->(x)
  WHERE f.flow = target.flow AND f.metric = target.metric AND f.periodStart = target.periodStart AND f.periodEnd = target.periodEnd
    AND f.vehicleClass = target.vehicleClass AND f.countedBy = target.countedBy
    AND ((destinationId IS NULL AND NOT EXISTS { (f)-[:DESTINATION]->() })
         OR EXISTS { (f)-[:DESTINATION]->(:Market {id: destinationId}) })
  WITH f ORDER BY ${PREFERENCE_ORDER}
  RETURN collect(f.id) AS competitors
}
CALL {
  WITH target, x, destinationId
  MATCH (g:TradeFigure)-[:EXPORTER]->(x)
  WHERE g.flow = target.flow AND g.metric = target.metric AND g.periodStart <= target.periodEnd AND g.periodEnd >= target.periodStart
    AND NOT (g.periodStart = target.periodStart AND g.periodEnd = target.periodEnd
             AND g.vehicleClass = target.vehicleClass AND g.countedBy = target.countedBy)
    AND ((destinationId IS NULL AND NOT EXISTS { (g)-[:DESTINATION]->() })
         OR EXISTS { (g)-[:DESTINATION]->(:Market {id: destinationId}) })
  WITH g ORDER BY g.periodEnd DESC, g.periodStart, g.vehicleClass, g.countedBy, g.id
  RETURN collect(g.id) AS otherMeasures
}
RETURN id AS key, competitors, otherMeasures`;
