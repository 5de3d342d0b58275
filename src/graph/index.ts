/** Queries across every kind of entity: node lookup, full-text search, shortest paths, neighbourhoods, deletion. */

export { GraphEdgeResolver, GraphResolver, NeighborhoodResolver, PathResolver, PathStepResolver } from './graph.resolver';
export { EntityKind, PathDirection, RelationshipType } from './graph.enums';
export { GraphEdge, Neighborhood } from './neighborhood.type';
export { PathConstraint } from './path-constraint.input';
export { Path, PathStep } from './path.type';
export { toLuceneQuery } from './search';
export { loadNode } from './node-loader';
