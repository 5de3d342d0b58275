/** Cypher for trade measures and their links. */

import { MEASURE_LINK_TYPES } from '../common/vocabulary';

const LINK_TYPES = MEASURE_LINK_TYPES.join('|');

export const MEASURE_PROJECTION =
  'm{.id, .name, .kind, .announced, .announcedPrecision, .effective, .effectivePrecision, .ends, .endsPrecision, ' +
  '.ratePercent, ratePercentIsMaximum: coalesce(m.ratePercentIsMaximum, false), sources: coalesce(m.sources, []), ' +
  'imposedById: head([(m)-[:IMPOSED_BY]->(x) | x.id]), ' +
  'imposedBySources: coalesce(head([(m)-[i:IMPOSED_BY]->() | i.sources]), [])}';

const LINK_PROJECTION = '{measureId: m.id, kind: type(r), targetId: x.id, ratePercent: r.ratePercent, sources: coalesce(r.sources, [])}';

export const MEASURES_BY_ID = `
UNWIND $ids AS id
MATCH (m:TradeMeasure {id: id})
RETURN ${MEASURE_PROJECTION} AS node`;

/** Every measure, the earliest first (by effective date, else announced date). */
export const ALL_MEASURES = `
MATCH (m:TradeMeasure)
WITH m ORDER BY coalesce(m.effective, m.announced), m.id
RETURN ${MEASURE_PROJECTION} AS node`;

/** The links of each measure in $ids: by kind, then the target's id. */
export const LINKS_BY_MEASURE = `
UNWIND $ids AS key
MATCH (m:TradeMeasure {id: key})-[r:${LINK_TYPES}]->(x:Entity)
WITH key, m, r, x ORDER BY type(r), x.id
RETURN key, ${LINK_PROJECTION} AS item`;

/** The measures linked to each entity in $ids (that apply to, affect or exempt it), earliest first. */
export const LINKS_BY_TARGET = `
UNWIND $ids AS key
MATCH (m:TradeMeasure)-[r:${LINK_TYPES}]->(x:Entity {id: key})
WITH key, m, r, x ORDER BY coalesce(m.effective, m.announced), m.id, type(r)
RETURN key, ${LINK_PROJECTION} AS item`;
