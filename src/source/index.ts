/** Sources: the documents that state the graph's facts. */

export { Source, SourceKind, type SourceRecord } from './source.type';
export { createSourceLoaders, type SourceLoaders } from './source.loaders';
export { loadSources } from './source.evidence';
