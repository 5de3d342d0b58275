/** Sources: the documents that state the graph's facts. */

export { Source, SourceKind, type SourceRecord } from './source.type';
export { createSourceLoaders, type SourceLoaders } from './source.loaders';
export { loadSources } from './source.evidence';
export { SourceConnection, SourceConnectionResolver } from './source.connection';
export { SourceFilter, sourceFilterClause, urlHostPattern } from './source.filter';
export { SourceOrder, SourceOrderField } from './source.order';
