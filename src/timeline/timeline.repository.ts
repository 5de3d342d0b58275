/**
 * Cypher for timelines: the dated facts about one entity, in order. Every branch finds the entity by
 * $id through the :Entity id constraint; $from and $to (dates or null) bound the events.
 */

import { MARKET_LINK_TYPES, MEASURE_LINK_TYPES, typeAlternation } from '../common/vocabulary';

const MARKET_LINKS = typeAlternation(MARKET_LINK_TYPES);

/** Factory milestones, as [kind, date property, precision property] rows read per factory. */
const MILESTONES = `[
    ['FACTORY_ANNOUNCED', f.announced, f.announcedPrecision],
    ['FACTORY_CONSTRUCTION_STARTED', f.constructionStarted, f.constructionStartedPrecision],
    ['FACTORY_OPENED', f.opened, f.openedPrecision],
    ['FACTORY_CLOSED', f.closed, f.closedPrecision]]`;

export const TIMELINE = `
CALL {
  CALL {
    MATCH (f:Factory:Entity {id: $id}) RETURN f
    UNION
    MATCH (:Entity {id: $id})<-[:LOCATED_IN]-(f:Factory) RETURN f
    UNION
    MATCH (:Entity {id: $id})-[:OPERATES]->(f:Factory) RETURN f
  }
  UNWIND ${MILESTONES} AS m
  WITH f, m WHERE m[1] IS NOT NULL
  RETURN m[1] AS date, coalesce(m[2], 'DAY') AS precision, null AS endDate, m[0] AS kind,
         f.id AS subjectId, head([(a:Automaker)-[:OPERATES]->(f) | a.id]) AS relatedId, null AS relationshipType,
         coalesce(f.sources, []) AS sources
  UNION ALL
  CALL {
    MATCH (:Factory:Entity {id: $id})<-[r:OPERATES|OPERATED]-(:Automaker) RETURN r
    UNION
    MATCH (:Automaker:Entity {id: $id})-[r:OPERATES|OPERATED]->(:Factory) RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS f
  UNWIND [['FACTORY_OPERATOR_STARTED', r.since, r.sincePrecision], ['FACTORY_OPERATOR_ENDED', r.until, r.untilPrecision]] AS e
  WITH r, a, f, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, coalesce(e[2], 'DAY') AS precision, null AS endDate, e[0] AS kind,
         f.id AS subjectId, a.id AS relatedId, type(r) AS relationshipType, coalesce(r.sources, []) AS sources
  UNION ALL
  CALL {
    MATCH (:Entity {id: $id})-[r:${MARKET_LINKS}]->(:Market) RETURN r
    UNION
    MATCH (:Entity {id: $id})<-[r:${MARKET_LINKS}]-(:Entity) RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS m
  UNWIND [['MARKET_LINK_STARTED', r.since, r.sincePrecision], ['MARKET_LINK_ENDED', r.until, r.untilPrecision]] AS e
  WITH r, a, m, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, coalesce(e[2], 'DAY') AS precision, null AS endDate, e[0] AS kind,
         a.id AS subjectId, m.id AS relatedId, type(r) AS relationshipType, coalesce(r.sources, []) AS sources
  UNION ALL
  CALL {
    MATCH (f:TradeFigure:Entity {id: $id}) RETURN f
    UNION
    MATCH (:Entity {id: $id})<-[:EXPORTER|DESTINATION|REPORTED_BY|STATED_IN]-(f:TradeFigure) RETURN f
  }
  RETURN f.periodStart AS date, 'DAY' AS precision, f.periodEnd AS endDate, 'FIGURE' AS kind,
         f.id AS subjectId, head([(f)-[:EXPORTER]->(x) | x.id]) AS relatedId, null AS relationshipType,
         [(f)-[:STATED_IN]->(s:Source) | s.id] AS sources
  UNION ALL
  CALL {
    MATCH (m:TradeMeasure:Entity {id: $id}) RETURN m
    UNION
    MATCH (:Entity {id: $id})<-[:${typeAlternation(['IMPOSED_BY', ...MEASURE_LINK_TYPES])}]-(m:TradeMeasure) RETURN m
  }
  UNWIND [['MEASURE_ANNOUNCED', m.announced, m.announcedPrecision], ['MEASURE_EFFECTIVE', m.effective, m.effectivePrecision],
          ['MEASURE_ENDS', m.ends, m.endsPrecision]] AS e
  WITH m, e WHERE e[1] IS NOT NULL
  RETURN e[1] AS date, coalesce(e[2], 'DAY') AS precision, null AS endDate, e[0] AS kind,
         m.id AS subjectId, head([(m)-[:IMPOSED_BY]->(x) | x.id]) AS relatedId, null AS relationshipType,
         coalesce(m.sources, []) AS sources
  UNION ALL
  MATCH (s:Source:Entity {id: $id}) WHERE s.published IS NOT NULL
  RETURN s.published AS date, coalesce(s.publishedPrecision, 'DAY') AS precision, null AS endDate,
         'SOURCE_PUBLISHED' AS kind, s.id AS subjectId, null AS relatedId, null AS relationshipType, [s.id] AS sources
}
WITH * WHERE ($from IS NULL OR coalesce(endDate, date) >= date($from)) AND ($to IS NULL OR date <= date($to))
RETURN date, precision, endDate, kind, subjectId, relatedId, relationshipType, sources
ORDER BY date, coalesce(endDate, date), kind, subjectId, relatedId
LIMIT $limit`;
