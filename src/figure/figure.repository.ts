/** Cypher for trade figures: lookups, an exporter's figures, competition between figures, the ranking. */

import { PREFERENCE_ORDER, PUBLISHED_AS_OF } from './figure.preference';

export const FIGURE_PROJECTION =
  'f{.id, .metric, .value, .basis, .vehicleClass, .countedBy, .periodStart, .periodEnd, doubtful: coalesce(f.doubtful, false), ' +
  'exporterId: head([(f)-[:EXPORTER]->(x) | x.id]), ' +
  'destinationId: head([(f)-[:DESTINATION]->(m:Market) | m.id]), ' +
  'reporterId: head([(f)-[:REPORTED_BY]->(o:Organization) | o.id]), ' +
  'sourceId: head([(f)-[:STATED_IN]->(s:Source) | s.id]), ' +
  'sourcePublished: head([(f)-[:STATED_IN]->(s:Source) | s.published])}';

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
  AND ($metric IS NULL OR f.metric = $metric)
  AND ($basis IS NULL OR f.basis = $basis)
  AND ($vehicleClass IS NULL OR f.vehicleClass = $vehicleClass)
  AND ($countedBy IS NULL OR f.countedBy = $countedBy)
  AND ($destination IS NULL OR EXISTS { (f)-[:DESTINATION]->(:Market {id: $destination}) })
  AND ($worldwide IS NULL OR $worldwide = (NOT EXISTS { (f)-[:DESTINATION]->() }))
RETURN f ORDER BY f.periodStart, f.periodEnd, f.metric, f.id LIMIT $first
}
RETURN key, ${FIGURE_PROJECTION} AS item
ORDER BY key, f.periodStart, f.periodEnd, f.metric, f.id`;

/**
 * Exporters ranked by their preferred worldwide whole-year figure (figure.preference.ts). Only
 * figures that count the same thing (metric, vehicle class, counting method) compete; targets are
 * goals, not figures of exports, and are left out. With $asOf, only figures whose source was
 * published by then count (a figure with no known publication date is left out).
 */
export const EXPORTER_RANKING = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x)
WHERE f.metric = $metric
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
ORDER BY f.value DESC, x.id
RETURN ${FIGURE_PROJECTION} AS figure`;

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
  WHERE f.metric = target.metric AND f.periodStart = target.periodStart AND f.periodEnd = target.periodEnd
    AND f.vehicleClass = target.vehicleClass AND f.countedBy = target.countedBy
    AND ((destinationId IS NULL AND NOT EXISTS { (f)-[:DESTINATION]->() })
         OR EXISTS { (f)-[:DESTINATION]->(:Market {id: destinationId}) })
  WITH f ORDER BY ${PREFERENCE_ORDER}
  RETURN collect(f.id) AS competitors
}
CALL {
  WITH target, x, destinationId
  MATCH (g:TradeFigure)-[:EXPORTER]->(x)
  WHERE g.metric = target.metric AND g.periodStart <= target.periodEnd AND g.periodEnd >= target.periodStart
    AND NOT (g.periodStart = target.periodStart AND g.periodEnd = target.periodEnd
             AND g.vehicleClass = target.vehicleClass AND g.countedBy = target.countedBy)
    AND ((destinationId IS NULL AND NOT EXISTS { (g)-[:DESTINATION]->() })
         OR EXISTS { (g)-[:DESTINATION]->(:Market {id: destinationId}) })
  WITH g ORDER BY g.periodEnd DESC, g.periodStart, g.vehicleClass, g.countedBy, g.id
  RETURN collect(g.id) AS otherMeasures
}
RETURN id AS key, competitors, otherMeasures`;
