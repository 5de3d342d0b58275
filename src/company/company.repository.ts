/** Cypher for ties between automakers. */

import { COMPANY_LINK_TYPES } from '../common/vocabulary';

/** The ties of each automaker in $ids, both directions: by kind, then the other automaker's name. */
export const COMPANY_LINKS_BY_AUTOMAKER = `
UNWIND $ids AS key
MATCH (a:Automaker {id: key})-[r:${COMPANY_LINK_TYPES.join('|')}]-(b:Automaker)
WITH key, a, r, b ORDER BY type(r), b.name, b.id
RETURN key, {kind: type(r), direction: CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END, otherId: b.id,
             stakePercent: r.stakePercent, name: r.name, since: r.since, sincePrecision: r.sincePrecision,
             until: r.until, untilPrecision: r.untilPrecision, sources: coalesce(r.sources, [])} AS item`;
