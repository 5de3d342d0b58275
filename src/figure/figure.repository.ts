/** Cypher for trade figures: lookups, an exporter's figures, the ranking. */

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
 * Exporters ranked by their preferred worldwide whole-year figure. Only figures that count the same
 * thing (metric, vehicle class, counting method) compete; among an exporter's competing figures the
 * best basis wins (OFFICIAL, ESTIMATE, FORECAST; targets are goals, not figures of exports), then one
 * whose producer is named over one whose producer is not, then the later publication, then the id.
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
WITH x, f,
     CASE f.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 ELSE 2 END AS basisOrder,
     CASE WHEN EXISTS { (f)-[:REPORTED_BY]->() } THEN 0 ELSE 1 END AS unattributed,
     head([(f)-[:STATED_IN]->(s:Source) | s.published]) AS published
ORDER BY basisOrder, unattributed, published DESC, f.id
WITH x, head(collect(f)) AS f
ORDER BY f.value DESC, x.id
RETURN ${FIGURE_PROJECTION} AS figure`;
