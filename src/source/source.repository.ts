/** Cypher for sources. */

/** A source; its date leaves Neo4j as an ISO string (cheaper to decode than a driver Date; see FIGURE_FIELDS). */
export const SOURCE_PROJECTION = 's{.id, .publisher, .title, .url, published: toString(s.published), .publishedPrecision, .kind}';

export const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN ${SOURCE_PROJECTION} AS node`;
