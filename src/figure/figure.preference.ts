/**
 * Which of several competing figures to believe: the one rule every part of Autograph uses (the
 * `preferred` flag, `alternatives`, the ranking, the series).
 *
 * Figures compete only when they count the same thing: the same exporter, destination (or both
 * worldwide), metric, period, vehicle class and counting method. Among competitors:
 *   1. a figure not flagged doubtful beats a doubtful one;
 *   2. the basis: OFFICIAL beats ESTIMATE beats FORECAST beats TARGET;
 *   3. a figure whose producer is named (reportedBy) beats one whose producer is not;
 *   4. the later publication (of the figure's source) wins; an unknown date comes last;
 *   5. the id, so that the choice is always the same.
 */

/** The rule in words, for schema descriptions. */
export const PREFERENCE_RULE =
  'Figures compete when they share exporter, destination, metric, period, vehicle class and counting method. ' +
  'The preferred one is: not flagged doubtful, then the best basis (OFFICIAL > ESTIMATE > FORECAST > TARGET), ' +
  'then one whose producer is named, then the later publication, then the lower id.';

/**
 * Cypher projecting the sort keys of the rule for the figure bound to variable `f` (a name chosen in
 * code, never user text), ready for a `WITH ..., <keys>` clause; PREFERENCE_ORDER sorts by them.
 */
export function preferenceKeys(f: string): string {
  return (
    `coalesce(${f}.doubtful, false) AS doubtfulOrder, ` +
    `CASE ${f}.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 WHEN 'FORECAST' THEN 2 ELSE 3 END AS basisOrder, ` +
    `CASE WHEN EXISTS { (${f})-[:REPORTED_BY]->() } THEN 0 ELSE 1 END AS unattributed, ` +
    `head([(${f})-[:STATED_IN]->(src:Source) | src.published]) AS published`
  );
}

/** ORDER BY keys (after preferenceKeys) that put the preferred figure first; end with the figure's id. */
export const PREFERENCE_ORDER = 'doubtfulOrder, basisOrder, unattributed, published IS NULL, published DESC';
