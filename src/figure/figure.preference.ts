/**
 * Which of several competing trade figures is preferred: one rule, written once as Cypher, for every
 * query that picks a figure (series, shares, and later TradeFigure.preferred / alternatives).
 */

/**
 * The properties that make figures competitors: two figures compete only when they have the same
 * exporter, the same destination (or are both worldwide) and the same values of these properties.
 * Exporter and destination are relationships, so each query matches them itself.
 */
export const COMPETING_PROPERTIES = ['flow', 'metric', 'periodStart', 'periodEnd', 'vehicleClass', 'countedBy'] as const;

/**
 * The publication day of figure `f` (its source's `published`), null when unknown. A Cypher
 * expression over a figure bound to `f`.
 */
export const FIGURE_PUBLISHED = 'head([(f)-[:STATED_IN]->(s:Source) | s.published])';

/**
 * Sort keys, for `ORDER BY`, that put the preferred figure first among competitors bound to `f`:
 * a figure not flagged doubtful beats a doubtful one; then basis OFFICIAL, ESTIMATE, FORECAST,
 * TARGET; then a figure with a named producer (REPORTED_BY) beats one without; then the later
 * publication wins (an unknown publication day comes last); then the smaller id, so that the order
 * is total and the pick never changes between runs.
 *
 * Use it as `WITH …, f ORDER BY ${PREFERENCE_ORDER}` and then `head(collect(f))` per competing group.
 */
export const PREFERENCE_ORDER = [
  'CASE WHEN coalesce(f.doubtful, false) THEN 1 ELSE 0 END',
  "CASE f.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 WHEN 'FORECAST' THEN 2 ELSE 3 END",
  'CASE WHEN EXISTS { (f)-[:REPORTED_BY]->(:Organization) } THEN 0 ELSE 1 END',
  // DESC alone would put an unknown (null) day first: Cypher sorts null as the largest value.
  `CASE WHEN ${FIGURE_PUBLISHED} IS NULL THEN 1 ELSE 0 END`,
  `${FIGURE_PUBLISHED} DESC`,
  'f.id',
].join(', ');

/**
 * A WHERE condition on figure `f` for an `$asOf` parameter (a YYYY-MM-DD string or null): with
 * `$asOf` set, only figures whose source was published on or before that day; a figure whose
 * publication day is unknown is left out, since nobody can say it was known by then.
 */
export const PUBLISHED_AS_OF = `($asOf IS NULL OR coalesce(${FIGURE_PUBLISHED} <= date($asOf), false))`;

/** The rule in words, for schema descriptions. */
export const PREFERENCE_RULE =
  'Figures compete when they share flow, exporter, destination, metric, period, vehicle class and counting method. ' +
  'The preferred one is: not flagged doubtful, then the best basis (OFFICIAL > ESTIMATE > FORECAST > TARGET), ' +
  'then one whose producer is named, then the later publication, then the lower id.';
