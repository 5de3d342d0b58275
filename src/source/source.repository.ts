/** Cypher for sources. */

export const SOURCE_PROJECTION = 's{.id, .publisher, .title, .url, .published, .publishedPrecision, .kind}';

export const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN ${SOURCE_PROJECTION} AS node`;
