/** Queries across every kind of entity: node lookup, full-text search, shortest paths, deletion. */

export { GraphResolver, PathResolver, PathStepResolver } from './graph.resolver';
export { Path, PathStep } from './path.type';
export { toLuceneQuery } from './search';
export { loadNode } from './node-loader';
